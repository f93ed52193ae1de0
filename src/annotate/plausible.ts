/** Whether a cable's date can be true: its sender and addressees must hold the offices the cable names them by. */
import type { Reporter } from '../diagnostics.js';
import type { Cable } from '../model.js';
import type { Entry, Registers } from '../registers.js';
import { bound, escape, holdersOn } from './names.js';

/** Why a party named `text` (`President Roosevelt`, `the Secretary of State`) cannot be so named on `when`; undefined when it can, or when the registers do not say. */
export function partyConflict(registers: Registers, text: string, when: string): string | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  for (const role of [...registers.roles.keys()].sort((a, b) => b.length - a.length)) {
    const m = new RegExp(`(?<![\\p{L}])${escape(role)}(?![\\p{L}])`, 'iu').exec(flat);
    if (!m) continue;
    const rest = (flat.slice(0, m.index) + ' ' + flat.slice(m.index + m[0].length)).replace(/\b(the|of|and)\b/gi, ' ').replace(/[\s,.:;()]+/g, ' ').trim();
    const person: Entry | undefined = rest ? registers.byForm.get(rest) : undefined;
    const [lo, hi] = [bound(when, false), bound(when, true)];
    if (person) {
      const spells = person.occupations.filter((o) => o.roles.includes(role));
      if (!spells.length) continue;
      if (spells.some((o) => (!o.from || bound(o.from, false) <= hi) && (!o.to || lo <= bound(o.to, true)))) return undefined;
      const terms = spells.map((o) => `${o.from ?? '…'} to ${o.to ?? '…'}`).join(', ');
      return `“${flat}”: #${person.id} was ${role} from ${terms}, not on ${when}`;
    }
    if (rest) continue; // a name the registers do not know: they cannot tell
    if (holdersOn(registers, role, when).length) return undefined;
    // Only outside every known term of the office: a gap between terms may be a gap in the registers.
    const holders = registers.roles.get(role) ?? [];
    const first = holders.map((h) => h.from).filter((f): f is string => !!f).sort()[0];
    const last = holders.map((h) => h.to).filter((t): t is string => !!t).sort().at(-1);
    if (holders.every((h) => h.to) && last && lo > bound(last, true)) return `“${flat}”: the last ${role} the registers know left office on ${last}, before ${when}`;
    if (holders.every((h) => h.from) && first && hi < bound(first, false)) return `“${flat}”: the first ${role} the registers know took office on ${first}, after ${when}`;
  }
  return undefined;
}

/**
 * A cable whose date comes from a weak source (a file number, an archive's page) and cannot be true for
 * its parties: the date is dropped with a `date:implausible` warning. Datelines and sidecars are trusted.
 */
export function checkDate(cable: Cable, registers: Registers, reporter: Reporter): Cable {
  const date = cable.meta.date;
  if (!date || date.source === 'dateline' || date.source === 'sidecar') return cable;
  const parties = [...(cable.meta.sender ? [cable.meta.sender] : []), ...cable.meta.addressees];
  for (const party of parties) {
    const why = partyConflict(registers, party, date.when);
    if (!why) continue;
    const at = cable.sourceNote?.position.start ?? cable.head?.position.start;
    reporter.warn('date:implausible', `the ${date.source} gives ${date.when}, which cannot be the cable's date: ${why}; the cable is left undated (a sidecar can date it)`, at);
    const { date: _dropped, ...meta } = cable.meta;
    return { ...cable, meta: { ...meta, rejectedDate: { ...date, reason: why } } };
  }
  return cable;
}
