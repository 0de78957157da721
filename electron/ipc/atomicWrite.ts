// Write-then-rename, so a crash or a full disk never leaves a half-written backup or PDF
// where the user's previous good file was.
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

export interface AtomicWriteFs {
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
}

const defaultFs: AtomicWriteFs = { open, rename, unlink };

/**
 * Writes `bytes` to a temporary file beside `target` (same directory, so the rename is atomic
 * on the same file system), flushes it to disk, then renames it over `target`. On any error
 * the temporary file is removed and the error rethrown; `target` is untouched.
 * New files are created owner-read/write only (0600): plans and backups are confidential.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array, fs: AtomicWriteFs = defaultFs): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await fs.open(tmp, 'wx', 0o600);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, target);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    throw error;
  }
}
