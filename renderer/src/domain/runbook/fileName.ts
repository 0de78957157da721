import type { Runbook } from './runbook';
import { slug } from './slug';

/**
 * "online-shop--primary-database-failure--1b9d6bcd.md": readable in a Git listing, sorted by
 * process, and unique through the runbook id, which never changes. It changes only when the
 * process or scenario is renamed, which Git shows as a rename.
 */
export function runbookFileName(runbook: Pick<Runbook, 'id' | 'scenario' | 'scenarioName'>, processName: string): string {
  const process = slug(processName, 40) || 'process';
  const scenario = runbook.scenario === 'custom' ? slug(runbook.scenarioName, 40) || 'custom' : runbook.scenario;
  return `${process}--${scenario}--${runbook.id.slice(0, 8).toLowerCase()}.md`;
}
