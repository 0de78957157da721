import { useEffect } from 'react';
import { useHotkeys, useIdle } from '@mantine/hooks';
import { getPlatform } from '../platform';
import { SETTINGS_KIND } from '../domain/settings';
import { usePlanStore, useSingleton } from '../store';
import { idleTimeoutMs } from './idleTimeout';

const ACTIVITY: (keyof DocumentEventMap)[] = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'];

/** Locks on Ctrl/Cmd+L, after the configured idle time, and when the OS suspends or locks. */
export function useAutoLock(onIdleLock: () => void): () => void {
  const store = usePlanStore();
  const settings = useSingleton(SETTINGS_KIND);
  const timeout = idleTimeoutMs(typeof settings?.idleMinutes === 'number' ? settings.idleMinutes : undefined);
  const idle = useIdle(timeout, { events: ACTIVITY, initialState: false });
  const lock = () => store.vault.lock();

  useHotkeys([['mod+L', lock]], []);

  useEffect(() => {
    if (!idle) return;
    onIdleLock();
    store.vault.lock();
  }, [idle, onIdleLock, store]);

  useEffect(() => getPlatform().onLockRequest(() => store.vault.lock()), [store]);

  return lock;
}
