// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
'use client';

import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MenteoThreadFeed as MenteoThreadFeedElement } from '@menteo/elements/thread-feed';
import type { MenteoPostCreatedEvent, MenteoReactionChangeEvent, MenteoSignInRequiredEvent, MenteoRetryEvent, MenteoReadyEvent, MenteoViewEvent, MenteoErrorEvent } from '@menteo/elements';

/**
 * `<menteo-thread-feed>` as a React component: properties as props (`MenteoThreadFeed.prototype` lists them), events as `on…` props.
 *
 * A growth thread's posts, newest first, for a page or a blog's sidebar: the thread's
 * title, owner and counts; each post's kind, Markdown body (rendered safely), reactions and
 * comments; an "N new posts" banner as posts arrive live. Scrolling loads older posts; in a long
 * thread (50 posts or more) only the posts in view are in the DOM. With only a publishable key it is
 * read-only; signed in, people react and comment; the thread's owner also posts from it (posts
 * written offline wait in the outbox and are sent when the network is back).
 *
 * Events:
 * - `onMenteoPostCreated`: `menteo-post-created` — The API stored a post written in the composer; `detail` has `threadId` and `post`.
 * - `onMenteoReactionChange`: `menteo-reaction-change` — The API accepted a reaction; `detail` has `postId`, `kind`, `active` and `reactions`.
 * - `onMenteoSignInRequired`: `menteo-sign-in-required` — A signed-out person tried to react or follow; `detail.action` says what.
 * - `onMenteoRetry`: `menteo-retry` — The person asked to load again after an error.
 * - `onMenteoReady`: `menteo-ready` — The first time what the element shows has loaded (once per element and id). Detail: `{ id }`.
 * - `onMenteoView`: `menteo-view` — The first time at least half of the element is visible (once per element).
 * - `onMenteoError`: `menteo-error` — Each time the element shows an error state. Detail: `{ code, requestId }` (`code` is the API problem's code, or `network` / `timeout`).
 *
 * @example
 * ```tsx
 * import { MenteoThreadFeed } from '@menteo/react';
 *
 * <MenteoThreadFeed threadId="…" onMenteoPostCreated={(event) => console.log(event.detail)} />
 * ```
 */
export const MenteoThreadFeed = createComponent({
  tagName: 'menteo-thread-feed',
  elementClass: MenteoThreadFeedElement,
  react: React,
  events: {
    /**
     * The API stored a post written in the composer; `detail` has `threadId` and `post`.
     */
    onMenteoPostCreated: 'menteo-post-created' as EventName<MenteoPostCreatedEvent>,
    /**
     * The API accepted a reaction; `detail` has `postId`, `kind`, `active` and `reactions`.
     */
    onMenteoReactionChange: 'menteo-reaction-change' as EventName<MenteoReactionChangeEvent>,
    /**
     * A signed-out person tried to react or follow; `detail.action` says what.
     */
    onMenteoSignInRequired: 'menteo-sign-in-required' as EventName<MenteoSignInRequiredEvent>,
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
  displayName: 'MenteoThreadFeed',
});
