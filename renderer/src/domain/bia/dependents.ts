import type { Dependency } from '../dependency';

/**
 * "Who depends on this": the links pointing at each asset, vendor or contact, keyed by its id
 * (record ids are unique across kinds). Built once for the whole plan rather than filtered per view.
 */
export function dependentsIndex(dependencies: readonly Dependency[]): Map<string, Dependency[]> {
  const byTarget = new Map<string, Dependency[]>();
  for (const d of dependencies) {
    const list = byTarget.get(d.targetId);
    if (list) list.push(d);
    else byTarget.set(d.targetId, [d]);
  }
  return byTarget;
}
