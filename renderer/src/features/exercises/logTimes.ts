import type { ExerciseLogEntry } from '../../domain/exercise/exercise';

/** The log oldest first, by time (entries may be typed out of order during a hectic exercise). */
export function sortedLog(log: readonly ExerciseLogEntry[]): ExerciseLogEntry[] {
  return [...log].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * "T+" of each entry: whole minutes since the first disruption (or, with none logged, since the
 * first entry), as a post-exercise review reads it. Negative before the disruption.
 */
export function minutesSinceStart(log: readonly ExerciseLogEntry[]): Map<string, number> {
  const sorted = sortedLog(log);
  const start = sorted.find((e) => e.kind === 'disruption') ?? sorted[0];
  const result = new Map<string, number>();
  if (!start) return result;
  const t0 = Date.parse(start.at);
  for (const entry of sorted) result.set(entry.id, Math.floor((Date.parse(entry.at) - t0) / 60_000));
  return result;
}

/** "T+12", "T-3", "T+0". */
export function tPlus(minutes: number | undefined): string {
  if (minutes === undefined) return '';
  return minutes < 0 ? `T${minutes}` : `T+${minutes}`;
}
