import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICNS_TYPES, packIcns, packIco } from './icon-containers.mjs';

const icons = join(import.meta.dirname, '../resources/icons');
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const fakePng = (size: number) => Buffer.concat([PNG_MAGIC, Buffer.from(`png of ${size}`)]);

function readIco(ico: Buffer) {
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i;
    const length = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    return { size: ico[at] || 256, png: ico.subarray(offset, offset + length) };
  });
}

function readIcns(icns: Buffer) {
  expect(icns.toString('latin1', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
    out.push({ type: icns.toString('latin1', at, at + 4), data: icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)) });
  }
  return out;
}

describe('icon containers', () => {
  it('packs PNGs into an .ico that reads back', () => {
    const images = [16, 32, 256].map((size) => ({ size, png: fakePng(size) }));
    expect(readIco(packIco(images)).map((e) => ({ size: e.size, text: e.png.subarray(4).toString() }))).toEqual(
      [16, 32, 256].map((size) => ({ size, text: `png of ${size}` })));
    expect(() => packIco([{ size: 512, png: fakePng(512) }])).toThrow(/at most 256/);
  });

  it('packs PNGs into an .icns that reads back', () => {
    const bySize = new Map(ICNS_TYPES.map(([, size]) => [size, fakePng(size)]));
    expect(readIcns(packIcns(bySize)).map((e) => [e.type, e.data.subarray(4).toString()])).toEqual(ICNS_TYPES.map(([type, size]) => [type, `png of ${size}`]));
  });

  it('the committed icons are real PNGs of the right sizes', () => {
    const ico = readIco(readFileSync(join(icons, 'icon.ico')));
    expect(ico.map((e) => e.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const e of ico) {
      expect(e.png.subarray(0, 4)).toEqual(PNG_MAGIC);
      expect(e.png.readUInt32BE(16)).toBe(e.size); // IHDR width
    }
    const icns = readIcns(readFileSync(join(icons, 'icon.icns')));
    expect(icns.map((e) => e.type)).toEqual(ICNS_TYPES.map(([type]) => type));
    for (const [i, e] of icns.entries()) expect(e.data.readUInt32BE(16)).toBe(ICNS_TYPES[i][1]);
  });
});
