import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPrintJob } from '../../renderer/src/print/buildModel';
import { renderJob } from '../../renderer/src/print/render';
import { fontPaths, NOW, onlineShop, STRINGS } from './fixtures';

const PDFTOPPM = '/usr/bin/pdftoppm';

/** A binary PGM (P5) as written by `pdftoppm -gray`: width, height and one byte per pixel. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Buffer } {
  const header: string[] = [];
  let offset = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[offset]!))) offset++;
    if (bytes[offset] === 0x23) {
      while (bytes[offset] !== 0x0a) offset++;
      continue;
    }
    let token = '';
    while (!/\s/.test(String.fromCharCode(bytes[offset]!))) token += String.fromCharCode(bytes[offset++]!);
    header.push(token);
  }
  offset++;
  expect(header[0]).toBe('P5');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(offset, offset + width * height) };
}

/**
 * The visual check: the first pages of the kit rasterised with poppler, each must carry ink
 * (a blank page means a layout failure that text extraction could miss, e.g. content pushed off
 * the page), and the ink must stay inside the printable area.
 */
describe.skipIf(!existsSync(PDFTOPPM))('kit pages as images', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lifeboat-visual-'));
    const plan = onlineShop();
    const job = buildPrintJob({ document: 'kit' }, plan.records, { paper: 'A4', now: NOW, strings: STRINGS });
    writeFileSync(join(dir, 'kit.pdf'), await renderJob(job, { fonts: fontPaths() }));
    execFileSync(PDFTOPPM, ['-gray', '-r', '30', '-f', '1', '-l', '8', join(dir, 'kit.pdf'), join(dir, 'page')]);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('no page is blank, and nothing is drawn in the outer margins', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort();
    expect(files).toHaveLength(8);
    for (const file of files) {
      const { width, height, pixels } = readPgm(readFileSync(join(dir, file)));
      let ink = 0;
      let outside = 0;
      // 30 dpi: 10 px is about a third of an inch, inside every office printer's dead zone.
      const edge = 6;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          if (pixels[y * width + x]! < 200) {
            ink++;
            if (x < edge || x >= width - edge || y < edge || y >= height - edge) outside++;
          }
        }
      }
      const share = ink / (width * height);
      expect(share, `${file}: ink ${share}`).toBeGreaterThan(0.01);
      expect(outside, `${file}: ink in the margin`).toBe(0);
    }
  });
});
