import { describe, expect, it } from 'vitest';
import {
  availablePlaceholders,
  fillPlaceholders,
  formatTimestamp,
  isKnownPlaceholder,
  placeholdersIn,
  type PlaceholderContext,
} from '../../../renderer/src/domain/runbook';

const context: PlaceholderContext = {
  org: { name: 'Acme Bikes' },
  process: { name: 'Online shop', owner: 'Sam Patel', rtoMinutes: 60, rpoMinutes: 15, mtpdMinutes: 1440 },
  service: { url: 'shop.example' },
  incident: { startedAt: '2025-03-01T14:05:00.000Z', detectedAt: '2025-03-01T14:12:30.000Z' },
  contacts: [
    { role: 'Incident lead', name: 'Jo Reyes', primaryPhone: '+44 7700 900123' },
    { role: 'Incident lead', name: 'Second Person', primaryPhone: '+44 7700 900999' },
    { role: 'IT support', name: 'Kim Lee', primaryPhone: '   ', email: 'kim@acme.example' },
  ],
};

describe('filling placeholders', () => {
  it.each([
    ['{{org.name}}', 'Acme Bikes'],
    ['{{ process.name }}', 'Online shop'],
    ['{{process.owner}}', 'Sam Patel'],
    ['RTO {{process.rto}}, RPO {{process.rpo}}, MTPD {{process.mtpd}}', 'RTO 1 h, RPO 15 min, MTPD 24 h'],
    ['since {{incident.startedAt}}', 'since 2025-03-01 14:05 UTC'],
    ['{{incident.detectedAt}}', '2025-03-01 14:12 UTC'],
    ['curl -fsS {{service.url}}/health', 'curl -fsS shop.example/health'],
    ['Call {{contact.incident-lead.name}} on {{contact.incident-lead.phone}}', 'Call Jo Reyes on +44 7700 900123'],
    ['{{contact.Incident lead.phone}}', '+44 7700 900123'],
    ['{{contact.it_support.email}}', 'kim@acme.example'],
    ['no placeholders at all', 'no placeholders at all'],
    ['{single} and {{ unclosed', '{single} and {{ unclosed'],
  ])('%s', (template, expected) => {
    expect(fillPlaceholders(template, context)).toEqual({ text: expected, missing: [], unknown: [] });
  });

  it.each<[string, PlaceholderContext, string, string[]]>([
    ['{{process.owner}}', {}, '[missing: process owner]', ['process.owner']],
    ['{{process.owner}}', { process: { owner: '  ' } }, '[missing: process owner]', ['process.owner']],
    ['{{org.name}}', { org: {} }, '[missing: organisation name]', ['org.name']],
    ['{{process.rto}}', { process: { name: 'Shop' } }, '[missing: process RTO]', ['process.rto']],
    ['{{incident.startedAt}}', {}, '[missing: incident start time]', ['incident.startedAt']],
    ['{{contact.it-support.phone}}', context, '[missing: it support phone]', ['contact.it-support.phone']],
    ['{{contact.regulator.email}}', context, '[missing: regulator email]', ['contact.regulator.email']],
    ['{{process.name}} / {{process.name}}', {}, '[missing: process name] / [missing: process name]', ['process.name']],
  ])('%s with missing data shows a marker, never a blank', (template, ctx, expected, missing) => {
    const filled = fillPlaceholders(template, ctx);
    expect(filled).toEqual({ text: expected, missing, unknown: [] });
  });

  it('flags placeholders it does not know', () => {
    expect(fillPlaceholders('Dear {{org.nmae}}, {{contact.lead.fax}} {{}} {{process.name}}', context)).toEqual({
      text: 'Dear [unknown placeholder: org.nmae], [unknown placeholder: contact.lead.fax] [unknown placeholder: ] Online shop',
      missing: [],
      unknown: ['org.nmae', 'contact.lead.fax', ''],
    });
  });

  it('never fills a value back in as a placeholder', () => {
    const filled = fillPlaceholders('{{org.name}}', { org: { name: '{{process.name}} $& $1' } });
    expect(filled.text).toBe('{{process.name}} $& $1');
  });

  it('writes times in the zone asked for', () => {
    expect(fillPlaceholders('{{incident.startedAt}}', { ...context, timeZone: 'Europe/London' }).text).toBe('2025-03-01 14:05 GMT');
    expect(formatTimestamp('2025-07-01T14:05:00.000Z', 'Europe/London')).toBe('2025-07-01 15:05 BST');
    expect(formatTimestamp('not a time')).toBe('not a time');
  });
});

describe('placeholder names', () => {
  it('lists the placeholders of a text once each', () => {
    expect(placeholdersIn('{{org.name}} {{ process.name }} {{org.name}}')).toEqual(['org.name', 'process.name']);
  });

  it.each([
    ['org.name', true],
    ['contact.incident-lead.phone', true],
    ['contact.incident-lead.backupPhone', true],
    ['contact.incident-lead.fax', false],
    ['contact..phone', false],
    ['process.nmae', false],
  ])('%s known: %s', (key, known) => {
    expect(isKnownPlaceholder(key)).toBe(known);
  });

  it('offers contact placeholders for the roles in the plan', () => {
    const offered = availablePlaceholders(['Incident lead', 'incident-lead', '']);
    expect(offered).toContain('contact.incident-lead.phone');
    expect(offered.filter((key) => key.startsWith('contact.'))).toHaveLength(4);
    expect(offered.every(isKnownPlaceholder)).toBe(true);
  });
});
