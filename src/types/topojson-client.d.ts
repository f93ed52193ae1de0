// The part of topojson-client's API this project uses (no @types package is installed).
declare module 'topojson-client' {
  export interface Topology {
    type: 'Topology';
    objects: Record<string, unknown>;
    arcs: unknown[];
    transform?: unknown;
  }
  /** The GeoJSON Feature or FeatureCollection of one object of a topology. */
  export function feature(topology: Topology, object: unknown): unknown;
}
