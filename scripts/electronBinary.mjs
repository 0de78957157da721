// Where is the Electron executable? The `electron` npm package exports its path when the
// binary was downloaded at install time, and throws when it was not (this machine never can).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const MISSING_ELECTRON_MESSAGE =
  'The Electron runtime is not installed on this machine; run `npm run browser` to use Lifeboat in your web browser instead.';

/**
 * Returns the absolute path of the Electron executable, or null when it is missing.
 * `ELECTRON_OVERRIDE_DIST_PATH` (honoured by the electron package itself) points elsewhere.
 * @param {{ requireFn?: (id: string) => unknown, exists?: (path: string) => boolean }} [deps]
 * @returns {string | null}
 */
export function findElectronBinary(deps = {}) {
  const requireFn = deps.requireFn ?? createRequire(import.meta.url);
  const exists = deps.exists ?? existsSync;
  try {
    const binary = requireFn('electron');
    return typeof binary === 'string' && binary.length > 0 && exists(binary) ? binary : null;
  } catch {
    return null;
  }
}
