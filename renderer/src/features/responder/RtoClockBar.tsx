import { useTranslation } from '../../i18n';
import { instant, rtoClock, type Incident, type RtoClockState } from '../../domain/incident';
import type { ProcessTargets } from '../strategies/planData';
import { formatDuration, formatStopwatch } from '../strategies/format';
import { responderClock, useNow } from './clock';

const STATE_CLASS: Record<RtoClockState, string> = {
  'no-target': 'lb-clock-neutral',
  'on-track': 'lb-clock-ok',
  'at-risk': 'lb-clock-risk',
  'rto-breached': 'lb-clock-breach',
  'mtpd-breached': 'lb-clock-breach',
};

/** Elapsed time since the outage began against the RTO and the MTPD, updated every second. */
export function RtoClockBar({ incident, targets, live = true }: { incident: Pick<Incident, 'startedAt' | 'closedAt'>; targets: ProcessTargets; live?: boolean }) {
  const { t } = useTranslation();
  const ticking = useNow(1000);
  const now = live ? ticking : responderClock.now();
  const clock = rtoClock(incident, targets, now);
  const end = incident.closedAt ? instant(incident.closedAt) : now.getTime();
  const elapsedMs = end - instant(incident.startedAt);
  const remaining = (target: number | undefined, left: number | undefined, name: string) => {
    if (target === undefined || left === undefined) return null;
    const text = left >= 0
      ? t('response.clock.left', { name, target: formatDuration(t, target), left: formatDuration(t, left) })
      : t('response.clock.passed', { name, target: formatDuration(t, target), over: formatDuration(t, -left) });
    return <span className={left >= 0 ? undefined : 'lb-clock-over'}>{text}</span>;
  };
  return (
    <div className={`lb-clock ${STATE_CLASS[clock.state]}`} role="timer" aria-label={t('response.clock.label')}>
      <span className="lb-clock-elapsed">
        <span className="lb-clock-caption">{clock.stopped ? t('response.clock.stoppedAt') : t('response.clock.elapsed')}</span>{' '}
        <strong>{formatStopwatch(elapsedMs)}</strong>
      </span>
      {remaining(targets.rtoMinutes, clock.rtoRemainingMinutes, t('response.dimension.rto'))}
      {remaining(targets.mtpdMinutes, clock.mtpdRemainingMinutes, t('response.dimension.mtpd'))}
      {targets.rtoMinutes === undefined && targets.mtpdMinutes === undefined && <span>{t('response.clock.noTargets')}</span>}
      <span className="lb-sr-only">{t(`response.clock.state.${clock.state}`)}</span>
    </div>
  );
}
