import type { ComponentType, ReactNode } from 'react';
import { IconChecklist, IconClipboardCheck, IconHistory, IconSignature, IconTargetArrow } from '@tabler/icons-react';
import { AuditScreen } from '../audit/AuditScreen';
import { ActionItemsScreen } from '../exercises/ActionItems';
import { ExerciseScreen } from '../exercises/ExerciseScreen';
import { ExercisesScreen } from '../exercises/ExercisesScreen';
import { ReadinessScreen } from '../readiness/ReadinessScreen';
import { GOVERNANCE_PATHS } from './paths';
import { SignOffScreen } from './SignOffScreen';

/** Same shape as the app's AppRoute, declared here because features do not import the app layer. */
interface GovernanceRoute {
  path: string;
  element: ComponentType;
  nav?: { labelKey: string; icon: ReactNode };
}

/** Exercises, action items, sign-off, audit trail and ECC 3-1 readiness (issue 6), spread into the app's ROUTES. */
export const GOVERNANCE_ROUTES: GovernanceRoute[] = [
  { path: GOVERNANCE_PATHS.exercises, element: ExercisesScreen, nav: { labelKey: 'governance.nav.exercises', icon: <IconClipboardCheck size={18} aria-hidden /> } },
  { path: `${GOVERNANCE_PATHS.exercises}/:id`, element: ExerciseScreen },
  { path: GOVERNANCE_PATHS.actions, element: ActionItemsScreen, nav: { labelKey: 'governance.nav.actions', icon: <IconChecklist size={18} aria-hidden /> } },
  { path: GOVERNANCE_PATHS.signOff, element: SignOffScreen, nav: { labelKey: 'governance.nav.signOff', icon: <IconSignature size={18} aria-hidden /> } },
  { path: GOVERNANCE_PATHS.audit, element: AuditScreen, nav: { labelKey: 'governance.nav.audit', icon: <IconHistory size={18} aria-hidden /> } },
  { path: GOVERNANCE_PATHS.readiness, element: ReadinessScreen, nav: { labelKey: 'governance.nav.readiness', icon: <IconTargetArrow size={18} aria-hidden /> } },
];
