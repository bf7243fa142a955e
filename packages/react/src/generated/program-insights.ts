// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
'use client';

import { createComponent } from '@lit/react';
import * as React from 'react';
import { MenteoProgramInsights as MenteoProgramInsightsElement } from '@menteo/elements/program-insights';

/**
 * `<menteo-program-insights>` as a React component: properties as props (`MenteoProgramInsights.prototype` lists them), events as `on…` props.
 *
 * For an organization's admin page: the mentoring program's figures as charts — requests
 * and acceptance over time, sessions per week, need mix, goal outcomes, mentor load — each with a
 * one-sentence summary and its data as a table, and the key figures of the range.
 *
 * The figures are the organization's private data, read with its secret key: the element never
 * calls the API. Your backend reads them (`client.admin.insights.retrieve()`) and your page hands
 * them over, as the `insights` property or from your own endpoint named in `src` (fetched with the
 * page's cookies, `credentials: 'same-origin'`). A figure made up by fewer than 5 people comes
 * suppressed and shows as "fewer than 5", never as 0.
 *
 * @example
 * ```tsx
 * import { MenteoProgramInsights } from '@menteo/react';
 *
 * <MenteoProgramInsights src="…" />
 * ```
 */
export const MenteoProgramInsights = createComponent({
  tagName: 'menteo-program-insights',
  elementClass: MenteoProgramInsightsElement,
  react: React,
  events: {},
  displayName: 'MenteoProgramInsights',
});
