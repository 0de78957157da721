import { describe, expect, it } from 'vitest';
import type { StepState, StepStatus } from '../../renderer/src/domain/incident';
import { commandForKey, nextStepAfter, type KeyInput } from '../../renderer/src/features/responder/stepNavigation';

const states = (...statuses: StepStatus[]): StepState[] =>
  statuses.map((status, i) => ({ stepId: `s${i + 1}`, number: i + 1, title: `Step ${i + 1}`, status, notes: [], attachments: [] }));

describe('where the responder goes next', () => {
  it.each([
    [['done', 'pending', 'pending'], 's1', 's2'],
    [['done', 'done', 'pending'], 's2', 's3'],
    [['pending', 'done', 'done'], 's3', 's1'],
    [['blocked', 'done', 'done'], 's3', 's1'],
    [['done', 'skipped', 'done'], 's3', 's3'],
    [['done', 'pending', 'blocked', 'pending'], 's2', 's4'],
  ] as [StepStatus[], string, string][])('%j after %s → %s', (statuses, from, to) => {
    expect(nextStepAfter(states(...statuses), from)).toBe(to);
  });
});

const on = (tagName: string, role?: string): KeyInput['target'] => ({ tagName, getAttribute: (name: string) => (name === 'role' ? role ?? null : null) });

describe('responder keyboard', () => {
  it.each([
    ['Enter', on('H2'), 'done'],
    [' ', on('DIV'), 'done'],
    ['s', on('BODY'), 'skip'],
    ['B', on('BODY'), 'block'],
    ['n', on('H2'), 'note'],
    ['a', on('H2'), 'attach'],
    ['u', on('H2'), 'reopen'],
    ['ArrowUp', on('H2'), 'previous'],
    ['ArrowDown', on('H2'), 'next'],
    ['x', on('H2'), undefined],
  ] as [string, KeyInput['target'], string | undefined][])('%j on %o → %s', (key, target, command) => {
    expect(commandForKey({ key, target })).toBe(command);
  });

  it('leaves keys typed in fields to the field, and Enter on a button to the button', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT']) expect(commandForKey({ key: 's', target: on(tag) })).toBeUndefined();
    expect(commandForKey({ key: 's', target: { tagName: 'DIV', isContentEditable: true } })).toBeUndefined();
    expect(commandForKey({ key: 'Enter', target: on('BUTTON') })).toBeUndefined();
    expect(commandForKey({ key: ' ', target: on('DIV', 'button') })).toBeUndefined();
    expect(commandForKey({ key: 'Enter', target: on('A') })).toBeUndefined();
    expect(commandForKey({ key: 's', target: on('BUTTON') })).toBe('skip');
  });

  it('ignores shortcuts with modifiers (Ctrl+L locks, Ctrl+S is not skip)', () => {
    expect(commandForKey({ key: 's', ctrlKey: true, target: on('H2') })).toBeUndefined();
    expect(commandForKey({ key: 'Enter', metaKey: true, target: on('H2') })).toBeUndefined();
    expect(commandForKey({ key: 'b', altKey: true, target: on('H2') })).toBeUndefined();
  });
});
