import nacl from 'tweetnacl';
import { createSHA512, type IHasher } from 'hash-wasm';

/**
 * Canonical JSON: the one byte sequence that both the signer and any later verifier compute
 * for the same value, whatever order its keys were built in. Hashes and signatures are taken
 * over these bytes, so the rules are strict and never change for a given format version:
 *
 * - objects: plain objects only, keys sorted by UTF-16 code units (as RFC 8785 / JCS does),
 *   written as `{"k":v,...}` with no whitespace;
 * - arrays: in their own order, `[v,...]`; holes are refused;
 * - strings: exactly as `JSON.stringify` writes them (lone surrogates escaped, so nothing is lost);
 * - numbers: finite only, written as `JSON.stringify` writes them (`-0` becomes `0`);
 * - `true`, `false`, `null`;
 * - anything else (undefined, NaN, Infinity, functions, symbols, bigint, Date, Map, class
 *   instances, cycles) is refused with a `CanonicalJsonError` naming where it was found.
 *   Silently dropping `undefined` as JSON does would let two different values hash alike.
 *
 * The bytes are the UTF-8 encoding of that string.
 */
export class CanonicalJsonError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`Cannot serialise ${path} canonically: ${problem}.`);
    this.name = 'CanonicalJsonError';
  }
}

export function canonicalJson(value: unknown): string {
  return write(value, []);
}

const utf8 = new TextEncoder();

export function canonicalBytes(value: unknown): Uint8Array {
  return utf8.encode(canonicalJson(value));
}

/**
 * Deeper than any record we write; a value that nests further almost certainly contains itself.
 * Counting depth instead of tracking visited objects, and keeping the path as a stack that is
 * only joined on error, keeps the hot path (audit verification serialises 100,000 events) lean.
 */
const MAX_DEPTH = 200;

type PathStep = string | number;

/**
 * Strings with nothing JSON.stringify would escape (no quote, backslash, control character or
 * surrogate) are written as they are: the same output, about 2.5x faster on the short strings
 * that make up audit events.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be found
const NOTHING_TO_ESCAPE = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/** A string's canonical form; for callers that write a known shape directly (see the audit chain). */
export function canonicalString(text: string): string {
  return NOTHING_TO_ESCAPE.test(text) ? `"${text}"` : JSON.stringify(text);
}

const quote = canonicalString;

function refuse(path: PathStep[], problem: string): never {
  const written = path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('');
  throw new CanonicalJsonError(`$${written}`, problem);
}

function write(value: unknown, path: PathStep[]): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) refuse(path, `${String(value)} is not a finite number`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      refuse(path, `a value of type ${typeof value} has no JSON form`);
  }
  if (value === null) return 'null';
  if (path.length >= MAX_DEPTH) refuse(path, `it nests deeper than ${MAX_DEPTH} levels or contains itself`);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      if (!(i in value)) refuse(path, 'the array has a hole');
      out += (i > 0 ? ',' : '') + write(value[i], path);
      path.pop();
    }
    return out + ']';
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) refuse(path, 'only plain objects and arrays are allowed');
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    path.push(key);
    out += (i > 0 ? ',' : '') + quote(key) + ':' + write(record[key], path);
    path.pop();
  }
  return out + '}';
}

/* ---------- SHA-512 ---------- */

/**
 * tweetnacl's pure-JS SHA-512 always works, synchronously. hash-wasm's is about 4x faster, which
 * matters when a 100,000-event audit trail is verified, but it needs one asynchronous
 * initialisation. Both compute the same function, so callers may switch at any time.
 */
let fastHasher: IHasher | undefined;
let fastHasherLoading: Promise<void> | undefined;

export function enableFastSha512(): Promise<void> {
  fastHasherLoading ??= createSHA512().then((hasher) => {
    fastHasher = hasher;
  });
  return fastHasherLoading;
}

export function isFastSha512Enabled(): boolean {
  return fastHasher !== undefined;
}

/** SHA-512 of bytes, or of a string's UTF-8 encoding. */
export function sha512(data: Uint8Array | string): Uint8Array {
  if (fastHasher) {
    fastHasher.init();
    fastHasher.update(typeof data === 'string' ? utf8Into(data) : data);
    return fastHasher.digest('binary');
  }
  return nacl.hash(typeof data === 'string' ? utf8.encode(data) : data);
}

/**
 * Encoding into a reused buffer halves the cost of hashing many short strings compared with
 * letting hash-wasm encode them or allocating with encode(). Big strings are encoded once and
 * not kept, so the scratch buffer stays small. Lone surrogates become U+FFFD either way, as in
 * the tweetnacl path.
 */
const SCRATCH_LIMIT = 1 << 20;
let scratch = new Uint8Array(4096);

function utf8Into(text: string): Uint8Array {
  const worstCase = text.length * 3;
  if (worstCase > SCRATCH_LIMIT) return utf8.encode(text);
  if (worstCase > scratch.length) scratch = new Uint8Array(Math.min(SCRATCH_LIMIT, Math.max(worstCase, scratch.length * 2)));
  const { written } = utf8.encodeInto(text, scratch);
  return scratch.subarray(0, written);
}

export function sha512Hex(data: Uint8Array | string): string {
  return bytesToHex(sha512(data));
}

/** The SHA-512 (hex) of a value's canonical JSON: what we call its fingerprint. */
export function fingerprintOf(value: unknown): string {
  return sha512Hex(canonicalJson(value));
}

/**
 * A fingerprint written for people comparing it by eye or over the phone: upper-case groups of
 * four. With `groups`, only the first groups (64 bits for 16 hex digits is plenty to spot a
 * difference by eye; the full value is still what verification uses).
 */
export function formatFingerprint(hex: string, groups?: number): string {
  const chunks = hex.toUpperCase().match(/.{1,4}/g) ?? [];
  return (groups === undefined ? chunks : chunks.slice(0, groups)).join(' ');
}

/* ---------- hex ---------- */

const HEX_DIGITS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (let i = 0; i < bytes.length; i++) hex += HEX_DIGITS[bytes[i] as number];
  return hex;
}

/** Parses lower- or upper-case hex; returns undefined for anything else, so callers decide. */
export function hexToBytes(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
