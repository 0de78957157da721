// Stand-ins for Electron's objects, so no test needs the Electron binary.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { InvokeEvent, IpcMainLike } from '../../electron/ipc/handle';

export const APP_PAGE = 'app://lifeboat/index.html';

export function trustedEvent(url = APP_PAGE): InvokeEvent {
  return { senderFrame: { url, parent: null }, sender: {} };
}

export function subframeEvent(url = APP_PAGE): InvokeEvent {
  return { senderFrame: { url, parent: { url: APP_PAGE, parent: null } }, sender: {} };
}

/** Captures ipcMain.handle registrations and lets a test invoke them like the renderer would. */
export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  invoke(channel: string, event: InvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  }
}

/** A session with every hook the hardening touches, recording what was installed. */
export function fakeSession() {
  const emitter = new EventEmitter();
  const session = {
    beforeRequest: undefined as undefined | ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void),
    permissionRequest: undefined as undefined | ((wc: unknown, permission: string, callback: (granted: boolean) => void, details?: { requestingUrl?: string }) => void),
    permissionCheck: undefined as undefined | ((wc: unknown, permission: string, origin?: string) => boolean),
    devicePermission: undefined as undefined | (() => boolean),
    spellChecker: undefined as undefined | boolean,
    webRequest: {
      onBeforeRequest(listener: (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) {
        session.beforeRequest = listener;
      },
    },
    setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void, details?: { requestingUrl?: string }) => void) {
      session.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: (wc: unknown, permission: string, origin?: string) => boolean) {
      session.permissionCheck = handler;
    },
    setDevicePermissionHandler(handler: () => boolean) {
      session.devicePermission = handler;
    },
    setSpellCheckerEnabled(enabled: boolean) {
      session.spellChecker = enabled;
    },
    on(event: string, listener: (...args: any[]) => void) { // eslint-disable-line @typescript-eslint/no-explicit-any
      emitter.on(event, listener);
      return session;
    },
    emit(event: string, ...args: unknown[]) {
      return emitter.emit(event, ...args);
    },
    /** Runs the onBeforeRequest listener and reports whether it cancelled. */
    cancels(url: string): boolean {
      if (!session.beforeRequest) throw new Error('onBeforeRequest not installed');
      let cancel: boolean | undefined;
      session.beforeRequest({ url }, (r) => {
        cancel = r.cancel;
      });
      if (cancel === undefined) throw new Error('callback not called');
      return cancel;
    },
  };
  return session;
}

/** A webContents recording its listeners and window-open handler. */
export function fakeWebContents() {
  const emitter = new EventEmitter();
  const contents = {
    windowOpenHandler: undefined as undefined | ((details: { url: string }) => { action: string }),
    send: vi.fn(),
    on(event: string, listener: (...args: any[]) => void) { // eslint-disable-line @typescript-eslint/no-explicit-any
      emitter.on(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      contents.windowOpenHandler = handler;
    },
    /** Emits a preventable navigation-style event; returns true when it was prevented. */
    navigate(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string): boolean {
      let prevented = false;
      emitter.emit(event, { url, preventDefault: () => (prevented = true) });
      return prevented;
    },
    attachWebview(): boolean {
      let prevented = false;
      emitter.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, { src: 'https://example.com/' });
      return prevented;
    },
    listenerCount(event: string) {
      return emitter.listenerCount(event);
    },
  };
  return contents;
}
