import type { Page } from 'playwright-core';

/**
 * Everything in the page's IndexedDB, read without the app's code, as one string.
 * Typed strings must never appear in it.
 */
export async function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [];
    const databases = await indexedDB.databases();
    for (const info of databases) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const decoder = new TextDecoder('utf-8', { fatal: false });
        const text = JSON.stringify(rows, (_key, value) => (value instanceof Uint8Array || value instanceof ArrayBuffer ? decoder.decode(value) : value));
        out.push(`${info.name}/${storeName}: ${text}`);
      }
      db.close();
    }
    return out.join('\n');
  });
}
