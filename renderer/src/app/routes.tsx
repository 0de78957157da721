import type { ComponentType, ReactNode } from 'react';
import { IconHome, IconSettings } from '@tabler/icons-react';
import { HomeScreen } from '../features/home/HomeScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';

/**
 * Every screen of the unlocked app. `nav` entries appear in the side navigation in this order;
 * `labelKey` is a message key. Feature areas add their screens here and nowhere else.
 */
export interface AppRoute {
  path: string;
  element: ComponentType;
  nav?: { labelKey: string; icon: ReactNode };
}

export const ROUTES: AppRoute[] = [
  { path: '/', element: HomeScreen, nav: { labelKey: 'nav.home', icon: <IconHome size={18} aria-hidden /> } },
  { path: '/settings', element: SettingsScreen, nav: { labelKey: 'nav.settings', icon: <IconSettings size={18} aria-hidden /> } },
];
