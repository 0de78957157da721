// Drives electron/main.ts against a mocked `electron` module: the wiring, not just the parts.
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS } from '../../electron/contract';
import { APP_SCHEME_PRIVILEGES } from '../../electron/protocol';
import { hardenedWebPreferences } from '../../electron/window';
import { fakeSession, fakeWebContents, trustedEvent } from './fakes';

function fakeElectron(opts: { lock?: boolean; isPackaged?: boolean } = {}) {
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const calls: string[] = [];
  const windows: FakeWindow[] = [];

  class FakeWindow extends EventEmitter {
    options: BrowserWindowConstructorOptions;
    webContents = fakeWebContents();
    loadURL = vi.fn(async (_url: string) => undefined);
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => false);
    isDestroyed = vi.fn(() => false);
    constructor(options: BrowserWindowConstructorOptions) {
      super();
      this.options = options;
      windows.push(this);
      // Electron emits web-contents-created for the window's contents.
      app.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows = () => windows;
    static fromWebContents = () => windows[0] ?? null;
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: opts.isPackaged ?? true,
    name: 'Lifeboat',
    requestSingleInstanceLock: vi.fn(() => {
      calls.push('requestSingleInstanceLock');
      return opts.lock ?? true;
    }),
    quit: vi.fn(),
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    whenReady: vi.fn(() => ready),
    isReady: vi.fn(() => true),
    getPath: vi.fn((name: string) => `/paths/${name}`),
    getVersion: vi.fn(() => '0.1.0'),
    setAppUserModelId: vi.fn(),
  });
  const session = fakeSession();
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(() => calls.push('protocol.handle')),
    },
    session: { defaultSession: session },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((t: MenuItemConstructorOptions[]) => t), setApplicationMenu: vi.fn() },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    shell: { openPath: vi.fn(async () => '') },
    powerMonitor: new EventEmitter(),
  };
  return { electron, app, session, windows, calls, resolveReady, ready };
}

async function loadMain(fake: ReturnType<typeof fakeElectron>) {
  vi.resetModules();
  vi.doMock('electron', () => fake.electron);
  await import('../../electron/main');
}

async function becomeReady(fake: ReturnType<typeof fakeElectron>) {
  fake.resolveReady();
  await fake.ready;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

afterEach(() => {
  vi.doUnmock('electron');
  vi.resetModules();
  delete process.env['ELECTRON_RENDERER_URL'];
});

describe('electron/main.ts', () => {
  it('a second instance quits before setting anything up', async () => {
    const fake = fakeElectron({ lock: false });
    await loadMain(fake);
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.app.listenerCount('web-contents-created')).toBe(0);
    expect(fake.electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });

  it('registers app:// as privileged and enables the sandbox before ready', async () => {
    const fake = fakeElectron();
    await loadMain(fake);
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.electron.protocol.handle).not.toHaveBeenCalled();
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.calls.indexOf('requestSingleInstanceLock'));
    await becomeReady(fake);
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('when ready: hardens the session, registers the IPC contract, opens one hardened window on app://', async () => {
    const fake = fakeElectron();
    await loadMain(fake);
    await becomeReady(fake);

    expect(fake.session.cancels('https://example.com/')).toBe(true);
    expect(fake.session.cancels('app://lifeboat/index.html')).toBe(false);
    let granted: boolean | undefined;
    fake.session.permissionRequest?.({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);

    const channels = fake.electron.ipcMain.handle.mock.calls.map((c: unknown[]) => c[0]);
    expect(channels.sort()).toStrictEqual(Object.values(CHANNELS).sort());

    expect(fake.windows).toHaveLength(1);
    const win = fake.windows[0]!;
    expect(win.options.webPreferences).toStrictEqual(
      hardenedWebPreferences({ preloadPath: win.options.webPreferences?.preload ?? '', devTools: false }),
    );
    expect(win.options.webPreferences?.preload).toMatch(/[/\\]preload[/\\]preload\.cjs$/);
    expect(win.loadURL).toHaveBeenCalledWith('app://lifeboat/index.html');

    // The window's webContents got the navigation / window.open / webview denial.
    expect(win.webContents.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toStrictEqual({ action: 'deny' });
    expect(win.webContents.attachWebview()).toBe(true);

    const menu = fake.electron.Menu.setApplicationMenu.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    expect(JSON.stringify(menu)).not.toContain('toggleDevTools');
  });

  it('any other webContents gets the same denial', async () => {
    const fake = fakeElectron();
    await loadMain(fake);
    const other = fakeWebContents();
    fake.app.emit('web-contents-created', {}, other);
    expect(other.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(other.windowOpenHandler?.({ url: 'app://lifeboat/index.html' })).toStrictEqual({ action: 'deny' });
    expect(other.attachWebview()).toBe(true);
  });

  it('IPC from a foreign frame is refused end to end', async () => {
    const fake = fakeElectron();
    await loadMain(fake);
    await becomeReady(fake);
    const handler = fake.electron.ipcMain.handle.mock.calls.find((c: unknown[]) => c[0] === CHANNELS.appInfo)?.[1] as (
      event: unknown,
      ...args: unknown[]
    ) => Promise<unknown>;
    await expect(handler(trustedEvent('https://evil.example/'))).resolves.toStrictEqual({ ok: false, reason: 'permission' });
    await expect(handler(trustedEvent())).resolves.toStrictEqual({
      ok: true,
      version: '0.1.0',
      platform: process.platform,
      dataPath: '/paths/userData',
    });
  });

  it('sends app:lock to the window on suspend and screen lock', async () => {
    const fake = fakeElectron();
    await loadMain(fake);
    await becomeReady(fake);
    fake.electron.powerMonitor.emit('suspend');
    fake.electron.powerMonitor.emit('lock-screen');
    expect(fake.windows[0]!.webContents.send.mock.calls).toStrictEqual([[EVENTS.lock], [EVENTS.lock]]);
  });

  it('a second launch focuses the existing window', async () => {
    const fake = fakeElectron();
    await loadMain(fake);
    await becomeReady(fake);
    fake.app.emit('second-instance', {}, [], '/');
    expect(fake.windows[0]!.focus).toHaveBeenCalled();
  });

  it('ignores ELECTRON_RENDERER_URL when packaged', async () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173/';
    const fake = fakeElectron({ isPackaged: true });
    await loadMain(fake);
    await becomeReady(fake);
    expect(fake.windows[0]!.loadURL).toHaveBeenCalledWith('app://lifeboat/index.html');
    expect(fake.windows[0]!.options.webPreferences?.devTools).toBe(false);
    expect(fake.session.cancels('http://localhost:5173/')).toBe(true);
  });

  it('uses the loopback dev server with DevTools only when unpackaged', async () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173/';
    const fake = fakeElectron({ isPackaged: false });
    await loadMain(fake);
    await becomeReady(fake);
    expect(fake.windows[0]!.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(fake.windows[0]!.options.webPreferences?.devTools).toBe(true);
    expect(fake.session.cancels('https://example.com/')).toBe(true);
  });
});
