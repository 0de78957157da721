import { describe, expect, it } from 'vitest';
import { makeContact } from '../../renderer/src/domain/contact';
import { emptyGrid, setImpactLevel, type ImpactAssessment } from '../../renderer/src/domain/impact';
import { makeObjectives } from '../../renderer/src/domain/objectives';
import { makeProcess } from '../../renderer/src/domain/process';
import { fillPlaceholders } from '../../renderer/src/domain/runbook';
import { contactsInEscalationOrder, placeholderContext } from '../../renderer/src/features/runbooks/placeholderContext';
import { targetsByProcess } from '../../renderer/src/features/strategies/planData';

const NOW = new Date('2026-03-02T09:00:00Z');
const process = makeProcess({ name: 'Online shop', owner: 'Sam Patel' }, NOW);

function assessment(parentId: string): ImpactAssessment {
  // Financial impact reaches 3 (severe) at 8 h, above the default tolerable level 2.
  const levels = setImpactLevel(emptyGrid(), 'financial', 480, 3);
  return { id: '00000000-0000-4000-8000-000000000777', kind: 'impactAssessment', updatedAt: NOW.toISOString(), parentId, levels, tolerableOverrides: {}, justifications: [] };
}

describe('process targets', () => {
  it('takes RTO and RPO from the objectives and the MTPD suggested by the impact grid', () => {
    const objectives = makeObjectives({ parentId: process.id, rtoMinutes: 60, rpoMinutes: 15 }, NOW);
    const targets = targetsByProcess({ objectives: [objectives], assessments: [assessment(process.id)] });
    expect(targets.get(process.id)).toEqual({ rtoMinutes: 60, rpoMinutes: 15, mtpdMinutes: 480 });
  });

  it("prefers the owner's MTPD override, and leaves out what is not set", () => {
    const objectives = makeObjectives({ parentId: process.id, mtpdOverrideMinutes: 240 }, NOW);
    expect(targetsByProcess({ objectives: [objectives], assessments: [assessment(process.id)] }).get(process.id)).toEqual({ mtpdMinutes: 240 });
    expect(targetsByProcess({ objectives: [], assessments: [] }).get(process.id)).toBeUndefined();
  });
});

describe('placeholder context from plan records', () => {
  const lead = makeContact({ name: 'Jo Reyes', role: 'Incident lead', primaryPhone: '+44 7700 900123' }, NOW);
  const deputy = makeContact({ name: 'Ana Lima', role: 'Incident lead', primaryPhone: '+44 7700 900456' }, NOW);

  it('puts escalation contacts first, in their order', () => {
    expect(contactsInEscalationOrder([lead, deputy], [{ contactId: deputy.id }]).map((c) => c.name)).toEqual(['Ana Lima', 'Jo Reyes']);
    expect(contactsInEscalationOrder([lead, deputy], [{ contactId: 'gone' }]).map((c) => c.name)).toEqual(['Jo Reyes', 'Ana Lima']);
  });

  it('fills commands and messages, without a doubled slash after the service URL', () => {
    const context = placeholderContext({
      process,
      targets: { rtoMinutes: 60 },
      service: { url: 'https://shop.example.com/', bastionHost: 'ops@bastion.example.com' },
      runbook: { title: 'DB failover', escalation: [{ contactId: deputy.id }] },
      contacts: [lead, deputy],
      incident: { startedAt: '2026-03-02T09:00:00.000Z' },
    });
    expect(fillPlaceholders('curl -fsS {{service.url}}/health && ssh {{service.bastionHost}}', context).text)
      .toBe('curl -fsS https://shop.example.com/health && ssh ops@bastion.example.com');
    expect(fillPlaceholders('{{process.name}} ({{process.owner}}), RTO {{process.rto}}, since {{incident.startedAt}}. Call {{contact.incident-lead.name}} on {{contact.incident-lead.phone}}. {{org.name}}', context).text)
      .toBe('Online shop (Sam Patel), RTO 1 h, since 2026-03-02 09:00 UTC. Call Ana Lima on +44 7700 900456. [missing: organisation name]');
  });
});
