import { describe, expect, it } from 'vitest';
import {
  AUDIT_CSV_HEADER,
  appendEvent,
  auditActors,
  auditTrailCsvRows,
  filterAuditEvents,
  type AuditEvent,
  type AuditEventInput,
  type AuditFilter,
} from '../../../renderer/src/domain/audit';

const RUNBOOK = '11111111-1111-4111-8111-111111111111';
const PROCESS = '22222222-2222-4222-8222-222222222222';

const inputs: AuditEventInput[] = [
  { at: '2025-03-01T09:00:00Z', actor: 'Amal Haddad', action: 'create', entityKind: 'runbook', entityId: RUNBOOK, entityLabel: 'Database failover', after: 'Created' },
  { at: '2025-03-01T09:30:00.500Z', actor: 'Ben Ortiz', action: 'update', entityKind: 'process', entityId: PROCESS, entityLabel: 'Payments', before: 'RTO 4 h', after: 'RTO 1 h' },
  { at: '2025-03-02T00:00:00Z', actor: 'amal haddad', action: 'update', entityKind: 'runbook', entityId: RUNBOOK, entityLabel: 'Database failover', before: 'step 3: promote-replica.sh', after: 'step 3: promote.sh' },
  { at: '2025-03-03T12:00:00Z', actor: 'Ben Ortiz', action: 'sign', entityKind: 'plan-version', entityId: PROCESS, entityLabel: 'Plan v2', after: 'Approved' },
];
const events: AuditEvent[] = [];
for (const input of inputs) events.push(appendEvent(events.at(-1) ?? null, input));

describe('filterAuditEvents', () => {
  it.each<[string, AuditFilter, number[]]>([
    ['nothing: keeps everything in order', {}, [1, 2, 3, 4]],
    ['actor, ignoring case', { actor: 'AMAL HADDAD' }, [1, 3]],
    ['several actions', { actions: ['create', 'sign'] }, [1, 4]],
    ['an empty action list means any action', { actions: [] }, [1, 2, 3, 4]],
    ['entity kind', { entityKind: 'runbook' }, [1, 3]],
    ['entity id', { entityId: PROCESS }, [2, 4]],
    ['from, inclusive', { from: new Date('2025-03-01T09:30:00.500Z') }, [2, 3, 4]],
    ['to, exclusive, comparing instants not strings', { to: new Date('2025-03-01T09:30:00.500Z') }, [1]],
    ['a day as [midnight, next midnight)', { from: new Date('2025-03-02T00:00:00Z'), to: new Date('2025-03-03T00:00:00Z') }, [3]],
    ['text in a summary', { text: 'PROMOTE' }, [3]],
    ['text in a label', { text: 'plan v2' }, [4]],
    ['criteria combined', { actor: 'ben ortiz', actions: ['update'] }, [2]],
    ['criteria that exclude each other', { entityKind: 'runbook', actions: ['sign'] }, []],
  ])('filters by %s', (_name, filter, seqs) => {
    expect(filterAuditEvents(events, filter).map((e) => e.seq)).toEqual(seqs);
  });

  it('lists the distinct actors for the pick list', () => {
    expect(auditActors(events)).toEqual(['amal haddad', 'Amal Haddad', 'Ben Ortiz']);
  });
});

describe('auditTrailCsvRows', () => {
  it('writes a header and one row per event with exact ids, times and hashes', () => {
    const rows = auditTrailCsvRows(events);
    expect(rows[0]).toEqual([...AUDIT_CSV_HEADER]);
    expect(rows).toHaveLength(5);
    const second = events[1] as AuditEvent;
    expect(rows[2]).toEqual(['2', second.at, 'Ben Ortiz', 'update', 'process', PROCESS, 'Payments', 'RTO 4 h', 'RTO 1 h', second.prevHash, second.hash]);
    expect(rows[1]?.[7]).toBe('');
  });

  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1', `'+1`],
    ['-5 min', `'-5 min`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tTab', `'\tTab`],
    ['Plain text = fine', 'Plain text = fine'],
  ])('neutralises spreadsheet formulas in typed text: %j', (typed, written) => {
    const event = appendEvent(null, { ...inputs[0] as AuditEventInput, actor: 'Amal', entityLabel: typed });
    expect(auditTrailCsvRows([event])[1]?.[6]).toBe(written);
  });
});
