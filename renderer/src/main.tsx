import '@mantine/core/styles.css';
import 'virtual:lifeboat-theme.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { openVault } from './vault';
import { PlanStore } from './store';
import { Root } from './app/Root';
import { BootFailure } from './app/BootFailure';

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const i18n = await initI18n(navigator.language.startsWith('en') ? 'en' : 'en');
  document.documentElement.lang = i18n.language;
  try {
    const vault = await openVault();
    root.render(<Root store={new PlanStore(vault)} />);
  } catch (error) {
    console.error(error);
    root.render(<BootFailure />);
  }
}

void boot();
