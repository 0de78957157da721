import type { TFunction } from 'i18next';
import type { Runbook, RunbookTemplate, Scenario } from '../../domain/runbook';

export function scenarioLabel(t: TFunction, scenario: Scenario): string {
  return t(`response.scenarios.${scenario}`);
}

/** The scenario as the runbook names it: the user's own words for a custom one. */
export function scenarioName(t: TFunction, runbook: Pick<Runbook, 'scenario' | 'scenarioName'>): string {
  return runbook.scenario === 'custom' && runbook.scenarioName ? runbook.scenarioName : scenarioLabel(t, runbook.scenario);
}

/** Templates are plan content in English; a translation may provide its own wording under the template's key. */
export function templateTitle(t: TFunction, template: RunbookTemplate): string {
  return t(`response.templates.${template.key}.title`, { defaultValue: template.title });
}

export function templateSummary(t: TFunction, template: RunbookTemplate): string {
  return t(`response.templates.${template.key}.summary`, { defaultValue: template.summary });
}
