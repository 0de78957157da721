import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, MISSING_ELECTRON_MESSAGE } from '../../scripts/electronBinary.mjs';

const SENTENCE = 'The Electron runtime is not installed on this machine; run `npm run browser` to use Lifeboat in your web browser instead.';

function start(args: string[]) {
  // ELECTRON_OVERRIDE_DIST_PATH is honoured by the electron package itself: pointing it at a
  // folder that does not exist simulates a missing binary even where Electron is installed.
  const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/lifeboat-test-electron' };
  return spawnSync(process.execPath, ['scripts/start.mjs', ...args], { env, encoding: 'utf8', timeout: 20_000 });
}

describe('npm start without the Electron binary', () => {
  it.each([[[]], [['--dev']]])('prints one plain sentence and exits 1 (args %j)', (args) => {
    const result = start(args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${SENTENCE}\n`);
    expect(result.stderr).not.toMatch(/\bat\s|Error|node:internal/);
  });

  it('the sentence is the exported one', () => {
    expect(MISSING_ELECTRON_MESSAGE).toBe(SENTENCE);
  });
});

describe('findElectronBinary', () => {
  it('is null when the electron package throws (binary never downloaded)', () => {
    expect(findElectronBinary({ requireFn: () => { throw new Error('Electron failed to install correctly'); } })).toBeNull();
  });

  it('is null when the reported path does not exist', () => {
    expect(findElectronBinary({ requireFn: () => '/nope/electron', exists: () => false })).toBeNull();
  });

  it('is null for anything but a path', () => {
    expect(findElectronBinary({ requireFn: () => ({}), exists: () => true })).toBeNull();
    expect(findElectronBinary({ requireFn: () => '', exists: () => true })).toBeNull();
  });

  it('is the path when the binary is there', () => {
    expect(findElectronBinary({ requireFn: () => '/opt/electron/electron', exists: (p) => p === '/opt/electron/electron' })).toBe('/opt/electron/electron');
  });
});
