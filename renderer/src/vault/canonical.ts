/**
 * One byte sequence per value: object keys sorted by UTF-16 code units, no whitespace, strings and
 * numbers exactly as JSON.stringify writes them. Encrypting this form (rather than whatever order a
 * caller built) means a backup can be checked byte for byte and re-serialised identically.
 *
 * Anything JSON cannot carry faithfully (undefined in arrays, NaN, Infinity, bigint, Date, typed
 * arrays, class instances, cycles) is refused here rather than silently changed on the way to disk.
 * Object properties whose value is undefined are omitted, as JSON does, because optional fields
 * such as `parentId?: string` are routinely present-but-undefined.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, stack: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('Not JSON-serialisable: non-finite number');
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (stack.has(value)) throw new TypeError('Not JSON-serialisable: cycle');
      stack.add(value);
      try {
        if (Array.isArray(value)) {
          return `[${value.map((item) => {
            if (item === undefined) throw new TypeError('Not JSON-serialisable: undefined array item');
            return write(item, stack);
          }).join(',')}]`;
        }
        const proto: unknown = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) {
          throw new TypeError('Not JSON-serialisable: only plain objects and arrays');
        }
        const parts: string[] = [];
        for (const key of Object.keys(value).sort()) {
          const item = (value as Record<string, unknown>)[key];
          if (item === undefined) continue;
          parts.push(`${JSON.stringify(key)}:${write(item, stack)}`);
        }
        return `{${parts.join(',')}}`;
      } finally {
        stack.delete(value);
      }
    }
    default:
      throw new TypeError(`Not JSON-serialisable: ${typeof value}`);
  }
}
