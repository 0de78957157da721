import {
  COMMUNICATIONS_LEAD,
  CUSTOMERS_OUTAGE,
  INCIDENT_LEAD,
  PROCESS_OWNER,
  STAFF_ALERT,
  STANDARD_ROLES,
  closeStep,
  declareStep,
} from './common';
import type { RunbookTemplate } from './template';

export const SUPPLIER_OUTAGE: RunbookTemplate = {
  key: 'supplier-outage-alternate',
  scenario: 'supplier-outage',
  title: 'Key supplier outage: switch supplier or work around',
  summary: 'Confirm the outage, switch to the alternate supplier or the manual workaround, switch back later.',
  fitsStrategies: ['alternate-supplier', 'manual-workaround'],
  activationCriteria: ['A key supplier cannot deliver, or its service is unavailable for more than 1 hour'],
  mayActivate: [INCIDENT_LEAD, PROCESS_OWNER],
  roles: STANDARD_ROLES,
  communications: [STAFF_ALERT, CUSTOMERS_OUTAGE],
  steps: [
    {
      key: 'confirm',
      title: 'Confirm the outage with the supplier',
      role: PROCESS_OWNER,
      expectedMinutes: 15,
      after: [],
      verification: 'The supplier\'s status page or account manager confirms it and gives an estimate.',
      evidence: 'Supplier ticket or status page screenshot, with its estimate.',
    },
    declareStep(['confirm']),
    {
      key: 'switch',
      title: 'Switch to the alternate supplier or start the manual workaround',
      role: PROCESS_OWNER,
      expectedMinutes: 60,
      verification: 'The first order or task goes through the alternate route.',
    },
    {
      key: 'notify-customers',
      title: 'Tell customers if they are affected',
      role: COMMUNICATIONS_LEAD,
      expectedMinutes: 10,
      after: ['declare'],
      communications: [CUSTOMERS_OUTAGE.key],
    },
    {
      key: 'switch-back',
      title: 'Switch back once the supplier has recovered',
      role: PROCESS_OWNER,
      expectedMinutes: 30,
      after: ['switch'],
      verification: 'Work done through the alternate route is reconciled with the supplier\'s records.',
    },
    closeStep(['switch-back', 'notify-customers']),
  ],
};
