// The one application window and its hardened webPreferences.
import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the built preload (out/preload/preload.cjs). */
  preloadPath: string;
  /** DevTools are available only in development (never in a packaged app). */
  devTools: boolean;
}

/** The renderer is an ordinary, sandboxed web page with one narrow bridge (the preload). */
export function hardenedWebPreferences(input: WindowOptionsInput): WebPreferences {
  return {
    preload: input.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    experimentalFeatures: false,
    safeDialogs: true,
    devTools: input.devTools,
  };
}

export function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Lifeboat',
    width: 1024,
    height: 720,
    // Responders may work in a small window next to a terminal.
    minWidth: 480,
    minHeight: 400,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: hardenedWebPreferences(input),
  };
}

/** The constructor, injected so tests need no Electron binary. */
export type BrowserWindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Creates the window hidden and shows it once the first paint is ready (no white flash). */
export function createMainWindow(Ctor: BrowserWindowConstructor, input: WindowOptionsInput): BrowserWindow {
  const win = new Ctor(mainWindowOptions(input));
  win.once('ready-to-show', () => win.show());
  return win;
}

/** Brings an existing window to the front (second instance, dock click). */
export function focusWindow(win: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
