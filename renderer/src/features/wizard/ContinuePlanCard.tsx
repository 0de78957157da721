import { Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n';
import { useTopFive } from '../plan/data';
import { PATHS } from '../plan/paths';
import { PLAN_SCOPE } from '../plan/scope';
import { WIZARD_STEPS } from './progress';
import { useWizardProgress } from './WizardScreen';

/** On the home screen: start the wizard, or continue it at the step where the owner left. */
export function ContinuePlanCard() {
  const { t } = useTranslation();
  const progress = useWizardProgress();
  const ready = useTopFive()?.readyForSignOffAt;
  const step = progress?.step ?? 0;
  const name = WIZARD_STEPS[step] ?? 'business';
  const percent = Math.round(((progress ? Math.max(progress.furthest, step) : 0) / (WIZARD_STEPS.length - 1)) * 100);
  return (
    <Paper withBorder p="md" maw={640} component="section" aria-labelledby="continue-plan-title" className={PLAN_SCOPE}>
      <Stack gap="sm">
        <Title order={2} size="h3" id="continue-plan-title">
          {ready ? t('plan.home.readyTitle') : progress ? t('plan.home.continueTitle') : t('plan.home.startTitle')}
        </Title>
        <Text>
          {ready
            ? t('plan.home.readyText')
            : progress
              ? t('plan.home.continueText', { n: step + 1, total: WIZARD_STEPS.length, title: t(`plan.wizard.steps.${name}.title`) })
              : t('plan.home.startText')}
        </Text>
        {progress && <Progress value={percent} aria-label={t('plan.home.progressLabel', { percent })} />}
        <Group>
          <Button component={Link} to={PATHS.wizard} rightSection={<IconArrowRight size={16} aria-hidden />}>
            {ready ? t('plan.home.review') : progress ? t('plan.home.continue') : t('plan.home.start')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
