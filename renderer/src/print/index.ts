/**
 * Printing's public surface, for code inside print/ (the evidence pack and other documents).
 * Features must not import this statically: they load `./client` with `import()`.
 *
 * - Page frame: `FramedPage` / `frameLayout` (header with organisation, plan version, print date
 *   and classification; "Page N of M" footer; A4 or US Letter) and `LayoutHooks` for a contents
 *   page with real page numbers (see documents/kit.tsx `tocContent`).
 * - Fonts: `registerFonts`, `bundledFontUrls`, `TEXT_FONT`, `MONO_FONT` (hyphenation off).
 * - Building blocks: `Table` (repeating header row), `Bullets`, `Facts`, `Heading`, `Checkbox`;
 *   text helpers `wrapCommand`, `breakLongTokens`, `fmt`.
 * - Rendering: `renderJob` (any realm), the worker protocol and `renderPdf` in client.ts.
 */
export { FramedPage, frameLayout, newLayoutHooks, type FrameProps, type LayoutHooks } from './frame';
export { registerFonts, bundledFontUrls, TEXT_FONT, MONO_FONT, type FontSources } from './fonts';
export { Table, Bullets, Facts, Heading, Checkbox, cellText, type Column } from './components';
export { styles, COMMAND_COLUMNS, CONTENT_WIDTH } from './layout';
export { wrapCommand, unwrapCommand, breakLongTokens, fmt, CONTINUATION } from './text';
export { buildPrintJob, snapshotOf, PrintError, type PrintRequest, type PrintOptions, type PrintErrorCode, type PlanSnapshot } from './buildModel';
export { documentFor, kitSections } from './documents';
export { renderJob, type RenderProgress, type RenderStage } from './render';
export type * from './model';
