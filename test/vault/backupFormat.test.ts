import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { argon2id } from 'hash-wasm';
import nacl from 'tweetnacl';
import { describe, expect, it } from 'vitest';
import { argon2idKdf } from '../../renderer/src/vault';
import { HEADER_BYTES, LAYOUT } from '../../renderer/src/vault/backupLayout';
import { AT, HEADER } from './backupTools';
import { expectVaultError, newVault, snapshot } from './helpers';

/**
 * The worked example of docs/backup-format.md: a real file written by the app at default
 * parameters. It must decrypt forever, with the app and with an implementation built from the
 * document alone.
 */
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
const file = new Uint8Array(readFileSync(fixture('example.lifeboat')));
const example = JSON.parse(readFileSync(fixture('example.json'), 'utf8')) as {
  passphrase: string;
  recoveryKey: string;
  tables: Record<string, unknown[]>;
};

describe('the documented format', () => {
  it('has the field offsets the document states', () => {
    expect(HEADER_BYTES).toBe(HEADER);
    for (const [name, [from, to]] of Object.entries(AT)) {
      expect(LAYOUT[name as keyof typeof LAYOUT], name).toEqual({ offset: from, length: to - from });
    }
  });

  it('decrypts by following the document with nothing but Argon2id, secretbox and SHA-512', async () => {
    const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
    expect(new TextDecoder().decode(file.slice(0, 8))).toBe('LIFEBOAT');
    expect(view.getUint16(8)).toBe(1);
    expect(view.getUint8(10)).toBe(1);
    const [m, t, p] = [view.getUint32(11), view.getUint32(15), view.getUint32(19)];
    expect([m, t, p]).toEqual([65536, 3, 1]);
    const n = view.getUint32(207);
    expect(file.length).toBe(211 + n + 64);
    expect(nacl.hash(file.slice(0, 211 + n))).toEqual(file.slice(211 + n));

    const kek = await argon2id({
      password: new TextEncoder().encode(example.passphrase.normalize('NFC')),
      salt: file.slice(23, 39),
      iterations: t,
      memorySize: m,
      parallelism: p,
      hashLength: 32,
      outputType: 'binary',
    });
    const dek = nacl.secretbox.open(file.slice(63, 111), file.slice(39, 63), kek);
    expect(dek).not.toBeNull();
    const plain = nacl.secretbox.open(file.slice(211, 211 + n), file.slice(183, 207), dek as Uint8Array);
    expect(plain).not.toBeNull();
    expect((plain as Uint8Array).slice(0, 64)).toEqual(nacl.hash(file.slice(0, 211)));
    expect(JSON.parse(new TextDecoder().decode((plain as Uint8Array).slice(64)))).toEqual(example.tables);
  }, 60_000);

  it('imports into the app, after which the example recovery key opens it', async () => {
    const { vault } = await newVault({ kdf: argon2idKdf });
    await expectVaultError(vault.importBackup(file, 'Correct horse battery staple'), 'backup-wrong-passphrase');
    await vault.importBackup(file, example.passphrase);
    expect(snapshot(vault)).toEqual(example.tables);
    vault.lock();
    await vault.unlockWithRecoveryKey(example.recoveryKey);
    expect(snapshot(vault)).toEqual(example.tables);
  }, 60_000);

  const script = fileURLToPath(new URL('independent/decrypt_lifeboat.py', import.meta.url));
  const probe = spawnSync('python3', ['-c', 'import ctypes.util,sys; sys.exit(0 if ctypes.util.find_library("sodium") else 1)']);
  const haveLibsodium = probe.status === 0;

  it.runIf(haveLibsodium)('decrypts with libsodium (Python ctypes), by passphrase and by recovery key', () => {
    const run = (input: string, ...args: string[]) =>
      spawnSync('python3', [script, fixture('example.lifeboat'), ...args], { input: `${input}\n`, encoding: 'utf8', timeout: 60_000 });
    for (const result of [run(example.passphrase), run(example.recoveryKey.toLowerCase(), '--recovery')]) {
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(example.tables);
    }
    expect(run('wrong').status).toBe(2);
  }, 60_000);
});
