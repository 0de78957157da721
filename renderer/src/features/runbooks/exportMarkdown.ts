import type { Contact } from '../../domain/contact';
import { runbookFileName, runbookToMarkdown, type Runbook } from '../../domain/runbook';
import type { Platform, SaveResult } from '../../platform';
import type { PlanStore } from '../../store';

export interface MarkdownFacts {
  processName: string;
  orgName?: string;
  rtoMinutes?: number;
  contacts: readonly Contact[];
}

/** One file per runbook, named stably from process, scenario and runbook id. */
export function runbookMarkdownFile(runbook: Runbook, facts: MarkdownFacts): { name: string; text: string } {
  const context = {
    processName: facts.processName,
    contacts: facts.contacts,
    ...(facts.orgName ? { orgName: facts.orgName } : {}),
    ...(facts.rtoMinutes !== undefined ? { rtoMinutes: facts.rtoMinutes } : {}),
  };
  return { name: runbookFileName(runbook, facts.processName), text: runbookToMarkdown(runbook, context) };
}

/** Saves the file and notes the export in the audit trail once it is written. */
/** `filterName` names the file type in the save dialog ("Markdown document"). */
export async function exportRunbookMarkdown(store: PlanStore, platform: Platform, runbook: Runbook, facts: MarkdownFacts, filterName: string): Promise<SaveResult> {
  const file = runbookMarkdownFile(runbook, facts);
  const result = await platform.saveFile({
    suggestedName: file.name,
    bytes: new TextEncoder().encode(file.text),
    mimeType: 'text/markdown',
    filters: [{ name: filterName, extensions: ['md'] }],
  });
  if (result.ok) {
    await store.note({ action: 'export', entityKind: runbook.kind, entityId: runbook.id, entityLabel: runbook.title, after: `Exported as Markdown (${file.name})` });
  }
  return result;
}
