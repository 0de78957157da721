export type { TableName, StoredRecord, VaultChange, VaultStatus } from './types';
export type { VaultErrorCode } from './errors';
export { VaultError } from './errors';
export type { KdfParams, Kdf } from './kdf';
export { DEFAULT_KDF, KDF_FLOOR, argon2idKdf } from './kdf';
export { workerKdf } from './workerKdf';
export type { VaultOptions, Vault } from './vault';
export { openVault } from './vault';
export { formatRecoveryKey, parseRecoveryKey } from './recoveryKey';
