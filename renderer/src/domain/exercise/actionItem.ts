import { z } from 'zod';
import { recordBase } from '../record';
import { calendarDateSchema, daysBetween, dueState, type CalendarDate } from './calendarDate';
import type { Exercise, Finding } from './exercise';

export const ACTION_ITEM_KIND = 'action-item';

export const ACTION_ITEM_STATUSES = ['open', 'in-progress', 'done'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** Where a corrective action came from; usually an exercise's post-mortem. */
export const ACTION_SOURCES = ['exercise', 'incident', 'review'] as const;

/**
 * A finding turned into work with a name on it. Auditors ask for "proof that corrective actions
 * were implemented", so an item can only be done with closure evidence and the day it closed;
 * the change-ticket reference links it to the change-control system.
 */
export const actionItemSchema = recordBase
  .extend({
    kind: z.literal(ACTION_ITEM_KIND),
    /** The exercise (or incident) the finding came from. */
    parentId: z.uuid(),
    source: z.enum(ACTION_SOURCES).default('exercise'),
    findingId: z.string().optional(),
    title: z.string().trim().min(1).max(500),
    owner: z.string().trim().min(1).max(200),
    dueDate: calendarDateSchema,
    status: z.enum(ACTION_ITEM_STATUSES).default('open'),
    changeTicket: z.string().trim().max(200).default(''),
    closureEvidence: z.string().trim().max(5000).default(''),
    closedOn: calendarDateSchema.optional(),
  })
  .superRefine((item, ctx) => {
    if (item.status === 'done' && item.closureEvidence === '') {
      ctx.addIssue({ code: 'custom', path: ['closureEvidence'], message: 'Say what proves the action was done before closing it.' });
    }
    if (item.status === 'done' && !item.closedOn) {
      ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'A closed action needs the date it was closed.' });
    }
    if (item.status !== 'done' && item.closedOn) {
      ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'Only a done action has a closing date.' });
    }
  });

export type ActionItem = z.infer<typeof actionItemSchema>;

export const ACTION_DUE_SOON_DAYS = 7;

export type ActionItemState = 'done' | 'open' | 'due-soon' | 'overdue';

/**
 * The overdue rule: not done, and `today` is after the due date (the due day itself still
 * counts as on time).
 */
export function actionItemState(item: Pick<ActionItem, 'status' | 'dueDate'>, today: CalendarDate, dueSoonDays = ACTION_DUE_SOON_DAYS): ActionItemState {
  if (item.status === 'done') return 'done';
  const state = dueState(item.dueDate, today, dueSoonDays);
  return state === 'scheduled' ? 'open' : state;
}

export function isOverdue(item: Pick<ActionItem, 'status' | 'dueDate'>, today: CalendarDate): boolean {
  return actionItemState(item, today) === 'overdue';
}

/** Days past due, 0 when not overdue. */
export function daysOverdue(item: Pick<ActionItem, 'status' | 'dueDate'>, today: CalendarDate): number {
  return isOverdue(item, today) ? daysBetween(item.dueDate, today) : 0;
}

export interface ActionItemSummary {
  total: number;
  open: number;
  overdue: number;
  done: number;
  /** Done with both evidence and a change ticket: what proves the fix was implemented. */
  doneWithChangeTicket: number;
}

export function summariseActionItems(items: ReadonlyArray<Pick<ActionItem, 'status' | 'dueDate' | 'changeTicket'>>, today: CalendarDate): ActionItemSummary {
  const summary: ActionItemSummary = { total: items.length, open: 0, overdue: 0, done: 0, doneWithChangeTicket: 0 };
  for (const item of items) {
    if (item.status === 'done') {
      summary.done++;
      if (item.changeTicket.trim() !== '') summary.doneWithChangeTicket++;
    } else {
      summary.open++;
      if (isOverdue(item, today)) summary.overdue++;
    }
  }
  return summary;
}

export class ActionItemClosureError extends Error {
  constructor(readonly reason: 'no-evidence' | 'already-done') {
    super(reason === 'no-evidence' ? 'An action item can only be closed with evidence that it was done.' : 'This action item is already closed.');
    this.name = 'ActionItemClosureError';
  }
}

/** Closes an item, insisting on the evidence that makes the closure worth something to an auditor. */
export function closeActionItem(
  item: ActionItem,
  closure: { closedOn: CalendarDate; evidence: string; changeTicket?: string; updatedAt: string },
): ActionItem {
  if (item.status === 'done') throw new ActionItemClosureError('already-done');
  const evidence = closure.evidence.trim();
  if (evidence === '') throw new ActionItemClosureError('no-evidence');
  return actionItemSchema.parse({
    ...item,
    status: 'done',
    closureEvidence: evidence,
    changeTicket: closure.changeTicket?.trim() ?? item.changeTicket,
    closedOn: closure.closedOn,
    updatedAt: closure.updatedAt,
  });
}

/** A new action item for a post-mortem finding. */
export function actionItemFromFinding(
  exercise: Pick<Exercise, 'id'>,
  finding: Finding,
  assignment: { id: string; owner: string; dueDate: CalendarDate; updatedAt: string },
): ActionItem {
  return actionItemSchema.parse({
    id: assignment.id,
    kind: ACTION_ITEM_KIND,
    updatedAt: assignment.updatedAt,
    parentId: exercise.id,
    source: 'exercise',
    findingId: finding.id,
    title: finding.text,
    owner: assignment.owner,
    dueDate: assignment.dueDate,
  });
}

/** Findings of an exercise that have no action item yet: what the post-mortem still has to assign. */
export function unassignedFindings(exercise: Pick<Exercise, 'id' | 'findings'>, items: ReadonlyArray<Pick<ActionItem, 'parentId' | 'findingId'>>): Finding[] {
  const assigned = new Set(items.filter((i) => i.parentId === exercise.id).map((i) => i.findingId));
  return exercise.findings.filter((f) => !assigned.has(f.id));
}
