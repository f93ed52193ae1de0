// The part of d3-geo's API this project uses (no @types package is installed).
declare module 'd3-geo' {
  export interface GeoProjection {
    (point: [number, number]): [number, number] | null;
    scale(k: number): GeoProjection;
    translate(t: [number, number]): GeoProjection;
    precision(p: number): GeoProjection;
  }
  export interface GeoPath {
    (object: unknown): string | null;
    digits(n: number): GeoPath;
  }
  export function geoEquirectangular(): GeoProjection;
  export function geoPath(projection?: GeoProjection): GeoPath;
}
