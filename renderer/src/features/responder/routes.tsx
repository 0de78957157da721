import type { ComponentType, ReactNode } from 'react';
import { IconAlertTriangle, IconListCheck, IconShieldCheck } from '@tabler/icons-react';
import { RunbookEditorScreen } from '../runbooks/RunbookEditor';
import { RunbooksScreen } from '../runbooks/RunbooksScreen';
import { StrategiesScreen } from '../strategies/StrategiesScreen';
import { IncidentScreen } from './IncidentScreen';
import { OutageScreen } from './OutageScreen';
import { StartIncidentScreen } from './StartIncident';

/** Same shape as the app's AppRoute, declared here because features do not import the app layer. */
interface ResponseRoute {
  path: string;
  element: ComponentType;
  nav?: { labelKey: string; icon: ReactNode };
}

/** Recovery strategies, runbooks and responder mode (issue 4), spread into the app's ROUTES. */
export const RESPONSE_ROUTES: ResponseRoute[] = [
  { path: '/strategies', element: StrategiesScreen, nav: { labelKey: 'response.nav.strategies', icon: <IconShieldCheck size={18} aria-hidden /> } },
  { path: '/runbooks', element: RunbooksScreen, nav: { labelKey: 'response.nav.runbooks', icon: <IconListCheck size={18} aria-hidden /> } },
  { path: '/runbooks/:runbookId', element: RunbookEditorScreen },
  { path: '/respond', element: OutageScreen, nav: { labelKey: 'response.nav.respond', icon: <IconAlertTriangle size={18} aria-hidden /> } },
  { path: '/respond/runbook/:runbookId', element: StartIncidentScreen },
  { path: '/respond/incident/:incidentId', element: IncidentScreen },
];
