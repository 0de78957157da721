import { lazy, Suspense, useEffect, useState } from 'react';
import { Center, Loader } from '@mantine/core';
import { usePlanStore } from '../store';
import { useTranslation } from '../i18n';
import { FirstRun } from '../features/access/FirstRun';
import { UnlockScreen } from '../features/access/UnlockScreen';
import { NewPassphraseScreen } from '../features/access/NewPassphraseScreen';
import { RecoveryKeyScreen } from '../features/access/RecoveryKeyScreen';
import { useVaultState } from './useVaultState';

/**
 * Everything behind the lock screen is a separate chunk, so the unlock screen appears fast. It is
 * fetched as soon as the gate mounts, while the person types and the key is derived.
 */
const loadWorkspace = () => import('./Workspace');
const Workspace = lazy(() => loadWorkspace().then((m) => ({ default: m.Workspace })));

/** Decides what a person may see: nothing of the plan until the vault is unlocked and set up. */
export function Gate() {
  const { t } = useTranslation();
  const store = usePlanStore();
  const { status, mustChangePassphrase } = useVaultState(store.vault);
  // The recovery key is shown once, right after creation, before the plan opens.
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [lockedByIdle, setLockedByIdle] = useState(false);
  useEffect(() => {
    // After the first screen has painted, so fetching the rest never delays it.
    const prefetch = () => void loadWorkspace();
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(prefetch, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(prefetch, 300);
    return () => clearTimeout(timer);
  }, []);

  if (recoveryKey) return <RecoveryKeyScreen recoveryKey={recoveryKey} onConfirmed={() => setRecoveryKey(null)} />;
  if (status === 'empty') return <FirstRun onCreated={setRecoveryKey} />;
  if (status === 'locked') return <UnlockScreen lockedByIdle={lockedByIdle} onUnlocked={() => setLockedByIdle(false)} />;
  if (mustChangePassphrase) return <NewPassphraseScreen />;
  return (
    <Suspense fallback={<Center h="100%"><Loader aria-label={t('app.loading')} /></Center>}>
      <Workspace onIdleLock={() => setLockedByIdle(true)} />
    </Suspense>
  );
}
