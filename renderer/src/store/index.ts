export { PlanStore } from './planStore';
export { PlanStoreContext, usePlanStore, useRecords, useSingleton } from './hooks';
export { VaultError } from '../vault';
export type { Vault, VaultErrorCode, VaultStatus } from '../vault';
