/**
 * The countries a cable speaks of, to tell apart the holders of one title on one date: “the Soviet
 * Ambassador” in a cable from Chungking is the Soviet Ambassador in China; “the Prime Minister” in a cable
 * from Tehran is Iran's. A country counts for each mention of it, of a city in it, or of its adjective.
 */
import { CITIES } from '../registers-geo.js';

/** The register's country for a GeoNames country code; the Soviet republics and Korea as they were in 1945. */
const COUNTRY_OF_ISO: Record<string, string> = {
  CN: 'china', TW: 'taiwan', RU: 'soviet-union', UA: 'soviet-union', BY: 'soviet-union', KZ: 'soviet-union', UZ: 'soviet-union', GE: 'soviet-union', AZ: 'soviet-union',
  AM: 'soviet-union', LT: 'soviet-union', LV: 'soviet-union', EE: 'soviet-union', MD: 'soviet-union', KG: 'soviet-union', TJ: 'soviet-union', TM: 'soviet-union',
  US: 'united-states', GB: 'united-kingdom', IR: 'iran', JP: 'japan', KR: 'korea', KP: 'korea', FR: 'france', PL: 'poland', TR: 'turkey', GR: 'greece',
  RS: 'yugoslavia', HR: 'yugoslavia', SI: 'yugoslavia', BA: 'yugoslavia', MK: 'yugoslavia', ME: 'yugoslavia', BG: 'bulgaria', RO: 'romania', HU: 'hungary',
  CZ: 'czechoslovakia', SK: 'czechoslovakia', DE: 'germany', IT: 'italy',
};

/** Adjectives of nation, as the cables write them. */
const COUNTRY_OF_ADJECTIVE: Record<string, string> = {
  Soviet: 'soviet-union', Russian: 'soviet-union', British: 'united-kingdom', English: 'united-kingdom', American: 'united-states', Chinese: 'china',
  Iranian: 'iran', Persian: 'iran', Japanese: 'japan', French: 'france', Polish: 'poland', Korean: 'korea', Turkish: 'turkey', Greek: 'greece',
  Yugoslav: 'yugoslavia', Bulgarian: 'bulgaria', Rumanian: 'romania', Romanian: 'romania', Hungarian: 'hungary', Czechoslovak: 'czechoslovakia',
  German: 'germany', Italian: 'italy',
};

const COUNTRIES = new Set([...Object.values(COUNTRY_OF_ISO), ...Object.values(COUNTRY_OF_ADJECTIVE)]);
const ADJECTIVES = new RegExp(`\\b(?:${Object.keys(COUNTRY_OF_ADJECTIVE).join('|')})\\b`, 'g');

/** The country a place of the register is or lies in, where the register tells. */
export function countryOfPlace(id: string): string | undefined {
  if (COUNTRIES.has(id)) return id;
  const city = CITIES[id];
  return city ? COUNTRY_OF_ISO[city.country] : undefined;
}

/** Counts, by country, the adjectives of nation in a text. */
export function adjectiveCountries(text: string, into: Map<string, number>): Map<string, number> {
  for (const m of text.matchAll(ADJECTIVES)) {
    const c = COUNTRY_OF_ADJECTIVE[m[0]]!;
    into.set(c, (into.get(c) ?? 0) + 1);
  }
  return into;
}
