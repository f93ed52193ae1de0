/**
 * Synthetic long cables for the benchmark and the tests: a FRUS-style telegram whose text is made of
 * sentences dense with names (Stalin, Soong, Molotov, Chungking, Dairen…), dates, speech, the editors'
 * brackets and page breaks, to a given length in characters.
 */

const SENTENCES = [
  'Stalin said that Soong should return to Chungking before the conference and Molotov agreed that the railway to Dairen would remain under joint control.',
  'In my talk with Stalin last night he insisted that “the Chinese must accept the status quo in Outer Mongolia”.',
  'Soong told me that the Generalissimo would not agree to the lease of Port Arthur or of Dairen, and Molotov replied that Stalin had not changed his view.',
  'Molotov telephoned Stalin on July 10, 1945, and [T.V.] Soong left Moscow for Chungking the next morning.',
  'The Chinese-Eastern Railway from Dairen to Harbin, Soong explained, was of the greatest importance to Chiang [Kai-shek].',
  'Stalin proposed that the Soviet Union and China sign a treaty of friendship, and Soong answered that Chungking would consider it.',
  'I asked Molotov whether Stalin intended to interfere in Sinkiang [Xinjiang] and he said “This can be discussed”.',
];

/** One paragraph of about `chars` characters (at least one sentence), with a page marker every `pageEvery` sentences. */
export function longParagraph(chars: number, firstPage = 380, pageEvery = 40): string {
  const out: string[] = [];
  let length = 0;
  let page = firstPage;
  for (let i = 0; length < chars || i === 0; i++) {
    const sentence = SENTENCES[i % SENTENCES.length]!;
    const piece = i > 0 && i % pageEvery === 0 ? `[Page ${page++}]${sentence}` : sentence;
    out.push(piece);
    length += piece.length + 1;
  }
  return out.join(' ');
}

/**
 * A whole cable of about `chars` characters of text: a FRUS source note, head, opener, then paragraphs
 * of about `paragraphChars` each (one paragraph when it is at least `chars`), and the signature.
 */
export function longCable(chars: number, paragraphChars = chars): string {
  const head = [
    '761.93/7–1045: Telegram',
    '',
    'The Ambassador in the Soviet Union (Harriman) to the Secretary of State',
    '',
    'top secret',
    '',
    'Moscow, July 10, 1945—midnight.',
    '',
  ];
  const paragraphs: string[] = [];
  let page = 380;
  for (let left = chars; left > 0 || paragraphs.length === 0; left -= paragraphChars) {
    const p = longParagraph(Math.min(left, paragraphChars), page);
    page += (p.match(/\[Page /g) ?? []).length;
    paragraphs.push(p);
  }
  return `${[...head, paragraphs.join('\n\n'), '', 'Harriman'].join('\n')}\n`;
}
