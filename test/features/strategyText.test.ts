import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGaps, defaultTechnique, gapMessage, type Technique } from '../../renderer/src/domain/strategy';
import { formatDuration, formatMoney, formatStopwatch } from '../../renderer/src/features/strategies/format';
import { describeStrategy, gapSentence } from '../../renderer/src/features/strategies/strategyText';
import { englishT } from './i18nSetup';

let t: TFunction;
beforeAll(async () => {
  t = await englishT();
});

const strategy = (id: string, technique: Technique, activationMinutes = 0) => ({ id, technique, activationMinutes });

describe('durations and money through the catalogue', () => {
  it.each([
    [0, '0 min'], [15, '15 min'], [60, '1 h'], [90, '1 h 30 min'], [1440, '24 h'], [10080, '1 w'], [10141, '1 w 1 h 1 min'], [-20, '-20 min'],
  ])('%i minutes → %s', (minutes, text) => {
    expect(formatDuration(t, minutes)).toBe(text);
  });

  it('formats a stopwatch and money', () => {
    expect(formatStopwatch(0)).toBe('0:00:00');
    expect(formatStopwatch(3_725_999)).toBe('1:02:05');
    expect(formatStopwatch(-5)).toBe('0:00:00');
    expect(formatMoney('en', 12500)).toBe('12,500');
  });
});

describe('gap sentences', () => {
  it("says the seed's example in plain words", () => {
    const nightly = strategy('a', defaultTechnique('backup-full'));
    const { gaps } = checkGaps({ rpoMinutes: 15 }, [nightly]);
    expect(gapSentence(t, gaps[0]!, [nightly])).toBe(
      'Full backups every 24 h give an RPO of 24 h; your target is 15 min: add transaction-log backups every 15 min.',
    );
  });

  it('uses the singular verb for one thing and says when nothing covers a target', () => {
    const replica = strategy('r', { ...defaultTechnique('replication'), failoverMinutes: 30 });
    const check = checkGaps({ rtoMinutes: 20, rpoMinutes: 0 }, [replica]);
    expect(check.gaps.map((gap) => gapSentence(t, gap, [replica]))).toEqual([
      'Asynchronous replication with 1 min lag gives an RTO of 30 min; your target is 20 min: automate the failover, for example with a managed multi-AZ database.',
      'Asynchronous replication with 1 min lag gives an RPO of 1 min; your target is 0 min: add synchronous replication or a multi-AZ standby, the only ways to lose no data.',
    ]);
    const none = checkGaps({ rtoMinutes: 240, rpoMinutes: 60 }, []);
    expect(none.gaps.map((gap) => gapSentence(t, gap, []))).toEqual([
      'Nothing in the plan brings this process back; your RTO target is 4 h: add a strategy that brings the service back: a standby, an alternate site or a manual workaround.',
      'Nothing in the plan keeps a copy of this process’s data; your RPO target is 1 h: add backups every 1 h.',
    ]);
  });

  it('agrees with the domain English sentence wherever the two describe a strategy the same way', () => {
    const cases: [Technique, { rtoMinutes?: number; rpoMinutes?: number }][] = [
      [defaultTechnique('backup-log'), { rpoMinutes: 5 }],
      [{ ...defaultTechnique('dns-failover'), ttlSeconds: 300 }, { rtoMinutes: 10 }],
      [defaultTechnique('multi-az'), { rtoMinutes: 1 }],
    ];
    for (const [technique, targets] of cases) {
      const list = [strategy('x', technique)];
      for (const gap of checkGaps(targets, list).gaps) expect(gapSentence(t, gap, list)).toBe(gapMessage(gap, list));
    }
  });

  it('describes offline copies and DNS failover from their parameters', () => {
    expect(describeStrategy(t, defaultTechnique('offsite-copy')).text).toBe('Offline copies every 1 w');
    expect(describeStrategy(t, { ...defaultTechnique('offsite-copy'), offline: false }).text).toBe('Offsite copies every 1 w');
    expect(describeStrategy(t, defaultTechnique('dns-failover')).text).toBe('DNS failover with a TTL of 60 s');
  });
});
