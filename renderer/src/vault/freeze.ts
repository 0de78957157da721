/**
 * Working-set records are shared with every reader; freezing them means a careless caller cannot
 * change what the UI shows without going through commit (and so without it reaching the disk).
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
