// pdf:save and pdf:open. The renderer renders the PDF; the main process asks where to save it,
// writes it atomically, and may then open it in the system viewer — but only a file this
// session itself wrote as a PDF, never an arbitrary path the renderer names.
import { CHANNELS } from '../contract';
import type { SecurityPolicy } from '../security';
import type { FileDeps } from './files';
import { sanitizeFileName, saveWithDialog, withExtension } from './files';
import type { IpcMainLike } from './handle';
import { registerHandler } from './handle';

export const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }];

export interface PrintDeps extends FileDeps {
  /** shell.openPath: resolves to '' on success or an error message. */
  openPath(target: string): Promise<string>;
}

/** Paths written by pdf:save in this session (kept in memory only). */
export class SavedPdfRegistry {
  readonly #paths = new Set<string>();
  add(target: string): void {
    this.#paths.add(target);
  }
  has(target: string): boolean {
    return this.#paths.has(target);
  }
}

export function registerPrintHandlers(
  ipcMain: IpcMainLike,
  policy: SecurityPolicy,
  deps: PrintDeps,
  registry: SavedPdfRegistry = new SavedPdfRegistry(),
): SavedPdfRegistry {
  registerHandler(ipcMain, policy, CHANNELS.pdfSave, async (request, event) => {
    const suggestedName = withExtension(sanitizeFileName(request.suggestedName, 'Lifeboat.pdf'), 'pdf');
    const result = await saveWithDialog(deps, event, { suggestedName, bytes: request.bytes, filters: PDF_FILTERS });
    // Only a .pdf may be handed to the system viewer later (the OS picks the program by extension).
    if (result.ok && result.path.toLowerCase().endsWith('.pdf')) registry.add(result.path);
    return result;
  });
  registerHandler(ipcMain, policy, CHANNELS.pdfOpen, async (request) => {
    if (!registry.has(request.path)) return { ok: false, reason: 'permission' };
    const error = await deps.openPath(request.path);
    return error === '' ? { ok: true } : { ok: false, reason: 'failed' };
  });
  return registry;
}
