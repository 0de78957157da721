/**
 * Line breaking done by us, not by the PDF engine. Hyphenation is off (it silently changed
 * commands, see shared notes), and with it off the engine lets an unbreakable token run off
 * the page. So commands are wrapped at a fixed column of the monospace font, and long tokens in
 * proportional text get hard breaks before they can overflow their column.
 */

/** Marks a wrapped command line: "type this on the same line as the one above". */
export const CONTINUATION = '» ';

/** `{{name}}` in catalogue strings; unknown names stay visible so a gap is seen. */
export function fmt(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/**
 * Wraps a command at `columns` monospace characters. Each source line becomes one or more
 * printed lines; continuation lines start with CONTINUATION, so the printed width of those is
 * `columns` too. Joining a line's pieces without the marker gives the source line back, character
 * for character; no piece starts or ends with a space (see breakPoint).
 */
export function wrapCommand(command: string, columns: number): string[] {
  const out: string[] = [];
  const width = Math.max(8, columns);
  for (const source of command.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').replace(/\n+$/, '').split('\n')) {
    let rest = source;
    let first = true;
    do {
      const room = first ? width : width - CONTINUATION.length;
      let piece = rest;
      if (rest.length > room) {
        const cut = breakPoint(rest, room);
        piece = rest.slice(0, cut);
      }
      out.push(first ? piece : CONTINUATION + piece);
      rest = rest.slice(piece.length);
      first = false;
    } while (rest.length > 0);
  }
  return out;
}

const SOFT_BREAK_AFTER = new Set(['/', '-', ',', ';', '&', '|', '?', '=', '.', ':', '(', '_']);

/**
 * Where to cut: never next to a space, because a space at either end of a printed line is
 * invisible on paper (and dropped when the PDF text is copied), so a reader could not know it
 * was there. So a continuation joins its line with no space, always. Preferred: after a separator
 * in the last third of the room; else as close to the room as the spaces allow.
 */
function breakPoint(text: string, room: number): number {
  const clear = (i: number) => text[i - 1] !== ' ' && text[i] !== ' ';
  const earliest = Math.floor((room * 2) / 3);
  for (let i = room; i > earliest; i--) {
    if (SOFT_BREAK_AFTER.has(text[i - 1] ?? '') && clear(i)) return i;
  }
  for (let i = room; i > 1; i--) if (clear(i)) return i;
  return room;
}

/** Undoes wrapCommand: what a reader types from the paper. */
export function unwrapCommand(lines: readonly string[]): string {
  const out: string[] = [];
  for (const line of lines) {
    if (line.startsWith(CONTINUATION) && out.length > 0) out[out.length - 1] += line.slice(CONTINUATION.length);
    else out.push(line);
  }
  return out.join('\n');
}

/**
 * Inserts line breaks into any run of non-space characters longer than `maxChars`, so an email
 * address, URL or hash in a narrow table cell or paragraph wraps instead of being cut off at the
 * page or column edge. Shorter words are left for the engine to wrap normally.
 */
export function breakLongTokens(text: string, maxChars: number): string {
  const limit = Math.max(4, Math.floor(maxChars));
  return text.replace(/\S+/g, (token) => {
    if (token.length <= limit) return token;
    const pieces: string[] = [];
    let rest = token;
    while (rest.length > limit) {
      const cut = tokenBreak(rest, limit);
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    pieces.push(rest);
    return pieces.join('\n');
  });
}

const TOKEN_BREAK_AFTER = new Set(['@', '/', '-', '_', '?', '&', '=', ',', ';', ':']);

/** After a separator, or before a dot, in the second half of the room; else exactly at the room. */
function tokenBreak(token: string, room: number): number {
  for (let i = room; i > room / 2; i--) {
    if (TOKEN_BREAK_AFTER.has(token[i - 1] ?? '') || token[i] === '.') return i;
  }
  return room;
}

/**
 * How many characters of proportional text fit in `widthPt` at `fontSize`, counting 0.6 em per
 * character: wider than Roboto's lower case and digits (0.5–0.56 em) with room for some capitals.
 * A line of all-capital Ws would still overflow; such tokens do not occur in plan data.
 */
export function charsThatFit(widthPt: number, fontSize: number): number {
  return Math.max(4, Math.floor(widthPt / (fontSize * 0.6)));
}

/** "1234567" → "1,234,567" in the given locale. */
export function formatMoney(value: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** Lower-case words joined by hyphens, for file names. */
export function fileSlug(text: string, max = 40): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
