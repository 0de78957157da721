// Lifeboat's main process: lifecycle and wiring only. The logic lives in the small modules
// beside this file, each unit-tested without the Electron binary.
import type { BrowserWindow as BrowserWindowType, WebContents } from 'electron';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session, shell } from 'electron';
import { fileURLToPath } from 'node:url';
import { EVENTS } from './contract';
import { forwardLockEvents, registerAppHandlers } from './ipc/app';
import type { DialogDeps } from './ipc/files';
import { registerFileHandlers } from './ipc/files';
import type { InvokeEvent } from './ipc/handle';
import { registerPrintHandlers } from './ipc/print';
import { acquireSingleInstance } from './lifecycle';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { APP_ENTRY_URL, APP_SCHEME, createSecurityPolicy, hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

// `electron-vite dev` serves the renderer from a loopback dev server; honoured only unpackaged.
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const policy = createSecurityPolicy({ isPackaged: app.isPackaged, devServerUrl });
const dev = policy.devServerOrigin !== undefined;

// out/main/main.js → out/renderer/ and out/preload/preload.cjs (inside app.asar when packaged).
const rendererRoot = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url));

// Before 'ready': the scheme must be privileged before any session exists, and every
// renderer is sandboxed whatever its webPreferences say.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

let mainWindow: BrowserWindowType | null = null;

function windowOf(event: InvokeEvent): BrowserWindowType | null {
  return BrowserWindow.fromWebContents(event.sender as WebContents);
}

const dialogs: DialogDeps = {
  showSaveDialog: (event, options) => {
    const win = windowOf(event);
    return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
  },
  showOpenDialog: (event, options) => {
    const win = windowOf(event);
    return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
  },
  defaultDirectory: () => app.getPath('documents'),
};

function openMainWindow(): void {
  const win = createMainWindow(BrowserWindow, { preloadPath, devTools: dev });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  void win.loadURL(dev && devServerUrl ? devServerUrl : APP_ENTRY_URL);
}

function onReady(): void {
  hardenSession(session.defaultSession, policy);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: rendererRoot }));
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', dev, appName: app.name })));

  registerFileHandlers(ipcMain, policy, dialogs);
  registerPrintHandlers(ipcMain, policy, { ...dialogs, openPath: (target) => shell.openPath(target) });
  registerAppHandlers(ipcMain, policy, {
    getVersion: () => app.getVersion(),
    platform: process.platform,
    getDataPath: () => app.getPath('userData'),
  });
  forwardLockEvents(powerMonitor, () => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (!win.isDestroyed()) win.webContents.send(EVENTS.lock);
    }
  });

  openMainWindow();
}

if (acquireSingleInstance(app, () => mainWindow)) {
  if (process.platform === 'win32') app.setAppUserModelId('app.lifeboat.desktop');
  // Every webContents — the window, DevTools, anything a bug might create — gets the same denial.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  void app.whenReady().then(onReady);
}
