import { useSyncExternalStore } from 'react';
import type { Vault, VaultStatus } from '../store';

export interface VaultState { status: VaultStatus; mustChangePassphrase: boolean }

const snapshots = new Map<string, VaultState>();

/** Status as a stable snapshot, so React re-renders only when it really changes. */
export function useVaultState(vault: Vault): VaultState {
  const key = useSyncExternalStore(
    (listener) => vault.subscribe(listener),
    () => `${vault.status}:${vault.mustChangePassphrase}`,
  );
  let state = snapshots.get(key);
  if (!state) {
    state = { status: vault.status, mustChangePassphrase: vault.mustChangePassphrase };
    snapshots.set(key, state);
  }
  return state;
}
