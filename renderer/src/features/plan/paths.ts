/** Where each kind of plan record is listed and shown. */
export const PATHS = {
  processes: '/plan/processes',
  assets: '/plan/assets',
  vendors: '/plan/vendors',
  contacts: '/plan/contacts',
  search: '/plan/search',
  importCsv: '/plan/import',
  wizard: '/wizard',
} as const;

export type DetailKind = 'process' | 'asset' | 'vendor' | 'contact';

const LIST: Record<DetailKind, string> = { process: PATHS.processes, asset: PATHS.assets, vendor: PATHS.vendors, contact: PATHS.contacts };

export function listPath(kind: DetailKind): string {
  return LIST[kind];
}

/** A record's detail screen; `focus` names a field to put the cursor in (used by "fix it" links). */
export function detailPath(kind: DetailKind, id: string, focus?: string): string {
  return `${LIST[kind]}/${id}${focus ? `?focus=${encodeURIComponent(focus)}` : ''}`;
}
