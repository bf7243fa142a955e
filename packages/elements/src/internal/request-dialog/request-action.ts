import type { Mentor } from '@menteo/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../locales/strings.js';
import type { LocalizeController } from '../localize-controller.js';
import type { ViewerRooms } from './viewer-rooms.js';

/** The strings the request action needs: each element with it has them in its own catalog. */
export interface RequestActionStrings extends Strings {
  requestMentorship: string;
  requestMentorshipWith: (p: { name: string }) => string;
  notAccepting: string;
  requested: string;
  view: string;
  viewRequestTo: (p: { name: string }) => string;
  yourMentor: string;
  openRoom: string;
  openRoomWith: (p: { name: string }) => string;
}

/** What the action is drawn from, and what its controls do. */
export interface RequestAction {
  l: LocalizeController<RequestActionStrings>;
  mentor: Mentor;
  accepting: boolean;
  viewerRooms: ViewerRooms | undefined;
  /** Where "view" / "open" lead: a pattern with `{roomId}`; without it they call `onSelect`. */
  roomHref: string | undefined;
  onRequest: () => void;
  onSelect: (roomId: string) => void;
}

/**
 * A mentor's "Request mentorship" button, or — for a mentor the viewer has asked or works with —
 * the room's state and the way to it ("Requested · view", "Your mentor · open"). The card and the
 * profile show the same action.
 *
 * @example `html\`${renderRequestAction({ l: this.l10n, mentor, accepting, viewerRooms, roomHref, onRequest, onSelect })}\``
 */
export function renderRequestAction({ l, mentor: m, accepting, viewerRooms, roomHref, onRequest, onSelect }: RequestAction): TemplateResult {
  const room = viewerRooms?.get(m.id);
  if (!room) {
    return html`<button
      part="request-button"
      type="button"
      ?disabled=${!accepting}
      aria-label=${accepting ? l.msg('requestMentorshipWith', { name: m.name }) : nothing}
      @click=${onRequest}
    >
      ${accepting ? l.msg('requestMentorship') : l.msg('notAccepting')}
    </button>`;
  }
  const mine = room.state === 'mentor';
  const label = l.msg(mine ? 'openRoomWith' : 'viewRequestTo', { name: m.name });
  const link = mine ? l.msg('openRoom') : l.msg('view');
  return html`<p part="room-state">
    ${mine ? l.msg('yourMentor') : l.msg('requested')} ·
    ${
      roomHref
        ? html`<a part="room-link" href=${roomHref.replace('{roomId}', room.roomId)} aria-label=${label}>${link}</a>`
        : html`<button part="room-link" type="button" aria-label=${label} @click=${() => onSelect(room.roomId)}>${link}</button>`
    }
  </p>`;
}
