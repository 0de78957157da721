import type { Asset } from '../../domain/asset';
import type { Contact } from '../../domain/contact';
import type { Dependency } from '../../domain/dependency';
import type { ImpactAssessment } from '../../domain/impact';
import type { Objectives } from '../../domain/objectives';
import type { Process } from '../../domain/process';
import type { PlanRecord } from '../../domain/record';
import type { TopFiveSelection } from '../../domain/topFive';
import type { Vendor } from '../../domain/vendor';

export interface CascadeInput {
  processes: readonly Process[];
  assessments: readonly ImpactAssessment[];
  objectives: readonly Objectives[];
  assets: readonly Asset[];
  vendors: readonly Vendor[];
  contacts: readonly Contact[];
  dependencies: readonly Dependency[];
  topFive?: TopFiveSelection;
}

export type DeletableKind = 'process' | 'asset' | 'vendor' | 'contact' | 'dependency';

/** What deleting one record takes with it, so the confirmation can say so and undo can restore it. */
export interface DeletePlan {
  removeIds: string[];
  /** Records the deletion changes but keeps (a top five without the process, a link without its contact). */
  updates: PlanRecord[];
  /** Everything removed or changed, as it was, for undo. */
  before: PlanRecord[];
  linkCount: number;
}

function without<T extends Record<string, unknown>>(record: T, ...fields: string[]): T {
  const copy: Record<string, unknown> = { ...record };
  for (const f of fields) delete copy[f];
  return copy as T;
}

/**
 * A process takes its impact ratings, objectives and links with it and leaves the top five; an
 * asset, supplier or person takes the links pointing at it; a person is also unnamed wherever the
 * plan said "call them".
 */
export function planDelete(input: CascadeInput, kind: DeletableKind, id: string): DeletePlan {
  const remove: PlanRecord[] = [];
  const updates: PlanRecord[] = [];
  const before: PlanRecord[] = [];
  let linkCount = 0;
  const all = [...input.processes, ...input.assessments, ...input.objectives, ...input.assets, ...input.vendors, ...input.contacts, ...input.dependencies] as PlanRecord[];
  const self = all.find((r) => r.id === id);
  if (self) remove.push(self);
  if (kind === 'process') {
    for (const r of [...input.assessments, ...input.objectives]) if (r.parentId === id) remove.push(r as PlanRecord);
    for (const d of input.dependencies) {
      if (d.parentId === id) {
        remove.push(d as PlanRecord);
        linkCount++;
      }
    }
    const top = input.topFive;
    if (top?.entries.some((e) => e.processId === id)) {
      before.push(top as PlanRecord);
      updates.push({ ...top, entries: top.entries.filter((e) => e.processId !== id), readyForSignOffAt: undefined } as PlanRecord);
    }
  } else if (kind === 'asset' || kind === 'vendor' || kind === 'contact') {
    for (const d of input.dependencies) {
      if (d.targetType === kind && d.targetId === id) {
        remove.push(d as PlanRecord);
        linkCount++;
      } else if (kind === 'contact' && d.contactId === id) {
        before.push(d as PlanRecord);
        updates.push(without(d as PlanRecord, 'contactId'));
      }
    }
    if (kind === 'contact') {
      for (const a of input.assets) {
        if (a.contactId === id) {
          before.push(a as PlanRecord);
          updates.push(without(a as PlanRecord, 'contactId'));
        }
      }
      for (const p of input.processes) {
        const fields = [p.ownerContactId === id ? 'ownerContactId' : '', p.deputyContactId === id ? 'deputyContactId' : ''].filter(Boolean);
        if (fields.length > 0) {
          before.push(p as PlanRecord);
          updates.push(without(p as PlanRecord, ...fields));
        }
      }
    }
  }
  const removeIds = [...new Set(remove.map((r) => r.id))];
  return { removeIds, updates, before: [...remove, ...before], linkCount };
}
