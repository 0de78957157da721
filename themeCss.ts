import { convertCssVariables, defaultCssVariablesResolver, DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import type { Plugin } from 'vite';
import { theme } from './renderer/src/app/theme.ts';

const MODULE_ID = 'virtual:lifeboat-theme.css';
const RESOLVED_ID = `\0${MODULE_ID}.css`;

/**
 * Mantine normally writes its CSS variables into an inline <style> at run time, which the
 * Content-Security-Policy forbids. This plugin writes the same variables for our theme into a
 * stylesheet at build time instead, so the theme's colours and shades reach every component.
 */
export function themeVariablesCss(): string {
  return convertCssVariables(defaultCssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, theme)));
}

export function lifeboatThemePlugin(): Plugin {
  return {
    name: 'lifeboat-theme-css',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? themeVariablesCss() : undefined),
  };
}
