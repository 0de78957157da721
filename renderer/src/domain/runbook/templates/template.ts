import type { StrategyType } from '../../strategy/technique';
import type { Audience, Channel } from '../communication';
import type { RunbookRole } from '../roles';
import type { Scenario } from '../scenario';

/**
 * Templates refer to their own steps and messages by short keys; ids are only minted when a
 * runbook is made from them, so two runbooks from one template share no ids.
 */
export interface StepTemplate {
  key: string;
  title: string;
  role: string;
  expectedMinutes: number;
  command?: string;
  verification?: string;
  warning?: string;
  rollback?: string;
  evidence?: string;
  /** Keys of steps this one waits on; absent means "after the previous step". */
  after?: readonly string[];
  communications?: readonly string[];
}

export interface CommunicationDraft {
  key: string;
  audience: Audience;
  channel: Channel;
  title: string;
  subject?: string;
  body: string;
}

export interface RunbookTemplate {
  key: string;
  scenario: Scenario;
  /** Title of the runbooks made from it, and its name in the template picker. */
  title: string;
  summary: string;
  /** Strategies this template carries out; the better the overlap, the higher it is offered. */
  fitsStrategies: readonly StrategyType[];
  activationCriteria: readonly string[];
  mayActivate: readonly string[];
  roles: readonly RunbookRole[];
  communications: readonly CommunicationDraft[];
  steps: readonly StepTemplate[];
}
