#!/usr/bin/env node
// Draws the app icon — a red-and-white life ring on a navy rounded square — as build/icon.svg
// and as a 512×512 build/icon.png. No image tools needed: the PNG is rasterised here from the
// same geometry (4×4 supersampling) and encoded with zlib. Run: node scripts/make-icon.mjs
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { deflateSync } from 'node:zlib';
import { fileURLToPath, URL } from 'node:url';

const SIZE = 512;
const CORNER = 96;
const CENTRE = SIZE / 2;
const OUTER = 190;
const INNER = 100;
const NAVY = [0x1d, 0x4e, 0x89];
const WHITE = [0xff, 0xff, 0xff];
const RED = [0xe4, 0x57, 0x2e];
/** Four red bands, each BAND degrees wide, centred on the diagonals. */
const BAND = 36;
const FIRST_BAND_START = 45 - BAND / 2;

export function iconSvg() {
  const mid = (OUTER + INNER) / 2;
  const width = OUTER - INNER;
  const circumference = 2 * Math.PI * mid;
  const red = (circumference * BAND) / 360;
  const gap = (circumference * (90 - BAND)) / 360;
  const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}">`,
    `  <title>Lifeboat</title>`,
    `  <rect width="${SIZE}" height="${SIZE}" rx="${CORNER}" fill="${hex(NAVY)}"/>`,
    `  <circle cx="${CENTRE}" cy="${CENTRE}" r="${mid}" fill="none" stroke="${hex(WHITE)}" stroke-width="${width}"/>`,
    `  <circle cx="${CENTRE}" cy="${CENTRE}" r="${mid}" fill="none" stroke="${hex(RED)}" stroke-width="${width}"`,
    `          stroke-dasharray="${red.toFixed(3)} ${gap.toFixed(3)}" transform="rotate(${FIRST_BAND_START} ${CENTRE} ${CENTRE})"/>`,
    `</svg>`,
    '',
  ].join('\n');
}

/** Colour at a point, or null outside the rounded square. */
function sample(x, y) {
  const dx = Math.max(CORNER - x, 0, x - (SIZE - CORNER));
  const dy = Math.max(CORNER - y, 0, y - (SIZE - CORNER));
  if (dx * dx + dy * dy > CORNER * CORNER) return null;
  const r = Math.hypot(x - CENTRE, y - CENTRE);
  if (r < INNER || r > OUTER) return NAVY;
  // y grows downwards, so this angle runs clockwise like SVG's rotate().
  const angle = ((Math.atan2(y - CENTRE, x - CENTRE) * 180) / Math.PI + 360) % 360;
  return (((angle - FIRST_BAND_START) % 90) + 90) % 90 < BAND ? RED : WHITE;
}

export function iconRgba(samples = 4) {
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = sample(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (py * SIZE + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
        pixels[o + 3] = Math.round((255 * a) / (samples * samples));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A minimal PNG encoder: 8-bit RGBA, no interlace, filter 0 on every row. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = new URL('../build/', import.meta.url);
  mkdirSync(out, { recursive: true });
  writeFileSync(new URL('icon.svg', out), iconSvg());
  writeFileSync(new URL('icon.png', out), encodePng(SIZE, SIZE, iconRgba()));
  process.stdout.write('Wrote build/icon.svg and build/icon.png (512×512).\n');
}
