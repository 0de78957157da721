const MINUTE_MS = 60_000;

/**
 * Whole minutes from one moment to another, counting only completed minutes (4 min 59 s is
 * 4 min), so a clock never shows a minute that has not passed yet. Negative if `to` is earlier.
 */
export function minutesBetween(from: string | Date, to: string | Date): number {
  const ms = instant(to) - instant(from);
  return ms >= 0 ? Math.floor(ms / MINUTE_MS) : -Math.floor(-ms / MINUTE_MS);
}

export function instant(value: string | Date): number {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a point in time: ${String(value)}`);
  return ms;
}
