import { Text, View } from '@react-pdf/renderer';
import { Bullets, Checkbox, Facts, Heading, Table } from '../components';
import { COMMAND_COLUMNS, styles } from '../layout';
import type { PdfStrings, RunbookModel, StepModel } from '../model';
import { breakLongTokens, fmt, wrapCommand } from '../text';

/** A step taller than this many lines may continue on the next page rather than overflow it. */
const UNSPLITTABLE_LINES = 45;
const DETAIL_CHARS = 78;

function StepRow({ step, s }: { step: StepModel; s: PdfStrings['runbook'] }) {
  const meta = [step.role, step.expected, step.after].filter(Boolean).join('  ·  ');
  const commandLines = step.command.trim() ? wrapCommand(step.command, COMMAND_COLUMNS) : [];
  const details: Array<[string, string]> = [];
  if (step.verification.trim()) details.push([s.verification, step.verification.trim()]);
  if (step.warning.trim()) details.push([s.warning, step.warning.trim()]);
  if (step.rollback.trim()) details.push([s.rollback, step.rollback.trim()]);
  if (step.evidence.trim()) details.push([s.evidence, step.evidence.trim()]);
  if (step.sends.length > 0) details.push([s.send, step.sends.join('; ')]);
  const detailLines = details.reduce((n, [, text]) => n + Math.ceil(text.length / DETAIL_CHARS), 0);
  const keepTogether = commandLines.length + detailLines + 2 <= UNSPLITTABLE_LINES;
  return (
    // A step never splits from its checkbox: the row is kept whole unless it is taller than a page.
    <View style={styles.step} wrap={!keepTogether}>
      <Checkbox />
      {/* One Text per step (title, blanks, command, details as nested spans): node count is what
          react-pdf's time follows, so the step is as lean as it can be. */}
      <Text style={styles.stepHead}>
        <Text style={styles.bold}>{`${step.number}.  ${step.title}`}</Text>
        {`\n${meta}${meta ? '      ' : ''}${s.blanks}`}
        {commandLines.length > 0 ? <Text style={styles.commandSpan}>{`\n${commandLines.join('\n')}`}</Text> : null}
        {details.map(([label, text], i) => (
          <Text key={i} style={styles.details}>
            <Text style={styles.bold}>{`\n${label}: `}</Text>
            {breakLongTokens(text, DETAIL_CHARS)}
          </Text>
        ))}
      </Text>
    </View>
  );
}

/** The content of one runbook; the caller puts it on a FramedPage (alone, or as a kit section). */
export function runbookContent(runbook: RunbookModel, strings: PdfStrings, title: string) {
  const s = strings.runbook;
  const c = strings.contacts;
  return [
    <Heading key="title" level={1}>{title}</Heading>,
    <Facts
      key="facts"
      facts={[
        [s.process, runbook.processName],
        [s.scenario, runbook.scenario],
        [s.rto, runbook.rto],
        [s.estimate, runbook.estimate],
      ]}
    />,
    <Heading key="activation-h" level={2}>{s.activation}</Heading>,
    <Bullets key="activation" items={runbook.activationCriteria} empty={strings.common.none} />,
    <Heading key="may-h" level={3}>{s.mayActivate}</Heading>,
    <Bullets key="may" items={runbook.mayActivate} empty={strings.common.none} />,
    <Heading key="escalation-h" level={2}>{s.escalation}</Heading>,
    runbook.escalation.length === 0 ? (
      <Text key="escalation" style={styles.para}>{s.escalationNone}</Text>
    ) : (
      <Table
        key="escalation"
        columns={[
          { label: '#', width: 5 },
          { label: c.name, width: 27, bold: true },
          { label: c.primary, width: 18 },
          { label: c.backup, width: 18 },
          { label: c.email, width: 23 },
          { label: c.wait, width: 9 },
        ]}
        rows={runbook.escalation.map((e) => [String(e.order), e.role ? `${e.name}\n${e.role}` : e.name, e.primaryPhone, e.backupPhone, e.email, e.wait])}
      />
    ),
    runbook.roles.length > 0 ? <Heading key="roles-h" level={3}>{s.roles}</Heading> : null,
    runbook.roles.length > 0 ? (
      <Bullets key="roles" items={runbook.roles.map((r) => `${r.role} (${r.raci})${r.duties ? `: ${r.duties}` : ''}`)} />
    ) : null,
    <Heading key="steps-h" level={2} minPresenceAhead={60}>{s.steps}</Heading>,
    <Text key="legend" style={[styles.small, styles.para]}>{s.legend}</Text>,
    ...(runbook.steps.length === 0
      ? [<Text key="no-steps" style={styles.para}>{s.noSteps}</Text>]
      : runbook.steps.map((step) => <StepRow key={`step-${step.number}`} step={step} s={s} />)),
    ...(runbook.communications.length > 0
      ? [
          <Heading key="comms-h" level={2}>{s.communications}</Heading>,
          ...runbook.communications.map((m, i) => (
            <View key={`comm-${i}`} style={styles.quote}>
              <Text style={styles.bold} minPresenceAhead={24}>
                {`${m.title}  ·  ${s.audience} ${m.audience}, ${s.channel} ${m.channel}`}
              </Text>
              {m.subject ? <Text>{`${s.subject}: ${breakLongTokens(m.subject, DETAIL_CHARS)}`}</Text> : null}
              <Text>{breakLongTokens(m.body.trim(), DETAIL_CHARS)}</Text>
            </View>
          )),
        ]
      : []),
    <View key="notes" wrap={false}>
      <Heading level={2}>{s.notes}</Heading>
      {Array.from({ length: 6 }, (_, i) => (
        <View key={i} style={styles.note} />
      ))}
    </View>,
  ];
}

export function runbookTitle(runbook: RunbookModel, strings: PdfStrings): string {
  return fmt(strings.sections.runbook, { title: runbook.title });
}
