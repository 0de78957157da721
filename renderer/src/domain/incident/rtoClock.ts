import { instant, minutesBetween } from './elapsed';
import type { Incident } from './incident';

export interface IncidentTargets {
  rtoMinutes?: number;
  mtpdMinutes?: number;
}

export type RtoClockState = 'no-target' | 'on-track' | 'at-risk' | 'rto-breached' | 'mtpd-breached';

export interface RtoClock {
  state: RtoClockState;
  elapsedMinutes: number;
  /** Negative once passed. Absent when that target is not set. */
  rtoRemainingMinutes?: number;
  mtpdRemainingMinutes?: number;
  /** True once the incident is closed: the clock shows the final time. */
  stopped: boolean;
}

/** Past this share of the RTO the clock warns, while there is still time to escalate. */
export const AT_RISK_SHARE = 0.75;

/**
 * Elapsed time since the outage began against RTO and MTPD. Breaches compare exact
 * milliseconds: restored at exactly the RTO is on time, one second later is not.
 */
export function rtoClock(incident: Pick<Incident, 'startedAt' | 'closedAt'>, targets: IncidentTargets, now: Date): RtoClock {
  const end = incident.closedAt ?? now;
  const elapsedMs = Math.max(0, instant(end) - instant(incident.startedAt));
  const elapsedMinutes = Math.max(0, minutesBetween(incident.startedAt, end));
  const clock: RtoClock = { state: 'no-target', elapsedMinutes, stopped: incident.closedAt !== undefined };
  const { rtoMinutes, mtpdMinutes } = targets;
  if (rtoMinutes !== undefined) clock.rtoRemainingMinutes = rtoMinutes - elapsedMinutes;
  if (mtpdMinutes !== undefined) clock.mtpdRemainingMinutes = mtpdMinutes - elapsedMinutes;

  const over = (minutes: number | undefined, share = 1) => minutes !== undefined && elapsedMs > minutes * share * 60_000;
  // Without an RTO the MTPD is the only deadline, so it is the one to warn about.
  const warnAgainst = rtoMinutes ?? mtpdMinutes;
  if (over(mtpdMinutes)) clock.state = 'mtpd-breached';
  else if (over(rtoMinutes)) clock.state = 'rto-breached';
  else if (over(warnAgainst, AT_RISK_SHARE)) clock.state = 'at-risk';
  else if (warnAgainst !== undefined) clock.state = 'on-track';
  return clock;
}
