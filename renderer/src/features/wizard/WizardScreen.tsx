import { useCallback, useRef, useState } from 'react';
import { Alert, Button, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { checkTopFive, suggestTopFive } from '../../domain/bia/topFiveRules';
import { deriveBia } from '../../domain/bia/derive';
import type { BiaWarning } from '../../domain/bia/warnings';
import { ORGANISATION_KIND } from '../../domain/organisation';
import { PROCESS_KIND } from '../../domain/process';
import { TOP_FIVE_KIND, topFiveSelectionSchema, type TopFiveSelection } from '../../domain/topFive';
import { useTranslation } from '../../i18n';
import { usePlanStore, useSingleton } from '../../store';
import { useBiaPlan } from '../plan/data';
import { fieldId, useFocusTarget } from '../plan/focus';
import { useSaver } from '../plan/saver';
import { fixPath } from '../plan/warnings';
import { LAST_STEP, WIZARD_PROGRESS_KIND, WIZARD_STEPS, wizardProgressSchema, type WizardProgress } from './progress';
import { StepBusiness } from './StepBusiness';
import { StepImpact } from './StepImpact';
import { StepObjectives } from './StepObjectives';
import { StepProcesses } from './StepProcesses';
import { StepReview } from './StepReview';
import { StepTopFive } from './StepTopFive';
import '../plan/plan.css';

export function useWizardProgress(): WizardProgress | undefined {
  return useSingleton(WIZARD_PROGRESS_KIND) as WizardProgress | undefined;
}

/**
 * The guided BIA in six steps. Every field saves itself; the position (step and process) is saved
 * too, so after a reload or a lock the owner lands where they left off.
 */
export function WizardScreen() {
  const { t } = useTranslation();
  const saver = useSaver();
  const store = usePlanStore();
  const navigate = useNavigate();
  const plan = useBiaPlan();
  const progress = useWizardProgress();
  const [step, setStep] = useState(() => progress?.step ?? 0);
  const [furthest, setFurthest] = useState(() => Math.max(progress?.furthest ?? 0, progress?.step ?? 0));
  const [processId, setProcessId] = useState(() => progress?.processId);
  const [focus, setFocus] = useState<string | undefined>(undefined);
  const [blocked, setBlocked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const clearFocus = useCallback(() => setFocus(undefined), []);
  useFocusTarget(focus, clearFocus);

  function persist(next: { step: number; processId?: string }) {
    const reached = Math.max(furthest, next.step);
    setStep(next.step);
    setFurthest(reached);
    if (next.processId !== undefined) setProcessId(next.processId);
    return saver.updateSingleton(wizardProgressSchema, WIZARD_PROGRESS_KIND, (cur) => ({
      step: next.step,
      furthest: Math.max(cur?.furthest ?? 0, reached),
      processId: next.processId ?? cur?.processId,
    }));
  }

  function go(to: number, options: { processId?: string; focus?: string } = {}) {
    setBlocked(null);
    void persist({ step: to, processId: options.processId });
    if (options.focus) setFocus(options.focus);
    else requestAnimationFrame(() => heading.current?.focus());
  }

  /** Why the owner cannot move on yet, checked against the store once pending saves are written. */
  async function reasonToStay(): Promise<string | null> {
    await saver.run(async () => undefined);
    const current = WIZARD_STEPS[step];
    if (current === 'business') {
      const org = store.list(ORGANISATION_KIND)[0];
      if (typeof org?.name !== 'string' || org.name.trim() === '') return t('plan.wizard.business.nameNeeded');
    }
    if (current === 'processes' && store.list(PROCESS_KIND).length === 0) return t('plan.wizard.processes.needOne');
    if (current === 'topFive') {
      const saved = store.list(TOP_FIVE_KIND)[0] as TopFiveSelection | undefined;
      const ranking = deriveBia(plan).ranking;
      const entries = saved?.entries ?? suggestTopFive(ranking);
      if (entries.length === 0) return t('plan.wizard.topFive.needOne');
      const missing = checkTopFive({ entries }, ranking).filter((i) => i.code === 'reason-required');
      if (missing.length > 0) {
        const names = missing.map((i) => plan.processes.find((p) => p.id === i.processId)?.name ?? '').join(', ');
        return t('plan.wizard.topFive.reasonsNeeded', { count: missing.length, names });
      }
      if (!saved) await saver.updateSingleton(topFiveSelectionSchema, TOP_FIVE_KIND, () => ({ entries }));
    }
    return null;
  }

  async function next() {
    setBusy(true);
    try {
      const problem = await reasonToStay();
      if (problem) {
        setBlocked(problem);
        return;
      }
      go(Math.min(step + 1, LAST_STEP));
    } finally {
      setBusy(false);
    }
  }

  const onFix = (w: BiaWarning) => {
    const { fix } = w;
    const inTopFive = plan.topFive?.entries.some((e) => e.processId === fix.processId) ?? false;
    if ((fix.entity === 'process' || fix.entity === 'objectives' || fix.entity === 'dependency') && fix.processId && inTopFive) {
      const target =
        fix.entity === 'dependency' ? fieldId('dependency', fix.recordId, fix.field) : fieldId(fix.entity, fix.processId, fix.field);
      go(WIZARD_STEPS.indexOf('objectives'), { processId: fix.processId, focus: target });
      return;
    }
    const path = fixPath(w);
    void navigate(`${path}${path.includes('?') ? '&' : '?'}back=review`);
  };

  const name = WIZARD_STEPS[step] ?? 'business';
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('plan.wizard.title')}
      </Title>
      <Text>{t('plan.wizard.intro')}</Text>
      <Stepper active={step} onStepClick={(i) => i <= furthest && go(i)} size="sm" wrap>
        {WIZARD_STEPS.map((s, i) => (
          <Stepper.Step key={s} label={t(`plan.wizard.steps.${s}.label`)} description={t(`plan.wizard.steps.${s}.short`)} allowStepSelect={i <= furthest && i !== step} />
        ))}
      </Stepper>
      <section aria-labelledby="wizard-step-heading" className="lb-wizard-step">
        <Stack gap="md">
          <div>
            <Title order={2} size="h3" id="wizard-step-heading" ref={heading} tabIndex={-1}>
              {t('plan.wizard.stepHeading', { n: step + 1, total: WIZARD_STEPS.length, title: t(`plan.wizard.steps.${name}.title`) })}
            </Title>
            <Text mt={4}>{t(`plan.wizard.steps.${name}.intro`)}</Text>
          </div>
          {name === 'business' && <StepBusiness />}
          {name === 'processes' && <StepProcesses />}
          {name === 'impact' && <StepImpact processId={processId} onProcess={(id) => void persist({ step, processId: id })} />}
          {name === 'topFive' && <StepTopFive />}
          {name === 'objectives' && <StepObjectives processId={processId} onProcess={(id) => void persist({ step, processId: id })} />}
          {name === 'review' && <StepReview onFix={onFix} />}
        </Stack>
      </section>
      {blocked && (
        <Alert color="red" role="alert" title={t('plan.wizard.cannotContinue')}>
          {blocked}
        </Alert>
      )}
      <Group justify="space-between" className="lb-wizard-nav">
        <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} disabled={step === 0} onClick={() => go(step - 1)}>
          {t('plan.wizard.back')}
        </Button>
        <Text size="sm">{t('plan.common.autosaveHint')}</Text>
        {step < LAST_STEP ? (
          <Button rightSection={<IconArrowRight size={16} aria-hidden />} loading={busy} onClick={() => void next()}>
            {t('plan.wizard.next')}
          </Button>
        ) : (
          <Button variant="default" onClick={() => void navigate('/')}>
            {t('plan.wizard.toHome')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
