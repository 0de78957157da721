/**
 * What the readiness view needs to know about the plan, as plain counts and states. The feature
 * layer computes these from the records (with the rules of their own modules), so readiness does
 * not depend on the shape of every other schema. "Critical" processes are the ones the BIA
 * ranks in the top five; coverage is asked of those, as the seed advises starting there.
 */
export interface ReadinessFacts {
  bia: {
    processes: number;
    criticalProcesses: number;
    /** Processes with a named owner. */
    withOwner: number;
    /** Processes with MTPD, RTO and RPO all set. */
    withObjectives: number;
  };
  assets: {
    total: number;
    /** Critical processes mapped to at least one asset (a dependency on it). */
    criticalProcessesMapped: number;
  };
  strategies: {
    total: number;
    /** Critical processes with at least one recovery strategy. */
    criticalProcessesCovered: number;
    /** Of those, processes whose achievable RTO and RPO meet the targets. */
    criticalProcessesMeetingTargets: number;
    /** Strategies with a one-off or yearly cost recorded. */
    withCost: number;
  };
  runbooks: {
    total: number;
    criticalProcessesCovered: number;
    withActivationCriteria: number;
    withRoles: number;
    withCommunicationTemplates: number;
    withEscalationContacts: number;
    /** Runbooks for a cybersecurity incident affecting continuity (ransomware, compromise). */
    cyberIncident: number;
    /** Runbooks restoring IT systems or sites (database failure, site, power or internet loss). */
    disasterRecovery: number;
  };
  /** Cybersecurity systems (firewall, identity, endpoint protection, backup, logging) in the inventory. */
  securitySystems: {
    total: number;
    /** Of those, with a recovery strategy or runbook of their own. */
    withContinuity: number;
  };
  /** Counted over exercises completed in the last 12 months. */
  exercises: {
    completed: number;
    liveTests: number;
    /** Scenario, objectives and success criteria recorded. */
    withPlan: number;
    withAttendance: number;
    /** Judged pass or fail against the success criteria. */
    withResults: number;
    withPostMortem: number;
    /** Schedule cadences that are overdue today. */
    scheduleOverdue: number;
  };
  actions: {
    total: number;
    done: number;
    doneWithChangeTicket: number;
    overdue: number;
  };
  signOff: {
    /** checkSignOff's state for the version in force. */
    state: 'not-approved' | 'valid' | 'invalid' | 'changed-since-approval';
    /** A version is waiting for approval. */
    inReview: boolean;
  };
  review: {
    state: 'not-approved' | 'current' | 'due-soon' | 'overdue';
    daysUntilDue?: number;
  };
  auditTrail: {
    events: number;
    /** The last "Verify audit trail" result. */
    verification: 'never' | 'intact' | 'broken';
    firstBrokenSeq?: number;
  };
  offlineCopy: {
    printed: boolean;
    /** The printed kit carries the fingerprint of the version approved now. */
    printedIsCurrent: boolean;
  };
}
