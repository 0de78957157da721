import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SessionLike, WebContentsLike } from '../../electron/security';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  PRODUCTION_POLICY,
  createSecurityPolicy,
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  isTrustedSender,
} from '../../electron/security';
import { fakeSession, fakeWebContents } from './fakes';

const SPEC_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function directives(csp: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources.join(' '));
  }
  return map;
}

const DEV_POLICY = createSecurityPolicy({ isPackaged: false, devServerUrl: 'http://localhost:5173/' });

describe('CSP', () => {
  it('is exactly the specified policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(SPEC_CSP);
  });

  it('matches the meta tag in renderer/index.html (frame-ancestors only works as a header)', () => {
    let html: string;
    try {
      html = readFileSync('renderer/index.html', 'utf8');
    } catch {
      return; // the renderer entry is written elsewhere; nothing to compare yet
    }
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta, 'renderer/index.html must carry the CSP in a meta tag').not.toBeNull();
    const fromMeta = directives(meta?.[1] ?? '');
    const fromHeader = directives(CONTENT_SECURITY_POLICY);
    fromMeta.delete('frame-ancestors');
    fromHeader.delete('frame-ancestors');
    expect(Object.fromEntries(fromMeta)).toStrictEqual(Object.fromEntries(fromHeader));
  });
});

describe('security policy', () => {
  it('is production whenever packaged, or when the dev URL is not loopback http', () => {
    expect(createSecurityPolicy({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toBe(PRODUCTION_POLICY);
    expect(createSecurityPolicy({ isPackaged: false })).toBe(PRODUCTION_POLICY);
    expect(createSecurityPolicy({ isPackaged: false, devServerUrl: 'http://evil.example:5173' })).toBe(PRODUCTION_POLICY);
    expect(createSecurityPolicy({ isPackaged: false, devServerUrl: 'https://localhost:5173' })).toBe(PRODUCTION_POLICY);
    expect(createSecurityPolicy({ isPackaged: false, devServerUrl: 'not a url' })).toBe(PRODUCTION_POLICY);
    expect(PRODUCTION_POLICY).toStrictEqual({ appOrigin: 'app://lifeboat', allowDevtools: false });
    expect(DEV_POLICY).toStrictEqual({ appOrigin: 'app://lifeboat', devServerOrigin: 'http://localhost:5173', allowDevtools: true });
  });

  it('serves the app from app://lifeboat/index.html', () => {
    expect(APP_ORIGIN).toBe('app://lifeboat');
    expect(APP_ENTRY_URL).toBe('app://lifeboat/index.html');
  });
});

describe('network block (session.webRequest.onBeforeRequest)', () => {
  const blocked = [
    'http://example.com/',
    'https://example.com/api',
    'http://127.0.0.1:4317/',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'ftp://example.com/file',
    'chrome://gpu',
    'devtools://devtools/bundled/inspector.html',
    'app://evil/index.html',
    'app://lifeboat.evil/index.html',
    'app://lifeboat@evil/index.html',
    'app://lifeboatx/index.html',
    'blob:https://example.com/0b0e4a9c',
    'blob:null/0b0e4a9c',
    'mailto:someone@example.com',
    'javascript:alert(1)',
  ];
  const allowed = [
    'app://lifeboat/index.html',
    'app://lifeboat/',
    'app://lifeboat/assets/index-abc.js',
    'app://lifeboat/assets/argon2.wasm',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://lifeboat/0b0e4a9c-2f7a-4b43-9a07-3c54e7d1b0a1',
  ];

  const session = fakeSession();
  hardenSession(session as unknown as SessionLike, PRODUCTION_POLICY);

  it.each(blocked)('cancels %s', (url) => {
    expect(session.cancels(url)).toBe(true);
  });

  it.each(allowed)('lets %s through', (url) => {
    expect(session.cancels(url)).toBe(false);
  });

  it('in development allows only devtools:// and the loopback dev server besides the app', () => {
    const dev = fakeSession();
    hardenSession(dev as unknown as SessionLike, DEV_POLICY);
    expect(dev.cancels('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(dev.cancels('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(dev.cancels('ws://localhost:5173/')).toBe(false);
    expect(dev.cancels('http://localhost:5174/')).toBe(true);
    expect(dev.cancels('https://example.com/')).toBe(true);
    expect(dev.cancels('file:///etc/passwd')).toBe(true);
    expect(isAllowedRequest('http://localhost:5173.evil.example/', DEV_POLICY)).toBe(false);
  });
});

describe('permissions, downloads and spellchecker', () => {
  const session = fakeSession();
  hardenSession(session as unknown as SessionLike, PRODUCTION_POLICY);
  const permissions = [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'fullscreen',
    'openExternal',
    'pointerLock',
    'midi',
    'display-capture',
    'fileSystem',
    'unknown',
  ];

  it.each(permissions)('denies the %s permission request', (permission) => {
    let granted: boolean | undefined;
    session.permissionRequest?.({}, permission, (g) => (granted = g));
    expect(granted).toBe(false);
  });

  it.each(permissions)('answers permission checks for %s with false', (permission) => {
    expect(session.permissionCheck?.({}, permission)).toBe(false);
  });

  it('lets only the app page write text to the clipboard (copying runbook commands)', () => {
    const ask = (url: string | undefined) => {
      let granted: boolean | undefined;
      session.permissionRequest?.({}, 'clipboard-sanitized-write', (g) => (granted = g), { requestingUrl: url });
      return granted;
    };
    expect(ask('app://lifeboat/index.html')).toBe(true);
    expect(ask('https://evil.example/')).toBe(false);
    expect(ask('app://lifeboat.evil/index.html')).toBe(false);
    expect(ask(undefined)).toBe(false);
    expect(session.permissionCheck?.({}, 'clipboard-sanitized-write', 'app://lifeboat')).toBe(true);
    expect(session.permissionCheck?.({}, 'clipboard-sanitized-write', 'file://')).toBe(false);
    expect(session.permissionCheck?.({}, 'clipboard-read', 'app://lifeboat')).toBe(false);
  });

  it('denies device access, cancels downloads and disables the spellchecker', () => {
    expect(session.devicePermission?.()).toBe(false);
    let prevented = false;
    session.emit('will-download', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
    expect(session.spellChecker).toBe(false);
  });
});

describe('webContents hardening', () => {
  const contents = fakeWebContents();
  hardenWebContents(contents as unknown as WebContentsLike, PRODUCTION_POLICY);

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'] as const)('%s away from the app is prevented', (event) => {
    expect(contents.navigate(event, 'https://example.com/')).toBe(true);
    expect(contents.navigate(event, 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate(event, 'app://evil/index.html')).toBe(true);
    expect(contents.navigate(event, 'app://lifeboat.evil/')).toBe(true);
    expect(contents.navigate(event, 'http://localhost:5173/')).toBe(true);
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'] as const)('%s within the app is allowed', (event) => {
    expect(contents.navigate(event, 'app://lifeboat/index.html')).toBe(false);
    expect(contents.navigate(event, 'app://lifeboat/index.html#/plan')).toBe(false);
  });

  it('denies every window.open, even to the app itself', () => {
    for (const url of ['https://example.com/', 'app://lifeboat/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toStrictEqual({ action: 'deny' });
    }
  });

  it('refuses <webview>', () => {
    expect(contents.attachWebview()).toBe(true);
  });
});

describe('IPC sender check', () => {
  it('trusts only the top-level app frame', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://lifeboat/index.html', parent: null } }, PRODUCTION_POLICY)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'app://lifeboat/index.html#/x', parent: null } }, PRODUCTION_POLICY)).toBe(true);
  });

  it.each([
    ['a destroyed frame', null],
    ['a subframe of the app', { url: 'app://lifeboat/index.html', parent: {} }],
    ['a foreign page', { url: 'https://evil.example/', parent: null }],
    ['a file page', { url: 'file:///tmp/x.html', parent: null }],
    ['a look-alike origin', { url: 'app://lifeboat.evil/index.html', parent: null }],
    ['another app:// host', { url: 'app://other/index.html', parent: null }],
    ['about:blank', { url: 'about:blank', parent: null }],
    ['the dev server in production', { url: 'http://localhost:5173/', parent: null }],
  ])('refuses %s', (_name, senderFrame) => {
    expect(isTrustedSender({ senderFrame }, PRODUCTION_POLICY)).toBe(false);
  });

  it('trusts the dev server only in development', () => {
    expect(isTrustedSender({ senderFrame: { url: 'http://localhost:5173/', parent: null } }, DEV_POLICY)).toBe(true);
  });
});
