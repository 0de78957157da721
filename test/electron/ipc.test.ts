import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, MAX_FILE_BYTES } from '../../electron/contract';
import { forwardLockEvents, registerAppHandlers } from '../../electron/ipc/app';
import type { FileDeps, FileSystemDeps } from '../../electron/ipc/files';
import { nodeFileSystem, registerFileHandlers, sanitizeFileName } from '../../electron/ipc/files';
import { reasonFromError } from '../../electron/ipc/handle';
import type { PrintDeps } from '../../electron/ipc/print';
import { registerPrintHandlers } from '../../electron/ipc/print';
import { PRODUCTION_POLICY } from '../../electron/security';
import { FakeIpcMain, subframeEvent, trustedEvent } from './fakes';

const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const BACKUP = new Uint8Array([1, 2, 3, 4, 5]);
const FILTERS = [{ name: 'Lifeboat backup', extensions: ['lifeboat'] }];

let dir: string;
let ipc: FakeIpcMain;
let deps: PrintDeps & { saveAnswer: { canceled: boolean; filePath?: string }; openAnswer: { canceled: boolean; filePaths: string[] } };

function errno(code: string): Error {
  return Object.assign(new Error(code), { code });
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lifeboat-ipc-'));
  ipc = new FakeIpcMain();
  const d = {
    saveAnswer: { canceled: false, filePath: path.join(dir, 'out.lifeboat') } as { canceled: boolean; filePath?: string },
    openAnswer: { canceled: false, filePaths: [] as string[] },
    showSaveDialog: vi.fn(async () => d.saveAnswer),
    showOpenDialog: vi.fn(async () => d.openAnswer),
    defaultDirectory: () => '/home/user/Documents',
    openPath: vi.fn(async () => ''),
  };
  deps = d;
  registerFileHandlers(ipc, PRODUCTION_POLICY, deps);
  registerPrintHandlers(ipc, PRODUCTION_POLICY, deps);
  registerAppHandlers(ipc, PRODUCTION_POLICY, { getVersion: () => '0.1.0', platform: 'linux', getDataPath: () => '/home/user/.config/Lifeboat' });
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const save = (request: unknown, event = trustedEvent()) => ipc.invoke(CHANNELS.filesSave, event, request);
const validSave = () => ({ suggestedName: 'plan.lifeboat', bytes: BACKUP, filters: FILTERS });

describe('channel registration', () => {
  it('registers exactly the contract channels', () => {
    expect([...ipc.handlers.keys()].sort()).toStrictEqual(Object.values(CHANNELS).sort());
  });
});

describe('sender check', () => {
  const foreign = [
    ['a foreign origin', trustedEvent('https://evil.example/')],
    ['a file:// page', trustedEvent('file:///tmp/evil.html')],
    ['a look-alike app origin', trustedEvent('app://lifeboat.evil/index.html')],
    ['a subframe of the app', subframeEvent()],
    ['a destroyed frame', { senderFrame: null, sender: {} }],
  ] as const;

  it.each(foreign)('refuses every channel from %s without doing anything', async (_name, event) => {
    const requests: Record<string, unknown> = {
      [CHANNELS.filesSave]: validSave(),
      [CHANNELS.filesOpen]: { filters: FILTERS },
      [CHANNELS.pdfSave]: { suggestedName: 'plan.pdf', bytes: PDF },
      [CHANNELS.pdfOpen]: { path: path.join(dir, 'plan.pdf') },
      [CHANNELS.appInfo]: undefined,
    };
    for (const channel of Object.values(CHANNELS)) {
      await expect(ipc.invoke(channel, event, requests[channel])).resolves.toStrictEqual({ ok: false, reason: 'permission' });
    }
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.showOpenDialog).not.toHaveBeenCalled();
    expect(deps.openPath).not.toHaveBeenCalled();
  });
});

describe('argument validation', () => {
  const badSaves: [string, unknown][] = [
    ['nothing', undefined],
    ['null', null],
    ['a string', 'plan.lifeboat'],
    ['bytes as a number array', { ...validSave(), bytes: [1, 2, 3] }],
    ['bytes as a string', { ...validSave(), bytes: 'AQID' }],
    ['bytes as an ArrayBuffer', { ...validSave(), bytes: new ArrayBuffer(3) }],
    ['no filters', { suggestedName: 'plan.lifeboat', bytes: BACKUP }],
    ['an extra key', { ...validSave(), path: '/etc/passwd' }],
    ['an empty name', { ...validSave(), suggestedName: '' }],
    ['a 300-character name', { ...validSave(), suggestedName: 'a'.repeat(300) }],
    ['a NUL in the name', { ...validSave(), suggestedName: 'plan\0.lifeboat' }],
    ['a dotted extension', { ...validSave(), filters: [{ name: 'x', extensions: ['.lifeboat'] }] }],
    ['an extension with a slash', { ...validSave(), filters: [{ name: 'x', extensions: ['a/b'] }] }],
    ['a filter without extensions', { ...validSave(), filters: [{ name: 'x', extensions: [] }] }],
    ['a filter with an extra key', { ...validSave(), filters: [{ name: 'x', extensions: ['a'], hidden: true }] }],
    ['too many filters', { ...validSave(), filters: Array.from({ length: 17 }, () => FILTERS[0]) }],
  ];

  it.each(badSaves)('files:save refuses %s', async (_name, request) => {
    await expect(save(request)).resolves.toStrictEqual({ ok: false, reason: 'invalid' });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('files:save refuses more than MAX_FILE_BYTES', async () => {
    const huge = new Uint8Array(1);
    Object.defineProperty(huge, 'byteLength', { value: MAX_FILE_BYTES + 1 });
    await expect(save({ ...validSave(), bytes: huge })).resolves.toStrictEqual({ ok: false, reason: 'invalid' });
  });

  it('files:save refuses a second argument', async () => {
    await expect(ipc.invoke(CHANNELS.filesSave, trustedEvent(), validSave(), 'extra')).resolves.toStrictEqual({ ok: false, reason: 'invalid' });
  });

  it('the other channels refuse bad arguments too', async () => {
    const event = trustedEvent();
    await expect(ipc.invoke(CHANNELS.filesOpen, event, {})).resolves.toStrictEqual({ ok: false, reason: 'invalid' });
    await expect(ipc.invoke(CHANNELS.filesOpen, event, { filters: 'lifeboat' })).resolves.toStrictEqual({ ok: false, reason: 'invalid' });
    await expect(ipc.invoke(CHANNELS.pdfSave, event, { suggestedName: 'plan.pdf', bytes: BACKUP })).resolves.toStrictEqual({ ok: false, reason: 'invalid' });
    await expect(ipc.invoke(CHANNELS.pdfSave, event, { suggestedName: 'plan.pdf', bytes: PDF, filters: [] })).resolves.toStrictEqual({ ok: false, reason: 'invalid' });
    await expect(ipc.invoke(CHANNELS.pdfOpen, event, { path: 42 })).resolves.toStrictEqual({ ok: false, reason: 'invalid' });
    await expect(ipc.invoke(CHANNELS.pdfOpen, event, '/tmp/plan.pdf')).resolves.toStrictEqual({ ok: false, reason: 'invalid' });
    await expect(ipc.invoke(CHANNELS.appInfo, event, { please: true })).resolves.toStrictEqual({ ok: false, reason: 'invalid' });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('files:save', () => {
  it('shows the save dialog in Documents and writes the bytes atomically', async () => {
    const target = path.join(dir, 'out.lifeboat');
    writeFileSync(target, 'old contents');
    await expect(save(validSave())).resolves.toStrictEqual({ ok: true, path: target });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(expect.anything(), {
      defaultPath: path.join('/home/user/Documents', 'plan.lifeboat'),
      filters: FILTERS,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    expect(new Uint8Array(readFileSync(target))).toStrictEqual(BACKUP);
    expect(readdirSync(dir)).toStrictEqual(['out.lifeboat']); // no temporary file left behind
  });

  it('offers only a safe file name', async () => {
    await save({ ...validSave(), suggestedName: '../../etc/passwd' });
    expect(deps.showSaveDialog).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ defaultPath: path.join('/home/user/Documents', 'passwd') }));
    expect(sanitizeFileName('..\\..\\Windows\\system.ini')).toBe('system.ini');
    expect(sanitizeFileName('CON')).toBe('_CON');
    expect(sanitizeFileName('nul.txt')).toBe('_nul.txt');
    expect(sanitizeFileName('.bashrc')).toBe('bashrc');
    expect(sanitizeFileName('plan: v2?.lifeboat')).toBe('plan_ v2_.lifeboat');
    expect(sanitizeFileName('...')).toBe('Lifeboat');
    expect(sanitizeFileName('a\u0007b')).toBe('a_b');
    expect(sanitizeFileName(`${'x'.repeat(250)}.lifeboat`)).toMatch(/^x+\.lifeboat$/);
    expect(sanitizeFileName(`${'x'.repeat(250)}.lifeboat`).length).toBeLessThanOrEqual(200);
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    deps.saveAnswer = { canceled: true, filePath: '' };
    await expect(save(validSave())).resolves.toStrictEqual({ ok: false, reason: 'cancelled' });
    expect(readdirSync(dir)).toStrictEqual([]);
  });

  it.each([
    ['EACCES', 'permission'],
    ['EPERM', 'permission'],
    ['EROFS', 'permission'],
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EIO', 'failed'],
  ])('maps %s to %s and never throws', async (code, reason) => {
    const fs: FileSystemDeps = { ...nodeFileSystem, writeFileAtomic: async () => Promise.reject(errno(code)) };
    const ipc2 = new FakeIpcMain();
    registerFileHandlers(ipc2, PRODUCTION_POLICY, { ...(deps as FileDeps), fs });
    await expect(ipc2.invoke(CHANNELS.filesSave, trustedEvent(), validSave())).resolves.toStrictEqual({ ok: false, reason });
  });

  it('a real permission error comes back as permission', async () => {
    if (process.getuid?.() === 0) return; // root may write anywhere
    const locked = path.join(dir, 'locked');
    mkdirSync(locked, { mode: 0o500 });
    deps.saveAnswer = { canceled: false, filePath: path.join(locked, 'x.lifeboat') };
    await expect(save(validSave())).resolves.toStrictEqual({ ok: false, reason: 'permission' });
  });

  it('a dialog that throws is a failure, not an exception', async () => {
    deps.showSaveDialog = vi.fn(async () => Promise.reject(new Error('boom')));
    const ipc2 = new FakeIpcMain();
    registerFileHandlers(ipc2, PRODUCTION_POLICY, deps);
    await expect(ipc2.invoke(CHANNELS.filesSave, trustedEvent(), validSave())).resolves.toStrictEqual({ ok: false, reason: 'failed' });
  });
});

describe('files:open', () => {
  it('returns the chosen file as a plain Uint8Array', async () => {
    const file = path.join(dir, 'backup.lifeboat');
    writeFileSync(file, BACKUP);
    deps.openAnswer = { canceled: false, filePaths: [file] };
    const result = await ipc.invoke(CHANNELS.filesOpen, trustedEvent(), { filters: FILTERS });
    expect(result).toStrictEqual({ ok: true, name: 'backup.lifeboat', bytes: BACKUP });
    expect(Object.getPrototypeOf((result as { bytes: Uint8Array }).bytes)).toBe(Uint8Array.prototype);
    expect(deps.showOpenDialog).toHaveBeenCalledWith(expect.anything(), { properties: ['openFile'], filters: FILTERS });
  });

  it('reports cancel, directories, oversize files and read errors', async () => {
    deps.openAnswer = { canceled: true, filePaths: [] };
    await expect(ipc.invoke(CHANNELS.filesOpen, trustedEvent(), { filters: [] })).resolves.toStrictEqual({ ok: false, reason: 'cancelled' });
    deps.openAnswer = { canceled: false, filePaths: [dir] };
    await expect(ipc.invoke(CHANNELS.filesOpen, trustedEvent(), { filters: [] })).resolves.toStrictEqual({ ok: false, reason: 'invalid' });

    const big: FileSystemDeps = { ...nodeFileSystem, stat: async () => ({ size: MAX_FILE_BYTES + 1, isFile: () => true }) };
    const denied: FileSystemDeps = { ...nodeFileSystem, stat: async () => ({ size: 1, isFile: () => true }), readFile: async () => Promise.reject(errno('EACCES')) };
    for (const [fs, reason] of [[big, 'invalid'], [denied, 'permission']] as const) {
      const ipc2 = new FakeIpcMain();
      registerFileHandlers(ipc2, PRODUCTION_POLICY, { ...deps, showOpenDialog: async () => ({ canceled: false, filePaths: ['/x/y.lifeboat'] }), fs });
      await expect(ipc2.invoke(CHANNELS.filesOpen, trustedEvent(), { filters: [] })).resolves.toStrictEqual({ ok: false, reason });
    }
  });
});

describe('pdf:save and pdf:open', () => {
  it('saves a PDF with a .pdf name and PDF filter, then opens only that file', async () => {
    const target = path.join(dir, 'plan.pdf');
    deps.saveAnswer = { canceled: false, filePath: target };
    await expect(ipc.invoke(CHANNELS.pdfSave, trustedEvent(), { suggestedName: 'Runbook', bytes: PDF })).resolves.toStrictEqual({ ok: true, path: target });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({
      defaultPath: path.join('/home/user/Documents', 'Runbook.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    }));
    expect(new Uint8Array(readFileSync(target))).toStrictEqual(PDF);

    await expect(ipc.invoke(CHANNELS.pdfOpen, trustedEvent(), { path: target })).resolves.toStrictEqual({ ok: true });
    expect(deps.openPath).toHaveBeenCalledWith(target);
  });

  it('refuses to open any path this session did not write as a PDF', async () => {
    const backup = path.join(dir, 'out.lifeboat');
    await save(validSave());
    for (const p of ['/etc/passwd', '/usr/bin/xterm', 'C:\\Windows\\System32\\calc.exe', backup, path.join(dir, 'plan.pdf')]) {
      await expect(ipc.invoke(CHANNELS.pdfOpen, trustedEvent(), { path: p })).resolves.toStrictEqual({ ok: false, reason: 'permission' });
    }
    expect(deps.openPath).not.toHaveBeenCalled();
  });

  it('will not open a PDF the user saved under another extension', async () => {
    const target = path.join(dir, 'plan.sh');
    deps.saveAnswer = { canceled: false, filePath: target };
    await expect(ipc.invoke(CHANNELS.pdfSave, trustedEvent(), { suggestedName: 'plan.pdf', bytes: PDF })).resolves.toStrictEqual({ ok: true, path: target });
    await expect(ipc.invoke(CHANNELS.pdfOpen, trustedEvent(), { path: target })).resolves.toStrictEqual({ ok: false, reason: 'permission' });
    expect(deps.openPath).not.toHaveBeenCalled();
  });

  it('reports a viewer failure as failed', async () => {
    const target = path.join(dir, 'plan.pdf');
    deps.saveAnswer = { canceled: false, filePath: target };
    deps.openPath = vi.fn(async () => 'No application is associated with PDF files');
    const ipc2 = new FakeIpcMain();
    registerPrintHandlers(ipc2, PRODUCTION_POLICY, deps);
    await ipc2.invoke(CHANNELS.pdfSave, trustedEvent(), { suggestedName: 'plan.pdf', bytes: PDF });
    await expect(ipc2.invoke(CHANNELS.pdfOpen, trustedEvent(), { path: target })).resolves.toStrictEqual({ ok: false, reason: 'failed' });
  });
});

describe('app:info and app:lock', () => {
  it('answers version, platform and data path', async () => {
    await expect(ipc.invoke(CHANNELS.appInfo, trustedEvent())).resolves.toStrictEqual({
      ok: true,
      version: '0.1.0',
      platform: 'linux',
      dataPath: '/home/user/.config/Lifeboat',
    });
  });

  it('asks for a lock on suspend and on screen lock, until unsubscribed', () => {
    const power = new EventEmitter();
    const requestLock = vi.fn();
    const stop = forwardLockEvents(power, requestLock);
    power.emit('suspend');
    power.emit('lock-screen');
    power.emit('resume');
    power.emit('unlock-screen');
    expect(requestLock).toHaveBeenCalledTimes(2);
    stop();
    power.emit('suspend');
    expect(requestLock).toHaveBeenCalledTimes(2);
    expect(power.listenerCount('suspend') + power.listenerCount('lock-screen')).toBe(0);
  });
});

describe('reasonFromError', () => {
  it('maps file-system codes and never invents one', () => {
    expect(reasonFromError(errno('EACCES'))).toBe('permission');
    expect(reasonFromError(errno('EPERM'))).toBe('permission');
    expect(reasonFromError(errno('ENOSPC'))).toBe('disk-full');
    expect(reasonFromError(errno('ENOENT'))).toBe('failed');
    expect(reasonFromError(new Error('x'))).toBe('failed');
    expect(reasonFromError(null)).toBe('failed');
    expect(reasonFromError('EACCES')).toBe('failed');
  });
});
