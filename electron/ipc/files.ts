// files:save and files:open — the only way file bytes leave or enter the app in Electron.
// The renderer proposes a name; the user chooses the place in the OS dialog.
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileFilter, OpenFileResult, SaveFileResult } from '../contract';
import { CHANNELS, MAX_FILE_BYTES } from '../contract';
import type { SecurityPolicy } from '../security';
import { writeFileAtomic } from './atomicWrite';
import type { InvokeEvent, IpcMainLike } from './handle';
import { registerHandler } from './handle';

export interface DialogDeps {
  /** dialog.showSaveDialog parented to the sender's window. */
  showSaveDialog(event: InvokeEvent, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  /** dialog.showOpenDialog parented to the sender's window. */
  showOpenDialog(event: InvokeEvent, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Where save dialogs start (the user's Documents folder). */
  defaultDirectory(): string;
}

export interface FileSystemDeps {
  writeFileAtomic(target: string, bytes: Uint8Array): Promise<void>;
  stat(target: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(target: string): Promise<Uint8Array>;
}

export const nodeFileSystem: FileSystemDeps = {
  writeFileAtomic: (target, bytes) => writeFileAtomic(target, bytes),
  stat: (target) => stat(target),
  readFile: (target) => readFile(target),
};

export interface FileDeps extends DialogDeps {
  fs?: FileSystemDeps;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_SAFE_NAME = 200;

/**
 * A file name the renderer may propose, made safe for every OS: no directories, no reserved
 * or control characters, not hidden, not a Windows device name, not too long.
 */
export function sanitizeFileName(name: string, fallback = 'Lifeboat'): string {
  let base = name.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  base = base.replace(/[\x00-\x1f\x7f<>:"|?*]/g, '_');
  base = base.trim().replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (WINDOWS_RESERVED.test(base)) base = `_${base}`;
  if (base.length > MAX_SAFE_NAME) {
    const ext = path.extname(base).slice(0, 17);
    base = base.slice(0, MAX_SAFE_NAME - ext.length) + ext;
  }
  return base.length > 0 ? base : fallback;
}

/** Ensures `name` ends with `.ext` (case-insensitive). */
export function withExtension(name: string, ext: string): string {
  return name.toLowerCase().endsWith(`.${ext.toLowerCase()}`) ? name : `${name}.${ext}`;
}

/** Shows the save dialog and writes atomically. Shared by files:save and pdf:save. */
export async function saveWithDialog(
  deps: FileDeps,
  event: InvokeEvent,
  request: { suggestedName: string; bytes: Uint8Array; filters: FileFilter[] },
): Promise<SaveFileResult> {
  const fs = deps.fs ?? nodeFileSystem;
  const choice = await deps.showSaveDialog(event, {
    defaultPath: path.join(deps.defaultDirectory(), request.suggestedName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { ok: false, reason: 'cancelled' };
  const target = path.resolve(choice.filePath);
  await fs.writeFileAtomic(target, request.bytes);
  return { ok: true, path: target };
}

export async function openWithDialog(deps: FileDeps, event: InvokeEvent, filters: FileFilter[]): Promise<OpenFileResult> {
  const fs = deps.fs ?? nodeFileSystem;
  const choice = await deps.showOpenDialog(event, { properties: ['openFile'], filters });
  const chosen = choice.filePaths[0];
  if (choice.canceled || chosen === undefined) return { ok: false, reason: 'cancelled' };
  const info = await fs.stat(chosen);
  if (!info.isFile() || info.size > MAX_FILE_BYTES) return { ok: false, reason: 'invalid' };
  const data = await fs.readFile(chosen);
  if (data.byteLength > MAX_FILE_BYTES) return { ok: false, reason: 'invalid' };
  // A plain Uint8Array (not a Node Buffer) crosses IPC and the context bridge cleanly.
  const bytes = new Uint8Array(data.byteLength);
  bytes.set(data);
  return { ok: true, name: path.basename(chosen), bytes };
}

export function registerFileHandlers(ipcMain: IpcMainLike, policy: SecurityPolicy, deps: FileDeps): void {
  registerHandler(ipcMain, policy, CHANNELS.filesSave, (request, event) =>
    saveWithDialog(deps, event, { ...request, suggestedName: sanitizeFileName(request.suggestedName) }),
  );
  registerHandler(ipcMain, policy, CHANNELS.filesOpen, (request, event) => openWithDialog(deps, event, request.filters));
}
