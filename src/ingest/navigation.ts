/**
 * An archive site's navigation, copied with a page: menus, links and footers before and after the
 * document. It is not the document's text; readers leave it out and say what they left out.
 */

/** Lines of history.state.gov's page frame (and of sites in general), each a whole line. */
const NAVIGATION: RegExp[] = [
  /^Skip to (main )?content$/i,
  /^(Toggle|Open|Close) (the )?(navigation|menu)$/i,
  /^(Menu|Search|Home|About|Contact( Us)?|Print|Share|Download|Back to top|Sign in|Log in)$/i,
  /^Office of the Historian$/i,
  /^(Historical Documents|Department History|Countries|Guide to Countries|Conferences|Milestones|Tags|Education|Frequently Asked Questions|Open Government|Search Tips|Developer Resources|Departmental Publications|Key Milestones|Contact Us|Accessibility Statement|Privacy Policy|Terms of Use|Copyright Information|FOIA|Site Map|Release Notes|Upcoming Releases|Status of the Series|Ebooks|Other Electronic Resources|Administrative Timeline|Guide to Sources|Tables|Index|Persons|Abbreviations and Terms|Preface|View Document|View PDF|Previous|Next|Citation|Cite this document|Cite)$/i,
  /^(Historical Documents|Foreign Relations of the United States)(\s*[›>»|/]\s*.+)+$/,
  /^(←|‹|«)?\s*(Previous|Next)\s*(→|›|»)?$/i,
  /^Document \d+$/i,
  /^Office of the Historian,? Foreign Service Institute.*$/i,
  /^United States Department of State$/i,
  /^(history\.state\.gov|https?:\/\/history\.state\.gov\S*)$/i,
  /^(©|Copyright)\s.*$/i,
];

/** Whether a line is the site's navigation. */
export function isNavigation(line: string): boolean {
  const t = line.replace(/\s+/g, ' ').trim();
  return t.length > 0 && t.length <= 160 && NAVIGATION.some((re) => re.test(t));
}

/** Whether every line of a block is navigation. */
export function isNavigationBlock(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 && (lines.every(isNavigation) || isNavigation(lines.join(' ')));
}

/** How many of the first lines (or blocks) are navigation. */
export function leadingNavigation(lines: readonly string[]): number {
  let k = 0;
  while (k < lines.length && isNavigationBlock(lines[k]!)) k++;
  return k;
}

/** How many of the last lines (or blocks) are navigation. */
export function trailingNavigation(lines: readonly string[]): number {
  let k = 0;
  while (k < lines.length && isNavigationBlock(lines[lines.length - 1 - k]!)) k++;
  return k;
}
