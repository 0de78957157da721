import { DEFAULT_IDLE_MINUTES } from '../domain/settings';

/**
 * End-to-end tests shorten the idle lock through this key. It can only make locking sooner,
 * never later, so it cannot be used to keep a plan open.
 */
export const TEST_IDLE_OVERRIDE_KEY = 'lifeboat.test.idleLockMs';

export function idleTimeoutMs(idleMinutes: number | undefined): number {
  const configured = (idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000;
  const override = Number(globalThis.localStorage?.getItem(TEST_IDLE_OVERRIDE_KEY));
  return Number.isFinite(override) && override > 0 ? Math.min(override, configured) : configured;
}
