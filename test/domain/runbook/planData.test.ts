import { describe, expect, it } from 'vitest';
import { makeContact } from '../../../renderer/src/domain/contact';
import { makeProcess } from '../../../renderer/src/domain/process';
import { makeObjectives } from '../../../renderer/src/domain/objectives';
import { fillPlaceholders, runbookFromTemplate, runbookTemplate, runbookToMarkdown } from '../../../renderer/src/domain/runbook';
import { startIncident } from '../../../renderer/src/domain/incident';
import { checkGaps, recoveryStrategySchema } from '../../../renderer/src/domain/strategy';

// The narrow inputs are declared in each module; this proves the plan's own records fit them as they are.
const NOW = new Date('2025-03-01T10:00:00.000Z');

describe('plan records fit the narrow inputs without adapters', () => {
  const process = makeProcess({ name: 'Online shop', owner: 'Sam Patel' }, NOW);
  const objectives = makeObjectives({ parentId: process.id, rtoMinutes: 60, rpoMinutes: 15 }, NOW);
  const lead = makeContact({ name: 'Jo Reyes', role: 'Incident lead', primaryPhone: '+44 7700 900123', escalateAfterMinutes: 20 }, NOW);

  it('fills placeholders from Process, Objectives and Contact records', () => {
    const filled = fillPlaceholders('{{process.owner}} / {{process.rto}} / {{contact.incident-lead.phone}}', {
      process: { ...process, ...objectives },
      contacts: [lead],
    });
    expect(filled.text).toBe('Sam Patel / 1 h / +44 7700 900123');
  });

  it('lists Contact records as escalation contacts in the Markdown export', () => {
    const runbook = runbookFromTemplate(runbookTemplate('custom')!, { processId: process.id, now: NOW });
    const withEscalation = { ...runbook, escalation: [{ contactId: lead.id }] };
    expect(runbookToMarkdown(withEscalation, { processName: process.name, contacts: [lead] }))
      .toContain('1. Jo Reyes (Incident lead): +44 7700 900123; escalate after 20 min\n');
  });

  it('starts an incident from a stored Runbook and checks gaps of stored strategies', () => {
    const runbook = runbookFromTemplate(runbookTemplate('database-failover-replica')!, { processId: process.id, now: NOW });
    expect(startIncident({ runbook, initials: 'JR', now: NOW }).steps).toHaveLength(runbook.steps.length);
    const nightly = recoveryStrategySchema.parse({
      id: '2f1c7f7e-4b0e-4e53-9a57-3d5b8f7f0a11', kind: 'recoveryStrategy', updatedAt: NOW.toISOString(), parentId: process.id,
      technique: { type: 'backup-full' },
    });
    expect(checkGaps(objectives, [nightly]).gaps.map((g) => g.dimension)).toEqual(['rto', 'rpo']);
  });
});
