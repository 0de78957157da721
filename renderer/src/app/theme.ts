import { createTheme, mergeThemeOverrides, type MantineThemeOverride } from '@mantine/core';

/** Calm, high-contrast defaults: the app is read under stress and on poor screens. */
export const theme = createTheme({
  primaryColor: 'blue',
  // Darker fills, and text colour chosen per fill at the luminance where white and black give
  // equal contrast (about 0.18), so every filled button meets WCAG AA whatever its colour.
  primaryShade: 8,
  autoContrast: true,
  luminanceThreshold: 0.179,
  defaultRadius: 'sm',
  // People who ask their system for less motion get no fades or slides.
  respectReducedMotion: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif',
  fontFamilyMonospace: 'ui-monospace, "Cascadia Mono", "DejaVu Sans Mono", "Liberation Mono", monospace',
});

/**
 * Component defaults that need words. Modals keep the page's scroll position because Mantine's
 * scroll lock injects a <style> element, which the Content-Security-Policy forbids.
 */
export function themeWithComponentDefaults(closeLabel: string): MantineThemeOverride {
  const close = { closeButtonProps: { 'aria-label': closeLabel } };
  return mergeThemeOverrides(theme, {
    components: {
      Modal: { defaultProps: { lockScroll: false, ...close } },
      Drawer: { defaultProps: { lockScroll: false, ...close } },
      Notification: { defaultProps: close },
      // A wide table scrolls sideways in a small window; keyboard users must be able to reach it.
      TableScrollContainer: { defaultProps: { type: 'native', tabIndex: 0 } },
    },
  });
}
