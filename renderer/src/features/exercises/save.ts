import type { z } from 'zod';
import { exerciseSchema, type Exercise } from '../../domain/exercise/exercise';

/** What was wrong with an exercise edit, as message keys (under governance.exercise.errors). */
export class ExerciseInputError extends Error {
  constructor(readonly keys: string[]) {
    super(`Invalid exercise: ${keys.join(', ')}`);
    this.name = 'ExerciseInputError';
  }
}

function keyOf(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (path === 'heldOn') return 'heldOn';
  if (path === 'scope.windowStart') return 'window';
  if (path === 'scope.windowEnd') return 'windowOrder';
  if (path === 'title') return 'title';
  if (path.startsWith('successCriteria')) return 'criteria';
  if (path.startsWith('objectives')) return 'objectives';
  if (path.startsWith('attendance')) return 'attendance';
  if (path.startsWith('criticalWorkflows')) return 'workflows';
  if (path.startsWith('findings')) return 'findings';
  if (path.startsWith('log')) return 'log';
  return 'invalid';
}

/** The exercise with `patch` applied, validated; ExerciseInputError names what to fix. */
export function patchExercise(current: Exercise, patch: Partial<Exercise>, updatedAt: string): Exercise {
  const merged: Record<string, unknown> = { ...current, ...patch, updatedAt };
  // A patch clears an optional field by setting it to undefined: the key goes, nothing undefined is stored.
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  const parsed = exerciseSchema.safeParse(merged);
  if (parsed.success) return withoutUndefined(parsed.data);
  throw new ExerciseInputError([...new Set(parsed.error.issues.map(keyOf))]);
}

/** Drops undefined values at any depth (the vault stores JSON, which has no undefined). */
function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = withoutUndefined(v);
    return out as T;
  }
  return value;
}
