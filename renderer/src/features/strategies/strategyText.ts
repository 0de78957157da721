import type { TFunction } from 'i18next';
import type { Gap, StrategyLike, Suggestion, StrategyType, Technique } from '../../domain/strategy';
import { formatDuration } from './format';

export function strategyTypeLabel(t: TFunction, type: StrategyType): string {
  return t(`response.strategyTypes.${type}.label`);
}

export function strategyTypeDescription(t: TFunction, type: StrategyType): string {
  return t(`response.strategyTypes.${type}.description`);
}

export function parameterLabel(t: TFunction, type: StrategyType, key: string): string {
  return t(`response.strategyTypes.${type}.params.${key}`);
}

export interface Phrase {
  text: string;
  /** For the verb that follows ("Full backups … give", "Multi-AZ failover gives"). */
  plural: boolean;
}

/** How a sentence names a strategy, from its parameters: "Full backups every 24 h". */
export function describeStrategy(t: TFunction, technique: Technique): Phrase {
  const d = (minutes: number) => formatDuration(t, minutes);
  const key = (name: string) => `response.describe.${name}`;
  switch (technique.type) {
    case 'backup-full':
    case 'backup-incremental':
    case 'backup-log':
    case 'snapshot':
      return { text: t(key(technique.type), { interval: d(technique.intervalMinutes) }), plural: true };
    case 'offsite-copy':
      return { text: t(key(technique.offline ? 'offline-copy' : 'offsite-copy'), { interval: d(technique.intervalMinutes) }), plural: true };
    case 'replication':
      return { text: technique.mode === 'sync' ? t(key('replication-sync')) : t(key('replication-async'), { lag: d(technique.lagMinutes) }), plural: false };
    case 'dns-failover':
      return { text: t(key('dns-failover'), { ttl: technique.ttlSeconds }), plural: false };
    default:
      return { text: t(key(technique.type)), plural: false };
  }
}

export function suggestionText(t: TFunction, suggestion: Suggestion): string {
  const minutes = suggestion.minutes === undefined ? '' : formatDuration(t, suggestion.minutes);
  return t(`response.suggestion.${suggestion.key}`, { minutes });
}

/**
 * The gap in plain words: "Full backups every 24 h give an RPO of 24 h; your target is 15 min:
 * add transaction-log backups every 15 min."
 */
export function gapSentence(t: TFunction, gap: Gap, strategies: readonly StrategyLike[]): string {
  const dimension = t(`response.dimension.${gap.dimension}`);
  const target = formatDuration(t, gap.targetMinutes);
  const fix = suggestionText(t, gap.suggestion);
  const technique = strategies.find((s) => s.id === gap.strategyId)?.technique;
  if (!technique || gap.achievableMinutes === undefined) {
    return t(`response.gap.none-${gap.dimension}`, { dimension, target, fix });
  }
  const subject = describeStrategy(t, technique);
  return t('response.gap.with', {
    count: subject.plural ? 2 : 1,
    subject: subject.text,
    dimension,
    achievable: formatDuration(t, gap.achievableMinutes),
    target,
    fix,
  });
}
