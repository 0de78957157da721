import { enableFastSha512 } from '../domain/canonical';
import { appendEvent, AUDIT_EVENT_KIND, EMPTY_CHAIN_HEAD, type AuditEvent, type AuditEventInput, type ChainHead } from '../domain/audit';
import { ORGANISATION_KIND } from '../domain/organisation';
import type { PlanRecord } from '../domain/record';
import type { StoredRecord, Vault, VaultChange } from '../vault';
import { changedFields, recordLabel } from './auditSummary';

/** The chain's head lives apart from the events, so cutting off the newest events is noticed. */
export const AUDIT_HEAD_ID = '00000000-0000-4000-8000-000000000001';
const AUDIT_HEAD_KIND = 'audit-head';

export type AuditNote = Pick<AuditEventInput, 'action' | 'entityKind' | 'entityId'> & Partial<Pick<AuditEventInput, 'entityLabel' | 'before' | 'after'>>;

/**
 * What features read and write. The vault holds the decrypted working set; the store adds the
 * plan's own rules: every save stamps `updatedAt` and is written to disk together with its audit
 * events and the new chain head, in one transaction.
 */
export class PlanStore {
  private version = 0;
  private readonly byKind = new Map<string, { version: number; records: PlanRecord[] }>();
  private actorName: string | null = null;
  /** Commits run one after another, so each reads the chain head the previous one wrote. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly vault: Vault,
    private readonly now: () => Date = () => new Date(),
  ) {
    vault.subscribe(() => {
      this.version += 1;
    });
    // Four times faster audit hashing; until it loads, the pure-JS hash gives the same digests.
    void enableFastSha512();
  }

  subscribe(listener: () => void): () => void {
    return this.vault.subscribe(listener);
  }

  /** Increments on every commit and status change, so React can tell when to re-read. */
  getVersion(): number {
    return this.version;
  }

  /** Who the audit trail names for changes made now (e.g. the responder's initials). */
  setActor(name: string | null): void {
    this.actorName = name?.trim() || null;
  }

  actor(): string {
    if (this.actorName) return this.actorName;
    const owner = this.list(ORGANISATION_KIND)[0]?.planOwner;
    return typeof owner === 'string' && owner.trim() ? owner.trim() : 'Plan owner';
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

  /** Evidence files (screenshots, logs), kept apart from plan records because they are large. */
  attachment(id: string): PlanRecord | undefined {
    return this.vault.status === 'unlocked' ? this.vault.get('attachments', id) : undefined;
  }

  async saveAttachment(record: PlanRecord): Promise<void> {
    const at = this.now().toISOString();
    await this.commitWithAudit({ put: [{ table: 'attachments', record: { ...record, updatedAt: at } }] }, [
      { action: 'create', entityKind: record.kind, entityId: record.id, entityLabel: recordLabel(record), after: 'Attached' },
    ]);
  }

  /** The audit trail in chain order. */
  auditEvents(): AuditEvent[] {
    const cached = this.byKind.get(AUDIT_EVENT_KIND);
    if (cached && cached.version === this.version) return cached.records as AuditEvent[];
    const events = this.vault.status === 'unlocked'
      ? (this.vault.all('audit').filter((r) => r.kind === AUDIT_EVENT_KIND) as AuditEvent[]).sort((a, b) => a.seq - b.seq)
      : [];
    this.byKind.set(AUDIT_EVENT_KIND, { version: this.version, records: events });
    return events;
  }

  auditHead(): ChainHead {
    const row = this.vault.get('audit', AUDIT_HEAD_ID);
    return row && typeof row.seq === 'number' && typeof row.hash === 'string' ? { seq: row.seq, hash: row.hash } : EMPTY_CHAIN_HEAD;
  }

  /** Saves records; each gets an audit event saying what was created or which fields changed. */
  async save(...records: PlanRecord[]): Promise<void> {
    const updatedAt = this.now().toISOString();
    const notes: AuditNote[] = records.map((record) => {
      const before = this.get(record.id);
      const fields = changedFields(before, record);
      return {
        action: before ? 'update' : 'create',
        entityKind: record.kind,
        entityId: record.id,
        entityLabel: recordLabel(record),
        after: before ? `Changed: ${fields.join(', ') || 'nothing'}` : 'Created',
      };
    });
    await this.commitWithAudit({ put: records.map((record) => ({ table: 'records', record: { ...record, updatedAt } })) }, notes);
  }

  async remove(...ids: string[]): Promise<void> {
    const notes: AuditNote[] = ids.map((id) => {
      const before = this.get(id);
      return { action: 'delete', entityKind: before?.kind ?? 'record', entityId: id, entityLabel: recordLabel(before), before: recordLabel(before) || null, after: 'Deleted' };
    });
    await this.commitWithAudit({ delete: ids.map((id) => ({ table: 'records', id })) }, notes);
  }

  /** An event with no data change of its own: an export, a print, a verification, a signature. */
  async note(event: AuditNote): Promise<void> {
    await this.commitWithAudit({}, [event]);
  }

  private commitWithAudit(change: VaultChange, notes: AuditNote[]): Promise<void> {
    const run = this.tail.then(() => this.commitNow(change, notes));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async commitNow(change: VaultChange, notes: AuditNote[]): Promise<void> {
    const at = this.now().toISOString();
    const actor = this.actor();
    let head = this.auditHead();
    const events: StoredRecord[] = [];
    for (const note of notes) {
      const event = appendEvent(head, { ...note, at, actor });
      events.push(event);
      head = { seq: event.seq, hash: event.hash };
    }
    const headRecord: StoredRecord = { id: AUDIT_HEAD_ID, kind: AUDIT_HEAD_KIND, updatedAt: at, seq: head.seq, hash: head.hash };
    await this.vault.commit({
      put: [...(change.put ?? []), ...events.map((record) => ({ table: 'audit' as const, record })), { table: 'audit', record: headRecord }],
      delete: change.delete ?? [],
    });
  }
}
