import type { ReadinessFacts } from '../../renderer/src/domain/readiness/facts';

/** Facts of a plan with nothing in it yet. */
export function emptyFacts(): ReadinessFacts {
  return {
    bia: { processes: 0, criticalProcesses: 0, withOwner: 0, withObjectives: 0 },
    assets: { total: 0, criticalProcessesMapped: 0 },
    strategies: { total: 0, criticalProcessesCovered: 0, criticalProcessesMeetingTargets: 0, withCost: 0 },
    runbooks: { total: 0, criticalProcessesCovered: 0, withActivationCriteria: 0, withRoles: 0, withCommunicationTemplates: 0, withEscalationContacts: 0, cyberIncident: 0, disasterRecovery: 0 },
    securitySystems: { total: 0, withContinuity: 0 },
    exercises: { completed: 0, liveTests: 0, withPlan: 0, withAttendance: 0, withResults: 0, withPostMortem: 0, scheduleOverdue: 0 },
    actions: { total: 0, done: 0, doneWithChangeTicket: 0, overdue: 0 },
    signOff: { state: 'not-approved', inReview: false },
    review: { state: 'not-approved' },
    auditTrail: { events: 0, verification: 'never' },
    offlineCopy: { printed: false, printedIsCurrent: false },
  };
}
