import type { PlanRecord } from '../domain/record';
import type { Vault, VaultChange } from '../vault';

/**
 * What features read and write. The vault holds the decrypted working set; the store adds the
 * plan's own rules: every save stamps `updatedAt` and goes to disk in one transaction.
 */
export class PlanStore {
  private version = 0;
  private readonly byKind = new Map<string, { version: number; records: PlanRecord[] }>();

  constructor(
    readonly vault: Vault,
    private readonly now: () => Date = () => new Date(),
  ) {
    vault.subscribe(() => {
      this.version += 1;
    });
  }

  subscribe(listener: () => void): () => void {
    return this.vault.subscribe(listener);
  }

  /** Increments on every commit and status change, so React can tell when to re-read. */
  getVersion(): number {
    return this.version;
  }

  /** Records of one kind, in a stable array that only changes identity after a commit. */
  list(kind: string): PlanRecord[] {
    const cached = this.byKind.get(kind);
    if (cached && cached.version === this.version) return cached.records;
    const records = this.vault.status === 'unlocked' ? this.vault.all('records').filter((r) => r.kind === kind) : [];
    this.byKind.set(kind, { version: this.version, records });
    return records;
  }

  get(id: string): PlanRecord | undefined {
    return this.vault.status === 'unlocked' ? this.vault.get('records', id) : undefined;
  }

  async save(...records: PlanRecord[]): Promise<void> {
    const updatedAt = this.now().toISOString();
    const change: VaultChange = { put: records.map((record) => ({ table: 'records', record: { ...record, updatedAt } })) };
    await this.vault.commit(change);
  }

  async remove(...ids: string[]): Promise<void> {
    await this.vault.commit({ delete: ids.map((id) => ({ table: 'records', id })) });
  }
}
