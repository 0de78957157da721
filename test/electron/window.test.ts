import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructor } from '../../electron/window';
import { createMainWindow, focusWindow, hardenedWebPreferences, mainWindowOptions } from '../../electron/window';

describe('window.ts', () => {
  it('uses exactly the hardened webPreferences (production)', () => {
    expect(hardenedWebPreferences({ preloadPath: '/app/out/preload/preload.cjs', devTools: false })).toStrictEqual({
      preload: '/app/out/preload/preload.cjs',
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
      devTools: false,
    });
  });

  it('only devTools changes in development', () => {
    const prod = hardenedWebPreferences({ preloadPath: '/p.cjs', devTools: false });
    const dev = hardenedWebPreferences({ preloadPath: '/p.cjs', devTools: true });
    expect({ ...dev, devTools: false }).toStrictEqual(prod);
    expect(dev.devTools).toBe(true);
  });

  it('starts hidden with a sensible default and a small minimum size', () => {
    const options = mainWindowOptions({ preloadPath: '/p.cjs', devTools: false });
    expect(options.show).toBe(false);
    expect(options.minWidth).toBe(480);
    expect(options.minHeight).toBe(400);
    expect(options.width).toBeGreaterThanOrEqual(800);
    expect(options.height).toBeGreaterThanOrEqual(600);
    expect(options.webPreferences).toStrictEqual(hardenedWebPreferences({ preloadPath: '/p.cjs', devTools: false }));
  });

  it('creates the window with those options and shows it on ready-to-show', () => {
    let received: BrowserWindowConstructorOptions | undefined;
    const show = vi.fn();
    class FakeWindow extends EventEmitter {
      show = show;
      constructor(options: BrowserWindowConstructorOptions) {
        super();
        received = options;
      }
    }
    const win = createMainWindow(FakeWindow as unknown as BrowserWindowConstructor, { preloadPath: '/p.cjs', devTools: false });
    expect(received).toStrictEqual(mainWindowOptions({ preloadPath: '/p.cjs', devTools: false }));
    expect(show).not.toHaveBeenCalled();
    (win as unknown as EventEmitter).emit('ready-to-show');
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('focusWindow restores a minimised window', () => {
    const win = { isMinimized: vi.fn(() => true), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    focusWindow(win);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });
});
