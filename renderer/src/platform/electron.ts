// The desktop implementation: every call goes through the preload's window.lifeboat.
import type { FileFilter, LifeboatApi, Platform } from './platform';
import { withPdfExtension } from './platform';

declare global {
  interface Window {
    /** Present only inside the Electron shell (exposed by electron/preload.ts). */
    lifeboat?: LifeboatApi;
  }
}

const EXTENSION = /^[A-Za-z0-9]{1,16}$/;
const MIME_EXTENSIONS: Readonly<Record<string, string>> = {
  'application/json': 'json',
  'application/pdf': 'pdf',
  'text/csv': 'csv',
  'text/calendar': 'ics',
};

/** `<input accept>` entries → one save/open dialog filter. MIME types without a known extension are dropped. */
export function filtersFromAccept(accept: readonly string[]): FileFilter[] {
  const extensions: string[] = [];
  for (const entry of accept) {
    const trimmed = entry.trim().toLowerCase();
    const ext = trimmed.startsWith('.') ? trimmed.slice(1) : MIME_EXTENSIONS[trimmed];
    if (ext && EXTENSION.test(ext) && !extensions.includes(ext)) extensions.push(ext);
  }
  if (extensions.length === 0) return [];
  return [{ name: extensions.map((e) => `.${e}`).join(', '), extensions }];
}

/** A filter for the suggested name's own extension, so the dialog keeps it. */
export function filtersForName(name: string): FileFilter[] {
  const match = /\.([A-Za-z0-9]{1,16})$/.exec(name);
  return match?.[1] ? [{ name: `.${match[1]}`, extensions: [match[1]] }] : [];
}

async function safely<T>(call: () => Promise<T>): Promise<T | { ok: false; reason: 'failed' }> {
  try {
    return await call();
  } catch {
    return { ok: false, reason: 'failed' };
  }
}

export function createElectronPlatform(api: LifeboatApi): Platform {
  return {
    kind: 'electron',
    saveFile: (request) =>
      safely(() =>
        api.saveFile({
          suggestedName: request.suggestedName,
          bytes: request.bytes,
          filters: request.filters ?? filtersForName(request.suggestedName),
        }),
      ),
    openFile: (request) => safely(() => api.openFile({ filters: filtersFromAccept(request.accept) })),
    savePdf: (request) => safely(() => api.savePdf({ suggestedName: withPdfExtension(request.suggestedName), bytes: request.bytes })),
    openSavedPdf: (path) => safely(() => api.openPdf({ path })),
    appInfo: async () => {
      const result = await safely(() => api.appInfo());
      if (!result.ok) return { kind: 'electron', version: null, platform: 'unknown', dataPath: null };
      return { kind: 'electron', version: result.version, platform: result.platform, dataPath: result.dataPath };
    },
    onLockRequest: (listener) => api.onLockRequest(listener),
  };
}
