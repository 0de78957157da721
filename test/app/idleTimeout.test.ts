import { afterEach, describe, expect, it, vi } from 'vitest';
import { idleTimeoutMs, TEST_IDLE_OVERRIDE_KEY } from '../../renderer/src/app/idleTimeout';

function withStorage(value: string | null) {
  vi.stubGlobal('localStorage', { getItem: (key: string) => (key === TEST_IDLE_OVERRIDE_KEY ? value : null) });
}

describe('idleTimeoutMs', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('defaults to 10 minutes', () => {
    withStorage(null);
    expect(idleTimeoutMs(undefined)).toBe(600_000);
  });

  it('uses the configured minutes', () => {
    withStorage(null);
    expect(idleTimeoutMs(3)).toBe(180_000);
  });

  it('lets the test override shorten the timeout', () => {
    withStorage('1500');
    expect(idleTimeoutMs(10)).toBe(1500);
  });

  it('never lets the override lengthen it or disable it', () => {
    withStorage('99999999');
    expect(idleTimeoutMs(10)).toBe(600_000);
    withStorage('0');
    expect(idleTimeoutMs(10)).toBe(600_000);
    withStorage('not a number');
    expect(idleTimeoutMs(10)).toBe(600_000);
  });
});
