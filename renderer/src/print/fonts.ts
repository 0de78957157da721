import { Font } from '@react-pdf/renderer';
import { memoiseShaping } from './shapingCache';

/**
 * The fonts embedded in every PDF: Roboto for text, Roboto Mono for commands and keys. TTF files
 * from assets/fonts (copied from npm by scripts/copy-fonts.mjs), never fetched from the network;
 * embedded fonts keep the text selectable and searchable. Roboto has no ballot-box glyph (☐),
 * so checkboxes are drawn as bordered boxes (see components.tsx).
 */
export const TEXT_FONT = 'Roboto';
export const MONO_FONT = 'RobotoMono';

/** Where each face is: a URL in the browser or worker, a file path in Node. */
export interface FontSources {
  regular: string;
  bold: string;
  monoRegular: string;
  monoBold: string;
}

/**
 * The bundled files as URLs relative to this module. Vite turns each literal `new URL(…,
 * import.meta.url)` into a hashed asset; under Node it is a file: URL (use fileURLToPath).
 */
export function bundledFontUrls(): Record<keyof FontSources, URL> {
  return {
    regular: new URL('../../../assets/fonts/Roboto-Regular.ttf', import.meta.url),
    bold: new URL('../../../assets/fonts/Roboto-Bold.ttf', import.meta.url),
    monoRegular: new URL('../../../assets/fonts/RobotoMono-Regular.ttf', import.meta.url),
    monoBold: new URL('../../../assets/fonts/RobotoMono-Bold.ttf', import.meta.url),
  };
}

let registered: string | undefined;

/**
 * Registers the faces once per realm (worker, test process) and turns hyphenation off: the
 * default hyphenation inserted hyphens into commands and email addresses at line ends. Lines are
 * broken by us instead (text.ts). Calling again with the same sources does nothing.
 */
export function registerFonts(sources: FontSources): void {
  const key = JSON.stringify(sources);
  if (registered === key) return;
  Font.register({ family: TEXT_FONT, fonts: [{ src: sources.regular, fontWeight: 400 }, { src: sources.bold, fontWeight: 700 }] });
  Font.register({ family: MONO_FONT, fonts: [{ src: sources.monoRegular, fontWeight: 400 }, { src: sources.monoBold, fontWeight: 700 }] });
  Font.registerHyphenationCallback((word) => [word]);
  registered = key;
}

const FACES = [
  { fontFamily: TEXT_FONT, fontWeight: 400 },
  { fontFamily: TEXT_FONT, fontWeight: 700 },
  { fontFamily: MONO_FONT, fontWeight: 400 },
  { fontFamily: MONO_FONT, fontWeight: 700 },
] as const;

/**
 * Loads the registered faces (react-pdf would load them during layout anyway) and gives each
 * one a shaping cache (shapingCache.ts). Call after registerFonts.
 */
export async function loadFonts(): Promise<void> {
  for (const face of FACES) {
    await Font.load(face);
    const loaded = Font.getFont(face).data;
    if (loaded) memoiseShaping(loaded as unknown as Parameters<typeof memoiseShaping>[0]);
  }
}
