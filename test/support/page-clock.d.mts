/** The script that moves a page's `Date` by `offsetMs` (see page-clock.mjs). */
export function pageClockScript(offsetMs: number): string;
