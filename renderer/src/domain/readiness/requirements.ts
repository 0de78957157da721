import type { ReadinessFacts } from './facts';
import { count, type ReadinessRule } from './readinessItem';

/**
 * ECC-2:2024 control 3-1, requirement by requirement. A requirement is `missing` when its
 * foundation is absent and `partial` when something it names is incomplete.
 */
export function requirementRules(f: ReadinessFacts): ReadinessRule[] {
  const { bia, strategies, runbooks, securitySystems, exercises, signOff, review } = f;
  const noIncidentPlans = runbooks.cyberIncident === 0 && runbooks.disasterRecovery === 0 && securitySystems.withContinuity === 0;
  return [
    {
      id: 'ecc-3-1-1',
      group: 'requirement',
      title: '3-1-1 Business continuity cybersecurity requirements identified, documented and approved',
      problems: [
        { when: bia.processes === 0, severity: 'missing', code: 'req311.not-identified', fix: 'bia', reason: 'Requirements are not identified: start with the business impact analysis.' },
        {
          when: bia.withObjectives < bia.processes,
          severity: 'partial',
          code: 'req311.objectives',
          fix: 'bia',
          params: { missing: bia.processes - bia.withObjectives },
          reason: `Recovery objectives are not set for ${count(bia.processes - bia.withObjectives, 'process', 'processes')}.`,
        },
        { when: runbooks.total === 0, severity: 'partial', code: 'req311.not-documented', fix: 'runbooks', reason: 'Requirements are identified but not documented in runbooks.' },
        { when: signOff.state !== 'valid', severity: 'partial', code: 'req311.not-approved', fix: 'governance/sign-off', reason: signOffReason(signOff.state) },
      ],
      met: { code: 'req311.met', fix: 'governance/sign-off', reason: 'Identified in the BIA, documented in runbooks, and approved with verified signatures.' },
    },
    {
      id: 'ecc-3-1-2',
      group: 'requirement',
      title: '3-1-2 Requirements implemented',
      problems: [
        { when: strategies.criticalProcessesCovered === 0, severity: 'missing', code: 'req312.no-strategies', fix: 'strategies', reason: 'No recovery strategy is in place for any critical process.' },
        {
          when: strategies.criticalProcessesCovered < bia.criticalProcesses,
          severity: 'partial',
          code: 'req312.uncovered',
          fix: 'strategies',
          params: { missing: bia.criticalProcesses - strategies.criticalProcessesCovered },
          reason: `No recovery strategy for ${count(bia.criticalProcesses - strategies.criticalProcessesCovered, 'critical process', 'critical processes')}.`,
        },
        {
          when: strategies.criticalProcessesMeetingTargets < strategies.criticalProcessesCovered,
          severity: 'partial',
          code: 'req312.gaps',
          fix: 'strategies',
          params: { missing: strategies.criticalProcessesCovered - strategies.criticalProcessesMeetingTargets },
          reason: `What is in place cannot meet the targets of ${count(strategies.criticalProcessesCovered - strategies.criticalProcessesMeetingTargets, 'critical process', 'critical processes')}.`,
        },
        { when: exercises.completed === 0, severity: 'partial', code: 'req312.untested', fix: 'exercises', reason: 'The plan has not been tested in the last 12 months.' },
        { when: exercises.liveTests === 0, severity: 'partial', code: 'req312.no-live-test', fix: 'exercises/schedule', reason: 'No live recovery test in the last 12 months proves the recovery works.' },
      ],
      met: { code: 'req312.met', fix: 'strategies', reason: 'Strategies meeting the targets are in place and were tested live within the year.' },
    },
    {
      id: 'ecc-3-1-3',
      group: 'requirement',
      title: '3-1-3 Continuity of cybersecurity systems, cyber incident response plans and disaster recovery plans',
      problems: [
        { when: noIncidentPlans, severity: 'missing', code: 'req313.none', fix: 'runbooks', reason: 'There is no cyber incident plan, no disaster recovery plan and no continuity for security systems.' },
        {
          when: securitySystems.total === 0,
          severity: 'partial',
          code: 'req313.no-security-systems',
          fix: 'assets',
          reason: 'No cybersecurity systems (firewall, identity, endpoint protection, backup, logging) are in the asset inventory. Add them, or answer “Is this a cybersecurity system?” on the systems you have.',
        },
        {
          when: securitySystems.withContinuity < securitySystems.total,
          severity: 'partial',
          code: 'req313.security-continuity',
          fix: 'strategies',
          params: { missing: securitySystems.total - securitySystems.withContinuity, total: securitySystems.total },
          reason: `No continuity arrangement for ${securitySystems.total - securitySystems.withContinuity} of ${count(securitySystems.total, 'cybersecurity system', 'cybersecurity systems')}.`,
        },
        { when: runbooks.cyberIncident === 0, severity: 'partial', code: 'req313.no-cyber-plan', fix: 'runbooks', reason: 'No response plan for a cybersecurity incident such as ransomware.' },
        { when: runbooks.disasterRecovery === 0, severity: 'partial', code: 'req313.no-dr-plan', fix: 'runbooks', reason: 'No disaster recovery runbook for restoring systems or a site.' },
      ],
      met: { code: 'req313.met', fix: 'runbooks', reason: 'Security systems have continuity arrangements, and there are cyber incident and disaster recovery runbooks.' },
    },
    {
      id: 'ecc-3-1-4',
      group: 'requirement',
      title: '3-1-4 Requirements reviewed periodically',
      problems: [
        { when: review.state === 'not-approved', severity: 'missing', code: 'req314.never', fix: 'governance/sign-off', reason: 'The plan has never been approved, so no review cycle has started.' },
        { when: review.state === 'overdue', severity: 'missing', code: 'req314.overdue', fix: 'governance/review', reason: 'The annual review is overdue.' },
        {
          when: exercises.scheduleOverdue > 0,
          severity: 'partial',
          code: 'req314.exercises-overdue',
          fix: 'exercises/schedule',
          params: { overdue: exercises.scheduleOverdue },
          reason: `${count(exercises.scheduleOverdue, 'scheduled exercise is', 'scheduled exercises are')} overdue.`,
        },
      ],
      met: { code: 'req314.met', fix: 'governance/review', reason: 'Reviewed within the year, and exercises are on schedule.' },
    },
  ];
}

function signOffReason(state: ReadinessFacts['signOff']['state']): string {
  switch (state) {
    case 'invalid':
      return 'The approval’s signature does not verify.';
    case 'changed-since-approval':
      return 'The plan changed since it was approved.';
    default:
      return 'The plan is not approved by management yet.';
  }
}
