// The app:// scheme: serves the built renderer (out/renderer) and nothing else.
//
// app://lifeboat/<path> maps to <root>/<path>. Anything that could climb out of the root
// (`..` segments, raw or percent-encoded, backslashes, drive letters, NUL) is refused with
// 400 before the file system is touched, and the resolved path is checked to lie inside the
// root as a second line of defence. Every response carries the CSP header.
import { readFile as fsReadFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/**
 * Privileges for protocol.registerSchemesAsPrivileged (before app 'ready').
 * standard: relative URLs, a real origin, web storage and IndexedDB.
 * secure: a secure context (WebCrypto, no mixed-content warnings).
 * supportFetchAPI: fetch() of the app's own files (WebAssembly, fonts).
 * codeCache: V8 code cache for faster starts.
 * Deliberately absent: bypassCSP, corsEnabled (would let other origins read app files),
 * allowServiceWorkers, stream.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

export const MIME_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
});

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedPath = { ok: true; filePath: string } | { ok: false; status: 400 | 404 };

const ORIGIN_PREFIX = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Maps an app:// URL to a file under `root`, or refuses it.
 * Works on the raw URL text, so it does not rely on Chromium having normalised it first.
 */
export function resolveAppPath(root: string, rawUrl: string): ResolvedPath {
  const lower = rawUrl.toLowerCase();
  if (!(lower === ORIGIN_PREFIX || lower.startsWith(`${ORIGIN_PREFIX}/`))) return { ok: false, status: 404 };
  // The path as sent, without query or fragment.
  const rawPath = rawUrl.slice(ORIGIN_PREFIX.length).split(/[?#]/, 1)[0] || '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  // After one decode there must be nothing left that decodes again (double encoding), no
  // Windows separators, drive letters or alternate streams, and no control characters.
  // eslint-disable-next-line no-control-regex
  if (/[%\\:\x00-\x1f\x7f]/.test(decoded)) return { ok: false, status: 400 };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return { ok: false, status: 400 };
  const parts = segments.filter((s) => s.length > 0);
  if (decoded.endsWith('/') || parts.length === 0) parts.push('index.html');

  const resolvedRoot = path.resolve(root);
  const filePath = path.resolve(resolvedRoot, ...parts);
  const rel = path.relative(resolvedRoot, filePath);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return { ok: false, status: 400 };
  return { ok: true, filePath };
}

/** Headers on every app:// response, successful or not. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

/** The subset of a fetch Request the handler reads. */
export interface AppRequest {
  url: string;
  method: string;
}

export interface AppProtocolOptions {
  /** Absolute path of the built renderer folder (out/renderer). */
  root: string;
  readFile?: (filePath: string) => Promise<Uint8Array>;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The handler for protocol.handle('app', …). */
export function createAppProtocolHandler(opts: AppProtocolOptions): (request: AppRequest) => Promise<Response> {
  const readFile = opts.readFile ?? fsReadFile;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const resolved = resolveAppPath(opts.root, request.url);
    if (!resolved.ok) return textResponse(resolved.status, resolved.status === 400 ? 'Bad request' : 'Not found');
    let data: Uint8Array;
    try {
      data = await readFile(resolved.filePath);
    } catch {
      return textResponse(404, 'Not found');
    }
    const body = request.method === 'HEAD' ? null : new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength);
    return new Response(body, {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(resolved.filePath), 'Content-Length': String(data.byteLength) },
    });
  };
}
