export { PlanStore, AUDIT_HEAD_ID, type AuditNote } from './planStore';
export { PlanStoreContext, usePlanStore, useRecords, useSingleton, useAuditEvents } from './hooks';
export { VaultError } from '../vault';
export type { Vault, VaultErrorCode, VaultStatus } from '../vault';
