import { describe, expect, it } from 'vitest';
import { annotateText } from '../helpers/annotate.js';

/** The body of a text annotated as a cable of a date. */
const body = (text: string, when = '1946-04-10'): string => annotateText(text, when).replace(/^[\s\S]*<text>/, '');
/** The names the build guessed, as `Kind:words cert`. */
const guessed = (text: string, when?: string): string[] =>
  [...body(text, when).matchAll(/<(persName|placeName|orgName)(?: ref="#[^"]+")? cert="(\w+)" resp="#pipeline">([^<]+)</g)].map((m) => `${m[1]}:${m[3]} ${m[2]}`);

// Invented persons throughout; the registers hold none of them.
describe('names in the editors’ glosses', () => {
  it('a gloss that respells the name before it is a name of that kind, and of that entry when it has one', () => {
    const b = body('The Foreign Minister Pak Heon-yeong [Pak Hon Yong] spoke to General Talvorsin [Talvorsen].', '1949-03-05');
    expect(b).toContain('<note type="gloss"><persName ref="#pak-hon-yong"');
    expect(b).toMatch(/<persName cert="medium" resp="#pipeline">Talvorsin<\/persName> <note type="gloss"><persName cert="medium" resp="#pipeline">Talvorsen<\/persName><\/note>/);
  });

  it('names a register knows in a gloss point at their entries, whatever stands before it', () => {
    expect(body('Troops moved from Sinkiang [Xinjiang] to Port Arthur [Lüshunkou District, Dalian].')).toMatch(/<note type="gloss"><placeName ref="#xinjiang">Xinjiang<\/placeName><\/note>[\s\S]*<note type="gloss"><placeName ref="#port-arthur">Lüshunkou<\/placeName> District, <placeName ref="#dalian">Dalian<\/placeName><\/note>/);
  });

  it('a gloss that is no name stays as it is: an adjective, a phrase', () => {
    const b = body('Papers of the Rhee Syngmann [South Korean] government were found, and Talvorsin [the chairman] left.');
    expect(b).toContain('<note type="gloss">South Korean</note>');
    expect(b).not.toMatch(/<note type="gloss"><persName/);
  });
});

describe('candidates typed by the words around them', () => {
  it('Korean names in the revised romanisation, with a syllable of one letter', () => {
    expect(guessed('Present were Jeong Min-ho and Baek Tae-su; Jang Si U came later.')).toEqual(['persName:Jeong Min-ho low', 'persName:Baek Tae-su low', 'persName:Jang Si U low']);
    // A capital I or A is no syllable of a name.
    expect(body('Since Talvorsin I think is right.')).not.toContain('>Talvorsin I<');
  });

  it('an organisation’s name ends at its head word when a name follows it', () => {
    const b = body('We met the member of the People’s Party Harkavi from Tabriz. Harkavi further declared that he would stay.');
    expect(b).toContain('<orgName cert="medium" resp="#pipeline">People’s Party</orgName>');
    expect(b).toContain('<persName cert="low" resp="#pipeline">Harkavi</persName> from');
    // Two head words in a row stay one name.
    expect(guessed('They attacked the Ninth Coastal Army Headquarters.')).toEqual(['orgName:Ninth Coastal Army Headquarters medium']);
  });

  it('a verb of saying, after an adverb too, makes a person; so does every other mention of that name in the cable', () => {
    expect(guessed('Harkavi drove up at noon.\n\nHarkavi then confirmed the plan.\n\nHarkavi left.')).toEqual(['persName:Harkavi low', 'persName:Harkavi low', 'persName:Harkavi low']);
    // Nothing says what Grodnel is: it is only reported.
    expect(guessed('Grodnel drove up at noon. Grodnel left.')).toEqual([]);
  });

  it('a name the cable types two ways is not carried over to its other mentions', () => {
    const g = guessed('Mr. Kelvarn said so. The troops came from Kelvarn.\n\nKelvarn was quiet.');
    expect(g).toEqual(['persName:Kelvarn medium', 'placeName:Kelvarn low']);
  });

  it('a name in an enumeration of persons is a person', () => {
    expect(guessed('Present were Stalin, Molotov, Varnhel, and Bistrow.', '1945-02-05')).toEqual(['persName:Varnhel low', 'persName:Bistrow low']);
    expect(guessed('in the presence of Cdes. Orlenko, Varnhel and Bistrow.')).toEqual(['persName:Orlenko medium', 'persName:Varnhel low', 'persName:Bistrow low']);
  });

  it('a Roman numeral numbering a paragraph is no initial; initials at a paragraph’s start still are', () => {
    expect(guessed('I. Railways. The chairman should be of the host country.\n\nII. Harbours. A free port.', '1945-07-12')).toEqual([]);
    expect(guessed('I. V. Orlenko arrived this morning with his staff.', '1945-07-12')).toEqual(['persName:I. V. Orlenko low']);
  });

  it('but not an apposition, a book’s title, nor a town of the gazetteer', () => {
    expect(guessed('Molotov, People’s Commissar for Foreign Affairs, agreed.', '1945-02-05')).toEqual([]);
    expect(guessed('See Truman, Year of Decisions, pp. 268–269.', '1945-02-05')).toEqual([]);
    expect(body('Stalin and Suvorov were painted there.', '1945-02-05')).not.toMatch(/>Suvorov</);
  });

  it('the hands a telegram names at its foot, and an officer’s title, make persons', () => {
    expect(guessed('Typed by Orlenkina on 10/14/50. Duty Officer Brelkova.')).toEqual(['persName:Orlenkina medium', 'persName:Brelkova medium']);
  });

  it('an office with an accent before a parenthesis makes the name in it a person', () => {
    expect(guessed('a reminder was sent through the British Chargé at Washington (Varnhold) in May.')).toContain('persName:Varnhold medium');
  });
});

describe('offices that stand for their holders', () => {
  const persons = (text: string, when = '1945-08-12'): string[] =>
    [...body(text, when).matchAll(/<persName([^>]*)>([^<]+)</g)].map((m) => {
      const ref = /ref="#([^"]+)"/.exec(m[1]!)?.[1];
      return ref ? `${m[2]}#${ref}` : m[2]!;
    });

  it('a form of address names the holder: Mr. Chairman, Mr. Ambassador; not before a name', () => {
    expect(persons('Mr. Chairman, you mean the agreed texts? Please accept, Mr. Ambassador, my thanks.')).toEqual(['Chairman', 'Ambassador']);
    expect(persons('We saw Mr. Chairman Talvorsin.')).toEqual(['Talvorsin']);
  });

  it('telegrams drop the article before an office with its nation or its Acting; a possessive takes one in small letters', () => {
    expect(persons('Iranian Minister here has not approached us. It was delivered to Acting Minister for Foreign Affairs at noon.')).toEqual(['Iranian Minister', 'Acting Minister for Foreign Affairs']);
    expect(persons('Pishevari asks that our ambassador in Tabriz raise it; an ambassador may do so.')).toEqual(['Pishevari#pishevari', 'ambassador']);
  });

  it('but words after a name and its comma say who the person is, and an office in the capacity of is no mention', () => {
    expect(persons('1. F. Talvorsin, Chinese Vice Minister for Foreign Affairs.')).toEqual(['F. Talvorsin']);
    expect(persons('He will take over his task as Acting Prime Minister next week.')).toEqual([]);
  });

  it('an office before a name in a parenthesis, however far, is not marked: the name is; a commander named by his command is', () => {
    expect(persons('The Commanding General, United States Military Mission in the Soviet Union (Talvorsin), to the Chiefs of Staff.')).toEqual(['Talvorsin']);
    expect(persons('It was sent by the Commander, Naval Group, China, via Navy channels.')).toEqual(['Commander']);
  });

  it('the place in a title is a place of its own; a title after an opening quotation mark keeps its article', () => {
    const b = body('In a despatch from the Minister in Iran it was stated that the plan failed.', '1943-09-14');
    expect(b).toContain('<persName ref="#dreyfus">Minister</persName> in <placeName ref="#iran">Iran</placeName>');
    expect(persons('President Roosevelt wrote. “The President told me so.”', '1943-09-14')).toEqual(['President Roosevelt#roosevelt', 'President#roosevelt']);
  });
});

describe('organisations', () => {
  const orgs = (text: string, when = '1946-01-17'): string[] =>
    [...body(text, when).matchAll(/<orgName([^>]*)>([^<]+)</g)].map((m) => {
      const ref = /ref="#([^"]+)"/.exec(m[1]!)?.[1];
      return ref ? `${m[2]}#${ref}` : m[2]!;
    });

  it('a body named by a nation’s adjective that no entry claims is an organisation with no id', () => {
    expect(orgs('The French Government agreed, the Korean government hesitated, a copy went to French Emb here and the Bulgarian Communists objected.')).toEqual([
      'French Government',
      'Korean government',
      'French Emb',
      'Bulgarian Communists',
    ]);
    // One the registers hold keeps its entry.
    expect(orgs('The Soviet Government agreed.')).toEqual(['Soviet Government#soviet-government']);
  });

  it('a head word before “of” opens an organisation’s name; a university is one; a conference is a meeting, not an organisation', () => {
    expect(orgs('Talvorsin, Assistant Chief, Division of Western European Affairs, studied at Kelbar University.')).toEqual(['Division of Western European Affairs', 'Kelbar University']);
    expect(orgs('Since the Moscow Conference and the Tripartite Conference nothing moved.')).toEqual([]);
  });

  it('a body with its country is one name: of the registers, or one no entry claims', () => {
    const b = body('He was Chairman of the Council of People’s Commissars of the Soviet Union. The National Assembly of Azerbaijan met.', '1945-11-22');
    expect(b).toContain('<orgName ref="#sovnarkom">Council of People’s Commissars of the Soviet Union</orgName>');
    expect(b).toContain('<orgName cert="medium" resp="#pipeline">National Assembly of Azerbaijan</orgName>');
    // A country after a body that is no name of its own stays a place.
    expect(body('The council of Azerbaijan met.', '1945-11-22')).toContain('<placeName ref="#azerbaijan">Azerbaijan</placeName>');
  });

  it('the Department after a telegram’s “Sent” is the Department of State', () => {
    expect(orgs('Sent Department as 276; repeated to London.')).toEqual(['Department#department-of-state']);
  });
});

describe('enumerations of places', () => {
  it('a name in a comma list of places is a place; not one joined by “and” alone, nor a word right after a name', () => {
    expect(guessed('Fighting went on in the areas of Qazvin, Tabriz, Kelvarabad, and Zendeh.')).toEqual(['placeName:Kelvarabad low', 'placeName:Zendeh low']);
    expect(guessed('They met in Tabriz and Kelvarn.')).toEqual([]);
    expect(body('from Port Arthur [Lüshunkou District, Dalian].')).not.toContain('>District<');
  });
});

describe('initials before a surname of the registers', () => {
  const refs = (text: string): string[] => [...body(text, '1945-12-20').matchAll(/<persName([^>]*)>([^<]+)</g)].map((m) => `${m[2]}${/ref="#([^"]+)"/.exec(m[1]!)?.[1] ? `#${/ref="#([^"]+)"/.exec(m[1]!)![1]}` : ''}`);

  it('that are the entry’s own belong to the name, however the patronymic is transliterated', () => {
    expect(refs('J. F. Byrnes met A.Ia. Vyshinsky.')).toEqual(['J. F. Byrnes#byrnes', 'A.Ia. Vyshinsky#vyshinsky']);
  });

  it('that are not name another bearer of the surname, a person the build guessed', () => {
    expect(refs('Later A. Molotov arrived.')).toEqual(['A. Molotov']);
    // Kovalev is a common surname: claimed only in full or with a title.
    expect(refs('Present were I. V. Kovalev and E. F. Kovalev.')).toEqual(['I. V. Kovalev#ivan-kovalev', 'E. F. Kovalev']);
  });
});

describe('telegraphese and transliteration', () => {
  it('an office without its article after a number (a despatch’s, a note’s); a name’s syllable that is also a month', () => {
    expect(guessed('Reurdes 759 Iranian Minister here has not called.')).toEqual(['persName:Iranian Minister low']);
    expect(guessed('Present were Kim Jeong-ju and Jung Jun Tek. We left on Jun 5.')).toEqual(['persName:Kim Jeong-ju low', 'persName:Jung Jun Tek low']);
  });
});

describe('comrade', () => {
  it('before a name of the registers is part of the mention, as a title is', () => {
    expect(body('The telegram from comrade Filippov reached Cde. Mikoyan.', '1949-02-05')).toMatch(/<persName ref="#stalin">comrade Filippov<\/persName> reached <persName ref="#mikoyan">Cde\. Mikoyan<\/persName>/);
  });
});
