import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Item { str: string; x: number; y: number; width: number }

/**
 * The text of each page as lines, top to bottom, read with pdf.js the way a PDF viewer's
 * search and copy would. Items on one baseline are joined; a gap wider than a hair becomes a space.
 */
export async function pdfLines(bytes: Uint8Array): Promise<string[][]> {
  return (await pdfPages(bytes)).map((page) => page.lines);
}

export interface PdfPage {
  width: number;
  height: number;
  lines: string[];
  /** The rightmost and lowest extent of any text, to prove nothing runs off the paper. */
  maxRight: number;
  minLeft: number;
}

export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const [, , width, height] = page.view as [number, number, number, number];
    const items: Item[] = [];
    for (const raw of content.items) {
      if (!('str' in raw) || raw.str === '') continue;
      items.push({ str: raw.str, x: raw.transform[4] as number, y: raw.transform[5] as number, width: raw.width });
    }
    items.sort((a, b) => b.y - a.y || a.x - b.x);
    const lines: string[] = [];
    let current: Item[] = [];
    const flush = () => {
      if (current.length === 0) return;
      current.sort((a, b) => a.x - b.x);
      let text = current[0]!.str;
      for (let i = 1; i < current.length; i++) {
        const prev = current[i - 1]!;
        const gap = current[i]!.x - (prev.x + prev.width);
        text += (gap > 1 ? ' ' : '') + current[i]!.str;
      }
      lines.push(text);
      current = [];
    };
    for (const item of items) {
      if (current.length > 0 && Math.abs(current[0]!.y - item.y) > 1.5) flush();
      current.push(item);
    }
    flush();
    pages.push({
      width,
      height,
      lines,
      maxRight: Math.max(0, ...items.map((i) => i.x + i.width)),
      minLeft: Math.min(width, ...items.map((i) => i.x)),
    });
    page.cleanup();
  }
  await doc.destroy();
  return pages;
}

/** All pages' lines in one array. */
export function allLines(pages: string[][]): string[] {
  return pages.flat();
}

/** Asserts-free helper: index of the first line at or after `from` that contains `text`. */
export function findLine(lines: readonly string[], text: string, from = 0): number {
  for (let i = from; i < lines.length; i++) if (lines[i]!.includes(text)) return i;
  return -1;
}
