import { asBytes } from './bytes';
import { KEY_BYTES, type Kdf } from './kdf';
import type { KdfRequest, KdfResponse } from './kdfProtocol';

/**
 * Argon2id at 64 MiB takes long enough to freeze the UI, so it runs in a module worker. One worker
 * per call, terminated afterwards, so neither the passphrase nor the key outlives the derivation.
 */
export function workerKdf(): Kdf {
  return (passphrase, params) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
      const finish = (action: () => void): void => {
        worker.terminate();
        action();
      };
      worker.onmessage = (event: MessageEvent<KdfResponse>) => {
        const response = event.data;
        const key = response.ok ? asBytes(response.key, KEY_BYTES) : undefined;
        if (key !== undefined) finish(() => resolve(key));
        else finish(() => reject(new Error(`KDF worker failed: ${response.ok ? 'bad key length' : response.message}`)));
      };
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        finish(() => reject(new Error(`KDF worker crashed: ${event.message}`)));
      };
      const request: KdfRequest = { passphrase, params: { ...params, salt: new Uint8Array(params.salt) } };
      worker.postMessage(request);
    });
}
