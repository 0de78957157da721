import type { ReadinessRoute } from '../../domain/readiness/readinessItem';

/** Where the governance screens live (issue 6). */
export const GOVERNANCE_PATHS = {
  exercises: '/exercises',
  actions: '/actions',
  signOff: '/governance',
  audit: '/audit',
  readiness: '/readiness',
} as const;

export function exercisePath(id: string): string {
  return `${GOVERNANCE_PATHS.exercises}/${id}`;
}

/** Section anchors the "fix it" links jump to. */
export const SECTION_IDS = {
  schedule: 'lb-exercise-schedule',
  review: 'lb-annual-review',
} as const;

/**
 * Where each readiness "fix it" key leads. Screens of other areas are addressed by their
 * paths as they are registered in the app's routes.
 */
export const READINESS_PATHS: Record<ReadinessRoute, string> = {
  bia: '/plan/processes',
  assets: '/plan/assets',
  strategies: '/strategies',
  runbooks: '/runbooks',
  exercises: GOVERNANCE_PATHS.exercises,
  'exercises/schedule': `${GOVERNANCE_PATHS.exercises}#${SECTION_IDS.schedule}`,
  actions: GOVERNANCE_PATHS.actions,
  'governance/sign-off': GOVERNANCE_PATHS.signOff,
  'governance/review': `${GOVERNANCE_PATHS.signOff}#${SECTION_IDS.review}`,
  audit: GOVERNANCE_PATHS.audit,
  'print/kit': '/print',
};
