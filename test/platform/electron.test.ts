import { describe, expect, it, vi } from 'vitest';
import type { LifeboatApi, OpenFileRequest, OpenPdfRequest, SaveFileRequest, SavePdfRequest } from '../../electron/contract';
import { requestSchemas } from '../../electron/contractSchemas';
import { createElectronPlatform, filtersForName, filtersFromAccept } from '../../renderer/src/platform/electron';

function fakeApi(overrides: Partial<LifeboatApi> = {}) {
  const unsubscribe = vi.fn();
  const api = {
    saveFile: vi.fn(async (_request: SaveFileRequest) => ({ ok: true as const, path: '/docs/plan.lifeboat' })),
    openFile: vi.fn(async (_request: OpenFileRequest) => ({ ok: true as const, name: 'plan.lifeboat', bytes: new Uint8Array([1]) })),
    savePdf: vi.fn(async (_request: SavePdfRequest) => ({ ok: true as const, path: '/docs/plan.pdf' })),
    openPdf: vi.fn(async (_request: OpenPdfRequest) => ({ ok: true as const })),
    appInfo: vi.fn(async () => ({ ok: true as const, version: '0.1.0', platform: 'linux', dataPath: '/home/u/.config/Lifeboat' })),
    onLockRequest: vi.fn((_listener: () => void) => unsubscribe),
  };
  Object.assign(api, overrides);
  return { api, unsubscribe };
}

const bytes = new Uint8Array([1, 2, 3]);
const pdf = new TextEncoder().encode('%PDF-1.7\n');

describe('electron platform', () => {
  it('saveFile sends exactly what the shell accepts (no mimeType), with a filter for the extension', async () => {
    const { api } = fakeApi();
    const platform = createElectronPlatform(api);
    expect(platform.kind).toBe('electron');
    await expect(platform.saveFile({ suggestedName: 'lifeboat-2025-01-31.lifeboat', bytes, mimeType: 'application/octet-stream' })).resolves.toStrictEqual({ ok: true, path: '/docs/plan.lifeboat' });
    const sent = api.saveFile.mock.calls[0]?.[0];
    expect(sent).toStrictEqual({ suggestedName: 'lifeboat-2025-01-31.lifeboat', bytes, filters: [{ name: '.lifeboat', extensions: ['lifeboat'] }] });
    expect(requestSchemas['files:save'].safeParse(sent).success).toBe(true);
  });

  it('saveFile passes explicit filters through', async () => {
    const { api } = fakeApi();
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    await createElectronPlatform(api).saveFile({ suggestedName: 'contacts.csv', bytes, mimeType: 'text/csv', filters });
    expect(api.saveFile.mock.calls[0]?.[0]).toStrictEqual({ suggestedName: 'contacts.csv', bytes, filters });
  });

  it('openFile turns accept into one dialog filter the shell accepts', async () => {
    const { api } = fakeApi();
    await expect(createElectronPlatform(api).openFile({ accept: ['.lifeboat', 'application/json', 'image/*', '.x/y'] })).resolves.toStrictEqual({
      ok: true,
      name: 'plan.lifeboat',
      bytes: new Uint8Array([1]),
    });
    const sent = api.openFile.mock.calls[0]?.[0];
    expect(sent).toStrictEqual({ filters: [{ name: '.lifeboat, .json', extensions: ['lifeboat', 'json'] }] });
    expect(requestSchemas['files:open'].safeParse(sent).success).toBe(true);
    expect(filtersFromAccept([])).toStrictEqual([]);
    expect(filtersFromAccept(['image/*'])).toStrictEqual([]);
    expect(filtersForName('README')).toStrictEqual([]);
  });

  it('passes a cancelled open through', async () => {
    const { api } = fakeApi({ openFile: vi.fn(async () => ({ ok: false as const, reason: 'cancelled' as const })) });
    await expect(createElectronPlatform(api).openFile({ accept: ['.lifeboat'] })).resolves.toStrictEqual({ ok: false, reason: 'cancelled' });
  });

  it('savePdf ensures a .pdf name; openSavedPdf opens by path', async () => {
    const { api } = fakeApi();
    const platform = createElectronPlatform(api);
    await platform.savePdf({ suggestedName: 'Runbook', bytes: pdf });
    expect(api.savePdf.mock.calls[0]?.[0]).toStrictEqual({ suggestedName: 'Runbook.pdf', bytes: pdf });
    expect(requestSchemas['pdf:save'].safeParse(api.savePdf.mock.calls[0]?.[0]).success).toBe(true);
    await platform.openSavedPdf?.('/docs/plan.pdf');
    expect(api.openPdf).toHaveBeenCalledWith({ path: '/docs/plan.pdf' });
  });

  it('never rejects: a broken bridge is a failure', async () => {
    const broken = vi.fn(async () => Promise.reject(new Error('An object could not be cloned')));
    const { api } = fakeApi({ saveFile: broken, openFile: broken, savePdf: broken, openPdf: broken, appInfo: broken });
    const platform = createElectronPlatform(api);
    await expect(platform.saveFile({ suggestedName: 'a', bytes, mimeType: 'x' })).resolves.toStrictEqual({ ok: false, reason: 'failed' });
    await expect(platform.openFile({ accept: [] })).resolves.toStrictEqual({ ok: false, reason: 'failed' });
    await expect(platform.savePdf({ suggestedName: 'a', bytes: pdf })).resolves.toStrictEqual({ ok: false, reason: 'failed' });
    await expect(platform.openSavedPdf?.('/x.pdf')).resolves.toStrictEqual({ ok: false, reason: 'failed' });
    await expect(platform.appInfo()).resolves.toStrictEqual({ kind: 'electron', version: null, platform: 'unknown', dataPath: null });
  });

  it('appInfo and onLockRequest come from the shell', async () => {
    const { api, unsubscribe } = fakeApi();
    const platform = createElectronPlatform(api);
    await expect(platform.appInfo()).resolves.toStrictEqual({ kind: 'electron', version: '0.1.0', platform: 'linux', dataPath: '/home/u/.config/Lifeboat' });
    const listener = vi.fn();
    const off = platform.onLockRequest(listener);
    expect(api.onLockRequest).toHaveBeenCalledWith(listener);
    off();
    expect(unsubscribe).toHaveBeenCalled();
  });
});
