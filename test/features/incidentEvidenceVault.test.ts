import { describe, expect, it } from 'vitest';
import { addAttachment, incidentSchema, markStepDone, stepStates } from '../../renderer/src/domain/incident';
import { newRecordId } from '../../renderer/src/domain/record';
import { PlanStore } from '../../renderer/src/store';
import { argon2idKdf, KDF_FLOOR, openVault } from '../../renderer/src/vault';
import { attachmentFile, attachmentRecord } from '../../renderer/src/features/responder/attachments';
import { at, failoverFixture } from './responderFixture';

const PASSPHRASE = 'a long enough passphrase for tests';
const kdfParams = { algorithm: 'argon2id' as const, ...KDF_FLOOR, parallelism: 1 };

async function newStore() {
  const vault = await openVault({ dbName: `responder-${newRecordId()}`, kdf: argon2idKdf, kdfParams });
  return { vault, store: new PlanStore(vault, () => at(20)) };
}

describe('incident evidence in a real vault', () => {
  it('saves each tick at once, keeps the evidence file apart, and restores both from a backup', async () => {
    const { vault, store } = await newStore();
    await vault.create(PASSPHRASE);
    const { incident, runbook } = failoverFixture();
    store.setActor('JR');
    await store.save(incident);

    const bytes = new TextEncoder().encode('psql: FATAL could not connect to primary');
    const { record, ref } = attachmentRecord({ name: 'psql-output.txt', bytes }, incident.id, at(15));
    await store.saveAttachment(record);
    const step = runbook.steps[2]!.id;
    const next = markStepDone(addAttachment(incident, { stepId: step, attachment: ref, initials: 'JR', at: at(15) }), { stepId: step, initials: 'JR', at: at(16) });
    await store.save(next);

    // The tick is in the store straight away, and the audit trail names the responder.
    const saved = incidentSchema.parse(store.get(incident.id));
    expect(stepStates(saved)[2]).toMatchObject({ status: 'done', initials: 'JR', at: at(16).toISOString() });
    expect(store.auditEvents().at(-1)).toMatchObject({ actor: 'JR', entityKind: 'incident' });
    // The incident carries only the reference; the bytes are in the attachments table.
    expect(JSON.stringify(saved)).not.toContain(record.data as string);

    const backup = await vault.exportBackup();
    const { vault: other, store: restored } = await newStore();
    await other.importBackup(backup, PASSPHRASE);
    expect(attachmentFile(restored.attachment(ref.id))).toEqual({ name: 'psql-output.txt', mimeType: 'text/plain', bytes });
    expect(stepStates(incidentSchema.parse(restored.get(incident.id)))[2]?.attachments[0]?.attachment).toEqual(ref);
  });
});
