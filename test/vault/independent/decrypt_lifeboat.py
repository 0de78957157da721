#!/usr/bin/env python3
"""Decrypt a .lifeboat backup using only libsodium (through ctypes), following
docs/backup-format.md step by step. It shares no code with Lifeboat, which is the point:
it shows the document is enough to get your data back.

    decrypt_lifeboat.py FILE            < passphrase on stdin (first line)
    decrypt_lifeboat.py FILE --recovery < recovery key on stdin (first line)

Prints the decrypted tables as JSON. Exit status 2 on any verification failure.
libsodium's crypto_pwhash always runs Argon2id with parallelism 1, so files with p != 1 are refused.
"""
import ctypes
import ctypes.util
import json
import struct
import sys
import unicodedata

lib = ctypes.util.find_library("sodium")
if lib is None:
    sys.exit("libsodium not found")
sodium = ctypes.CDLL(lib)
if sodium.sodium_init() < 0:
    sys.exit("sodium_init failed")

ALG_ARGON2ID13 = sodium.crypto_pwhash_alg_argon2id13()
ull = ctypes.c_ulonglong


def fail(why):
    print(f"refused: {why}", file=sys.stderr)
    sys.exit(2)


def sha512(data):
    out = ctypes.create_string_buffer(64)
    sodium.crypto_hash_sha512(out, data, ull(len(data)))
    return out.raw


def secretbox_open(box, nonce, key):
    if len(box) < 16:
        return None
    out = ctypes.create_string_buffer(len(box) - 16)
    ok = sodium.crypto_secretbox_open_easy(out, box, ull(len(box)), nonce, key)
    return out.raw if ok == 0 else None


def argon2id(passphrase, salt, memory_kib, iterations):
    out = ctypes.create_string_buffer(32)
    ok = sodium.crypto_pwhash(out, ull(32), passphrase, ull(len(passphrase)), salt,
                              ull(iterations), ctypes.c_size_t(memory_kib * 1024), ctypes.c_int(ALG_ARGON2ID13))
    if ok != 0:
        fail("crypto_pwhash failed (out of memory?)")
    return out.raw


def recovery_key_bytes(text):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    compact = "".join(c for c in text.upper() if not c.isspace() and c not in "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
    compact = compact.replace("0", "O").replace("1", "I")
    if len(compact) != 56 or any(c not in alphabet for c in compact):
        fail("malformed recovery key")
    bits = "".join(format(alphabet.index(c), "05b") for c in compact)
    data = bytes(int(bits[i:i + 8], 2) for i in range(0, 280, 8))
    key, check = data[:32], data[32:]
    if sha512(key)[:3] != check:
        fail("recovery key checksum")
    return key


def main():
    path = sys.argv[1]
    use_recovery = "--recovery" in sys.argv[2:]
    secret = sys.stdin.readline().rstrip("\r\n")
    data = open(path, "rb").read()

    # Step 1: magic and version.
    if data[:8] != b"LIFEBOAT":
        fail("not a Lifeboat file")
    if len(data) < 211:
        fail("truncated")
    (version,) = struct.unpack(">H", data[8:10])
    if version != 1:
        fail(f"unsupported version {version}")
    # Step 2: fixed header fields.
    kdf_id, memory_kib, iterations, parallelism = struct.unpack(">BIII", data[10:23])
    salt = data[23:39]
    pw_nonce, pw_box = data[39:63], data[63:111]
    rk_nonce, rk_box = data[111:135], data[135:183]
    payload_nonce = data[183:207]
    (payload_len,) = struct.unpack(">I", data[207:211])
    # Step 3: exact length and checksum.
    if len(data) != 211 + payload_len + 64:
        fail("length")
    if sha512(data[:-64]) != data[-64:]:
        fail("checksum")
    if kdf_id != 1:
        fail("unknown KDF")
    if memory_kib < 19456 or iterations < 2:
        fail("KDF parameters below the floor")
    if parallelism != 1:
        fail("libsodium supports only parallelism 1")
    # Step 4: the data key.
    if use_recovery:
        dek = secretbox_open(rk_box, rk_nonce, recovery_key_bytes(secret))
    else:
        passphrase = unicodedata.normalize("NFC", secret).encode("utf-8")
        dek = secretbox_open(pw_box, pw_nonce, argon2id(passphrase, salt, memory_kib, iterations))
    if dek is None:
        fail("wrong passphrase or recovery key")
    # Step 5: the payload, and the header it vouches for.
    plain = secretbox_open(data[211:211 + payload_len], payload_nonce, dek)
    if plain is None:
        fail("payload authentication")
    if plain[:64] != sha512(data[:211]):
        fail("header hash")
    tables = json.loads(plain[64:].decode("utf-8"))
    json.dump(tables, sys.stdout, ensure_ascii=False, sort_keys=True)


main()
