// The browser implementation: saving is a download (Blob + <a download>), opening is a
// hidden <input type=file>. Nothing leaves the machine.
import type { Failure, OpenResult, Platform, SaveResult } from './platform';
import { OPEN_FILE_LABEL, OPEN_FILE_TEST_ID, withPdfExtension } from './platform';

/** What the browser implementation touches, injectable for tests. */
export interface BrowserEnv {
  document: Document;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  setTimeout(callback: () => void, ms: number): unknown;
}

export function defaultBrowserEnv(): BrowserEnv {
  return {
    document,
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  };
}

/** How long a download's object URL stays valid (the download has started long before). */
export const REVOKE_AFTER_MS = 30_000;

const CANCELLED: Failure = { ok: false, reason: 'cancelled' };

export function createBrowserPlatform(provided?: BrowserEnv): Platform {
  // Resolved on first use, so merely choosing the platform never touches the DOM.
  let resolved: BrowserEnv | undefined;
  const environment = (): BrowserEnv => (resolved ??= provided ?? defaultBrowserEnv());

  function download(name: string, bytes: Uint8Array, mimeType: string): SaveResult {
    try {
      const env = environment();
      const doc = env.document;
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType });
      const url = env.createObjectURL(blob);
      const anchor = doc.createElement('a');
      anchor.href = url;
      anchor.download = name;
      anchor.rel = 'noopener';
      anchor.style.display = 'none';
      doc.body.append(anchor);
      anchor.click();
      anchor.remove();
      env.setTimeout(() => env.revokeObjectURL(url), REVOKE_AFTER_MS);
      return { ok: true };
    } catch {
      return { ok: false, reason: 'failed' };
    }
  }

  function openFile(accept: readonly string[], label: string): Promise<OpenResult> {
    return new Promise<OpenResult>((resolve) => {
      let input: HTMLInputElement;
      let doc: Document;
      try {
        doc = environment().document;
        input = doc.createElement('input');
        input.type = 'file';
        input.accept = accept.join(',');
        input.setAttribute('aria-label', label);
        input.setAttribute('data-testid', OPEN_FILE_TEST_ID);
        input.style.display = 'none';
      } catch {
        resolve({ ok: false, reason: 'failed' });
        return;
      }
      let settled = false;
      const finish = (result: OpenResult): void => {
        if (settled) return;
        settled = true;
        input.remove();
        resolve(result);
      };
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (!file) {
          finish(CANCELLED);
          return;
        }
        file.arrayBuffer().then(
          (buffer) => finish({ ok: true, name: file.name, bytes: new Uint8Array(buffer) }),
          () => finish({ ok: false, reason: 'failed' }),
        );
      });
      // Fired when the user closes the chooser without picking (Chrome 113+, Firefox 91+, Safari 16.4+).
      input.addEventListener('cancel', () => finish(CANCELLED));
      try {
        doc.body.append(input);
        input.click();
      } catch {
        finish({ ok: false, reason: 'failed' });
      }
    });
  }

  return {
    kind: 'browser',
    saveFile: async (request) => download(request.suggestedName, request.bytes, request.mimeType),
    openFile: (request) => openFile(request.accept, request.label ?? OPEN_FILE_LABEL),
    savePdf: async (request) => download(withPdfExtension(request.suggestedName), request.bytes, 'application/pdf'),
    appInfo: async () => ({ kind: 'browser', version: null, platform: 'browser', dataPath: null }),
    onLockRequest: () => () => undefined,
  };
}
