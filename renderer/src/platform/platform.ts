// One interface for everything the app needs from its host: saving and opening files,
// saving a PDF, app information and lock requests. Two implementations: Electron (through the
// preload's window.lifeboat) and the browser (downloads and <input type=file>).
// The only import of the shell in renderer/: the IPC contract, type-only (design §1).
import type { FailureReason, FileFilter, LifeboatApi } from '../../../electron/contract';

export type { FailureReason, FileFilter, LifeboatApi };

export type PlatformKind = 'electron' | 'browser';

export interface Failure {
  ok: false;
  reason: FailureReason;
}

/** `path` is known only in Electron; a browser download does not reveal where it went. */
export type SaveResult = { ok: true; path?: string } | Failure;
export type OpenResult = { ok: true; name: string; bytes: Uint8Array } | Failure;
export type OpenPdfResult = { ok: true } | Failure;

export interface SaveFileRequest {
  /** File name only, e.g. `lifeboat-2025-01-31.lifeboat`. */
  suggestedName: string;
  bytes: Uint8Array;
  /** Used for the browser download. */
  mimeType: string;
  /** Save-dialog filters (Electron). Default: one filter for the suggested name's extension. */
  filters?: FileFilter[];
}

export interface OpenFileRequest {
  /** As for <input accept>: extensions with a dot (`.lifeboat`) and/or MIME types. */
  accept: string[];
  /** Accessible name of the hidden browser file input; defaults to OPEN_FILE_LABEL. */
  label?: string;
}

export interface SavePdfRequest {
  suggestedName: string;
  bytes: Uint8Array;
}

export interface AppInfo {
  kind: PlatformKind;
  /** App version (Electron); null in the browser. */
  version: string | null;
  /** OS platform in Electron (`win32`, `darwin`, `linux`); `browser` otherwise. */
  platform: string;
  /** Where the desktop app keeps its data; null in the browser (the browser's own storage). */
  dataPath: string | null;
}

export interface Platform {
  readonly kind: PlatformKind;
  /** Never rejects: failures come back as `{ ok: false, reason }`. */
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  /** Never rejects; `{ ok: false, reason: 'cancelled' }` when the user closes the chooser. */
  openFile(request: OpenFileRequest): Promise<OpenResult>;
  /** Electron: save dialog; browser: download. Never rejects. */
  savePdf(request: SavePdfRequest): Promise<SaveResult>;
  /** Electron only: open a PDF that savePdf wrote in this session in the system viewer. */
  openSavedPdf?(path: string): Promise<OpenPdfResult>;
  appInfo(): Promise<AppInfo>;
  /** OS suspend / screen lock (Electron). Returns an unsubscribe; the browser never calls back. */
  onLockRequest(listener: () => void): () => void;
}

/** Default accessible name of the browser's hidden file input (stable for end-to-end tests). */
export const OPEN_FILE_LABEL = 'Choose a file to open';
/** data-testid of the browser's hidden file input. */
export const OPEN_FILE_TEST_ID = 'lifeboat-open-file';

/** `report.PDF` → `report.PDF`; `report` → `report.pdf`. */
export function withPdfExtension(name: string): string {
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}
