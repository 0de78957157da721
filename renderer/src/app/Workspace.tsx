import { Button, Group, NavLink, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { HashRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from '../i18n';
import { ORGANISATION_KIND } from '../domain/organisation';
import { useSingleton } from '../store';
import { NAV_SECTIONS, ROUTES } from './routes';
import { useAutoLock } from './useAutoLock';

function Navigation() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('nav.label')}>
      {NAV_SECTIONS.map((section, index) => (
        <div key={section.labelKey ?? index} className="lb-nav-section" role="group" aria-labelledby={section.labelKey ? `nav-section-${index}` : undefined}>
          {section.labelKey && <div id={`nav-section-${index}`} className="lb-nav-heading">{t(section.labelKey)}</div>}
          {section.routes.map(({ path, nav }) => (
            <NavLink
              key={path}
              component={Link}
              to={path}
              label={t(nav!.labelKey)}
              leftSection={nav!.icon}
              active={path === '/' ? pathname === '/' : pathname.startsWith(path)}
            />
          ))}
        </div>
      ))}
    </nav>
  );
}

/** The unlocked app: header with lock, navigation, and the plan's screens. */
export function Workspace({ onIdleLock }: { onIdleLock: () => void }) {
  const { t } = useTranslation();
  const lock = useAutoLock(onIdleLock);
  const organisation = useSingleton(ORGANISATION_KIND);
  const orgName = typeof organisation?.name === 'string' ? organisation.name : '';
  return (
    <HashRouter>
      <a className="lb-skip-link" href="#main">{t('app.skipToContent')}</a>
      {/* A plain CSS grid rather than Mantine's AppShell, whose responsive <style> tags the CSP forbids. */}
      <div className="lb-shell">
        <header className="lb-shell-header">
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Title order={1} size="h3">{t('app.name')}</Title>
              {orgName && <Text truncate>{orgName}</Text>}
            </Group>
            <Button variant="default" leftSection={<IconLock size={16} aria-hidden />} onClick={lock} title={t('nav.lockHint')}>
              {t('nav.lock')}
            </Button>
          </Group>
        </header>
        <div className="lb-shell-nav">
          <Navigation />
        </div>
        <main className="lb-shell-main" id="main">
          <Routes>
            {ROUTES.map(({ path, element: Screen }) => (
              <Route key={path} path={path} element={<Screen />} />
            ))}
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </main>
      </div>
    </HashRouter>
  );
}
