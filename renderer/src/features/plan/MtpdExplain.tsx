import { Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { MtpdReason, ProcessMtpd } from '../../domain/bia/mtpd';
import { formatMinutes } from '../../domain/duration';
import { useTranslation } from '../../i18n';

/** "Because financial impact reaches 3 (severe) at 4 h, above your tolerable level 2." */
export function mtpdReasonText(t: TFunction, reason: MtpdReason): string {
  const main = t('plan.mtpd.reason', {
    category: t(`plan.categories.${reason.category}`).toLowerCase(),
    level: reason.level,
    levelName: t(`plan.levels.${reason.level}`).toLowerCase(),
    time: formatMinutes(reason.timePoint),
    tolerable: reason.tolerable,
  });
  if (reason.alsoAbove.length === 0) return main;
  return `${main} ${t('plan.mtpd.alsoAbove', { count: reason.alsoAbove.length, categories: reason.alsoAbove.map((c) => t(`plan.categories.${c}`).toLowerCase()).join(', ') })}`;
}

export function mtpdValueText(t: TFunction, mtpd: ProcessMtpd | undefined): string {
  return mtpd?.minutes === undefined ? t('plan.mtpd.none') : formatMinutes(mtpd.minutes);
}

/** The MTPD in force and why: the suggestion's reason, or the owner's own choice next to the suggestion. */
export function MtpdExplain({ mtpd, overrideReason }: { mtpd: ProcessMtpd | undefined; overrideReason?: string }) {
  const { t } = useTranslation();
  const suggestion = mtpd?.suggestion;
  return (
    <Stack gap={4} className="lb-mtpd" aria-live="polite">
      <Text fw={600}>
        {mtpd?.source === 'override'
          ? t('plan.mtpd.yours', { time: mtpdValueText(t, mtpd) })
          : suggestion
            ? t('plan.mtpd.suggested', { time: formatMinutes(suggestion.minutes) })
            : t('plan.mtpd.noSuggestionTitle')}
      </Text>
      {suggestion ? (
        <Text size="sm">
          {mtpd?.source === 'override' ? `${t('plan.mtpd.suggestionWas', { time: formatMinutes(suggestion.minutes) })} ` : ''}
          {mtpdReasonText(t, suggestion.reason)}
        </Text>
      ) : (
        <Text size="sm">{t('plan.mtpd.noSuggestion')}</Text>
      )}
      {mtpd?.source === 'override' && overrideReason ? <Text size="sm">{t('plan.mtpd.overrideReason', { reason: overrideReason })}</Text> : null}
    </Stack>
  );
}
