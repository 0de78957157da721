import { pdf } from '@react-pdf/renderer';
import { registerFonts, type FontSources } from '../fonts';
import { newLayoutHooks } from '../frame';
import type { RenderProgress } from '../render';
import { evidenceDocument, evidenceSections } from './document';
import type { EvidenceJob } from './model';

/**
 * Lays out and writes the evidence pack as PDF bytes, like renderJob does for the other
 * documents: fonts once per realm, two layout rounds (the footer's page total), progress per page.
 */
export async function renderEvidenceJob(job: EvidenceJob, { fonts, onProgress }: { fonts: FontSources; onProgress?: (progress: RenderProgress) => void }): Promise<Uint8Array> {
  onProgress?.({ stage: 'fonts' });
  registerFonts(fonts);
  const titles = new Map(evidenceSections(job).map((entry) => [entry.key, entry.title]));
  let lastPage = 0;
  const hooks = newLayoutHooks(
    onProgress
      ? ({ section, pageNumber, totalPages }) => {
          if (pageNumber === lastPage) return;
          lastPage = pageNumber;
          onProgress({
            stage: totalPages === undefined ? 'layout' : 'numbering',
            section: titles.get(section) ?? job.title,
            pages: pageNumber,
            ...(totalPages !== undefined ? { totalPages } : {}),
          });
          if (totalPages !== undefined && pageNumber === totalPages) onProgress({ stage: 'writing' });
        }
      : undefined,
  );
  const blob = await pdf(evidenceDocument(job, hooks)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
