import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_KEY, API_METHODS, CHANNELS, EVENTS } from '../../electron/contract';
import type { IpcRendererLike } from '../../electron/preloadApi';
import { createLifeboatApi } from '../../electron/preloadApi';

function fakeIpcRenderer() {
  const emitter = new EventEmitter();
  const ipc = {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => emitter.on(channel, listener)),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => emitter.removeListener(channel, listener)),
    emitter,
  };
  return ipc;
}

describe('the API the preload exposes', () => {
  it('has exactly the contract methods and is frozen', () => {
    const api = createLifeboatApi(fakeIpcRenderer() as IpcRendererLike);
    expect(Object.keys(api).sort()).toStrictEqual([...API_METHODS].sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const key of Object.keys(api)) expect(typeof (api as unknown as Record<string, unknown>)[key]).toBe('function');
  });

  it('maps each method to its channel, passing the request unchanged', async () => {
    const ipc = fakeIpcRenderer();
    const api = createLifeboatApi(ipc as IpcRendererLike);
    const bytes = new Uint8Array([1]);
    await api.saveFile({ suggestedName: 'a.lifeboat', bytes, filters: [] });
    await api.openFile({ filters: [] });
    await api.savePdf({ suggestedName: 'a.pdf', bytes });
    await api.openPdf({ path: '/tmp/a.pdf' });
    await api.appInfo();
    expect(ipc.invoke.mock.calls).toStrictEqual([
      [CHANNELS.filesSave, { suggestedName: 'a.lifeboat', bytes, filters: [] }],
      [CHANNELS.filesOpen, { filters: [] }],
      [CHANNELS.pdfSave, { suggestedName: 'a.pdf', bytes }],
      [CHANNELS.pdfOpen, { path: '/tmp/a.pdf' }],
      [CHANNELS.appInfo],
    ]);
  });

  it('onLockRequest calls back without the IPC event and unsubscribes', () => {
    const ipc = fakeIpcRenderer();
    const api = createLifeboatApi(ipc as IpcRendererLike);
    const listener = vi.fn();
    const unsubscribe = api.onLockRequest(listener);
    ipc.emitter.emit(EVENTS.lock, { sender: 'ipcRenderer', ports: [] }, 'extra');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toStrictEqual([]);
    unsubscribe();
    ipc.emitter.emit(EVENTS.lock, {});
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipc.emitter.listenerCount(EVENTS.lock)).toBe(0);
    expect(() => api.onLockRequest('not a function' as unknown as () => void)).toThrow(TypeError);
  });
});

describe('electron/preload.ts', () => {
  afterEach(() => {
    vi.doUnmock('electron');
    vi.resetModules();
  });

  it('exposes one object, window.lifeboat, through the context bridge', async () => {
    const exposeInMainWorld = vi.fn();
    const ipcRenderer = fakeIpcRenderer();
    vi.resetModules();
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer }));
    await import('../../electron/preload');
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe(API_KEY);
    expect(key).toBe('lifeboat');
    expect(Object.keys(api).sort()).toStrictEqual([...API_METHODS].sort());
    expect(Object.values(api).includes(ipcRenderer)).toBe(false);
  });
});
