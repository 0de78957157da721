import type { ImpactLevel } from '../impact';
import type { Tier } from '../tier';
import { TOP_FIVE_SIZE } from '../topFive';
import type { BiaDerived } from './derive';
import type { ProcessMtpd } from './mtpd';
import type { BiaWarning } from './warnings';

export interface BiaSummaryRow {
  /** 1-based place in the user's top five (or in the suggested ranking before they choose). */
  rank: number;
  processId: string;
  name: string;
  owner: string;
  deputy: string;
  mtpd: ProcessMtpd;
  rtoMinutes: number | undefined;
  rpoMinutes: number | undefined;
  mbco: string;
  tier: Tier | undefined;
  peakImpact: ImpactLevel;
  dependencyCount: number;
  warnings: BiaWarning[];
}

/**
 * The review table: the user's top five in their order, or the suggested five when they have not
 * chosen yet, each with every finding that concerns it.
 */
export function biaSummary(derived: BiaDerived): BiaSummaryRow[] {
  const { index } = derived;
  const chosen = index.plan.topFive?.entries.map((e) => e.processId) ?? [];
  const ids = chosen.length > 0 ? chosen : derived.ranking.slice(0, TOP_FIVE_SIZE).map((c) => c.processId);
  const rows: BiaSummaryRow[] = [];
  ids.forEach((processId, i) => {
    const process = index.processById.get(processId);
    const mtpd = derived.mtpdByProcess.get(processId);
    if (!process || !mtpd) return;
    const objectives = index.objectivesByProcess.get(processId);
    rows.push({
      rank: i + 1,
      processId,
      name: process.name,
      owner: process.owner,
      deputy: process.deputy,
      mtpd,
      rtoMinutes: objectives?.rtoMinutes,
      rpoMinutes: objectives?.rpoMinutes,
      mbco: objectives?.mbco ?? '',
      tier: derived.tierByProcess.get(processId),
      peakImpact: derived.peakByProcess.get(processId) ?? 0,
      dependencyCount: index.dependenciesByProcess.get(processId)?.length ?? 0,
      warnings: derived.warningsByProcess.get(processId) ?? [],
    });
  });
  return rows;
}

/** Ready for sign-off means nothing in the table is an error; warnings may be accepted knowingly. */
export function hasBlockingWarnings(rows: readonly BiaSummaryRow[]): boolean {
  return rows.some((r) => r.warnings.some((w) => w.severity === 'error'));
}
