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
  if (value !== null && typeof value === 'object') {
    const known = remembered.get(value);
    if (known !== undefined) return known;
  }
  return write(value, new Set());
}

/**
 * The copies canonicalCopy makes are frozen, so their text cannot go stale: a commit serialises
 * each record once, and the middleware reuses that text to seal it instead of serialising again.
 */
const remembered = new WeakMap<object, string>();

/**
 * canonicalJson and, in the same walk, a deep copy equal to JSON.parse of that text, frozen at every
 * depth (what the working set holds). One pass instead of serialise + parse + freeze: commits of
 * thousands of records spend most of their non-crypto time here.
 */
export function canonicalCopy<T>(value: T): { text: string; copy: T } {
  const text = walk(value, new Set());
  const copy = walked;
  walked = undefined;
  if (copy !== null && typeof copy === 'object') remembered.set(copy, text);
  return { text, copy: copy as T };
}

/** walk() returns the text and leaves the copy here; a tuple per value was measurable garbage. */
let walked: unknown;

function walk(value: unknown, open: Set<object>): string {
  if (value === null || typeof value !== 'object') {
    const text = write(value, open);
    walked = value === 0 ? 0 : value; // -0 becomes 0, as after a round trip through the text
    return text;
  }
  if (open.has(value)) throw new TypeError('Not JSON-serialisable: cycle');
  open.add(value);
  let text: string;
  let copy: object;
  if (Array.isArray(value)) {
    text = '[';
    const items: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === undefined) throw new TypeError('Not JSON-serialisable: undefined array item');
      text += (i === 0 ? '' : ',') + walk(item, open);
      items.push(walked);
    }
    text += ']';
    copy = items;
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new TypeError('Not JSON-serialisable: only plain objects and arrays');
    text = '{';
    const fields: Record<string, unknown> = {};
    let first = true;
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      text += (first ? '' : ',') + JSON.stringify(key) + ':' + walk(item, open);
      // Assigning "__proto__" would set the prototype; JSON.parse keeps it as data, and so must we.
      if (key === '__proto__') Object.defineProperty(fields, key, { value: walked, enumerable: true, writable: true, configurable: true });
      else fields[key] = walked;
      first = false;
    }
    text += '}';
    copy = fields;
  }
  open.delete(value);
  walked = Object.freeze(copy);
  return text;
}

// String concatenation rather than arrays of parts: this runs for every record on every write and
// unlock, and the intermediate arrays were most of its garbage.
function write(value: unknown, open: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('Not JSON-serialisable: non-finite number');
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`Not JSON-serialisable: ${typeof value}`);
  }
  if (value === null) return 'null';
  if (open.has(value)) throw new TypeError('Not JSON-serialisable: cycle');
  open.add(value);
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === undefined) throw new TypeError('Not JSON-serialisable: undefined array item');
      out += (i === 0 ? '' : ',') + write(item, open);
    }
    out += ']';
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new TypeError('Not JSON-serialisable: only plain objects and arrays');
    out = '{';
    let first = true;
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      out += (first ? '' : ',') + JSON.stringify(key) + ':' + write(item, open);
      first = false;
    }
    out += '}';
  }
  open.delete(value);
  return out;
}
