import type { Post } from '@menteo/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { en } from './thread-feed.strings.js';

/**
 * What a post is about (`post-link` part): "Step 3 of *Your first 90 days*" for a roadmap
 * step, "Goal: …" for a room goal. The API gives no page for either, so it is text, not a link;
 * a step or goal that is gone since (titles `null`) shows nothing rather than a blank.
 *
 * @example `${renderPostLink(this.l10n, post.link)}`
 */
export function renderPostLink(l: LocalizeController<typeof en>, link: Post['link']): TemplateResult | typeof nothing {
  if (!link) return nothing;
  if (link.kind === 'room_goal') {
    return link.goalTitle ? html`<p part="post-link"><span aria-hidden="true">◎</span> ${l.msg('feedLinkGoal')} <em>${link.goalTitle}</em></p>` : nothing;
  }
  if (!link.roadmapTitle || !link.stepIndex) return nothing;
  return html`<p part="post-link">
    <span aria-hidden="true">⇢</span> ${l.msg('feedLinkStep', { index: l.number(link.stepIndex) })}
    <em>${link.roadmapTitle}</em>
  </p>`;
}
