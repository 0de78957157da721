import { DirectionProvider, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { PlanStoreContext, type PlanStore } from '../store';
import { directionOf, i18next } from '../i18n';
import { ErrorBoundary } from './ErrorBoundary';
import { Gate } from './Gate';
import { themeWithComponentDefaults } from './theme';

/**
 * The CSP forbids inline <style>, so Mantine's runtime CSS variables are off and its static
 * stylesheet (imported in main.tsx) carries the defaults instead.
 */
export function Root({ store }: { store: PlanStore }) {
  const dir = directionOf(i18next.language);
  const theme = themeWithComponentDefaults(i18next.t('app.close'));
  document.documentElement.dir = dir;
  return (
    <DirectionProvider initialDirection={dir} detectDirection={false}>
      <MantineProvider theme={theme} withCssVariables={false} withGlobalClasses={false} defaultColorScheme="light">
        <Notifications position="top-center" />
        <ErrorBoundary>
          <PlanStoreContext.Provider value={store}>
            <Gate />
          </PlanStoreContext.Provider>
        </ErrorBoundary>
      </MantineProvider>
    </DirectionProvider>
  );
}
