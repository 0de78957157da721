// The IPC contract between the sandboxed renderer and the main process.
//
// This file is shared three ways: the preload bundles its constants, the main process
// registers one handler per channel, and the renderer imports it with `import type` only.
// It therefore imports nothing and holds only constants and types. The zod schemas that
// validate arguments at runtime live in contractSchemas.ts, which only the main process uses.

/** The global name under which the preload exposes the API: `window.lifeboat`. */
export const API_KEY = 'lifeboat';

/** Renderer → main request channels (ipcRenderer.invoke / ipcMain.handle). */
export const CHANNELS = {
  filesSave: 'files:save',
  filesOpen: 'files:open',
  pdfSave: 'pdf:save',
  pdfOpen: 'pdf:open',
  appInfo: 'app:info',
} as const;

/** Main → renderer events (webContents.send / ipcRenderer.on). */
export const EVENTS = {
  /** The OS is suspending or the screen was locked: lock the vault now. */
  lock: 'app:lock',
} as const;

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];
export type EventChannel = (typeof EVENTS)[keyof typeof EVENTS];

/**
 * Why a request did not succeed. Handlers never throw across IPC; they answer with one of these.
 * - cancelled: the user closed the dialog.
 * - permission: the OS refused access (EACCES/EPERM/EROFS), or the request came from a sender
 *   or for a path this session may not use.
 * - disk-full: ENOSPC/EDQUOT.
 * - invalid: the arguments did not pass validation (wrong shape, too large, not a PDF…).
 * - failed: anything else.
 */
export type FailureReason = 'cancelled' | 'permission' | 'disk-full' | 'invalid' | 'failed';
export interface Failure {
  ok: false;
  reason: FailureReason;
}

/** A save/open dialog filter. Extensions without the dot, e.g. `['lifeboat']`; `['*']` for all files. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Largest file the shell will write or read for the renderer (bytes). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export interface SaveFileRequest {
  /** File name offered in the save dialog (no directories; unsafe characters are replaced). */
  suggestedName: string;
  bytes: Uint8Array;
  filters: FileFilter[];
}
export type SaveFileResult = { ok: true; path: string } | Failure;

export interface OpenFileRequest {
  filters: FileFilter[];
}
export type OpenFileResult = { ok: true; name: string; bytes: Uint8Array } | Failure;

export interface SavePdfRequest {
  suggestedName: string;
  /** Must be a PDF (start with `%PDF-`). */
  bytes: Uint8Array;
}
export type SavePdfResult = SaveFileResult;

export interface OpenPdfRequest {
  /** A path returned by `pdf:save` earlier in this session; any other path is refused. */
  path: string;
}
export type OpenPdfResult = { ok: true } | Failure;

export interface AppInfo {
  version: string;
  platform: string;
  /** Where the app keeps its (encrypted) data on this machine. */
  dataPath: string;
}
export type AppInfoResult = ({ ok: true } & AppInfo) | Failure;

/** Request and response of every channel. */
export interface IpcContract {
  'files:save': { request: SaveFileRequest; response: SaveFileResult };
  'files:open': { request: OpenFileRequest; response: OpenFileResult };
  'pdf:save': { request: SavePdfRequest; response: SavePdfResult };
  'pdf:open': { request: OpenPdfRequest; response: OpenPdfResult };
  'app:info': { request: undefined; response: AppInfoResult };
}
export type RequestOf<C extends Channel> = IpcContract[C]['request'];
export type ResponseOf<C extends Channel> = IpcContract[C]['response'];

/** Exactly what the preload exposes as `window.lifeboat`. */
export interface LifeboatApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  savePdf(request: SavePdfRequest): Promise<SavePdfResult>;
  openPdf(request: OpenPdfRequest): Promise<OpenPdfResult>;
  appInfo(): Promise<AppInfoResult>;
  /** Calls `listener` when the main process asks for the vault to lock; returns an unsubscribe. */
  onLockRequest(listener: () => void): () => void;
}

/** The method names of LifeboatApi, for tests that check the preload exposes exactly these. */
export const API_METHODS = ['saveFile', 'openFile', 'savePdf', 'openPdf', 'appInfo', 'onLockRequest'] as const;
