// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
'use client';

import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MenteoInboxBadge as MenteoInboxBadgeElement } from '@menteo/elements/inbox-badge';
import type { MenteoInboxOpenEvent, MenteoRetryEvent, MenteoReadyEvent, MenteoViewEvent, MenteoErrorEvent } from '@menteo/elements';

/**
 * `<menteo-inbox-badge>` as a React component: properties as props (`MenteoInboxBadge.prototype` lists them), events as `on…` props.
 *
 * For a page header: how many unread messages and requests waiting for an answer the
 * signed-in person has in their mentorship rooms, kept current live, as a link (`href`) or a
 * button. Nothing shows at zero, but assistive technology still hears "No unread".
 *
 * Events:
 * - `onMenteoInboxOpen`: `menteo-inbox-open` — The person pressed the badge (without `href`): the page opens its inbox.
 * - `onMenteoRetry`: `menteo-retry` — The person asked to load again after an error.
 * - `onMenteoReady`: `menteo-ready` — The first time what the element shows has loaded (once per element and id). Detail: `{ id }`.
 * - `onMenteoView`: `menteo-view` — The first time at least half of the element is visible (once per element).
 * - `onMenteoError`: `menteo-error` — Each time the element shows an error state. Detail: `{ code, requestId }` (`code` is the API problem's code, or `network` / `timeout`).
 *
 * @example
 * ```tsx
 * import { MenteoInboxBadge } from '@menteo/react';
 *
 * <MenteoInboxBadge href="…" onMenteoInboxOpen={(event) => console.log(event.type)} />
 * ```
 */
export const MenteoInboxBadge = createComponent({
  tagName: 'menteo-inbox-badge',
  elementClass: MenteoInboxBadgeElement,
  react: React,
  events: {
    /**
     * The person pressed the badge (without `href`): the page opens its inbox.
     */
    onMenteoInboxOpen: 'menteo-inbox-open' as EventName<MenteoInboxOpenEvent>,
    /**
     * The person asked to load again after an error.
     */
    onMenteoRetry: 'menteo-retry' as EventName<MenteoRetryEvent>,
    /**
     * The first time what the element shows has loaded (once per element and id). Detail: `{ id }`.
     */
    onMenteoReady: 'menteo-ready' as EventName<MenteoReadyEvent>,
    /**
     * The first time at least half of the element is visible (once per element).
     */
    onMenteoView: 'menteo-view' as EventName<MenteoViewEvent>,
    /**
     * Each time the element shows an error state. Detail: `{ code, requestId }` (`code` is the API problem's code, or `network` / `timeout`).
     */
    onMenteoError: 'menteo-error' as EventName<MenteoErrorEvent>,
  },
  displayName: 'MenteoInboxBadge',
});
