import { describe, expect, it } from 'vitest';
import {
  ActionItemClosureError,
  actionItemFromFinding,
  actionItemSchema,
  actionItemState,
  closeActionItem,
  daysOverdue,
  summariseActionItems,
  unassignedFindings,
  type ActionItem,
} from '../../../renderer/src/domain/exercise';

const EXERCISE = { id: 'd0000000-0000-4000-8000-000000000001', findings: [{ id: 'f1', text: 'DNS TTL of 3600 s delays failover' }, { id: 'f2', text: 'Nobody had the registrar login' }] };

const item: ActionItem = actionItemFromFinding(EXERCISE, EXERCISE.findings[0] as { id: string; text: string }, {
  id: 'e0000000-0000-4000-8000-000000000001',
  owner: 'Ben Ortiz',
  dueDate: '2025-06-30',
  updatedAt: '2025-05-10T12:00:00Z',
});

describe('action items from findings', () => {
  it('carry the finding, the owner and the due date, and start open', () => {
    expect(item).toMatchObject({ kind: 'action-item', parentId: EXERCISE.id, findingId: 'f1', title: 'DNS TTL of 3600 s delays failover', owner: 'Ben Ortiz', dueDate: '2025-06-30', status: 'open', changeTicket: '', closureEvidence: '' });
  });

  it('lists the findings still without an action item', () => {
    expect(unassignedFindings(EXERCISE, [item]).map((f) => f.id)).toEqual(['f2']);
    expect(unassignedFindings(EXERCISE, [{ ...item, parentId: 'd0000000-0000-4000-8000-000000000002' }]).map((f) => f.id)).toEqual(['f1', 'f2']);
  });
});

describe('the overdue rule', () => {
  it.each<[string, ActionItem['status'], string, string, number]>([
    ['well before the due date', 'open', '2025-06-01', 'open', 0],
    ['a week before', 'in-progress', '2025-06-23', 'due-soon', 0],
    ['on the due date', 'open', '2025-06-30', 'due-soon', 0],
    ['the day after', 'open', '2025-07-01', 'overdue', 1],
    ['a month after, in progress', 'in-progress', '2025-07-30', 'overdue', 30],
    ['done late is not overdue', 'done', '2025-08-01', 'done', 0],
  ])('%s', (_name, status, today, state, days) => {
    const it = { ...item, status };
    expect(actionItemState(it, today)).toBe(state);
    expect(daysOverdue(it, today)).toBe(days);
  });

  it('summarises open, overdue and done-with-ticket items', () => {
    const items = [
      item,
      { ...item, dueDate: '2025-05-01' },
      { ...item, status: 'done' as const, changeTicket: 'CHG-1042' },
      { ...item, status: 'done' as const, changeTicket: ' ' },
    ];
    expect(summariseActionItems(items, '2025-06-01')).toEqual({ total: 4, open: 2, overdue: 1, done: 2, doneWithChangeTicket: 1 });
  });
});

describe('closing an action item', () => {
  it('needs closure evidence and records the closing day and change ticket', () => {
    const closed = closeActionItem(item, { closedOn: '2025-06-20', evidence: 'TTL lowered to 60 s, verified with dig', changeTicket: 'CHG-1042', updatedAt: '2025-06-20T09:00:00Z' });
    expect(closed).toMatchObject({ status: 'done', closedOn: '2025-06-20', closureEvidence: 'TTL lowered to 60 s, verified with dig', changeTicket: 'CHG-1042' });
  });

  it.each([
    ['without evidence', item, ' ', 'no-evidence'],
    ['twice', { ...item, status: 'done' as const, closedOn: '2025-06-01', closureEvidence: 'x' }, 'again', 'already-done'],
  ])('refuses to close %s', (_name, target, evidence, reason) => {
    expect(() => closeActionItem(target, { closedOn: '2025-06-20', evidence, updatedAt: '2025-06-20T09:00:00Z' })).toThrow(
      expect.objectContaining({ name: ActionItemClosureError.name, reason }),
    );
  });

  it.each([
    ['done without evidence', { status: 'done', closedOn: '2025-06-01' }],
    ['done without a closing date', { status: 'done', closureEvidence: 'Fixed' }],
    ['a closing date while still open', { closedOn: '2025-06-01' }],
    ['a due date that does not exist', { dueDate: '2025-06-31' }],
    ['no owner', { owner: '  ' }],
  ])('the schema refuses %s', (_name, change) => {
    expect(actionItemSchema.safeParse({ ...item, ...change }).success).toBe(false);
  });
});
