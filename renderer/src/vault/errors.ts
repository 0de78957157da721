export type VaultErrorCode =
  | 'wrong-passphrase'
  | 'wrong-recovery-key'
  | 'kdf-below-floor'
  | 'record-damaged'
  | 'backup-damaged'
  | 'backup-foreign'
  | 'backup-unsupported-version'
  | 'backup-wrong-passphrase'
  | 'vault-exists'
  | 'vault-missing'
  | 'locked'
  | 'storage-failed';

const MESSAGES: Record<VaultErrorCode, string> = {
  'wrong-passphrase': 'The passphrase does not unlock this vault',
  'wrong-recovery-key': 'The recovery key is malformed or does not unlock this vault',
  'kdf-below-floor': 'Key-derivation parameters are below the accepted floor',
  'record-damaged': 'A stored record is damaged or was altered',
  'backup-damaged': 'The backup file is damaged, truncated or was altered',
  'backup-foreign': 'Not a Lifeboat backup file',
  'backup-unsupported-version': 'The backup file was written by a newer version',
  'backup-wrong-passphrase': 'The passphrase does not open this backup',
  'vault-exists': 'A vault already exists',
  'vault-missing': 'No vault has been created yet',
  locked: 'The vault is locked',
  'storage-failed': 'The database refused the change',
};

/** The UI maps `code` to a user sentence; the message is for developers and logs only. */
export class VaultError extends Error {
  readonly code: VaultErrorCode;
  readonly recordId?: string;

  constructor(code: VaultErrorCode, options: { recordId?: string; cause?: unknown; detail?: string } = {}) {
    const base = MESSAGES[code];
    const withId = options.recordId === undefined ? base : `${base}: ${options.recordId}`;
    super(options.detail === undefined ? withId : `${withId} (${options.detail})`, { cause: options.cause });
    this.name = 'VaultError';
    this.code = code;
    if (options.recordId !== undefined) this.recordId = options.recordId;
  }
}

/**
 * Dexie re-wraps some rejections (AbortError with `inner`, or a `cause`), which would hide a
 * VaultError raised by the middleware; dig it out so callers see the precise code.
 */
export function findVaultError(error: unknown): VaultError | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== null && typeof current === 'object' && !seen.has(current)) {
    if (current instanceof VaultError) return current;
    seen.add(current);
    const next = (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
    current = next;
  }
  return undefined;
}

export function asVaultError(error: unknown, fallback: VaultErrorCode): VaultError {
  return findVaultError(error) ?? new VaultError(fallback, { cause: error });
}
