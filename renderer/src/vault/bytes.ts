/**
 * IndexedDB and workers may hand back typed arrays from another realm, which tweetnacl refuses
 * (it checks `instanceof Uint8Array`); those are copied, local ones are used as they are.
 */
export function asBytes(value: unknown, length?: number): Uint8Array | undefined {
  if (!isBytes(value, length)) return undefined;
  return value instanceof Uint8Array ? value : new Uint8Array(value);
}

export function isBytes(value: unknown, length?: number): value is Uint8Array {
  if (value instanceof Uint8Array) return length === undefined || value.length === length; // the common, fast case
  return (
    ArrayBuffer.isView(value) &&
    Object.prototype.toString.call(value) === '[object Uint8Array]' &&
    (length === undefined || (value as Uint8Array).length === length)
  );
}

/** Best effort only: JavaScript may have copied the bytes elsewhere, but we never keep our copy alive. */
export function wipe(bytes: Uint8Array | null | undefined): void {
  bytes?.fill(0);
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

const utf8Encoder = new TextEncoder();
// fatal: malformed UTF-8 inside an authenticated payload means a bug or tampering, never "best effort".
const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function utf8(text: string): Uint8Array {
  return utf8Encoder.encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return utf8Decoder.decode(bytes);
}
