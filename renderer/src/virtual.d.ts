/** Built by themeCss.ts: Mantine's CSS variables for our theme, as a static stylesheet. */
declare module 'virtual:lifeboat-theme.css';
