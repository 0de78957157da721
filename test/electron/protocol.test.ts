import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, mimeTypeFor, resolveAppPath } from '../../electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

const SECRET = 'TOP-SECRET-OUTSIDE-THE-ROOT';
let base: string;
let root: string;
let handler: ReturnType<typeof createAppProtocolHandler>;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'lifeboat-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Lifeboat</title>');
  writeFileSync(path.join(root, 'assets', 'index.js'), 'export {};');
  writeFileSync(path.join(root, 'assets', 'worker.mjs'), 'export {};');
  writeFileSync(path.join(root, 'assets', 'argon2.wasm'), new Uint8Array([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  writeFileSync(path.join(root, 'assets', 'index.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'blob.bin'), 'x');
  writeFileSync(path.join(base, 'secret.txt'), SECRET);
  // A sibling whose name starts with the root's name: a naive prefix check would accept it.
  mkdirSync(path.join(base, 'renderer-evil'));
  writeFileSync(path.join(base, 'renderer-evil', 'secret.txt'), SECRET);
  handler = createAppProtocolHandler({ root });
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string) => handler({ url, method: 'GET' });

describe('app:// scheme registration', () => {
  it('is standard, secure and fetchable, and nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    const privileges: Record<string, boolean> = APP_SCHEME_PRIVILEGES.privileges;
    expect(privileges.standard).toBe(true);
    expect(privileges.secure).toBe(true);
    expect(privileges.supportFetchAPI).toBe(true);
    for (const forbidden of ['bypassCSP', 'corsEnabled', 'allowServiceWorkers', 'stream', 'allowExtensions']) {
      expect(privileges[forbidden], forbidden).toBeUndefined();
    }
  });
});

describe('app:// serving', () => {
  it('serves index.html for / and /index.html with the CSP header', async () => {
    for (const url of ['app://lifeboat/', 'app://lifeboat', 'app://lifeboat/index.html', 'app://lifeboat/index.html?x=1#/plan']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('<title>Lifeboat</title>');
    }
  });

  it.each([
    ['assets/index.js', 'text/javascript; charset=utf-8'],
    ['assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['assets/argon2.wasm', 'application/wasm'],
    ['assets/index.css', 'text/css; charset=utf-8'],
    ['assets/blob.bin', 'application/octet-stream'],
  ])('serves %s as %s', async (file, type) => {
    const response = await get(`app://lifeboat/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('returns the exact bytes of a .wasm file', async () => {
    const response = await get('app://lifeboat/assets/argon2.wasm');
    expect(new Uint8Array(await response.arrayBuffer())).toStrictEqual(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  });

  it('knows the MIME types that matter', () => {
    expect(mimeTypeFor('a.WASM')).toBe('application/wasm');
    expect(mimeTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.ttf')).toBe('font/ttf');
    expect(mimeTypeFor('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.json')).toBe('application/json; charset=utf-8');
  });

  it('answers 404 for missing files and other hosts, 405 for other methods, no body for HEAD', async () => {
    expect((await get('app://lifeboat/nope.js')).status).toBe(404);
    expect((await get('app://lifeboat/assets')).status).toBe(404); // a directory
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://lifeboat.evil/index.html')).status).toBe(404);
    expect((await get('app://lifeboat@evil/index.html')).status).toBe(404);
    expect((await get('https://lifeboat/index.html')).status).toBe(404);
    const post = await handler({ url: 'app://lifeboat/index.html', method: 'POST' });
    expect(post.status).toBe(405);
    const head = await handler({ url: 'app://lifeboat/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('path traversal', () => {
  const attacks = [
    'app://lifeboat/../secret.txt',
    'app://lifeboat/assets/../../secret.txt',
    'app://lifeboat/%2e%2e/secret.txt',
    'app://lifeboat/%2E%2E/secret.txt',
    'app://lifeboat/.%2e/secret.txt',
    'app://lifeboat/..%2fsecret.txt',
    'app://lifeboat/..%2Fsecret.txt',
    'app://lifeboat/%2e%2e%2fsecret.txt',
    'app://lifeboat/assets/..%2f..%2fsecret.txt',
    'app://lifeboat/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://lifeboat/..%5csecret.txt',
    'app://lifeboat/..\\secret.txt',
    'app://lifeboat/assets\\..\\..\\secret.txt',
    'app://lifeboat/%252e%252e/secret.txt',
    'app://lifeboat/%252e%252e%252fsecret.txt',
    'app://lifeboat/../renderer-evil/secret.txt',
    'app://lifeboat/%2e%2e/renderer-evil/secret.txt',
    'app://lifeboat/index.html%00.js',
    'app://lifeboat/C:/Windows/win.ini',
    'app://lifeboat/C%3A%5CWindows%5Cwin.ini',
    'app://lifeboat/%e0%a4%a',
    'app://lifeboat/./index.html',
  ];

  it.each(attacks)('resolveAppPath refuses %s with 400', (url) => {
    expect(resolveAppPath(root, url)).toStrictEqual({ ok: false, status: 400 });
  });

  it.each(attacks)('the handler never serves a file outside the root for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each(attacks)('nor for the URL as Chromium would normalise it: %s', async (url) => {
    let normalised: string;
    try {
      normalised = new URL(url).href;
    } catch {
      return;
    }
    const response = await get(normalised);
    const body = await response.text();
    expect(body).not.toContain(SECRET);
    // Normalisation may turn `/../x` into `/x`; that can only ever name a file inside the root.
    if (response.status === 200) expect(body).toContain('<title>Lifeboat</title>');
  });

  it('resolves ordinary paths inside the root', () => {
    expect(resolveAppPath(root, 'app://lifeboat/assets/index.js')).toStrictEqual({ ok: true, filePath: path.join(root, 'assets', 'index.js') });
    expect(resolveAppPath(root, 'app://lifeboat/assets/')).toStrictEqual({ ok: true, filePath: path.join(root, 'assets', 'index.html') });
    expect(resolveAppPath(root, 'app://lifeboat/a%20b.js')).toStrictEqual({ ok: true, filePath: path.join(root, 'a b.js') });
  });
});
