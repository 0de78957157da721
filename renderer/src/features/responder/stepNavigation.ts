import type { StepState } from '../../domain/incident';

/**
 * Where the responder goes after acting on a step: the next step still to do after it, else
 * the first one still to do anywhere, else the first blocked, else stay.
 */
export function nextStepAfter(states: readonly StepState[], stepId: string): string {
  const index = states.findIndex((s) => s.stepId === stepId);
  const later = states.slice(index + 1).find((s) => s.status === 'pending');
  const anywhere = states.find((s) => s.status === 'pending') ?? states.find((s) => s.status === 'blocked');
  return (later ?? anywhere)?.stepId ?? stepId;
}

export type ResponderCommand = 'done' | 'skip' | 'block' | 'note' | 'attach' | 'reopen' | 'previous' | 'next';

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The element the key was pressed in. */
  target: { tagName?: string; isContentEditable?: boolean; getAttribute?(name: string): string | null } | null;
}

const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const ACTIVATES_ON_ENTER = new Set(['BUTTON', 'A', 'SUMMARY']);

/**
 * The keyboard of responder mode: Enter or Space ticks the step, S skips, B marks it blocked,
 * N adds a note, A attaches evidence, U reopens, arrow keys move between steps. Keys typed in a
 * field are the field's; Enter and Space on a button press that button.
 */
export function commandForKey(input: KeyInput): ResponderCommand | undefined {
  if (input.ctrlKey || input.metaKey || input.altKey) return undefined;
  const tag = input.target?.tagName?.toUpperCase() ?? '';
  if (FIELD_TAGS.has(tag) || input.target?.isContentEditable) return undefined;
  const role = input.target?.getAttribute?.('role');
  const pressesElement = ACTIVATES_ON_ENTER.has(tag) || role === 'button' || role === 'link' || role === 'checkbox';
  switch (input.key) {
    case 'Enter':
    case ' ':
      return pressesElement ? undefined : 'done';
    case 's':
    case 'S':
      return 'skip';
    case 'b':
    case 'B':
      return 'block';
    case 'n':
    case 'N':
      return 'note';
    case 'a':
    case 'A':
      return 'attach';
    case 'u':
    case 'U':
      return 'reopen';
    case 'ArrowUp':
      return 'previous';
    case 'ArrowDown':
      return 'next';
    default:
      return undefined;
  }
}
