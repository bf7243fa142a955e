import type { Room } from '@menteo/sdk';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../internal/localize-controller.js';
import { styleProps } from '../internal/style-props.js';
import type { en } from './room-widget.strings.js';

const weekMs = 7 * 86_400_000;

/**
 * A room's cadence and term: the week of the term it is in (a progress bar) once started,
 * counted to now while it runs and to its close after.
 *
 * @example
 * ```ts
 * html`${renderFacts(this.l10n, room, room.status)}`;
 * ```
 */
export function renderFacts(l: LocalizeController<typeof en>, room: Room, status: Room['status']): TemplateResult {
  let term: TemplateResult;
  if (room.startedAt) {
    const until = status === 'active' || status === 'paused' ? Date.now() : Date.parse(room.closedAt ?? room.endsAt ?? new Date().toISOString());
    const week = Math.max(1, Math.min(room.termWeeks, Math.floor((until - Date.parse(room.startedAt)) / weekMs) + 1));
    const text = l.msg('roomWeekOf', { week, total: room.termWeeks });
    term = html`<div
        part="term"
        role="progressbar"
        aria-label=${l.msg('roomTerm')}
        aria-valuemin="0"
        aria-valuemax=${room.termWeeks}
        aria-valuenow=${week}
        aria-valuetext=${text}
      >
        <div part="term-fill" class="fill" ${styleProps({ '--_p': `${(week / room.termWeeks) * 100}%` })}></div>
      </div>
      <span aria-hidden="true" dir="auto">${text}</span>`;
  } else {
    // dir="auto" as for the week above: the count leads the phrase and would move to its end in a right-to-left page.
    term = html`<span dir="auto">${l.msg('roomTermWeeks', { total: room.termWeeks })}</span>`;
  }
  return html`<dl part="facts">
    <div><dt>${l.msg('roomCadence')}</dt><dd>${l.msg(`roomCadence_${room.cadence}`)}</dd></div>
    <div class="term-fact"><dt>${l.msg('roomTerm')}</dt><dd>${term}</dd></div>
  </dl>`;
}
