// Audit-trail verification over 100,000 events: the pure chain walk, without the vault's
// decryption (the target for both together is 2 s). Measured once with tweetnacl's SHA-512 and
// once with hash-wasm's, which the app enables at start-up.
import { appendEvent, verifyChain, type AuditEvent } from '../../renderer/src/domain/audit';
import { enableFastSha512, isFastSha512Enabled } from '../../renderer/src/domain/canonical';
import { medianMs } from './median';

const EVENTS = 100_000;
const RUNS = 5;
const WARMUPS = 1;

function buildTrail(count: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < count; i++) {
    events.push(
      appendEvent(events.at(-1) ?? null, {
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        at: new Date(start + i * 60_000).toISOString(),
        actor: i % 3 === 0 ? 'Amal Haddad' : 'Ben Ortiz',
        action: i % 5 === 0 ? 'create' : 'update',
        entityKind: 'runbook',
        entityId: '11111111-1111-4111-8111-111111111111',
        entityLabel: 'Database failover',
        before: `Step ${i % 20} command: ./promote-replica.sh --region eu-west-1 --timeout ${i % 90}`,
        after: `Step ${i % 20} command: ./promote-replica.sh --region eu-west-2 --timeout ${i % 60}`,
      }),
    );
  }
  return events;
}

function verifyOrThrow(events: AuditEvent[]): void {
  const verdict = verifyChain(events);
  if (!verdict.ok || verdict.head.seq !== events.length) throw new Error('benchmark trail did not verify');
}

export async function run(record: (name: string, value: number, unit: string) => void): Promise<void> {
  if (isFastSha512Enabled()) {
    // Something enabled hash-wasm earlier in this process; tweetnacl can no longer be measured.
    const events = buildTrail(EVENTS);
    record('audit: verify 100,000 events (hash-wasm SHA-512)', await medianMs(() => verifyOrThrow(events), RUNS, WARMUPS), 'ms');
    return;
  }
  const events = buildTrail(EVENTS);
  record('audit: verify 100,000 events (tweetnacl SHA-512)', await medianMs(() => verifyOrThrow(events), RUNS, WARMUPS), 'ms');
  await enableFastSha512();
  record('audit: verify 100,000 events (hash-wasm SHA-512)', await medianMs(() => verifyOrThrow(events), RUNS, WARMUPS), 'ms');
  record('audit: append 100,000 events (hash-wasm SHA-512)', await medianMs(() => void buildTrail(EVENTS), 3, 0), 'ms');
}
