import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chooseAll, industryTemplateSchema, instantiateTemplate } from '../../renderer/src/domain/industryTemplate';
import { makeContact, type Contact } from '../../renderer/src/domain/contact';
import { defaultCadences } from '../../renderer/src/domain/exercise/cadence';
import { INCIDENT_KIND, incidentSchema, type Incident } from '../../renderer/src/domain/incident/incident';
import { makeObjectives } from '../../renderer/src/domain/objectives';
import { ORGANISATION_KIND, organisationSchema } from '../../renderer/src/domain/organisation';
import { makeProcess } from '../../renderer/src/domain/process';
import type { PlanRecord } from '../../renderer/src/domain/record';
import { RUNBOOK_KIND, runbookSchema, type Runbook } from '../../renderer/src/domain/runbook/runbook';
import { RUNBOOK_TEMPLATES } from '../../renderer/src/domain/runbook/templates/catalogue';
import { runbookFromTemplate } from '../../renderer/src/domain/runbook/templates/instantiate';
import { RECOVERY_STRATEGY_KIND, recoveryStrategySchema } from '../../renderer/src/domain/strategy/recoveryStrategy';
import { makeVendor } from '../../renderer/src/domain/vendor';
import type { FontSources } from '../../renderer/src/print/fonts';
import { print } from '../../renderer/src/i18n/en/print';
import type { PdfStrings } from '../../renderer/src/print/model';

export const NOW = new Date('2025-03-04T09:12:00.000Z');
export const STRINGS: PdfStrings = print.pdf;

/** The bundled TTFs as file paths, for react-pdf under Node. */
export function fontPaths(): FontSources {
  const at = (name: string) => fileURLToPath(new URL(`../../assets/fonts/${name}`, import.meta.url));
  return { regular: at('Roboto-Regular.ttf'), bold: at('Roboto-Bold.ttf'), monoRegular: at('RobotoMono-Regular.ttf'), monoBold: at('RobotoMono-Bold.ttf') };
}

/** Deterministic UUIDs (v4 shape), so the same fixture prints the same. */
export function idMaker(prefix: number): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  };
}

/** A command far longer than a line, without spaces in its longest stretch, with hyphen-prone words. */
export const LONG_COMMAND =
  'psql "postgresql://lifeboat_recovery_operator@db-primary.eu-west-1.internal.example-shop.com:5432/orders?sslmode=verify-full&application_name=lifeboat" '
  + '-c "SELECT pg_is_in_recovery(), pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn(), now() - pg_last_xact_replay_timestamp() AS replication_delay_interval_measured_during_the_recovery_exercise;" '
  + '&& curl -fsS https://status.example-shop.com/api/v2/components/checkout-and-payment-gateway-integration/health?include=dependencies,latency,error_budget_remaining_percentage';

const FIRST = ['Amira', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kemi', 'Liam', 'Maya', 'Noor', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tara'];
const LAST = ['Haddad', 'Okafor', 'Lindqvist', 'Patel', 'Moreau', 'Nakamura', 'Kowalski', 'Silva', 'Brennan', 'Rahman'];

function phone(n: number): string {
  return `+44 7700 9${String(10000 + ((n * 7919) % 89999)).padStart(5, '0')}`;
}

export interface PlanSpec {
  template: 'online-shop' | 'accounting-firm';
  organisation: string;
  /** Fewer than the template's keeps the first ones; more are generated. */
  processes?: number;
  runbooks: number;
  /** Steps per runbook; the templates' own steps when absent. */
  steps?: number;
  contacts: number;
  vendors?: number;
  idPrefix?: number;
}

export interface Plan {
  records: PlanRecord[];
  runbooks: Runbook[];
  contacts: Contact[];
  incident: Incident;
}

const ROLE_CONTACTS = ['Incident lead', 'On-call engineer', 'Communications lead'];

/**
 * A plan built the way the app builds one: an industry template (the seed's online shop or an
 * accounting firm), runbooks from the runbook templates, named contacts with phone numbers,
 * suppliers with contract, SLA, account and support details, and one closed incident.
 */
export function makePlan(spec: PlanSpec): Plan {
  const newId = idMaker(spec.idPrefix ?? 1);
  const at = NOW.toISOString();
  const template = industryTemplateSchema.parse(JSON.parse(readFileSync(new URL(`../../assets/templates/${spec.template}.json`, import.meta.url), 'utf8')));
  const base = instantiateTemplate(template, chooseAll(template), NOW);
  const records: PlanRecord[] = [];
  const organisation = organisationSchema.parse({ id: newId(), kind: ORGANISATION_KIND, updatedAt: at, name: spec.organisation, planOwner: 'Amira Haddad', classification: 'Confidential' });
  records.push(organisation);

  const keep = spec.processes !== undefined && spec.processes < base.processes.length ? new Set(base.processes.slice(0, spec.processes).map((p) => p.id)) : undefined;
  const kept = <T extends { parentId: string }>(list: T[]) => (keep ? list.filter((r) => keep.has(r.parentId)) : list);
  const processes = keep ? base.processes.filter((p) => keep.has(p.id)) : [...base.processes];
  const objectives = kept(base.objectives);
  for (let i = processes.length; i < (spec.processes ?? processes.length); i++) {
    const p = makeProcess({ name: `Back-office process ${i + 1}`, description: 'Generated for size tests.', owner: `${FIRST[i % 20]} ${LAST[i % 10]}` }, NOW);
    processes.push(p);
    objectives.push(makeObjectives({ parentId: p.id, rtoMinutes: 240 * (1 + (i % 6)), rpoMinutes: 60 * (1 + (i % 4)) }, NOW));
  }
  records.push(...processes, ...kept(base.assessments), ...objectives, ...base.assets, ...kept(base.dependencies));

  const contacts: Contact[] = [];
  for (let i = 0; i < spec.contacts; i++) {
    const templateRole = base.contacts[i - ROLE_CONTACTS.length];
    const role = ROLE_CONTACTS[i] ?? templateRole?.role ?? `Staff member ${i + 1}`;
    const name = `${FIRST[i % 20]} ${LAST[Math.floor(i / 2) % 10]}${i >= 200 ? ` ${Math.floor(i / 200) + 1}` : ''}`;
    contacts.push(
      makeContact(
        {
          ...(templateRole ? { id: templateRole.id } : {}),
          name,
          role,
          organisation: i % 9 === 8 ? 'Northwind IT Services Ltd' : '',
          primaryPhone: phone(i * 2 + 1),
          backupPhone: i % 3 === 2 ? '' : phone(i * 2 + 2),
          email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@${spec.template}.example`,
          escalationLevel: 1 + Math.min(9, Math.floor(i / 6)),
          escalateAfterMinutes: 10 + 5 * (i % 4),
        },
        NOW,
      ),
    );
  }
  records.push(...contacts);

  const vendorCount = spec.vendors ?? base.vendors.length;
  for (let i = 0; i < vendorCount; i++) {
    const t = base.vendors[i % base.vendors.length]!;
    records.push(
      makeVendor(
        {
          ...(i < base.vendors.length ? { id: t.id } : {}),
          name: i < base.vendors.length ? t.name : `${t.name} (region ${i})`,
          service: t.service,
          slaSummary: t.slaSummary || '99.9% monthly availability; P1 response within 1 hour.',
          contractReference: `CT-2024-${String(100 + i).padStart(4, '0')}`,
          slaRtoMinutes: 240,
          slaRpoMinutes: 60,
          accountNumbers: [{ label: 'Customer account', value: `ACC-${String(7000 + i * 13)}-${spec.template === 'online-shop' ? 'SHOP' : 'FIRM'}` }],
          supportContacts: [{ label: '24/7 support', phone: `+44 20 7946 ${String(1000 + i).padStart(4, '0')}`, email: `support${i}@vendor.example`, hours: '24/7' }],
        },
        NOW,
      ),
    );
  }

  // Strategies for the first processes, with costs; one leaves a gap.
  processes.slice(0, 3).forEach((p, i) => {
    records.push(
      recoveryStrategySchema.parse({
        id: newId(),
        kind: RECOVERY_STRATEGY_KIND,
        updatedAt: at,
        parentId: p.id,
        name: i === 0 ? 'Postgres Multi-AZ with WAL archiving' : '',
        technique: i === 2 ? { type: 'backup-full' } : { type: 'multi-az' },
        activationMinutes: 10,
        owner: contacts[i]?.name ?? '',
        oneOffCost: 1500 * (i + 1),
        yearlyCost: 1200 * (i + 1),
      }),
    );
  });
  records.push(...defaultCadences([newId(), newId()], at));

  const templates = RUNBOOK_TEMPLATES.filter((t) => t.key !== 'custom');
  const runbooks: Runbook[] = [];
  for (let i = 0; i < spec.runbooks; i++) {
    const t = templates[i % templates.length]!;
    const process = processes[i % processes.length]!;
    const made = runbookFromTemplate(t, { processId: process.id, now: NOW, newId });
    let steps = made.steps.map((s) => ({ ...s }));
    if (spec.steps !== undefined) {
      steps = Array.from({ length: spec.steps }, (_, k) => {
        const from = made.steps[k % made.steps.length]!;
        const { after: _after, ...rest } = from;
        return {
          ...rest,
          id: newId(),
          title: `${from.title} (part ${Math.floor(k / made.steps.length) + 1})`,
          communicationIds: k < made.steps.length ? from.communicationIds : [],
          command: from.command || (k % 3 === 0 ? `systemctl status lifeboat-${k}.service && journalctl -u lifeboat-${k}.service --since "-15 min" | tail -n 50` : ''),
        };
      });
    }
    if (i === 0) {
      steps.splice(2, 0, {
        id: newId(),
        title: 'Check replication state and the public health endpoint',
        role: 'On-call engineer',
        command: LONG_COMMAND,
        expectedMinutes: 3,
        verification: 'pg_is_in_recovery() returns false on the new primary and the health endpoint answers 200.',
        warning: 'Do not run this against the old primary.',
        rollback: '',
        evidence: 'Paste the output into the incident notes.',
        communicationIds: [],
      });
    }
    const escalation = contacts.slice(0, Math.min(4, contacts.length)).map((c, k) => ({ contactId: c.id, ...(k === 0 ? { waitMinutes: 10 } : {}) }));
    runbooks.push(runbookSchema.parse({ ...made, id: newId(), kind: RUNBOOK_KIND, title: `${made.title} (${process.name})`, steps, escalation }));
  }
  records.push(...runbooks);

  const first = runbooks[0]!;
  const minute = (m: number) => new Date(NOW.getTime() - 6 * 3600_000 + m * 60_000).toISOString();
  const incident = incidentSchema.parse({
    id: newId(),
    kind: INCIDENT_KIND,
    updatedAt: at,
    parentId: first.parentId,
    runbookId: first.id,
    title: 'Primary database outage on Saturday',
    startedAt: minute(0),
    detectedAt: minute(7),
    openedAt: minute(9),
    openedBy: 'AH',
    closedAt: minute(52),
    closedBy: 'AH',
    steps: first.steps.map((s) => ({ id: s.id, title: s.title, role: s.role, expectedMinutes: s.expectedMinutes })),
    events: [
      ...first.steps.slice(0, 4).map((s, k) => ({ type: 'step-done', at: minute(10 + k * 5), initials: 'BO', stepId: s.id })),
      { type: 'note', at: minute(31), initials: 'CL', text: 'Replica promoted; DNS TTL confirmed at 60 s.' },
      { type: 'step-skipped', at: minute(33), initials: 'AH', stepId: first.steps[4]!.id, reason: 'Not needed: payments kept working.' },
    ],
  });
  records.push(incident);
  return { records, runbooks, contacts, incident };
}

/** The seed's online shop: its template's processes, 5 runbooks, 12 contacts, 4 suppliers. */
export function onlineShop(): Plan {
  return makePlan({ template: 'online-shop', organisation: 'Harbour Bikes Online Ltd', runbooks: 5, contacts: 12, idPrefix: 1 });
}

/** An accounting firm: 5 runbooks, 10 contacts. */
export function accountingFirm(): Plan {
  return makePlan({ template: 'accounting-firm', organisation: 'Lindqvist & Okafor Chartered Accountants', runbooks: 5, contacts: 10, idPrefix: 2 });
}
