import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CITIES, findCity, loadCities, refreshGeo, UNSOURCED, type GeoCity } from '../../src/registers-geo.js';
import { ROOT } from '../helpers/ingest.js';

const cities = loadCities();
const places = readFileSync(`${ROOT}tei/authority/places.xml`, 'utf8');
const entry = (xml: string, id: string): string => new RegExp(`<place xml:id="${id}">.*?</place>`).exec(xml)?.[0] ?? '';
const geo = (xml: string, id: string): [number, number] | undefined => {
  const m = /<geo>(\S+) (\S+)<\/geo>/.exec(entry(xml, id));
  return m ? [Number(m[1]), Number(m[2])] : undefined;
};

describe('register coordinates from GeoNames (registers:geo)', () => {
  it('finds a city by its name and country, the most populous of that name', () => {
    const yalta = findCity(cities, 'Yalta', 'UA')!;
    const [lon, lat] = yalta.loc.coordinates;
    expect(Math.abs(lat - 44.5)).toBeLessThan(0.5); // the Crimean Yalta, not the village of Donetsk oblast
    expect(Math.abs(lon - 34.17)).toBeLessThan(0.5);
    expect(findCity(cities, 'Boston', 'US')?.loc.coordinates[1]).toBeCloseTo(42.36, 1);
    expect(findCity(cities, 'Boston', 'XX')).toBeUndefined();
  });

  it('gives known cities coordinates within half a degree of where they are, and regions none', () => {
    const { xml, missing } = refreshGeo(places, cities);
    expect(missing).toEqual([]);
    const truth: Record<string, [number, number]> = {
      washington: [38.9, -77.04],
      tokyo: [35.69, 139.69],
      berlin: [52.52, 13.4],
      yalta: [44.5, 34.17],
      shenyang: [41.8, 123.43], // Mukden
      changchun: [43.88, 125.32], // Hsinking
      'port-arthur': [38.81, 121.26],
      quebec: [46.81, -71.21],
    };
    for (const [id, [lat, lon]] of Object.entries(truth)) {
      const got = geo(xml, id);
      expect(got, id).toBeDefined();
      expect(Math.abs(got![0] - lat), id).toBeLessThan(0.5);
      expect(Math.abs(got![1] - lon), id).toBeLessThan(0.5);
    }
    for (const id of ['germany', 'tibet', 'crimea', 'bohai-sea', 'manchuria', 'okinawa', 'hankou']) {
      expect(entry(xml, id), id).not.toBe('');
      expect(geo(xml, id), id).toBeUndefined();
    }
  });

  it('the register is as the script leaves it (run npm run registers:geo), and a second run changes nothing', () => {
    const once = refreshGeo(places, cities).xml;
    expect(once).toBe(places);
    expect(refreshGeo(once, cities).xml).toBe(once);
  });

  it('overwrites hand-typed coordinates, removes those it cannot source, and says what it could not find', () => {
    const typed = places
      .replace(/(<place xml:id="moscow">.*?)<geo>[^<]*<\/geo>/, '$1<geo>1.0 2.0</geo>')
      .replace('<place xml:id="tibet"><placeName>Tibet</placeName>', '<place xml:id="tibet"><placeName>Tibet</placeName><location><geo>29.6 91.1</geo></location>');
    const { xml } = refreshGeo(typed, cities);
    expect(geo(xml, 'moscow')![0]).toBeCloseTo(55.75, 1);
    expect(geo(xml, 'tibet')).toBeUndefined();
    const none: GeoCity[] = [];
    const { missing } = refreshGeo(places, none);
    expect(missing).toHaveLength(Object.keys(CITIES).length);
    expect(geo(refreshGeo(places, none).xml, 'moscow')).toBeUndefined();
  });

  it('a city without a point says why, and no city is both listed and unsourced', () => {
    for (const id of Object.keys(UNSOURCED)) expect(CITIES[id], id).toBeUndefined();
    expect(entry(places, 'yanan')).toContain(UNSOURCED.yanan);
  });
});
