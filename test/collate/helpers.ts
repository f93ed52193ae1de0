/** Synthetic witnesses for the collation tests: texts written for the tests, no archive's words. */
import { buildText } from '../helpers/ingest.js';
import { witnessTokens, type Token } from '../../src/collate/text.js';

/** The tokens of a text as the build reads and annotates it (names marked against the project's registers). */
export function tokensOf(text: string, stem = 'test'): Token[] {
  const r = buildText(text, stem);
  if (!r.cable) throw new Error(`did not parse: ${JSON.stringify(r.diagnostics)}`);
  return witnessTokens(r.cable);
}

/** A telegram of the tests' own making: the harbour talks. */
export const ORIGINAL = [
  'The delegate called on me this afternoon and spoke at length of the harbour at Dairen and of the railway that serves it. He proposed that the harbour should be a free port under a mixed commission, with the customs in the hands of the local authorities and the warehouses open to the shipping of every nation.',
  'He said that the question of the garrison would be left to a later meeting. I replied that my Government had expressed no view and would wish to study the text before the next session. He undertook to send me the draft tomorrow.',
  'Regarding the railway, he insisted that the board should have five members, of whom three should be appointed by his side, and that the chairman should hold a casting vote. I said this seemed a heavy price for the other party to pay.',
].join('\n\n');

/** Another copy of the same telegram: one word illegible, Dairen spelt Darien with the editors' gloss, one paragraph break moved, supplied letters, a spelling. */
export const COPY = [
  'The delegate called on me this afternoon and spoke at length of the harbor at Darien [Dalian] and of the railway that serves it. He proposed that the harbor should be a free port under a mixed commission, with the customs in the hands of the local [ILLEGIBLE] and the warehouses open to the shipping of every nation. He said that the question of the garrison would be left to a later meeting.',
  'I replied that my Government had expressed no view and would wish to study the text before the next session. He [under]took to send me the draft tomorrow.',
  'Regarding the railway, he insisted that the board should have five members, of whom three should be appointed by his side, and that the chairman should hold a casting vote. I said this seemed a heavy price for the other party to pay.',
].join('\n\n');

/** A different telegram on the same subject: the same parties, places and words of the negotiation, in other sentences. */
export const SAME_SUBJECT = [
  'At our meeting this morning the delegate returned to the railway and the harbour at Dairen. The board, he now says, should have seven members, and the free port should be administered by the local authorities alone, without a commission.',
  'My Government will wish to know whether the garrison question is settled. I told him that no view had been expressed and that I would report his proposal at once. He expects a reply before the next session, which he has fixed for Monday.',
  'The shipping of every nation would, he assured me, be welcome in the warehouses, but the customs would remain with his side for the present.',
].join('\n\n');
