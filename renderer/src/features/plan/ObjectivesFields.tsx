import { useState } from 'react';
import { Alert, Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import { OBJECTIVES_KIND, checkObjectives, objectivesSchema } from '../../domain/objectives';
import { formatMinutes } from '../../domain/duration';
import { tierFromRto } from '../../domain/tier';
import { useTranslation } from '../../i18n';
import { useBia, useObjectivesList } from './data';
import { AutoDurationField, AutoTextField } from './fields';
import { fieldId } from './focus';
import { MtpdExplain } from './MtpdExplain';
import { useSaver } from './saver';

function useObjectives(processId: string) {
  return useObjectivesList().find((o) => o.parentId === processId);
}

/** The tier that follows from the RTO, with what it means. */
export function TierBadge({ rtoMinutes }: { rtoMinutes: number | undefined }) {
  const { t } = useTranslation();
  const tier = tierFromRto(rtoMinutes);
  if (!tier) return <Text size="sm">{t('plan.tier.unknown')}</Text>;
  return (
    <Group gap="xs">
      <Badge variant="light" color={tier === 'mission-critical' ? 'red' : tier === 'business-critical' ? 'orange' : 'blue'}>
        {t(`plan.tier.${tier}`)}
      </Badge>
      <Text size="sm">{t(`plan.tierHelp.${tier}`)}</Text>
    </Group>
  );
}

/** RTO, RPO and MBCO of one process, with the rules checked as the owner types and the tier that follows. */
export function ObjectivesFields({ processId }: { processId: string }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const objectives = useObjectives(processId);
  const mtpd = useBia().mtpdByProcess.get(processId);
  const issues = checkObjectives({ rtoMinutes: objectives?.rtoMinutes, rpoMinutes: objectives?.rpoMinutes }, mtpd?.minutes);
  const issue = (code: string) => issues.find((i) => i.code === code);
  const rtoError = issue('rto-not-below-mtpd');
  const save = (patch: Record<string, unknown>) =>
    saver.updateChild(objectivesSchema, OBJECTIVES_KIND, processId, () => ({ ...patch, parentId: processId }));
  return (
    <Stack gap="sm">
      <MtpdExplain mtpd={mtpd} overrideReason={objectives?.mtpdOverrideReason} />
      <AutoDurationField
        id={fieldId('objectives', processId, 'rtoMinutes')}
        label={t('plan.objectives.rto')}
        description={t('plan.objectives.rtoHelp')}
        value={objectives?.rtoMinutes}
        onSave={(v) => save({ rtoMinutes: v })}
        problem={rtoError ? t('plan.objectives.rtoNotBelowMtpd', { rto: formatMinutes(rtoError.params.rtoMinutes ?? 0), mtpd: formatMinutes(rtoError.params.mtpdMinutes ?? 0) }) : undefined}
      />
      {issue('zero-rto') && (
        <Alert color="yellow" variant="light" title={t('plan.objectives.checkTitle')}>
          {t('plan.objectives.zeroRto')}
        </Alert>
      )}
      <TierBadge rtoMinutes={objectives?.rtoMinutes} />
      <AutoDurationField
        id={fieldId('objectives', processId, 'rpoMinutes')}
        label={t('plan.objectives.rpo')}
        description={t('plan.objectives.rpoHelp')}
        value={objectives?.rpoMinutes}
        onSave={(v) => save({ rpoMinutes: v })}
      />
      {issue('zero-rpo') && (
        <Alert color="yellow" variant="light" title={t('plan.objectives.checkTitle')}>
          {t('plan.objectives.zeroRpo')}
        </Alert>
      )}
      <AutoTextField
        id={fieldId('objectives', processId, 'mbco')}
        label={t('plan.objectives.mbco')}
        description={t('plan.objectives.mbcoHelp')}
        value={objectives?.mbco ?? ''}
        multiline
        onSave={(v) => save({ mbco: v })}
      />
    </Stack>
  );
}

/** "I know better": the owner's own MTPD with a reason, kept beside the suggestion rather than replacing it. */
export function MtpdOverride({ processId }: { processId: string }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const objectives = useObjectives(processId);
  const overridden = objectives?.mtpdOverrideMinutes !== undefined;
  const [open, setOpen] = useState(overridden);
  const save = (patch: Record<string, unknown>) =>
    saver.updateChild(objectivesSchema, OBJECTIVES_KIND, processId, () => ({ ...patch, parentId: processId }));
  return (
    <Stack gap="xs">
      <Checkbox
        label={t('plan.mtpd.overrideToggle')}
        checked={open}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          setOpen(on);
          if (!on && overridden) void save({ mtpdOverrideMinutes: undefined, mtpdOverrideReason: '' });
        }}
      />
      {open && (
        <Group align="flex-start" grow>
          <AutoDurationField
            id={fieldId('objectives', processId, 'mtpdOverrideMinutes')}
            label={t('plan.mtpd.overrideLabel')}
            value={objectives?.mtpdOverrideMinutes}
            onSave={(v) => save({ mtpdOverrideMinutes: v === 0 ? undefined : v })}
          />
          <AutoTextField
            label={t('plan.mtpd.overrideReasonLabel')}
            description={t('plan.mtpd.overrideReasonHelp')}
            value={objectives?.mtpdOverrideReason ?? ''}
            maxLength={500}
            onSave={(v) => save({ mtpdOverrideReason: v })}
          />
        </Group>
      )}
    </Stack>
  );
}
