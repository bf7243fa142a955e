// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
'use client';

import { createComponent } from '@lit/react';
import * as React from 'react';
import { MenteoProvider as MenteoProviderElement } from '@menteo/elements/provider';

/**
 * `<menteo-provider>` as a React component: properties as props (`MenteoProvider.prototype` lists them), events as `on…` props.
 *
 * Connects the Menteo elements inside it to one account: one client and one set of
 * stores, shared by all of them (so their requests batch and their data is cached once).
 * Providers are independent: two on a page never share data or credentials. With a signed-in
 * person, a card's "Request mentorship" opens the built-in request dialog, loaded then (unless
 * the page called `preventDefault()` on `menteo-request-mentorship`).
 *
 * @example
 * ```tsx
 * import { MenteoProvider } from '@menteo/react';
 *
 * <MenteoProvider publishableKey="…" />
 * ```
 */
export const MenteoProvider = createComponent({
  tagName: 'menteo-provider',
  elementClass: MenteoProviderElement,
  react: React,
  events: {},
  displayName: 'MenteoProvider',
});
