import { pdf, type DocumentProps } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { loadFonts, registerFonts } from './fonts';
import { newLayoutHooks, type LayoutHooks } from './frame';
import type { RenderOptions } from './render';

/** One printable document as the renderer needs it, whatever builds it (documents/, evidence/). */
export interface RenderableDocument {
  /** Names the progress of pages outside every listed section (cover, contents). */
  title: string;
  sections: readonly { key: string; title: string }[];
  build: (hooks: LayoutHooks) => ReactElement<DocumentProps>;
}

/**
 * Lays out and writes a document as PDF bytes. Layout happens twice (see frame.tsx); progress
 * reports each output page of both rounds, and once for writing.
 */
export async function renderDocument({ title, sections, build }: RenderableDocument, { fonts, onProgress }: RenderOptions): Promise<Uint8Array> {
  onProgress?.({ stage: 'fonts' });
  registerFonts(fonts);
  await loadFonts();
  const titles = new Map(sections.map((entry) => [entry.key, entry.title]));
  let lastPage = 0;
  const hooks = newLayoutHooks(
    onProgress
      ? ({ section, pageNumber, totalPages }) => {
          // The layout runs more than once per page (measuring, then building): report each page once.
          if (pageNumber === lastPage) return;
          lastPage = pageNumber;
          onProgress({
            stage: totalPages === undefined ? 'layout' : 'numbering',
            section: titles.get(section) ?? title,
            pages: pageNumber,
            ...(totalPages !== undefined ? { totalPages } : {}),
          });
          if (totalPages !== undefined && pageNumber === totalPages) onProgress({ stage: 'writing' });
        }
      : undefined,
  );
  const blob = await pdf(build(hooks)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
