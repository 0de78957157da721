import { formatMinutes } from '../duration';
import { checkDurationAgainstRto } from './rtoCheck';
import type { Runbook } from './runbook';
import { scenarioLabel } from './scenario';
import { scheduleSteps } from './schedule';
import type { Step } from './step';

export interface MarkdownContact {
  id: string;
  name: string;
  role?: string;
  primaryPhone?: string;
  backupPhone?: string;
  email?: string;
  escalateAfterMinutes?: number;
}

export interface MarkdownContext {
  processName: string;
  orgName?: string;
  rtoMinutes?: number;
  /** The contacts the escalation list points at; others are ignored. */
  contacts?: readonly MarkdownContact[];
}

/**
 * The runbook as one Markdown file for a Git repository. Same input, same bytes: no export date,
 * no updatedAt (a save without a change would otherwise show as a diff), "\n" line endings.
 * Placeholders stay as written, because they are filled at incident time, not at export.
 */
export function runbookToMarkdown(runbook: Runbook, context: MarkdownContext): string {
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push(`## ${title}`, '', ...lines, '');
  };

  out.push(`# ${line(runbook.title)}`, '');
  if (context.orgName) out.push(`- Organisation: ${line(context.orgName)}`);
  out.push(`- Process: ${line(context.processName)}`);
  const scenario = runbook.scenario === 'custom' && runbook.scenarioName ? runbook.scenarioName : scenarioLabel(runbook.scenario);
  out.push(`- Scenario: ${line(scenario)}`);
  out.push(`- Runbook id: ${runbook.id}`);
  out.push(...durationLines(runbook, context.rtoMinutes), '');

  section('Activation criteria', runbook.activationCriteria.map((c) => `- ${line(c)}`));
  section('Who may activate', runbook.mayActivate.map((r) => `- ${line(r)}`));
  section('Roles and responsibilities', runbook.roles.map((r) => `- **${line(r.role)}** (${r.raci})${r.duties ? `: ${line(r.duties)}` : ''}`));
  section('Escalation contacts', runbook.escalation.map((ref, index) => {
    const contact = context.contacts?.find((c) => c.id === ref.contactId);
    if (!contact) return `${index + 1}. [missing: contact no longer in the plan]`;
    const details = [contact.primaryPhone, contact.backupPhone && `backup ${contact.backupPhone}`, contact.email]
      .filter((detail): detail is string => Boolean(detail))
      .map(line);
    const wait = ref.waitMinutes ?? contact.escalateAfterMinutes;
    const role = contact.role ? ` (${line(contact.role)})` : '';
    return `${index + 1}. ${line(contact.name)}${role}${details.length ? `: ${details.join(', ')}` : ''}`
      + (wait === undefined ? '' : `; escalate after ${formatMinutes(wait)}`);
  }));

  if (runbook.steps.length > 0) {
    out.push('## Steps', '');
    runbook.steps.forEach((step, index) => out.push(...stepLines(runbook, step, index)));
  }

  section('Communication templates', runbook.communications.flatMap((c) => [
    `### ${line(c.title)}`,
    '',
    `- Audience: ${c.audience}`,
    `- Channel: ${c.channel}`,
    ...(c.subject ? [`- Subject: ${line(c.subject)}`] : []),
    '',
    ...fenced(c.body, 'text'),
    '',
  ]));

  while (out.at(-1) === '') out.pop();
  return `${out.join('\n')}\n`;
}

function durationLines(runbook: Runbook, rtoMinutes: number | undefined): string[] {
  try {
    const schedule = scheduleSteps(runbook.steps);
    const lines = [`- Estimated duration: ${formatMinutes(schedule.criticalPathMinutes)} with steps in parallel, `
      + `${formatMinutes(schedule.totalMinutes)} one after another`];
    if (rtoMinutes === undefined) return [...lines, '- RTO: not set'];
    const check = checkDurationAgainstRto(schedule, rtoMinutes);
    const verdict = check.verdict === 'over'
      ? `OVER by ${formatMinutes(-(check.marginMinutes ?? 0))}`
      : check.verdict === 'over-if-sequential' ? 'met only with steps in parallel' : 'within';
    lines.push(`- RTO: ${formatMinutes(rtoMinutes)}, ${verdict}`);
    return lines;
  } catch (error) {
    return [`- Estimated duration: cannot be worked out. ${error instanceof Error ? line(error.message) : ''}`.trimEnd()];
  }
}

function stepLines(runbook: Runbook, step: Step, index: number): string[] {
  const number = (id: string) => runbook.steps.findIndex((s) => s.id === id) + 1;
  const lines = [`### ${index + 1}. ${line(step.title)}`, ''];
  if (step.role) lines.push(`- Role: ${line(step.role)}`);
  lines.push(`- Expected: ${formatMinutes(step.expectedMinutes)}`);
  if (step.after) {
    lines.push(step.after.length === 0 ? '- Starts: at once' : `- Starts after: ${step.after.map((id) => `step ${number(id)}`).join(', ')}`);
  }
  const messages = step.communicationIds
    .map((id) => runbook.communications.find((c) => c.id === id)?.title)
    .filter((title): title is string => title !== undefined);
  if (messages.length > 0) lines.push(`- Send: ${messages.map(line).join('; ')}`);
  lines.push('');
  if (step.command) lines.push('Command:', '', ...fenced(step.command, 'sh'), '');
  for (const [label, text] of [['Verification', step.verification], ['Warning', step.warning], ['Rollback', step.rollback], ['Evidence', step.evidence]] as const) {
    if (text.trim()) lines.push(`**${label}:** ${text.trim()}`, '');
  }
  return lines;
}

/** Single-line fields must not break the list or heading they sit in. */
function line(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** A code fence longer than any backtick run inside, so commands are copied exactly as written. */
function fenced(text: string, language: string): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${language}`, ...text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n'), fence];
}
