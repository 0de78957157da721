import { afterEach, describe, expect, it, vi } from 'vitest';
import { argon2idKdf, DEFAULT_KDF, KDF_FLOOR, openVault, workerKdf, type KdfParams } from '../../renderer/src/vault';
import { checkKdfParams } from '../../renderer/src/vault/kdf';
import { handleKdfRequest } from '../../renderer/src/vault/kdfProtocol';
import { uniqueDbName } from './helpers';

afterEach(() => {
  vi.unstubAllGlobals();
});

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const text = (s: string) => new TextEncoder().encode(s);

describe('argon2idKdf', () => {
  it('matches the Argon2id v1.3 reference vector (phc-winner-argon2 test.c: t=2, m=64 MiB, p=1)', async () => {
    const key = await argon2idKdf('password', { algorithm: 'argon2id', memoryKiB: 65536, iterations: 2, parallelism: 1, salt: text('somesalt') });
    expect(hex(key)).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });

  it('derives 32 bytes that depend on every input, and normalises the passphrase to NFC', async () => {
    const base: KdfParams = { algorithm: 'argon2id', memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 1, salt: new Uint8Array(16).fill(7) };
    const key = await argon2idKdf('caf\u00e9', base);
    expect(key).toHaveLength(32);
    expect(await argon2idKdf('cafe\u0301', base)).toEqual(key);
    expect(await argon2idKdf('cafe', base)).not.toEqual(key);
    expect(await argon2idKdf('caf\u00e9', { ...base, salt: new Uint8Array(16).fill(8) })).not.toEqual(key);
    expect(await argon2idKdf('caf\u00e9', { ...base, iterations: 3 })).not.toEqual(key);
    expect(await argon2idKdf('caf\u00e9', { ...base, memoryKiB: base.memoryKiB + 8 })).not.toEqual(key);
  });
});

describe('KDF parameters', () => {
  it('publishes the default and the floor', () => {
    expect(DEFAULT_KDF).toEqual({ algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 });
    expect(KDF_FLOOR).toEqual({ memoryKiB: 19456, iterations: 2 });
  });

  it('accepts the floor and the default, refuses anything weaker, and anything absurd or malformed', () => {
    const floor = { algorithm: 'argon2id' as const, memoryKiB: 19456, iterations: 2, parallelism: 1 };
    expect(checkKdfParams(floor)).toBe('ok');
    expect(checkKdfParams(DEFAULT_KDF)).toBe('ok');
    expect(checkKdfParams({ ...floor, memoryKiB: 19455 })).toBe('below-floor');
    expect(checkKdfParams({ ...floor, iterations: 1 })).toBe('below-floor');
    expect(checkKdfParams({ ...floor, iterations: 0, memoryKiB: 0 })).toBe('below-floor');
    expect(checkKdfParams({ ...floor, parallelism: 0 })).toBe('invalid');
    expect(checkKdfParams({ ...floor, memoryKiB: 1_048_577 })).toBe('invalid');
    expect(checkKdfParams({ ...floor, iterations: 65 })).toBe('invalid');
    expect(checkKdfParams({ ...floor, parallelism: 17 })).toBe('invalid');
    expect(checkKdfParams({ ...floor, iterations: 2.5 })).toBe('invalid');
    expect(checkKdfParams({ ...floor, algorithm: 'argon2i' as 'argon2id' })).toBe('invalid');
  });
});

describe('KDF worker', () => {
  const params: KdfParams = { algorithm: 'argon2id', memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 1, salt: new Uint8Array(16).fill(1) };

  it('answers a request with the same key as the in-thread KDF, and refuses malformed requests', async () => {
    const response = await handleKdfRequest({ passphrase: 'pw', params });
    expect(response).toEqual({ ok: true, key: await argon2idKdf('pw', params) });
    expect(await handleKdfRequest({ passphrase: 1, params })).toMatchObject({ ok: false });
    expect(await handleKdfRequest({ passphrase: 'pw', params: { ...params, salt: [1, 2] } })).toMatchObject({ ok: false });
    expect(await handleKdfRequest(null)).toMatchObject({ ok: false });
  });

  /** A stand-in for the browser's Worker that runs the worker's handler in this thread. */
  class FakeWorker {
    static instances: FakeWorker[] = [];
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
    terminated = 0;
    constructor(
      readonly url: URL,
      readonly options: { type?: string },
    ) {
      FakeWorker.instances.push(this);
    }
    postMessage(data: unknown): void {
      if ((data as { passphrase?: string }).passphrase === 'crash') {
        setTimeout(() => this.onerror?.({ message: 'boom', preventDefault() {} }));
        return;
      }
      void handleKdfRequest(structuredClone(data)).then((response) => this.onmessage?.({ data: response }));
    }
    terminate(): void {
      this.terminated++;
    }
  }

  it('runs one module worker per derivation and terminates it, on success and on failure', async () => {
    FakeWorker.instances = [];
    vi.stubGlobal('Worker', FakeWorker);
    const kdf = workerKdf();
    expect(await kdf('pw', params)).toEqual(await argon2idKdf('pw', params));
    await expect(kdf('crash', params)).rejects.toThrowError(/boom/);
    await expect(kdf('pw', { ...params, salt: 'x' as unknown as Uint8Array })).rejects.toThrowError(/KDF worker failed/);
    expect(FakeWorker.instances).toHaveLength(3);
    for (const worker of FakeWorker.instances) {
      expect(worker.url.pathname.endsWith('/kdf.worker.ts')).toBe(true);
      expect(worker.options.type).toBe('module');
      expect(worker.terminated).toBe(1);
    }
  });

  it('the worker script answers on its global scope and transfers a standalone key buffer', async () => {
    const posted: { message: unknown; transfer: Transferable[] }[] = [];
    let received: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      received = resolve;
    });
    const scope = {
      onmessage: null as ((event: { data: unknown }) => void) | null,
      postMessage(message: unknown, transfer: Transferable[]) {
        posted.push({ message, transfer });
        received();
      },
    };
    vi.stubGlobal('self', scope);
    await import('../../renderer/src/vault/kdf.worker');
    scope.onmessage?.({ data: { passphrase: 'pw', params } });
    await answered;
    const [{ message, transfer } = { message: undefined, transfer: [] }] = posted;
    const key = (message as { key: Uint8Array }).key;
    expect(message).toEqual({ ok: true, key: await argon2idKdf('pw', params) });
    expect(transfer).toEqual([key.buffer]);
    expect(key.buffer.byteLength).toBe(32);
  });

  it('is what openVault uses by default wherever Worker exists', async () => {
    FakeWorker.instances = [];
    vi.stubGlobal('Worker', FakeWorker);
    const vault = await openVault({ dbName: uniqueDbName('worker'), kdfParams: { ...params } });
    await vault.create('through the worker');
    expect(FakeWorker.instances).toHaveLength(1);
    vault.lock();
    await vault.unlock('through the worker');
    expect(FakeWorker.instances).toHaveLength(2);
  });
});
