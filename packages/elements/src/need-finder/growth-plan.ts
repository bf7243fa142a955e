import { html, nothing, type TemplateResult } from 'lit';
import type { ViewerRooms } from '../internal/request-dialog/viewer-rooms.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import { requestIdLine } from '../internal/load-error.js';
import { reasonText, roadmapReasonTexts } from './match-reasons.js';
import { needOf, type Placement } from './placement.js';
import type { Recommendation } from './plan-request.js';
import type { en } from './need-finder.strings.js';

type Localize = LocalizeController<typeof en>;

/** One ranked mentor with its score and reasons. */
export type NeedFinderMatch = Recommendation['mentors'][number];
/** The recommended roadmap (as lists show it), with why. */
export type RecommendedRoadmap = NonNullable<Recommendation['roadmap']>;

/** Where "Start a growth thread" stands. */
export type ThreadStart =
  | { status: 'idle' }
  | { status: 'starting' }
  | { status: 'started'; threadId: string }
  | { status: 'failed'; error: unknown }
  | { status: 'signed-out' };

/** What the plan shows, and what its controls call back. */
export interface PlanView {
  l: Localize;
  headingLevel: number;
  placement: Placement;
  plan: Recommendation;
  rooms: ViewerRooms | undefined;
  /** The page's link pattern for a roadmap (`{slug}`, `{id}`), if any. */
  roadmapHref: string | undefined;
  /** The page's link pattern for a thread (`{id}`), if any. */
  threadHref: string | undefined;
  /** The page's link pattern for a mentor's profile (`{id}`), if any: the cards fill it. */
  profileHref: string | undefined;
  thread: ThreadStart;
  openRoadmap(event: Event, roadmap: RecommendedRoadmap['roadmap']): void;
  startThread(): void;
  startOver(): void;
}

/** Which "why" the placement gets: one hat, both, or no lean at all (every answer "Not sure"). */
export const whyOf = (placement: Placement): 'leadership' | 'mentorship' | 'both' | 'unsure' =>
  placement.leadership === 0.5 && placement.mentorship === 0.5 ? 'unsure' : needOf(placement);

/**
 * The placement's why, in the page's language ("You mostly need direction on a team goal: the
 * leader hat.").
 *
 * @example `html\`<p part="why"><bdi>${whyText(l, placement)}</bdi></p>\``
 */
export const whyText = (l: Localize, placement: Placement): string => l.msg(`needFinder_why_${whyOf(placement)}`);

const fillHref = (pattern: string, values: Record<string, string>): string =>
  pattern.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? encodeURIComponent(values[name]!) : whole));

function renderMatches(view: PlanView): TemplateResult {
  const { l, plan } = view;
  if (!plan.mentors.length) return html`<p part="empty">${l.msg('needFinder_noMatches')}</p>`;
  return html`<p class="hint"><bdi>${l.msg('needFinder_resultsCount', { count: plan.mentors.length })}</bdi></p>
    <ol class="matches" aria-labelledby="mentors-title">
      ${plan.mentors.map(
        (match, i) => html`<li part="match">
          <menteo-mentor-card .mentor=${match.mentor} .viewerRooms=${view.rooms} .profileHref=${view.profileHref} variant="compact"></menteo-mentor-card>
          <p part="score"><bdi>${l.msg('needFinder_score', { percent: l.number(match.score, { style: 'percent', maximumFractionDigits: 0 }) })}</bdi></p>
          <p id="reasons-${i}" class="reasons-title">${l.msg('needFinder_reasons')}</p>
          <ul part="reasons" aria-labelledby="reasons-${i}">
            ${match.reasons.map((reason) => {
              const text = reasonText(l, reason);
              return text ? html`<li part="reason" data-code=${reason.code}>${text}</li>` : nothing;
            })}
          </ul>
        </li>`,
      )}
    </ol>`;
}

function renderRoadmap(view: PlanView, level: number): TemplateResult {
  const { l } = view;
  const recommended = view.plan.roadmap;
  const title = html`<h4 id="roadmap-title" aria-level=${level}>${l.msg('needFinder_roadmap')}</h4>`;
  if (!recommended)
    return html`<section part="roadmap" aria-labelledby="roadmap-title">${title}<p class="hint"><bdi>${l.msg('needFinder_noRoadmap')}</bdi></p></section>`;
  const { roadmap } = recommended;
  const open = (event: Event) => view.openRoadmap(event, roadmap);
  return html`<section part="roadmap" aria-labelledby="roadmap-title">
    ${title}
    <p part="roadmap-name">${roadmap.title}</p>
    <p class="hint"><bdi>${l.msg('needFinder_roadmapSteps', { count: roadmap.stepCount })}</bdi></p>
    <ul part="roadmap-reasons">
      ${roadmapReasonTexts(l, recommended.reasons).map((text) => html`<li part="reason">${text}</li>`)}
    </ul>
    ${
      view.roadmapHref
        ? html`<a part="roadmap-link" href=${fillHref(view.roadmapHref, { slug: roadmap.slug, id: roadmap.id })} @click=${open}>${l.msg('needFinder_roadmapOpen')}</a>`
        : html`<button part="roadmap-link" type="button" @click=${open}>${l.msg('needFinder_roadmapOpen')}</button>`
    }
  </section>`;
}

function renderThread(view: PlanView, level: number): TemplateResult {
  const { l, thread } = view;
  const starting = thread.status === 'starting';
  const status =
    thread.status === 'started'
      ? html`<p part="thread-started" id="thread-started" tabindex="-1">
          ${l.msg('needFinder_threadStarted')}
          ${view.threadHref ? html`<a part="thread-link" href=${fillHref(view.threadHref, { id: thread.threadId })}>${l.msg('needFinder_threadOpen')}</a>` : nothing}
        </p>`
      : thread.status === 'signed-out'
        ? html`<p part="thread-sign-in">${l.msg('needFinder_threadSignIn')}</p>`
        : nothing;
  return html`<section part="thread" aria-labelledby="thread-title">
    <h4 id="thread-title" aria-level=${level}>${l.msg('needFinder_thread')}</h4>
    <p class="hint"><bdi>${l.msg('needFinder_threadHint')}</bdi></p>
    ${
      thread.status === 'started'
        ? nothing
        : html`<button part="thread-button" type="button" aria-disabled=${starting ? 'true' : 'false'} @click=${view.startThread}>
            ${starting ? html`<span class="spinner" aria-hidden="true"></span>${l.msg('needFinder_threadStarting')}` : l.msg('needFinder_threadStart')}
          </button>`
    }
    ${
      thread.status === 'failed'
        ? html`<div part="thread-error" role="alert">
            <p>${l.msg('needFinder_threadError')}</p>
            ${requestIdLine(l, thread.error) ?? html`<p>${l.msg('connectionError')}</p>`}
          </div>`
        : nothing
    }
    <div role="status">${status}</div>
  </section>`;
}

/**
 * Fires the cancelable `menteo-roadmap-open` from `host`; a page that cancels it keeps the
 * link from navigating (and opens the roadmap its own way).
 *
 * @example `html\`<a href=${href} @click=${(e: Event) => openRoadmap(this, e, roadmap)}>…</a>\``
 */
export function openRoadmap(host: HTMLElement, event: Event, roadmap: RecommendedRoadmap['roadmap']): void {
  const open = new CustomEvent('menteo-roadmap-open', {
    bubbles: true,
    composed: true,
    cancelable: true,
    detail: { roadmapId: roadmap.id, slug: roadmap.slug },
  });
  if (!host.dispatchEvent(open)) event.preventDefault();
}

/**
 * The growth plan: why (from the placement), the ranked mentors with their score and reasons,
 * the recommended roadmap with a link, and "Start a growth thread".
 *
 * @example `renderPlan({ l, headingLevel: 2, placement, plan, rooms, roadmapHref, threadHref, profileHref, thread, openRoadmap, startThread, startOver })`
 */
export function renderPlan(view: PlanView): TemplateResult {
  const { l } = view;
  const level = view.headingLevel + 1;
  return html`<div part="results">
    <h3 id="results-title" tabindex="-1" aria-level=${level}>${l.msg('needFinder_results')}</h3>
    <p part="why"><bdi>${whyText(l, view.placement)}</bdi></p>
    <section part="mentors" aria-labelledby="mentors-title">
      <h4 id="mentors-title" aria-level=${level + 1}>${l.msg('needFinder_mentors')}</h4>
      ${renderMatches(view)}
    </section>
    ${renderRoadmap(view, level + 1)} ${renderThread(view, level + 1)}
    <div class="actions">
      <button part="start-over-button" type="button" @click=${view.startOver}>${l.msg('needFinder_startOver')}</button>
    </div>
  </div>`;
}
