import type { Asset } from '../../domain/asset';
import type { Contact } from '../../domain/contact';
import type { Process } from '../../domain/process';
import type { Vendor } from '../../domain/vendor';

export type SearchKind = 'process' | 'asset' | 'vendor' | 'contact';

export interface SearchInput {
  processes: readonly Process[];
  assets: readonly Asset[];
  vendors: readonly Vendor[];
  contacts: readonly Contact[];
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  name: string;
  /** The field the match was found in, when it is not the name, and the text around it. */
  field?: string;
  snippet?: string;
  score: number;
}

/** Case and accents do not matter: "cafe" finds "Café". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

export function searchTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter((t) => t.length > 0);
}

type Fields = [field: string, value: string][];

function fieldsOf(kind: SearchKind, r: Process | Asset | Vendor | Contact): Fields {
  switch (kind) {
    case 'process': {
      const p = r as Process;
      return [['description', p.description], ['owner', p.owner], ['deputy', p.deputy], ['department', p.department], ['peakPeriods', p.peakPeriods], ['minimumStaff', p.minimumStaff], ['minimumEquipment', p.minimumEquipment], ['manualWorkaround', p.manualWorkaround], ['obligations', p.obligations]];
    }
    case 'asset': {
      const a = r as Asset;
      return [['type', a.type], ['description', a.description], ['locationOrProvider', a.locationOrProvider], ['owner', a.owner], ['redundancy', a.redundancy], ['backupMethod', a.backupMethod]];
    }
    case 'vendor': {
      const v = r as Vendor;
      return [
        ['service', v.service],
        ['contractReference', v.contractReference],
        ['slaSummary', v.slaSummary],
        ['notes', v.notes],
        ['accountNumbers', v.accountNumbers.map((n) => `${n.label} ${n.value}`).join(' · ')],
        ['supportContacts', v.supportContacts.map((c) => [c.label, c.phone, c.email].filter(Boolean).join(' ')).join(' · ')],
      ];
    }
    case 'contact': {
      const c = r as Contact;
      return [['role', c.role], ['organisation', c.organisation], ['primaryPhone', c.primaryPhone], ['backupPhone', c.backupPhone], ['email', c.email], ['availability', c.availability]];
    }
  }
}

function snippetAround(value: string, term: string): string {
  const at = fold(value).indexOf(term);
  const start = Math.max(0, at - 30);
  const end = Math.min(value.length, at + term.length + 50);
  return `${start > 0 ? '…' : ''}${value.slice(start, end).trim()}${end < value.length ? '…' : ''}`;
}

/**
 * Finds records in which every word of the query appears, in the name or any descriptive field.
 * Matches in the name come first, then by name. Folding follows the text one character at a time
 * (NFD keeps base letters in place), so a snippet cut from the folded offset lines up with the original
 * for the scripts people type here.
 */
export function searchPlan(input: SearchInput, query: string, limit = 100): SearchHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  const lists: [SearchKind, readonly (Process | Asset | Vendor | Contact)[]][] = [
    ['process', input.processes],
    ['asset', input.assets],
    ['vendor', input.vendors],
    ['contact', input.contacts],
  ];
  for (const [kind, records] of lists) {
    for (const record of records) {
      const name = fold(record.name);
      const fields = fieldsOf(kind, record).filter(([, v]) => v.trim() !== '');
      const folded = fields.map(([f, v]) => [f, v, fold(v)] as const);
      let score = 0;
      let where: { field: string; snippet: string } | undefined;
      let all = true;
      for (const term of terms) {
        if (name.includes(term)) {
          score += name.startsWith(term) ? 3 : 2;
          continue;
        }
        const found = folded.find(([, , f]) => f.includes(term));
        if (!found) {
          all = false;
          break;
        }
        score += 1;
        where ??= { field: found[0], snippet: snippetAround(found[1], term) };
      }
      if (!all) continue;
      hits.push({ kind, id: record.id, name: record.name, score, ...(where ?? {}) });
    }
  }
  return hits
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }))
    .slice(0, limit);
}
