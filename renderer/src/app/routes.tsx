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

const HOME: AppRoute = { path: '/', element: HomeScreen, nav: { labelKey: 'nav.home', icon: <IconHome size={18} aria-hidden /> } };
const PRINT: AppRoute = { path: '/print', element: () => <Suspense fallback={null}><PrintScreen /></Suspense>, nav: { labelKey: 'print.nav', icon: <IconPrinter size={18} aria-hidden /> } };
const SETTINGS: AppRoute = { path: '/settings', element: SettingsScreen, nav: { labelKey: 'nav.settings', icon: <IconSettings size={18} aria-hidden /> } };

export const ROUTES: AppRoute[] = [HOME, ...PLAN_ROUTES, ...RESPONSE_ROUTES, ...GOVERNANCE_ROUTES, PRINT, SETTINGS];

/** Responder mode sits beside Home: in an outage nobody should have to look for it. */
const RESPONDER_PATH = '/respond';

export interface NavSection {
  /** Heading message key; the first section has none. */
  labelKey?: string;
  routes: AppRoute[];
}

/** The side navigation, grouped by the moment a person is in: building, proving, keeping. */
export const NAV_SECTIONS: NavSection[] = [
  { routes: [HOME, ...RESPONSE_ROUTES.filter((r) => r.path === RESPONDER_PATH)] },
  { labelKey: 'nav.sections.build', routes: [...PLAN_ROUTES, ...RESPONSE_ROUTES.filter((r) => r.path !== RESPONDER_PATH)] },
  { labelKey: 'nav.sections.prove', routes: GOVERNANCE_ROUTES },
  { labelKey: 'nav.sections.keep', routes: [PRINT, SETTINGS] },
].map((section) => ({ ...section, routes: section.routes.filter((route) => route.nav) }));
