/** The typed model of a cable, as ingest makes it and encode reads it. Every piece keeps its source position. */
import type { Position } from './diagnostics.js';

interface Node {
  position: Position;
}

/** Running text. */
export interface Text extends Node {
  type: 'text';
  value: string;
}
/** `[Page 968]`: a page of the printed source starts here. */
export interface PageBreak extends Node {
  type: 'pb';
  n: string;
}
/** A footnote number in the text: the note with that number is placed here. */
export interface NoteRef extends Node {
  type: 'noteRef';
  n: string;
}
/** `[ILLEGIBLE]` and the like: the source has text here that the transcriber could not give. */
export interface Gap extends Node {
  type: 'gap';
  reason: 'illegible' | 'omitted';
  /** The sign as the source wrote it, e.g. `[ILLEGIBLE]`. */
  sign: string;
}
/** `[un]defined`, `[T.V.] Soong`: text the editors supplied. */
export interface Supplied extends Node {
  type: 'supplied';
  value: string;
}
/** `Sinkiang [Xinjiang]`: the editors' gloss on the word before it. */
export interface Gloss extends Node {
  type: 'gloss';
  value: string;
  /** The gloss's words with the names in them marked (`[Pak Hon Yong]` after `Pak Heon-yeong`), once annotated; their text is `value`. */
  names?: Inline[];
}
/** `[Here follows …]`, `[Paraphrase]`: the editors' own words. */
export interface EditorialNote extends Node {
  type: 'editorial';
  value: string;
  /** The note's words with the names (and dates) in them marked, once annotated; their text is `value`. */
  names?: Inline[];
}
/** A line break the source marks as such (a Markdown hard break). */
export interface LineBreak extends Node {
  type: 'lb';
}
/** Bold in a page copy (`**…**`). */
export interface Highlight extends Node {
  type: 'hi';
  children: Inline[];
}
/** `111258.` (a date-time group) or `2873.` (a telegram number) opening the text. */
export interface TelegramSeg extends Node {
  type: 'seg';
  kind: 'dtg' | 'telegram-number';
  value: string;
}

/** A name in the text: a person, place or organisation, pointing at a register entry when one is known. */
export interface Name extends Node {
  type: 'name';
  kind: 'person' | 'place' | 'org';
  /** The register id, without `#`. */
  ref?: string;
  /** For a name no entry claims, typed by the build from the evidence around it: how sure it is. */
  guessed?: 'medium' | 'low';
  children: Inline[];
}
/** A date in the text, with its ISO value. */
export interface DateSpan extends Node {
  type: 'date';
  when: string;
  cert?: 'medium' | 'low';
  children: Inline[];
}

/** Speech: the words of a speaker, quoted (direct) or reported. */
export interface Said extends Node {
  type: 'said';
  /** The register id of the speaker, without `#`. */
  who: string;
  direct: boolean;
  children: Inline[];
}

/** Words the source writes twice in a row (a copyist's dittography): the second time, kept, never removed. */
export interface Repetition extends Node {
  type: 'repetition';
  /** The editors' note naming the first occurrence. */
  note: string;
  children: Inline[];
}

export type Inline = Text | PageBreak | NoteRef | Gap | Supplied | Gloss | EditorialNote | LineBreak | Highlight | TelegramSeg | Name | DateSpan | Said | Repetition;

/** Inline nodes that hold other inline nodes. */
export type Container = Highlight | Name | DateSpan | Said | Repetition;

/** A paragraph of the text. */
export interface Paragraph extends Node {
  type: 'p';
  children: Inline[];
}
/** A page break standing between paragraphs. */
export interface BlockPageBreak extends Node {
  type: 'pb';
  n: string;
}
/** A bracketed editorial note standing on its own (`[Paraphrase]`, `[Here follows …]`). */
export interface BlockNote extends Node {
  type: 'editorial';
  value: string;
  /** The note's words with the names (and dates) in them marked, once annotated; their text is `value`. */
  names?: Inline[];
}
export type Block = Paragraph | BlockPageBreak | BlockNote;

/** What opens the text before its paragraphs. */
export interface OpenerItem extends Node {
  /** `doc-number`: `No. 198`; `doc-kind`: `Aide-Mémoire`, `Translation`; `subject`: `Subject: …`. */
  type: 'classification' | 'salute' | 'dateline' | 'editorial' | 'pb' | 'doc-number' | 'doc-kind' | 'subject';
  children: Inline[];
}

/** What closes the text: a signature or the clerks' initials. */
export interface CloserItem extends Node {
  /** `dateline`: a date (and place) standing alone at the end of the text; `editorial`: the editors' note after the signature. */
  type: 'signed' | 'initials' | 'dateline' | 'editorial';
  children: Inline[];
}

/** A footnote at the end of a FRUS page. */
export interface Footnote extends Node {
  n: string;
  children: Inline[];
  /** Whether a reference to it was found in the text. */
  referenced: boolean;
}

/** Where a cable's date was read from. */
export type DateSource = 'dateline' | 'archive' | 'title' | 'heading' | 'end-date' | 'date-time-group' | 'file-number' | 'sidecar';

export interface CableDate {
  /** ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD). */
  when: string;
  /** The words of the source, or a readable form of the ISO value. */
  text: string;
  source: DateSource;
}

/** The Wilson Center page's metadata. */
export interface ArchiveRecord {
  date?: { when?: string; text: string };
  title?: string;
  citation?: string;
  url?: string;
  archive?: string;
  collection?: string;
  repository?: string;
  summary?: string;
  /** The summary as inline nodes, with source positions (so names and dates in it can be marked). */
  summaryNodes?: Inline[];
  credits?: string;
  languages: string[];
  contents: string[];
  /** Further labelled sections of the page, kept as they are. */
  other: { label: string; text: string }[];
  /** The kind of document the page's title names (`Paraphrase of Outgoing Navy Cable`, `Ciphered Telegram`). */
  kind?: string;
}

/** A FRUS source note: `761.93/8–1145: Telegram`. */
export interface SourceNote extends Node {
  text: string;
  /** A State Department decimal file number, e.g. `761.93/8–1145`. */
  fileNumber?: string;
  /** An archive file, e.g. `Moscow Embassy Files—710 Sino-Soviet Relations`. */
  archiveFile?: string;
  docType?: string;
}

export type Shape = 'frus' | 'wilson' | 'plain';

export interface CableMeta {
  /** The title of the document as the source gives it (FRUS head, archive title). */
  sourceTitle?: string;
  date?: CableDate;
  place?: string;
  sender?: string;
  addressees: string[];
  classification?: string;
  pages: string[];
  archive?: ArchiveRecord;
  /** The editors' note on what they supplied in a sidecar, and on what authority. */
  editorNote?: string;
  /** The cable's page at its archive or publisher: the address a FRUS copy took with its page frame, or the editors' (a sidecar). */
  sourceUrl?: string;
  /** Register ids of the sender, the place and each addressee (parallel to `addressees`), where known. */
  senderRef?: string;
  placeRef?: string;
  addresseeRefs?: (string | undefined)[];
  /** A date read from a weak source and rejected as impossible, with why. */
  rejectedDate?: CableDate & { reason: string };
  /** For a `plain` fallback: what each known layout needs and this source lacks. */
  missing?: string[];
}

/** Copies of the register entries a cable points at, for its standOff (TEI elements, as the registers have them). */
export interface StandOff {
  persons: import('./encode/xml.js').XElement[];
  places: import('./encode/xml.js').XElement[];
  orgs: import('./encode/xml.js').XElement[];
}

/** One cable, parsed. */
export interface Cable {
  stem: string;
  shape: Shape;
  meta: CableMeta;
  sourceNote?: SourceNote;
  head?: { children: Inline[]; position: Position };
  opener: OpenerItem[];
  body: Block[];
  closer: CloserItem[];
  /** Footnotes, by number; referenced ones are placed at their reference. */
  footnotes: Footnote[];
  /** The register entries the cable points at (set by annotate). */
  standOff?: StandOff;
  /** What the reader left out as not the document's own (an archive site's navigation), each with its place; an `info` diagnostic lists them. */
  omitted?: { text: string; position: Position }[];
}
