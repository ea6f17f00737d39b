/**
 * Colours the browser paints outside the page (the address bar, the installed app's splash screen),
 * matching app/globals.css: its page background in each colour scheme, and its accent blue.
 */
export const THEME_COLORS = { light: '#ffffff', dark: '#121416', accent: '#0b57d0' } as const
