import { formatMinutes } from '../duration';
import { slug } from './slug';
import { formatTimestamp } from './timestamp';

/**
 * What placeholders can be filled from. Deliberately narrow and independent of the Process and
 * Contact records: the feature layer maps plan data onto it.
 */
export interface PlaceholderContext {
  org?: { name?: string };
  process?: { name?: string; owner?: string; deputy?: string; rtoMinutes?: number; rpoMinutes?: number; mtpdMinutes?: number };
  /** Where the service lives, for command text ("curl -fsS {{service.url}}/health"). */
  service?: { url?: string; bastionHost?: string };
  runbook?: { title?: string };
  incident?: { startedAt?: string; detectedAt?: string };
  /** In escalation order: when two people share a role, the first is used. */
  contacts?: readonly PlaceholderContact[];
  /** IANA time zone for times in messages; UTC when absent. */
  timeZone?: string;
}

/** Field names as on the Contact record, so contacts can be passed as they are. */
export interface PlaceholderContact {
  role: string;
  name?: string;
  primaryPhone?: string;
  backupPhone?: string;
  email?: string;
}

export interface FilledText {
  text: string;
  /** Known placeholders without a value, in order of first appearance. */
  missing: string[];
  /** Placeholders that name nothing we know (usually a typo), in order of first appearance. */
  unknown: string[];
}

interface Field {
  label: string;
  value: (context: PlaceholderContext) => string | undefined;
}

const minutes = (value: number | undefined) => (value === undefined ? undefined : formatMinutes(value));
const time = (value: string | undefined, context: PlaceholderContext) =>
  value === undefined ? undefined : formatTimestamp(value, context.timeZone);

const FIELDS: Record<string, Field> = {
  'org.name': { label: 'organisation name', value: (c) => c.org?.name },
  'process.name': { label: 'process name', value: (c) => c.process?.name },
  'process.owner': { label: 'process owner', value: (c) => c.process?.owner },
  'process.deputy': { label: 'process deputy', value: (c) => c.process?.deputy },
  'process.rto': { label: 'process RTO', value: (c) => minutes(c.process?.rtoMinutes) },
  'process.rpo': { label: 'process RPO', value: (c) => minutes(c.process?.rpoMinutes) },
  'process.mtpd': { label: 'process MTPD', value: (c) => minutes(c.process?.mtpdMinutes) },
  'service.url': { label: 'service URL', value: (c) => c.service?.url },
  'service.bastionHost': { label: 'bastion host', value: (c) => c.service?.bastionHost },
  'runbook.title': { label: 'runbook title', value: (c) => c.runbook?.title },
  'incident.startedAt': { label: 'incident start time', value: (c) => time(c.incident?.startedAt, c) },
  'incident.detectedAt': { label: 'incident detection time', value: (c) => time(c.incident?.detectedAt, c) },
};

const CONTACT_FIELDS: Record<string, { label: string; value: (contact: PlaceholderContact) => string | undefined }> = {
  name: { label: 'name', value: (c) => c.name },
  phone: { label: 'phone', value: (c) => c.primaryPhone },
  backupPhone: { label: 'backup phone', value: (c) => c.backupPhone },
  email: { label: 'email', value: (c) => c.email },
};

/** `{{contact.<role>.<field>}}`, the role written as in the plan or as its slug ("incident-lead"). */
const CONTACT_KEY = /^contact\.([^.]+)\.([A-Za-z]+)$/;
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

function resolve(key: string, context: PlaceholderContext): { label: string; value: string | undefined } | undefined {
  const field = FIELDS[key];
  if (field) return { label: field.label, value: field.value(context) };
  const match = CONTACT_KEY.exec(key);
  const contactField = match ? CONTACT_FIELDS[match[2]!] : undefined;
  if (!match || !contactField) return undefined;
  const role = slug(match[1]!);
  if (role === '') return undefined;
  const contact = context.contacts?.find((c) => slug(c.role) === role);
  return { label: `${role.replace(/-/g, ' ')} ${contactField.label}`, value: contact && contactField.value(contact) };
}

export function isKnownPlaceholder(key: string): boolean {
  return resolve(key, {}) !== undefined;
}

/** The keys of every placeholder in a text, once each, in order. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * Fills `{{placeholders}}`. A value that is absent or blank shows as "[missing: process owner]"
 * and an unknown placeholder as "[unknown placeholder: org.nmae]": under stress a visible gap is
 * safer than a blank that reads as a finished sentence.
 */
export function fillPlaceholders(text: string, context: PlaceholderContext): FilledText {
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (_whole, key: string) => {
    const resolved = resolve(key, context);
    if (!resolved) {
      unknown.add(key);
      return `[unknown placeholder: ${key}]`;
    }
    const value = resolved.value?.trim();
    if (!value) {
      missing.add(key);
      return `[missing: ${resolved.label}]`;
    }
    return value;
  });
  return { text: filled, missing: [...missing], unknown: [...unknown] };
}

/** The placeholder names an editor can offer, for a plan with these contact roles. */
export function availablePlaceholders(contactRoles: readonly string[] = []): string[] {
  const roles = [...new Set(contactRoles.map((role) => slug(role)).filter((role) => role !== ''))];
  return [...Object.keys(FIELDS), ...roles.flatMap((role) => Object.keys(CONTACT_FIELDS).map((field) => `contact.${role}.${field}`))];
}
