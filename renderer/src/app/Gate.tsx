import { useState } from 'react';
import { usePlanStore } from '../store';
import { FirstRun } from '../features/access/FirstRun';
import { UnlockScreen } from '../features/access/UnlockScreen';
import { NewPassphraseScreen } from '../features/access/NewPassphraseScreen';
import { RecoveryKeyScreen } from '../features/access/RecoveryKeyScreen';
import { Workspace } from './Workspace';
import { useVaultState } from './useVaultState';

/** Decides what a person may see: nothing of the plan until the vault is unlocked and set up. */
export function Gate() {
  const store = usePlanStore();
  const { status, mustChangePassphrase } = useVaultState(store.vault);
  // The recovery key is shown once, right after creation, before the plan opens.
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [lockedByIdle, setLockedByIdle] = useState(false);

  if (recoveryKey) return <RecoveryKeyScreen recoveryKey={recoveryKey} onConfirmed={() => setRecoveryKey(null)} />;
  if (status === 'empty') return <FirstRun onCreated={setRecoveryKey} />;
  if (status === 'locked') return <UnlockScreen lockedByIdle={lockedByIdle} onUnlocked={() => setLockedByIdle(false)} />;
  if (mustChangePassphrase) return <NewPassphraseScreen />;
  return <Workspace onIdleLock={() => setLockedByIdle(true)} />;
}
