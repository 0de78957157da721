import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../../renderer/src/platform';
import { getPlatform, selectPlatform, setPlatform } from '../../renderer/src/platform';

const api = {
  saveFile: vi.fn(),
  openFile: vi.fn(),
  savePdf: vi.fn(),
  openPdf: vi.fn(),
  appInfo: vi.fn(),
  onLockRequest: vi.fn(),
};

afterEach(() => setPlatform(undefined));

describe('platform selection', () => {
  it('is Electron when window.lifeboat is the full API', () => {
    expect(selectPlatform({ lifeboat: api }).kind).toBe('electron');
  });

  it('is the browser otherwise', () => {
    expect(selectPlatform({}).kind).toBe('browser');
    expect(selectPlatform({ lifeboat: undefined }).kind).toBe('browser');
    expect(selectPlatform({ lifeboat: { saveFile: vi.fn() } }).kind).toBe('browser');
    expect(selectPlatform({ lifeboat: 'lifeboat' }).kind).toBe('browser');
  });

  it('getPlatform detects once and can be replaced for tests', () => {
    const first = getPlatform();
    expect(first.kind).toBe('browser'); // no window.lifeboat in Node
    expect(getPlatform()).toBe(first);
    const fake = { kind: 'electron' } as Platform;
    setPlatform(fake);
    expect(getPlatform()).toBe(fake);
  });
});
