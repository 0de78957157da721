// app:info, and the app:lock event sent when the OS suspends or locks the screen.
import { CHANNELS } from '../contract';
import type { SecurityPolicy } from '../security';
import type { IpcMainLike } from './handle';
import { registerHandler } from './handle';

export interface AppInfoDeps {
  getVersion(): string;
  platform: string;
  /** app.getPath('userData'). */
  getDataPath(): string;
}

export function registerAppHandlers(ipcMain: IpcMainLike, policy: SecurityPolicy, deps: AppInfoDeps): void {
  registerHandler(ipcMain, policy, CHANNELS.appInfo, async () => ({
    ok: true,
    version: deps.getVersion(),
    platform: deps.platform,
    dataPath: deps.getDataPath(),
  }));
}

export const LOCK_TRIGGERS = ['suspend', 'lock-screen'] as const;

export interface PowerMonitorLike {
  on(event: (typeof LOCK_TRIGGERS)[number], listener: () => void): unknown;
  removeListener(event: (typeof LOCK_TRIGGERS)[number], listener: () => void): unknown;
}

/** Calls `requestLock` on OS suspend and screen lock. Returns a function that stops listening. */
export function forwardLockEvents(powerMonitor: PowerMonitorLike, requestLock: () => void): () => void {
  const listener = (): void => requestLock();
  for (const trigger of LOCK_TRIGGERS) powerMonitor.on(trigger, listener);
  return () => {
    for (const trigger of LOCK_TRIGGERS) powerMonitor.removeListener(trigger, listener);
  };
}
