// Loaded on demand (a dynamic import from room-widget.ts) once a room has ended: a running room
// never carries the review form, its stores or its strings' markup.
import type { Room, RoomReview } from '@menteo/sdk';
import { roomReviewStores } from '@menteo/sdk/stores/room-reviews';
import type { Goal, StoreContext } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { requestIdLine } from '../internal/load-error.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import { renderMarkdown } from '../internal/markdown.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import { StoreController } from '../internal/store-controller.js';
import type { en } from './room-widget.strings.js';

type Outcome = RoomReview['goalOutcomes'][number]['outcome'];
const outcomes: Outcome[] = ['achieved', 'partly_achieved', 'not_achieved'];
const scale = [1, 2, 3, 4, 5];

/** What the review section reads from its room widget, each as it is now. */
export interface ReviewSources {
  l10n(): LocalizeController<typeof en>;
  headingLevel(): number;
  stores(): StoreContext | undefined;
  room(): Room | undefined;
  /** The room's goals: an outcome is asked for each one not dropped. */
  goals(): readonly Goal[];
}

/**
 * The end of a room: each participant is asked once (until `reviewedBy` names them) for stars
 * (a radio group), a review (Markdown), an outcome per goal not dropped and, from the mentee,
 * "How confident are you to do this on your own?" (1–5); then both reviews and the mentee's
 * confidence at the start and at the end ("Confidence: 2 → 4").
 *
 * @example
 * ```ts
 * const { RoomReviewSection } = await import('./room-review.js');
 * this.#review = new RoomReviewSection(this, { l10n: () => this.l10n, room: () => room, … });
 * ```
 */
export class RoomReviewSection {
  #reviews: StoreController<RoomReview[]>;
  #error: unknown;
  #sending = false;

  constructor(
    private readonly host: MenteoElement,
    private readonly from: ReviewSources,
  ) {
    this.#reviews = new StoreController<RoomReview[]>(host, () => {
      const stores = from.stores();
      const room = from.room();
      return stores && room ? roomReviewStores(stores).roomReviews(room.id) : undefined;
    });
  }

  render(room: Room): TemplateResult {
    const l = this.from.l10n();
    const reviews = this.#reviews.state.data ?? [];
    const { atStart, atEnd } = room.selfEfficacy;
    return html`<section part="review" aria-labelledby="review-title">
      <h3 id="review-title" tabindex="-1" aria-level=${this.from.headingLevel() + 1}>${l.msg('roomReviewTitle')}</h3>
      ${atStart !== null && atEnd !== null ? html`<p part="confidence" class="strong">${l.msg('roomConfidence', { start: atStart, end: atEnd })}</p>` : nothing}
      ${reviews.length ? html`<ul class="reviews">${reviews.map((review) => this.#renderReview(review))}</ul>` : nothing}
      ${room.reviewedBy.includes(room.viewerRole) ? nothing : this.#renderForm(room)}
    </section>`;
  }

  #renderReview(review: RoomReview): TemplateResult {
    const l = this.from.l10n();
    const titles = new Map(this.from.goals().map((g) => [g.id, g.title]));
    return html`<li part="review-item" data-author-role=${review.authorRole}>
      <p class="strong" dir="auto">${review.author.name}</p>
      <p part="stars" role="img" aria-label=${l.msg('roomStars', { rating: review.rating })}>${'★'.repeat(review.rating)}${'☆'.repeat(5 - review.rating)}</p>
      <div class="markdown" dir="auto">${renderMarkdown(review.body)}</div>
      ${
        review.goalOutcomes.length
          ? html`<ul class="outcomes small">
            ${review.goalOutcomes.map((o) => html`<li dir="auto">${titles.get(o.goalId) ?? o.goalId}: ${l.msg(`roomOutcome_${o.outcome}`)}</li>`)}
          </ul>`
          : nothing
      }
    </li>`;
  }

  #renderForm(room: Room): TemplateResult {
    const l = this.from.l10n();
    const goals = this.from.goals().filter((g) => g.status !== 'dropped');
    const radios = (name: string, values: readonly (string | number)[], label: (value: string | number) => string) =>
      values.map(
        (value) => html`<label class="toggle"><input type="radio" name=${name} .value=${String(value)} required /> <span>${label(value)}</span></label>`,
      );
    return html`<form part="review-form" class="stack" @submit=${(e: SubmitEvent) => this.#send(e, room, goals)}>
      <p>${l.msg('roomReviewAsk')}</p>
      <fieldset class="choices">
        <legend>${l.msg('roomRatingLabel')}</legend>
        ${radios('rating', scale, (n) => l.msg('roomStars', { rating: Number(n) }))}
      </fieldset>
      <label for="review-body">${l.msg('roomReviewBody')}</label>
      <textarea id="review-body" name="body" dir="auto" rows="3" required maxlength="5000"></textarea>
      ${goals.map(
        (goal) => html`<fieldset class="choices">
          <legend dir="auto">${l.msg('roomOutcomeOf', { title: goal.title })}</legend>
          ${radios(`outcome-${goal.id}`, outcomes, (o) => l.msg(`roomOutcome_${o as Outcome}`))}
        </fieldset>`,
      )}
      ${
        room.viewerRole === 'mentee'
          ? html`<fieldset class="choices">
            <legend>${l.msg('roomSelfEfficacy')}</legend>
            ${radios('selfEfficacy', scale, (n) => l.msg(`roomSelfEfficacy_${n as 1 | 2 | 3 | 4 | 5}`))}
          </fieldset>`
          : nothing
      }
      ${this.#error ? html`<div role="alert" class="inline-error"><p>${l.msg('roomReviewError')}</p>${requestIdLine(l, this.#error) ?? nothing}</div>` : nothing}
      <div class="row"><button type="submit" part="review-submit" ?disabled=${this.#sending}>${l.msg('roomReviewSend')}</button></div>
    </form>`;
  }

  async #send(event: SubmitEvent, room: Room, goals: Goal[]): Promise<void> {
    event.preventDefault();
    const stores = this.from.stores();
    if (!stores) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const selfEfficacy = Number(data.get('selfEfficacy'));
    const body = {
      rating: Number(data.get('rating')),
      body: String(data.get('body') ?? '').trim(),
      goalOutcomes: goals.map((g) => ({ goalId: g.id, outcome: data.get(`outcome-${g.id}`) as Outcome })),
      ...(room.viewerRole === 'mentee' ? { selfEfficacy } : {}),
    };
    this.#error = undefined;
    this.#sending = true;
    this.host.requestUpdate();
    try {
      const review = await roomReviewStores(stores).reviewRoom(room.id, body);
      this.host.emit('menteo-room-reviewed', { roomId: room.id, review });
      // The form goes once the room reloads with the viewer in reviewedBy: focus stays in the section.
      void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('#review-title')?.focus());
    } catch (error) {
      this.#error = error;
    } finally {
      this.#sending = false;
      this.host.requestUpdate();
    }
  }
}
