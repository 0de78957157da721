import {
  COMMUNICATIONS_LEAD,
  CUSTOMERS_OUTAGE,
  CUSTOMERS_RESTORED,
  INCIDENT_LEAD,
  PROCESS_OWNER,
  STAFF_ALERT,
  STANDARD_ROLES,
  closeStep,
  declareStep,
} from './common';
import type { RunbookTemplate } from './template';

/** A skeleton for any scenario: the parts every runbook needs, with the recovery left to write. */
export const CUSTOM: RunbookTemplate = {
  key: 'custom',
  scenario: 'custom',
  title: 'Incident response',
  summary: 'Declare, assess, communicate, recover, confirm and close; write your own recovery steps.',
  fitsStrategies: [],
  activationCriteria: ['Service unavailable for more than 15 minutes or an SLA breach'],
  mayActivate: [INCIDENT_LEAD],
  roles: STANDARD_ROLES,
  communications: [STAFF_ALERT, CUSTOMERS_OUTAGE, CUSTOMERS_RESTORED],
  steps: [
    declareStep(),
    {
      key: 'assess',
      title: 'Assess the impact and decide the response',
      role: INCIDENT_LEAD,
      expectedMinutes: 15,
      evidence: 'What is affected, since when, and the decision taken.',
    },
    {
      key: 'notify-customers',
      title: 'Tell customers',
      role: COMMUNICATIONS_LEAD,
      expectedMinutes: 10,
      after: ['declare'],
      communications: [CUSTOMERS_OUTAGE.key],
    },
    {
      key: 'recover',
      title: 'Recover the service (replace with your own steps)',
      role: PROCESS_OWNER,
      expectedMinutes: 60,
      after: ['assess'],
    },
    {
      key: 'confirm',
      title: 'Confirm the service works',
      role: PROCESS_OWNER,
      expectedMinutes: 10,
      communications: [CUSTOMERS_RESTORED.key],
    },
    closeStep(['confirm', 'notify-customers']),
  ],
};
