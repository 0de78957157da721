import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from '../../i18n';
import {
  EXERCISE_ENVIRONMENTS,
  EXERCISE_STATUSES,
  EXERCISE_TYPES,
  METRIC_NAMES,
  type Exercise,
  type ExerciseStatus,
  type ExerciseType,
  type MetricName,
  type SuccessCriterion,
} from '../../domain/exercise/exercise';
import type { Process } from '../../domain/process';
import { newRecordId } from '../../domain/record';
import { fromLocalInputValue, toLocalInputValue } from '../governance/format';
import { useToday } from '../governance/hooks';
import { exerciseErrorText, useExerciseUpdate } from './useExerciseUpdate';

type Measure = 'judged' | MetricName;

interface CriterionDraft {
  id: string;
  text: string;
  measure: Measure;
  value: number | string;
  result: SuccessCriterion['result'];
}

function toDraft(c: SuccessCriterion): CriterionDraft {
  return {
    id: c.id,
    text: c.text,
    measure: c.target?.metric ?? 'judged',
    value: c.target?.atMost ?? c.target?.atLeast ?? '',
    result: c.result,
  };
}

/** Times are "at most" so many minutes; the share of workflows validated is "at least" so many percent. */
function fromDraft(d: CriterionDraft): SuccessCriterion | 'no-value' | null {
  if (!d.text.trim()) return null;
  if (d.measure === 'judged') return { id: d.id, text: d.text.trim(), result: d.result };
  const value = typeof d.value === 'number' ? d.value : Number(d.value);
  if (d.value === '' || !Number.isFinite(value) || value < 0) return 'no-value';
  const target = d.measure === 'workflows-validated' ? { metric: d.measure, atLeast: value } : { metric: d.measure, atMost: value };
  return { id: d.id, text: d.text.trim(), target, result: null };
}

/** The exercise plan: what is tested, why, how success is judged, and where it may do harm. */
export function ExercisePlanForm({ exercise, processes }: { exercise: Exercise; processes: Process[] }) {
  const { t } = useTranslation();
  const update = useExerciseUpdate(exercise.id);
  const today = useToday();
  const [title, setTitle] = useState(exercise.title);
  const [type, setType] = useState<ExerciseType>(exercise.type);
  const [status, setStatus] = useState<ExerciseStatus>(exercise.status);
  const [scheduledFor, setScheduledFor] = useState(exercise.scheduledFor ?? '');
  const [heldOn, setHeldOn] = useState(exercise.heldOn ?? '');
  const [scenario, setScenario] = useState(exercise.scenario);
  const [objectives, setObjectives] = useState(exercise.objectives.join('\n'));
  const [criteria, setCriteria] = useState<CriterionDraft[]>(exercise.successCriteria.map(toDraft));
  const [environment, setEnvironment] = useState(exercise.scope.environment);
  const [windowStart, setWindowStart] = useState(toLocalInputValue(exercise.scope.windowStart));
  const [windowEnd, setWindowEnd] = useState(toLocalInputValue(exercise.scope.windowEnd));
  const [processIds, setProcessIds] = useState(exercise.scope.processIds);
  const [scopeNotes, setScopeNotes] = useState(exercise.scope.notes);
  const [workflows, setWorkflows] = useState(exercise.criticalWorkflows);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const built = criteria.map(fromDraft);
    if (built.includes('no-value')) return setError(t('governance.exercise.errors.criterionValue'));
    const successCriteria = built.filter((c): c is SuccessCriterion => c !== null && c !== 'no-value');
    const start = fromLocalInputValue(windowStart);
    const end = fromLocalInputValue(windowEnd);
    setBusy(true);
    setError(null);
    try {
      await update((current) => {
        // A judgement given in the results panel survives an edit of the plan.
        const results = new Map(current.successCriteria.map((c) => [c.id, c.result]));
        const next: Partial<Exercise> = {
          title,
          type,
          status,
          scenario,
          objectives: objectives.split('\n').map((line) => line.trim()).filter(Boolean),
          successCriteria: successCriteria.map((c) => (c.target ? c : { ...c, result: results.get(c.id) ?? c.result })),
          scope: {
            environment,
            processIds,
            notes: scopeNotes,
            ...(start ? { windowStart: start } : {}),
            ...(end ? { windowEnd: end } : {}),
          },
          criticalWorkflows: workflows.filter((w) => w.name.trim()).map((w) => ({ id: w.id, name: w.name.trim() })),
          scheduledFor: scheduledFor || undefined,
          heldOn: heldOn || undefined,
        };
        return next;
      });
      notifications.show({ color: 'green', message: t('governance.exercise.saved'), closeButtonProps: { 'aria-label': t('governance.common.closeMessage') } });
    } catch (e) {
      setError(exerciseErrorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  const setCriterion = (id: string, patch: Partial<CriterionDraft>) => setCriteria((list) => list.map((c) => (c.id === id ? { ...c, ...patch } : c)));

  return (
    <form onSubmit={submit} noValidate aria-labelledby="lb-exercise-plan">
      <Stack>
        <Title order={2} size="h3" id="lb-exercise-plan">{t('governance.exercise.planTitle')}</Title>
        <TextInput label={t('governance.exercise.fieldTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maw={560} />
        <Group align="flex-start">
          <NativeSelect
            label={t('governance.exercise.fieldType')}
            value={type}
            onChange={(e) => setType(e.currentTarget.value as ExerciseType)}
            data={EXERCISE_TYPES.map((value) => ({ value, label: t(`governance.exerciseTypes.${value}`) }))}
          />
          <NativeSelect
            label={t('governance.exercise.fieldStatus')}
            value={status}
            onChange={(e) => {
              const next = e.currentTarget.value as ExerciseStatus;
              setStatus(next);
              if (next === 'completed' && !heldOn) setHeldOn(today);
            }}
            data={EXERCISE_STATUSES.map((value) => ({ value, label: t(`governance.exerciseStatuses.${value}`) }))}
          />
          <TextInput type="date" label={t('governance.exercise.fieldScheduledFor')} value={scheduledFor} onChange={(e) => setScheduledFor(e.currentTarget.value)} />
          <TextInput type="date" label={t('governance.exercise.fieldHeldOn')} description={t('governance.exercise.fieldHeldOnHint')} value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} />
        </Group>
        <Textarea label={t('governance.exercise.fieldScenario')} description={t('governance.exercise.fieldScenarioHint')} value={scenario} onChange={(e) => setScenario(e.currentTarget.value)} autosize minRows={3} maw={720} />
        <Textarea label={t('governance.exercise.fieldObjectives')} description={t('governance.exercise.fieldObjectivesHint')} value={objectives} onChange={(e) => setObjectives(e.currentTarget.value)} autosize minRows={2} maw={720} />

        <fieldset className="lb-plain-fieldset">
          <legend>{t('governance.exercise.criteriaTitle')}</legend>
          <Text size="sm" c="dimmed" mb="xs" maw={720}>{t('governance.exercise.criteriaHint')}</Text>
          <Stack gap="xs">
            {criteria.map((c, i) => (
              <div key={c.id} className="lb-row-grid">
                <TextInput label={t('governance.exercise.criterionText', { n: i + 1 })} value={c.text} onChange={(e) => setCriterion(c.id, { text: e.currentTarget.value })} />
                <NativeSelect
                  label={t('governance.exercise.criterionMeasure', { n: i + 1 })}
                  value={c.measure}
                  onChange={(e) => setCriterion(c.id, { measure: e.currentTarget.value as Measure })}
                  data={[{ value: 'judged', label: t('governance.exercise.measureJudged') }, ...METRIC_NAMES.map((m) => ({ value: m, label: t(`governance.exercise.measure.${m}`) }))]}
                />
                {c.measure === 'judged' ? (
                  <span />
                ) : (
                  <NumberInput
                    label={c.measure === 'workflows-validated' ? t('governance.exercise.criterionAtLeastPercent', { n: i + 1 }) : t('governance.exercise.criterionAtMostMinutes', { n: i + 1 })}
                    value={c.value}
                    onChange={(v) => setCriterion(c.id, { value: v })}
                    min={0}
                    max={c.measure === 'workflows-validated' ? 100 : undefined}
                  />
                )}
                <Button variant="subtle" color="red" onClick={() => setCriteria((list) => list.filter((x) => x.id !== c.id))} aria-label={t('governance.exercise.removeCriterion', { n: i + 1 })}>
                  {t('governance.common.remove')}
                </Button>
              </div>
            ))}
            <Group>
              <Button variant="default" size="xs" onClick={() => setCriteria((list) => [...list, { id: newRecordId(), text: '', measure: 'judged', value: '', result: null }])}>
                {t('governance.exercise.addCriterion')}
              </Button>
            </Group>
          </Stack>
        </fieldset>

        <fieldset className="lb-plain-fieldset">
          <legend>{t('governance.exercise.scopeTitle')}</legend>
          <Stack gap="xs">
            <NativeSelect
              label={t('governance.exercise.fieldEnvironment')}
              description={t('governance.exercise.fieldEnvironmentHint')}
              value={environment}
              onChange={(e) => setEnvironment(e.currentTarget.value as Exercise['scope']['environment'])}
              data={EXERCISE_ENVIRONMENTS.map((value) => ({ value, label: t(`governance.environments.${value}`) }))}
              maw={360}
            />
            {environment === 'service-window' && (
              <Group>
                <TextInput type="datetime-local" label={t('governance.exercise.fieldWindowStart')} value={windowStart} onChange={(e) => setWindowStart(e.currentTarget.value)} required />
                <TextInput type="datetime-local" label={t('governance.exercise.fieldWindowEnd')} value={windowEnd} onChange={(e) => setWindowEnd(e.currentTarget.value)} required />
              </Group>
            )}
            {processes.length > 0 && (
              <Checkbox.Group label={t('governance.exercise.fieldProcesses')} description={t('governance.exercise.fieldProcessesHint')} value={processIds} onChange={setProcessIds}>
                <Group mt="xs">
                  {processes.map((p) => <Checkbox key={p.id} value={p.id} label={p.name} />)}
                </Group>
              </Checkbox.Group>
            )}
            <Textarea label={t('governance.exercise.fieldScopeNotes')} value={scopeNotes} onChange={(e) => setScopeNotes(e.currentTarget.value)} autosize minRows={1} maw={720} />
          </Stack>
        </fieldset>

        <fieldset className="lb-plain-fieldset">
          <legend>{t('governance.exercise.workflowsTitle')}</legend>
          <Text size="sm" c="dimmed" mb="xs" maw={720}>{t('governance.exercise.workflowsHint')}</Text>
          <Stack gap="xs">
            {workflows.map((w, i) => (
              <Group key={w.id} align="flex-end">
                <TextInput
                  label={t('governance.exercise.workflowName', { n: i + 1 })}
                  value={w.name}
                  onChange={(e) => {
                    const name = e.currentTarget.value;
                    setWorkflows((list) => list.map((x) => (x.id === w.id ? { ...x, name } : x)));
                  }}
                />
                <Button variant="subtle" color="red" onClick={() => setWorkflows((list) => list.filter((x) => x.id !== w.id))} aria-label={t('governance.exercise.removeWorkflow', { n: i + 1 })}>
                  {t('governance.common.remove')}
                </Button>
              </Group>
            ))}
            <Group>
              <Button variant="default" size="xs" onClick={() => setWorkflows((list) => [...list, { id: newRecordId(), name: '' }])}>{t('governance.exercise.addWorkflow')}</Button>
            </Group>
          </Stack>
        </fieldset>

        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group><Button type="submit" loading={busy}>{t('governance.exercise.savePlan')}</Button></Group>
      </Stack>
    </form>
  );
}
