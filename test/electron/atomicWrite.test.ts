import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/ipc/atomicWrite';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lifeboat-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the target and leaves no temporary file', async () => {
    const target = path.join(dir, 'plan.lifeboat');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toStrictEqual(['plan.lifeboat']);
  });

  it('creates new files readable by the owner only', async () => {
    if (process.platform === 'win32') return;
    const target = path.join(dir, 'new.pdf');
    await writeFileAtomic(target, new Uint8Array([1]));
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('keeps the previous file intact and cleans up when the rename fails (disk full)', async () => {
    const target = path.join(dir, 'plan.lifeboat');
    writeFileSync(target, 'previous good backup');
    const failingRename = async () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    await expect(writeFileAtomic(target, new Uint8Array([9, 9, 9]), { open, rename: failingRename as typeof rename, unlink })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(target, 'utf8')).toBe('previous good backup');
    expect(readdirSync(dir)).toStrictEqual(['plan.lifeboat']);
  });

  it('cleans up when writing the temporary file fails', async () => {
    const target = path.join(dir, 'plan.lifeboat');
    const failingOpen = (async (...args: Parameters<typeof open>) => {
      const handle = await open(...args);
      return Object.assign(Object.create(handle) as typeof handle, {
        writeFile: async () => Promise.reject(Object.assign(new Error('quota'), { code: 'EDQUOT' })),
        close: () => handle.close(),
      });
    }) as typeof open;
    await expect(writeFileAtomic(target, new Uint8Array([1]), { open: failingOpen, rename, unlink })).rejects.toMatchObject({ code: 'EDQUOT' });
    expect(readdirSync(dir)).toStrictEqual([]);
  });
});
