import type { StrategyType } from '../../strategy/technique';
import type { Scenario } from '../scenario';
import { CUSTOM } from './custom';
import { DATABASE_FAILOVER } from './databaseFailover';
import { DATABASE_RESTORE } from './databaseRestore';
import { POWER_OR_INTERNET_LOSS } from './powerOrInternetLoss';
import { RANSOMWARE } from './ransomware';
import { SITE_LOSS } from './siteLoss';
import { SUPPLIER_OUTAGE } from './supplierOutage';
import type { RunbookTemplate } from './template';

export const RUNBOOK_TEMPLATES: readonly RunbookTemplate[] = [
  DATABASE_FAILOVER,
  DATABASE_RESTORE,
  RANSOMWARE,
  SITE_LOSS,
  SUPPLIER_OUTAGE,
  POWER_OR_INTERNET_LOSS,
  CUSTOM,
];

/**
 * Templates to offer for a scenario, best fit first: the more of the process's strategies a
 * template carries out, the higher. The generic skeleton always comes last, so there is always one.
 */
export function templatesFor(scenario: Scenario, strategyTypes: readonly StrategyType[]): RunbookTemplate[] {
  const chosen = new Set(strategyTypes);
  const fit = (template: RunbookTemplate) => template.fitsStrategies.filter((type) => chosen.has(type)).length;
  const matching = RUNBOOK_TEMPLATES
    .filter((template) => template.scenario === scenario && template !== CUSTOM)
    .map((template, order) => ({ template, order, fit: fit(template) }))
    .sort((a, b) => b.fit - a.fit || a.order - b.order)
    .map((entry) => entry.template);
  return [...matching, CUSTOM];
}

export function runbookTemplate(key: string): RunbookTemplate | undefined {
  return RUNBOOK_TEMPLATES.find((template) => template.key === key);
}
