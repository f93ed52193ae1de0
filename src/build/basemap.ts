/**
 * The base map of the edition's map page (map.html), made at build time and offline: the land of Natural
 * Earth at 1:110 million (the npm package world-atlas, land-110m.json, public domain), turned from TopoJSON
 * into GeoJSON (topojson-client) and drawn as SVG path data (d3-geo) in the equirectangular projection the
 * stylesheet uses for the places: x = (lon + 180) × scale, y = (90 − lat) × scale, the whole world from
 * (0, 0) to (360 × scale, 180 × scale). Coordinates are rounded to one decimal, so the same data gives the
 * same bytes. Only coastlines: the borders of today would be wrong for 1944–45.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEquirectangular, geoPath } from 'd3-geo';
import { feature, type Topology } from 'topojson-client';

/** Map units a degree (the stylesheet's map-scale parameter has the same default). */
export const MAP_SCALE = 4;

const made = new Map<number, string>();

/** The land of the world as SVG path data, `scale` units a degree (made once a process for each scale). */
export function basemapPath(scale = MAP_SCALE): string {
  const known = made.get(scale);
  if (known !== undefined) return known;
  const file = createRequire(import.meta.url).resolve('world-atlas/land-110m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  // Equirectangular: x = λ × k + tx with λ in radians; a scale of k·180/π makes it k a degree.
  const projection = geoEquirectangular().scale((scale * 180) / Math.PI).translate([180 * scale, 90 * scale]).precision(0);
  const path = geoPath(projection).digits(1)(feature(topology, topology.objects.land)) ?? '';
  made.set(scale, path);
  return path;
}
