// Everything that keeps the renderer in its box: the CSP, the network block, navigation,
// window.open, permission and webview denial, and the IPC sender check.
//
// The functions take Electron's objects (or structural stand-ins) as arguments so that tests
// can drive them without the Electron binary. Nothing here, or anywhere in electron/, uses
// Node's http/https or Electron's net: the app never talks to the network.

export const APP_SCHEME = 'app';
export const APP_HOST = 'lifeboat';
/** The renderer's origin. Every trusted URL starts with `${APP_ORIGIN}/`. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The Content Security Policy, sent as a header on every app:// response. renderer/index.html
 * carries the same string in a meta tag (a test compares the two).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** What the current run trusts. Production: only app://lifeboat. */
export interface SecurityPolicy {
  /** Always APP_ORIGIN outside tests. */
  appOrigin: string;
  /**
   * `electron-vite dev` only (never when packaged): the loopback dev-server origin that
   * serves the renderer with hot reload, e.g. `http://localhost:5173`.
   */
  devServerOrigin?: string;
  /** Allow devtools:// requests (development only). */
  allowDevtools: boolean;
}

export const PRODUCTION_POLICY: SecurityPolicy = Object.freeze({ appOrigin: APP_ORIGIN, allowDevtools: false });

/**
 * Builds the policy for this run. A dev-server URL is honoured only when the app is not
 * packaged and the URL points at the loopback interface over http.
 */
export function createSecurityPolicy(opts: { isPackaged: boolean; devServerUrl?: string | undefined }): SecurityPolicy {
  if (opts.isPackaged || !opts.devServerUrl) return PRODUCTION_POLICY;
  let url: URL;
  try {
    url = new URL(opts.devServerUrl);
  } catch {
    return PRODUCTION_POLICY;
  }
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol !== 'http:' || !loopback) return PRODUCTION_POLICY;
  return Object.freeze({ appOrigin: APP_ORIGIN, devServerOrigin: url.origin, allowDevtools: true });
}

function startsWithOrigin(url: string, origin: string): boolean {
  return url === origin || url.startsWith(`${origin}/`);
}

/** Is this URL one of the app's own pages or files? */
export function isAppUrl(url: string, policy: SecurityPolicy): boolean {
  if (startsWithOrigin(url, policy.appOrigin)) return true;
  return policy.devServerOrigin !== undefined && startsWithOrigin(url, policy.devServerOrigin);
}

/**
 * May the renderer load this URL at all? app:// files, plus the two in-memory schemes the app
 * itself creates (data: images, blob: object URLs of its own origin — neither touches the network).
 * Everything else — http, https, ws, wss, file, ftp, chrome, other custom schemes — is cancelled.
 */
export function isAllowedRequest(url: string, policy: SecurityPolicy): boolean {
  if (isAppUrl(url, policy)) return true;
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length), policy)) return true;
  if (policy.allowDevtools && url.startsWith('devtools://')) return true;
  if (policy.devServerOrigin !== undefined) {
    // Vite's hot-reload socket on the same loopback port.
    const ws = policy.devServerOrigin.replace(/^http:/, 'ws:');
    if (startsWithOrigin(url, ws)) return true;
  }
  return false;
}

// --- Session -----------------------------------------------------------------------------

type Listener<A extends unknown[]> = (...args: A) => void;

/** The parts of Electron's Session that hardenSession touches. */
export interface SessionLike {
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details?: { requestingUrl?: string }) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, requestingOrigin?: string) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  setSpellCheckerEnabled(enabled: boolean): void;
  on(event: 'will-download', listener: Listener<[{ preventDefault(): void }, ...unknown[]]>): unknown;
}

export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isGrantedPermission(permission: string, requester: string | undefined, policy: SecurityPolicy): boolean {
  if (!GRANTED_PERMISSIONS.has(permission) || !requester) return false;
  try {
    // URL.origin is "null" for custom schemes like app://, so compare scheme and host instead.
    const from = new URL(requester);
    const app = new URL(policy.appOrigin);
    return from.protocol === app.protocol && from.host === app.host;
  } catch {
    return false;
  }
}

/**
 * Applies the network block and permission denial to a session (the default session; the app
 * uses no other).
 */
export function hardenSession(session: SessionLike, policy: SecurityPolicy): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, policy) });
  });
  // No camera, microphone, notifications, geolocation, clipboard-read, HID/USB/serial, fullscreen
  // API, openExternal, file-system access… The one grant: the app's own page may write plain text
  // to the clipboard, because a responder copies runbook commands with one click.
  session.setPermissionRequestHandler((_webContents, permission, callback, details) =>
    callback(isGrantedPermission(permission, details?.requestingUrl, policy)),
  );
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => isGrantedPermission(permission, requestingOrigin, policy));
  session.setDevicePermissionHandler(() => false);
  // The spellchecker would fetch dictionaries from the network; spellcheck is off anyway.
  session.setSpellCheckerEnabled(false);
  // Files leave the app only through the save dialogs in ipc/files.ts and ipc/print.ts.
  session.on('will-download', (event) => event.preventDefault());
}

// --- WebContents ---------------------------------------------------------------------------

interface PreventableUrlEvent {
  url: string;
  preventDefault(): void;
}

/** The parts of Electron's WebContents that hardenWebContents touches. */
export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: (event: PreventableUrlEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Applies to every webContents (main.ts calls it from app 'web-contents-created'):
 * navigation away from the app is prevented, window.open and target=_blank are denied
 * (links are never opened in an external browser either), and <webview> is refused.
 */
export function hardenWebContents(contents: WebContentsLike, policy: SecurityPolicy): void {
  const guard = (event: PreventableUrlEvent): void => {
    if (!isAppUrl(event.url, policy)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

// --- IPC sender check -------------------------------------------------------------------------

export interface SenderFrameLike {
  url: string;
  parent: unknown;
}
export interface IpcEventLike {
  senderFrame: SenderFrameLike | null;
}

/**
 * True only for the top-level frame of an app page. A subframe, a frame that has navigated
 * elsewhere, or a frame already gone (senderFrame null) is refused.
 */
export function isTrustedSender(event: IpcEventLike, policy: SecurityPolicy): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, policy);
}
