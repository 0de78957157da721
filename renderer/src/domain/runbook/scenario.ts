import { z } from 'zod';

export const SCENARIOS = [
  'primary-database-failure',
  'ransomware',
  'site-loss',
  'supplier-outage',
  'power-or-internet-loss',
  'custom',
] as const;

export const scenarioSchema = z.enum(SCENARIOS);
export type Scenario = z.infer<typeof scenarioSchema>;

export interface ScenarioSpec {
  scenario: Scenario;
  label: string;
  /** A first activation criterion the runbook starts with; people sharpen it with their own numbers. */
  typicalTrigger: string;
}

export const SCENARIO_CATALOGUE: readonly ScenarioSpec[] = [
  {
    scenario: 'primary-database-failure',
    label: 'Primary database failure',
    typicalTrigger: 'The primary database fails and cannot accept writes within 10 minutes',
  },
  {
    scenario: 'ransomware',
    label: 'Ransomware',
    typicalTrigger: 'Files are encrypted or a ransom note appears on any machine',
  },
  {
    scenario: 'site-loss',
    label: 'Loss of site',
    typicalTrigger: 'The premises cannot be used (fire, flood, no access) for more than 4 hours',
  },
  {
    scenario: 'supplier-outage',
    label: 'Key supplier outage',
    typicalTrigger: 'A key supplier cannot deliver, or its service is unavailable for more than 1 hour',
  },
  {
    scenario: 'power-or-internet-loss',
    label: 'Power or internet loss',
    typicalTrigger: 'Power or the internet connection is down for more than 15 minutes',
  },
  {
    scenario: 'custom',
    label: 'Other scenario',
    typicalTrigger: 'Service unavailable for more than 15 minutes or an SLA breach',
  },
];

export function scenarioLabel(scenario: Scenario): string {
  return SCENARIO_CATALOGUE.find((spec) => spec.scenario === scenario)?.label ?? scenario;
}
