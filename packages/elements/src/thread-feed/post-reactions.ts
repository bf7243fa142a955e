import type { Post, ReactionKind } from '@menteo/sdk';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../internal/localize-controller.js';
import { reactions } from './post-parts.js';
import type { en } from './thread-feed.strings.js';

/**
 * A post's reaction buttons (`reactions` part). Each kind has its name (visible, or only for
 * screen readers in a narrow feed) and a tooltip that shows on hover and on keyboard focus: the
 * button's `data-tip`, drawn by its `::after` with empty alternative text (the name already says
 * it), so that no post carries four more elements for it. The bookmark is the reader's own "Save": pressed
 * when they saved the post, never counted (the API keeps it private).
 *
 * @example `${renderReactions(this.l10n, post, (kind) => this.#react(post, kind))}`
 */
export function renderReactions(l: LocalizeController<typeof en>, post: Post, react: (kind: ReactionKind) => void): TemplateResult {
  // White space only between a reaction's name and count, which its accessible name reads as two
  // words; none elsewhere: the group and its buttons are rows, which show none (see the feed's post).
  return html`<div part="reactions" role="group" aria-label=${l.msg('feedReactions')}>${(Object.keys(reactions) as ReactionKind[]).map((kind) => {
    const mine = post.viewerReactions.includes(kind);
    const save = kind === 'bookmark';
    return html`<button
        part="reaction-button reaction-${kind}"
        class="toggle tipped"
        type="button"
        data-kind=${kind}
        data-tip=${l.msg(`feedReactionTip_${kind}`)}
        aria-pressed=${mine ? 'true' : 'false'}
        @click=${() => react(kind)}
      ><span aria-hidden="true">${reactions[kind]}</span
      ><span class="reaction-name">${save ? l.msg(mine ? 'feedSaved' : 'feedSave') : l.msg(`feedReaction_${kind}`)}</span>
        ${save ? '' : html`<span class="count">${l.number(post.reactions[kind])}</span>`}</button>`;
  })}</div>`;
}
