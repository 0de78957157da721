// The object the preload exposes as window.lifeboat (see preload.ts), built over an injected
// ipcRenderer so tests need no Electron binary.
import type { LifeboatApi } from './contract';
import { CHANNELS, EVENTS } from './contract';

/** The part of ipcRenderer used here (injected in tests). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (...args: unknown[]) => void): unknown;
}

export function createLifeboatApi(ipc: IpcRendererLike): LifeboatApi {
  const api: LifeboatApi = {
    saveFile: (request) => ipc.invoke(CHANNELS.filesSave, request) as ReturnType<LifeboatApi['saveFile']>,
    openFile: (request) => ipc.invoke(CHANNELS.filesOpen, request) as ReturnType<LifeboatApi['openFile']>,
    savePdf: (request) => ipc.invoke(CHANNELS.pdfSave, request) as ReturnType<LifeboatApi['savePdf']>,
    openPdf: (request) => ipc.invoke(CHANNELS.pdfOpen, request) as ReturnType<LifeboatApi['openPdf']>,
    appInfo: () => ipc.invoke(CHANNELS.appInfo) as ReturnType<LifeboatApi['appInfo']>,
    onLockRequest: (listener) => {
      if (typeof listener !== 'function') throw new TypeError('onLockRequest needs a function');
      // The IPC event is dropped: the page learns only that a lock was requested.
      const forward = (): void => listener();
      ipc.on(EVENTS.lock, forward);
      return () => {
        ipc.removeListener(EVENTS.lock, forward);
      };
    },
  };
  return Object.freeze(api);
}
