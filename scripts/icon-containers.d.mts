// Types for icon-containers.mjs, so TypeScript tests can import it.
export function packIco(images: { size: number; png: Buffer }[]): Buffer;
export const ICNS_TYPES: [string, number][];
export function packIcns(pngBySize: Map<number, Buffer>): Buffer;
