import { useEffect, useState, type DragEvent } from 'react';
import { ActionIcon, Badge, Button, Checkbox, Group, NativeSelect, NumberInput, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconTrash } from '@tabler/icons-react';
import { useTranslation } from '../../i18n';
import { fillPlaceholders, type CommunicationTemplate, type PlaceholderContext, type Step } from '../../domain/runbook';
import { formatDuration } from '../strategies/format';
import { CopyTextButton } from './CopyTextButton';
import { startModeOf, withStartMode, type StartMode } from './draft';

export interface StepsEditorProps {
  steps: readonly Step[];
  communications: readonly CommunicationTemplate[];
  criticalPath: ReadonlySet<string>;
  roleSuggestions: readonly string[];
  /** For showing commands with their placeholders filled. */
  preview: PlaceholderContext;
  onMove: (from: number, to: number) => void;
  onChange: (stepId: string, patch: Partial<Omit<Step, 'id'>>) => void;
  onReplace: (step: Step) => void;
  onRemove: (stepId: string) => void;
  onAdd: () => string;
}

/** Numbered steps, reordered with the move buttons (keyboard) or by dragging the handle. */
export function StepsEditor({ steps, communications, criticalPath, roleSuggestions, preview, onMove, onChange, onReplace, onRemove, onAdd }: StepsEditorProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: string; which: 'up' | 'down' } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // Moving a list item moves its DOM node, which drops focus; put it back on the same button.
  useEffect(() => {
    if (!focusRequest) return;
    const button = document.getElementById(`lb-step-${focusRequest.id}-${focusRequest.which}`) as HTMLButtonElement | null;
    const other = document.getElementById(`lb-step-${focusRequest.id}-${focusRequest.which === 'up' ? 'down' : 'up'}`) as HTMLButtonElement | null;
    (button && !button.disabled ? button : other)?.focus();
    setFocusRequest(null);
  }, [focusRequest, steps]);

  function move(from: number, to: number, which?: 'up' | 'down') {
    const step = steps[from];
    if (!step || to < 0 || to >= steps.length) return;
    onMove(from, to);
    setAnnouncement(t('response.editor.moved', { title: step.title, n: to + 1 }));
    if (which) setFocusRequest({ id: step.id, which });
  }

  const toggle = (id: string) => setOpen((current) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  const drop = (event: DragEvent, index: number) => {
    event.preventDefault();
    const from = Number(event.dataTransfer.getData('text/plain'));
    if (Number.isInteger(from)) move(from, index);
    setDragFrom(null);
    setDropAt(null);
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">{t('response.editor.stepsHint')}</Text>
      <datalist id="lb-role-suggestions">{roleSuggestions.map((r) => <option key={r} value={r} />)}</datalist>
      <ol className="lb-step-list" aria-label={t('response.editor.stepsLabel')}>
        {steps.map((step, index) => {
          const n = index + 1;
          const expanded = open.has(step.id);
          const mode = startModeOf(step);
          const command = step.command ? fillPlaceholders(step.command, preview).text : '';
          const classes = ['lb-step-item', dragFrom === index ? 'lb-dragging' : '', dropAt === index && dragFrom !== index ? 'lb-drop-target' : ''].join(' ');
          return (
            <li
              key={step.id}
              className={classes}
              onDragOver={(e) => { if (dragFrom !== null) { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; setDropAt(index); } }}
              onDragLeave={() => setDropAt((current) => (current === index ? null : current))}
              onDrop={(e) => drop(e, index)}
            >
              <Paper withBorder p="sm">
                <Group justify="space-between" wrap="nowrap" align="start">
                  <Group gap="xs" wrap="nowrap" align="start" className="lb-grow">
                    <span
                      className="lb-drag-handle"
                      draggable
                      data-testid={`drag-step-${n}`}
                      title={t('response.editor.dragHint')}
                      aria-hidden
                      onDragStart={(e) => { e.dataTransfer.setData('text/plain', String(index)); e.dataTransfer.effectAllowed = 'move'; setDragFrom(index); }}
                      onDragEnd={() => { setDragFrom(null); setDropAt(null); }}
                    >
                      <IconGripVertical size={18} />
                    </span>
                    <div className="lb-grow">
                      <Text fw={700}>{t('response.editor.stepHeading', { n, title: step.title || t('response.editor.untitled') })}</Text>
                      <Group gap={6} mt={4}>
                        {step.role && <Badge variant="light" color="gray">{step.role}</Badge>}
                        <Badge variant="light" color="blue">{formatDuration(t, step.expectedMinutes)}</Badge>
                        {criticalPath.has(step.id) && <Badge variant="light" color="grape">{t('response.editor.onCriticalPath')}</Badge>}
                        {mode === 'at-once' && <Badge variant="light" color="teal">{t('response.editor.startsAtOnce')}</Badge>}
                        {mode === 'after-steps' && (
                          <Badge variant="light" color="teal">
                            {t('response.editor.startsAfter', { steps: (step.after ?? []).map((id) => steps.findIndex((s) => s.id === id) + 1).join(', ') })}
                          </Badge>
                        )}
                      </Group>
                    </div>
                  </Group>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon id={`lb-step-${step.id}-up`} variant="default" size="lg" disabled={index === 0} onClick={() => move(index, index - 1, 'up')}
                      aria-label={t('response.editor.moveUp', { n })}><IconArrowUp size={18} aria-hidden /></ActionIcon>
                    <ActionIcon id={`lb-step-${step.id}-down`} variant="default" size="lg" disabled={index === steps.length - 1} onClick={() => move(index, index + 1, 'down')}
                      aria-label={t('response.editor.moveDown', { n })}><IconArrowDown size={18} aria-hidden /></ActionIcon>
                    <Button size="xs" variant={expanded ? 'filled' : 'default'} onClick={() => toggle(step.id)} aria-expanded={expanded}
                      aria-label={expanded ? t('response.editor.closeStep', { n }) : t('response.editor.editStep', { n })}>
                      {expanded ? t('response.editor.done') : t('response.common.edit')}
                    </Button>
                    <ActionIcon variant="subtle" color="red" size="lg" onClick={() => onRemove(step.id)}
                      aria-label={t('response.editor.removeStep', { n })}><IconTrash size={18} aria-hidden /></ActionIcon>
                  </Group>
                </Group>
                {!expanded && command && (
                  <div className="lb-command-row">
                    <pre className="lb-command">{command}</pre>
                    <CopyTextButton text={command} label={t('response.editor.copyCommand', { n })} />
                  </div>
                )}
                {expanded && (
                  <StepFields step={step} n={n} steps={steps} communications={communications} onChange={(patch) => onChange(step.id, patch)}
                    onStartMode={(m) => onReplace(withStartMode(step, m, steps[index - 1]?.id))} />
                )}
              </Paper>
            </li>
          );
        })}
      </ol>
      <p className="lb-sr-only" role="status">{announcement}</p>
      <Group>
        <Button variant="default" onClick={() => { const id = onAdd(); setOpen((c) => new Set(c).add(id)); }}>{t('response.editor.addStep')}</Button>
      </Group>
    </Stack>
  );
}

interface StepFieldsProps {
  step: Step;
  n: number;
  steps: readonly Step[];
  communications: readonly CommunicationTemplate[];
  onChange: (patch: Partial<Omit<Step, 'id'>>) => void;
  onStartMode: (mode: StartMode) => void;
}

function StepFields({ step, n, steps, communications, onChange, onStartMode }: StepFieldsProps) {
  const { t } = useTranslation();
  const mode = startModeOf(step);
  const others = steps.filter((s) => s.id !== step.id);
  return (
    <fieldset className="lb-step-fields">
      <legend>{t('response.editor.stepN', { n })}</legend>
      <Stack gap="xs">
        <div className="lb-form-grid">
          <TextInput label={t('response.editor.stepTitle')} required value={step.title} onChange={(e) => onChange({ title: e.currentTarget.value })} />
          <TextInput label={t('response.editor.stepRole')} list="lb-role-suggestions" value={step.role} onChange={(e) => onChange({ role: e.currentTarget.value })} />
          <NumberInput label={t('response.editor.stepMinutes')} min={0} allowDecimal={false} value={step.expectedMinutes}
            onChange={(v) => onChange({ expectedMinutes: typeof v === 'number' ? v : 0 })} />
        </div>
        <Textarea label={t('response.editor.stepCommand')} description={t('response.editor.stepCommandHint', { example: '{{service.url}}' })} autosize minRows={1} classNames={{ input: 'lb-mono' }}
          spellCheck={false} value={step.command} onChange={(e) => onChange({ command: e.currentTarget.value })} />
        <Textarea label={t('response.editor.stepVerification')} autosize minRows={1} value={step.verification} onChange={(e) => onChange({ verification: e.currentTarget.value })} />
        <div className="lb-form-grid">
          <Textarea label={t('response.editor.stepWarning')} autosize minRows={1} value={step.warning} onChange={(e) => onChange({ warning: e.currentTarget.value })} />
          <Textarea label={t('response.editor.stepRollback')} autosize minRows={1} value={step.rollback} onChange={(e) => onChange({ rollback: e.currentTarget.value })} />
        </div>
        <Textarea label={t('response.editor.stepEvidence')} autosize minRows={1} value={step.evidence} onChange={(e) => onChange({ evidence: e.currentTarget.value })} />
        <NativeSelect label={t('response.editor.stepStarts')} value={mode}
          data={[
            { value: 'previous', label: t('response.editor.startPrevious') },
            { value: 'at-once', label: t('response.editor.startAtOnce') },
            { value: 'after-steps', label: t('response.editor.startAfterSteps') },
          ]}
          onChange={(e) => onStartMode(e.currentTarget.value as StartMode)} />
        {mode === 'after-steps' && (
          <Checkbox.Group label={t('response.editor.waitsFor')} value={step.after ?? []} onChange={(ids) => onChange({ after: ids })}>
            <Stack gap={4} mt={4}>
              {others.map((other) => (
                <Checkbox key={other.id} value={other.id} label={t('response.editor.stepHeading', { n: steps.indexOf(other) + 1, title: other.title })} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {communications.length > 0 && (
          <Checkbox.Group label={t('response.editor.stepMessages')} value={step.communicationIds} onChange={(ids) => onChange({ communicationIds: ids })}>
            <Stack gap={4} mt={4}>
              {communications.map((c) => <Checkbox key={c.id} value={c.id} label={c.title} />)}
            </Stack>
          </Checkbox.Group>
        )}
      </Stack>
    </fieldset>
  );
}
