// getPlatform(): Electron when the preload exposed window.lifeboat, the browser otherwise.
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { LifeboatApi, Platform } from './platform';

export type {
  AppInfo,
  FailureReason,
  FileFilter,
  OpenFileRequest,
  OpenPdfResult,
  OpenResult,
  Platform,
  PlatformKind,
  SaveFileRequest,
  SavePdfRequest,
  SaveResult,
} from './platform';
export { OPEN_FILE_LABEL, OPEN_FILE_TEST_ID } from './platform';
export { createBrowserPlatform } from './browser';
export { createElectronPlatform } from './electron';

const API_METHODS = ['saveFile', 'openFile', 'savePdf', 'openPdf', 'appInfo', 'onLockRequest'] as const;

function isLifeboatApi(value: unknown): value is LifeboatApi {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return API_METHODS.every((name) => typeof candidate[name] === 'function');
}

/** Chooses the implementation for a global scope (exported for tests). */
export function selectPlatform(scope: { lifeboat?: unknown }, browser: () => Platform = () => createBrowserPlatform()): Platform {
  return isLifeboatApi(scope.lifeboat) ? createElectronPlatform(scope.lifeboat) : browser();
}

let current: Platform | undefined;

export function getPlatform(): Platform {
  current ??= selectPlatform(globalThis as { lifeboat?: unknown });
  return current;
}

/** Replaces the platform (tests, storybook-like harnesses); `undefined` re-detects on next use. */
export function setPlatform(platform: Platform | undefined): void {
  current = platform;
}
