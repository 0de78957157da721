import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { IconHome, IconPrinter, IconSettings } from '@tabler/icons-react';
import { HomeScreen } from '../features/home/HomeScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { GOVERNANCE_ROUTES } from '../features/governance/routes';
import { PLAN_ROUTES } from '../features/plan/routes';
import { RESPONSE_ROUTES } from '../features/responder/routes';

/**
 * Every screen of the unlocked app. `nav` entries appear in the side navigation in this order;
 * `labelKey` is a message key. Feature areas add their screens here and nowhere else.
 */
export interface AppRoute {
  path: string;
  element: ComponentType;
  nav?: { labelKey: string; icon: ReactNode };
}

/** Printing is loaded on first visit, and react-pdf only when a PDF is made. */
const PrintScreen = lazy(() => import('../features/print/PrintScreen').then((m) => ({ default: m.PrintScreen })));

export const ROUTES: AppRoute[] = [
  { path: '/', element: HomeScreen, nav: { labelKey: 'nav.home', icon: <IconHome size={18} aria-hidden /> } },
  ...PLAN_ROUTES,
  ...RESPONSE_ROUTES,
  ...GOVERNANCE_ROUTES,
  { path: '/print', element: () => <Suspense fallback={null}><PrintScreen /></Suspense>, nav: { labelKey: 'print.nav', icon: <IconPrinter size={18} aria-hidden /> } },
  { path: '/settings', element: SettingsScreen, nav: { labelKey: 'nav.settings', icon: <IconSettings size={18} aria-hidden /> } },
];
