import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it.each([true, false])('has no DevTools or reload in production (mac: %s)', (isMac) => {
    const all = roles(buildMenuTemplate({ isMac, dev: false }));
    expect(all).not.toContain('toggleDevTools');
    expect(all).not.toContain('reload');
    expect(all).not.toContain('forceReload');
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut']) expect(all).toContain(role);
  });

  it('offers DevTools in development', () => {
    expect(roles(buildMenuTemplate({ isMac: false, dev: true }))).toContain('toggleDevTools');
  });

  it('has Edit and View menus', () => {
    const labels = buildMenuTemplate({ isMac: false, dev: false }).map((item) => item.label);
    expect(labels).toContain('Edit');
    expect(labels).toContain('View');
  });
});
