import { useCallback } from 'react';
import type { TFunction } from 'i18next';
import { exerciseSchema, type Exercise } from '../../domain/exercise/exercise';
import { usePlanStore } from '../../store';
import { userMessage } from '../shared/userMessage';
import { serialWrite } from '../governance/hooks';
import { ExerciseInputError, patchExercise } from './save';

export class ExerciseGoneError extends Error {
  constructor() {
    super('The exercise no longer exists');
    this.name = 'ExerciseGoneError';
  }
}

/**
 * Saves a change to one exercise. The change is a function of the exercise as stored when its
 * turn comes, so a log entry typed while the plan form saves never overwrites the other.
 */
export function useExerciseUpdate(id: string): (change: (current: Exercise) => Partial<Exercise>) => Promise<Exercise> {
  const store = usePlanStore();
  return useCallback(
    (change) =>
      serialWrite(store, async (s) => {
        const parsed = exerciseSchema.safeParse(s.get(id));
        if (!parsed.success) throw new ExerciseGoneError();
        const next = patchExercise(parsed.data, change(parsed.data), new Date().toISOString());
        await s.save(next);
        return next;
      }),
    [store, id],
  );
}

/** A sentence for what went wrong, with the next step. */
export function exerciseErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ExerciseInputError) return error.keys.map((key) => t(`governance.exercise.errors.${key}`)).join(' ');
  if (error instanceof ExerciseGoneError) return t('governance.exercise.errors.gone');
  return userMessage(t, error);
}
