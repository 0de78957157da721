import type { RunbookRole } from '../roles';
import type { CommunicationDraft, StepTemplate } from './template';

export const INCIDENT_LEAD = 'Incident lead';
export const ON_CALL_ENGINEER = 'On-call engineer';
export const COMMUNICATIONS_LEAD = 'Communications lead';
export const PROCESS_OWNER = 'Process owner';

export const STANDARD_ROLES: readonly RunbookRole[] = [
  { role: INCIDENT_LEAD, raci: 'accountable', duties: 'Declares the incident, makes the decisions, keeps the timeline.' },
  { role: ON_CALL_ENGINEER, raci: 'responsible', duties: 'Carries out the technical steps and captures the evidence.' },
  { role: COMMUNICATIONS_LEAD, raci: 'responsible', duties: 'Sends the messages to customers, staff and suppliers.' },
  { role: PROCESS_OWNER, raci: 'informed', duties: 'Told at declaration and recovery; confirms the business works again.' },
];

export const STAFF_ALERT: CommunicationDraft = {
  key: 'staff-alert',
  audience: 'staff',
  channel: 'sms',
  title: 'Incident alert to staff',
  body: '{{org.name}}: incident declared for {{process.name}}, started {{incident.startedAt}}. '
    + 'Incident lead: {{contact.incident-lead.name}}, {{contact.incident-lead.phone}}. '
    + 'Join the incident call and wait for instructions. Do not discuss it publicly.',
};

export const CUSTOMERS_OUTAGE: CommunicationDraft = {
  key: 'customers-outage',
  audience: 'customers',
  channel: 'website',
  title: 'Outage notice to customers',
  subject: '{{process.name}} is unavailable',
  body: 'We know that {{process.name}} has been unavailable since {{incident.startedAt}} and we are working to restore it. '
    + 'We will post the next update within 30 minutes. We are sorry for the trouble.\n\n{{org.name}}',
};

export const CUSTOMERS_RESTORED: CommunicationDraft = {
  key: 'customers-restored',
  audience: 'customers',
  channel: 'website',
  title: 'Service restored notice to customers',
  subject: '{{process.name}} is working again',
  body: '{{process.name}} is working normally again. If something you did during the disruption did not go through, '
    + 'please try again or reply to this message and we will help.\n\nThank you for your patience.\n{{org.name}}',
};

export const SUPPLIERS_NOTICE: CommunicationDraft = {
  key: 'suppliers-notice',
  audience: 'suppliers',
  channel: 'email',
  title: 'Disruption notice to suppliers',
  subject: '{{org.name}}: disruption to {{process.name}}',
  body: 'We are handling a disruption to {{process.name}} that started {{incident.startedAt}}. '
    + 'Deliveries and orders may be delayed. Our contact for this incident is {{contact.incident-lead.name}}, '
    + '{{contact.incident-lead.phone}}.\n\n{{org.name}}',
};

export const REGULATOR_NOTICE: CommunicationDraft = {
  key: 'regulator-notice',
  audience: 'regulator',
  channel: 'email',
  title: 'Initial notification to the regulator',
  subject: 'Incident notification: {{org.name}}',
  body: '{{org.name}} reports an incident affecting {{process.name}}. It started {{incident.startedAt}} and was detected '
    + '{{incident.detectedAt}}. We are carrying out our continuity plan and will send a full report. '
    + 'Contact: {{contact.incident-lead.name}}, {{contact.incident-lead.phone}}, {{contact.incident-lead.email}}.',
};

export const INSURER_NOTICE: CommunicationDraft = {
  key: 'insurer-notice',
  audience: 'insurer',
  channel: 'phone',
  title: 'Claim notification to the insurer',
  body: 'Policy holder {{org.name}}. Incident affecting {{process.name}}, detected {{incident.detectedAt}}. '
    + 'Call back: {{contact.incident-lead.name}}, {{contact.incident-lead.phone}}.',
};

export const declareStep = (after: readonly string[] = []): StepTemplate => ({
  key: 'declare',
  title: 'Declare the incident and alert the team',
  role: INCIDENT_LEAD,
  expectedMinutes: 2,
  after,
  verification: 'Everyone needed has acknowledged the alert.',
  evidence: 'Time of declaration and who was alerted.',
  communications: [STAFF_ALERT.key],
});

export const closeStep = (after: readonly string[]): StepTemplate => ({
  key: 'close',
  title: 'Hand back to the process owner and close the incident',
  role: INCIDENT_LEAD,
  expectedMinutes: 2,
  after,
  verification: 'The process owner confirms the business works normally.',
  evidence: 'Time of closure; follow-up actions for the post-incident review.',
});
