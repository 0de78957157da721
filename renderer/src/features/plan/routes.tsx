import type { ComponentType, ReactNode } from 'react';
import { IconListCheck, IconSearch, IconServer, IconSitemap, IconTruckDelivery, IconUsers } from '@tabler/icons-react';
import { CsvImportScreen } from '../csv/CsvImportScreen';
import { WizardScreen } from '../wizard/WizardScreen';
import { AssetListScreen } from './AssetListScreen';
import { ContactListScreen } from './ContactListScreen';
import { AssetDetailScreen, ContactDetailScreen, ProcessDetailScreen, VendorDetailScreen } from './DetailScreens';
import { PATHS } from './paths';
import { planScreen } from './scope';
import { ProcessListScreen } from './ProcessListScreen';
import { SearchScreen } from './SearchScreen';
import { VendorListScreen } from './VendorListScreen';

/** The same shape as the app's AppRoute (features do not import the app layer). */
interface PlanRoute {
  path: string;
  element: ComponentType;
  nav?: { labelKey: string; icon: ReactNode };
}

/** The wizard, the plan's lists and details, search and CSV import, in navigation order. */
export const PLAN_ROUTES: PlanRoute[] = [
  { path: PATHS.wizard, element: planScreen(WizardScreen), nav: { labelKey: 'plan.nav.wizard', icon: <IconListCheck size={18} aria-hidden /> } },
  { path: PATHS.processes, element: planScreen(ProcessListScreen), nav: { labelKey: 'plan.nav.processes', icon: <IconSitemap size={18} aria-hidden /> } },
  { path: `${PATHS.processes}/:id`, element: planScreen(ProcessDetailScreen) },
  { path: PATHS.assets, element: planScreen(AssetListScreen), nav: { labelKey: 'plan.nav.assets', icon: <IconServer size={18} aria-hidden /> } },
  { path: `${PATHS.assets}/:id`, element: planScreen(AssetDetailScreen) },
  { path: PATHS.vendors, element: planScreen(VendorListScreen), nav: { labelKey: 'plan.nav.vendors', icon: <IconTruckDelivery size={18} aria-hidden /> } },
  { path: `${PATHS.vendors}/:id`, element: planScreen(VendorDetailScreen) },
  { path: PATHS.contacts, element: planScreen(ContactListScreen), nav: { labelKey: 'plan.nav.contacts', icon: <IconUsers size={18} aria-hidden /> } },
  { path: `${PATHS.contacts}/:id`, element: planScreen(ContactDetailScreen) },
  { path: PATHS.search, element: planScreen(SearchScreen), nav: { labelKey: 'plan.nav.search', icon: <IconSearch size={18} aria-hidden /> } },
  { path: PATHS.importCsv, element: planScreen(CsvImportScreen) },
];
