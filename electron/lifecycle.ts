// Single-instance lock: a second launch focuses the first window and exits.
import { focusWindow } from './window';

export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

export type FocusableWindow = Parameters<typeof focusWindow>[0];

/**
 * Returns true when this process is the one instance. Otherwise asks the app to quit and
 * returns false; the caller must then set nothing else up.
 */
export function acquireSingleInstance(app: SingleInstanceApp, getWindow: () => FocusableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = getWindow();
    if (win) focusWindow(win);
  });
  return true;
}
