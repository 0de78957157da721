import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../renderer/src/i18n';
import { setResponderClock } from '../../renderer/src/features/responder/clock';
import { IncidentReportView } from '../../renderer/src/features/responder/IncidentReportView';
import { ResponderView } from '../../renderer/src/features/responder/ResponderView';
import { StartIncidentView } from '../../renderer/src/features/responder/StartIncident';
import { closeIncident } from '../../renderer/src/domain/incident';
import { at, failoverFixture, longRunbook } from './responderFixture';

beforeAll(async () => {
  await initI18n('en');
  setResponderClock(() => at(25).getTime());
});

function html(node: ReactNode): string {
  const markup = renderToString(
    <MantineProvider withCssVariables={false} withGlobalClasses={false}>
      <MemoryRouter>{node}</MemoryRouter>
    </MantineProvider>,
  );
  // Text as a person reads it: tags out, entities decoded, whitespace collapsed.
  return markup.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/\s+/g, ' ');
}

const noop = () => undefined;

describe('responder mode, rendered', () => {
  it('opens at the first step still to do, with its command filled in and the contacts in large type', () => {
    const { runbook, plan, incident } = failoverFixture();
    const text = html(
      <ResponderView incident={incident} runbook={runbook} plan={plan} initials="JR" onChangeInitials={noop} saveState={{ status: 'idle' }} ruleError={null}
        apply={() => true} onAttach={noop} attachState={{ busy: false, error: null }} onSaveAttachment={noop} />,
    );
    expect(text).toContain('Step 3 of 12');
    expect(text).toContain('3. SSH to the bastion host');
    expect(text).toContain('ssh ops@bastion.example.com');
    expect(text).toContain('1 done, 1 skipped, 0 blocked, of 12 steps');
    expect(text).toContain('Since the outage began 0:25:00');
    expect(text).toContain('RTO 1 h: 35 min left');
    expect(text).toContain('MTPD 4 h: 3 h 35 min left');
    expect(text).toContain('Jo Reyes · Incident lead');
    expect(text).toContain('+44 7700 900123');
    expect(text).toMatch(/skipped \d\d:\d\d:\d\d by JR/);
  });

  it('fills the message of the step that sends it, with a missing value shown, never blank', () => {
    const { runbook, plan, incident } = failoverFixture();
    const reopened = { ...incident, events: [] };
    const text = html(
      <ResponderView incident={reopened} runbook={runbook} plan={{ ...plan, context: { ...plan.context, org: {} } }} initials="JR" onChangeInitials={noop}
        saveState={{ status: 'idle' }} ruleError={null} apply={() => true} onAttach={noop} attachState={{ busy: false, error: null }} onSaveAttachment={noop} />,
    );
    expect(text).toContain('Send: Incident alert to staff');
    expect(text).toContain('[missing: organisation name]: incident declared for Online shop, started 2026-03-02 09:00 UTC. Incident lead: Jo Reyes, +44 7700 900123.');
  });

  it('shows the whole runbook before the incident starts, even at 200 steps', () => {
    const { runbook, plan } = failoverFixture();
    const text = html(<StartIncidentView runbook={longRunbook(runbook, 200)} plan={plan} onStart={async () => undefined} />);
    expect(text).toContain('Steps (200)');
    expect(text).toContain('Step 200: Promote the replica in region 3');
    expect(text).toContain('Process: Online shop · RTO 1 h · MTPD 4 h');
  });

  it('shows the timeline of a closed incident with its durations', () => {
    const { runbook, plan, incident } = failoverFixture();
    const closed = closeIncident(incident, { initials: 'JR', at: at(50) });
    const text = html(<IncidentReportView incident={closed} targets={plan.targets} processName={plan.processName} onSaveAttachment={noop} attachError={null} />);
    expect(text).toContain(`Incident timeline: ${runbook.title}`);
    expect(text).toContain('Time to detect 10 min');
    expect(text).toContain('Time to recover 50 min');
    expect(text).toContain('Within the RTO of 1 h');
    expect(text).toContain('1 done, 1 skipped, 0 blocked, 10 not done, of 12');
    expect(text).toContain('T+12 min Step 1 “Declare the incident and alert the team” done by JR');
    expect(text).toContain('T+13 min Step 2 “Post the outage notice for customers” skipped by JR: Status page down');
    expect(text).toContain('T+50 min Service restored, incident closed by JR');
  });
});
