import { APIError, type BodyOf, type Mentor } from '@menteo/sdk';
import { invalidate } from '@menteo/sdk/stores/invalidate';
import { mentorProfileStores } from '@menteo/sdk/stores/mentors';
import { roomStores } from '@menteo/sdk/stores/rooms';
import type { StoreContext } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import type { MenteoMentorCard } from '../../mentor-card/mentor-card.js';
import { fieldControl } from '../field-control.js';
import { LocalizeController } from '../localize-controller.js';
import { MenteoElement } from '../menteo-element.js';
import { states } from '../states.js';
import { controlStyles } from '../../styles/controls.js';
import { styles } from './request-dialog.styles.js';
import { strings } from './request-dialog.strings.js';

type RoomRequest = BodyOf<'createRoom'>;
type Field = 'goal' | 'cadence' | 'termWeeks' | 'message' | 'agreement' | 'selfEfficacy';

const GOAL_MIN = 10;
const GOAL_MAX = 2000;
const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
const FIELDS: readonly Field[] = ['goal', 'cadence', 'termWeeks', 'message', 'agreement', 'selfEfficacy'];

/**
 * The request form of `<menteo-mentor-card>`: a native modal `<dialog>` (the rest of the page
 * inert, Escape closes it) asking for a goal, a cadence, a term, and optionally a first
 * message, a proposed agreement and the mentee's confidence today. It creates the room through
 * the stores (`createRoom` → `POST /v1/rooms`), shows the API's field errors next to their
 * fields, and fires `menteo-room-requested` once the room exists. `<menteo-provider>` loads this
 * module on the first request only (a dynamic import), so a page of cards never pays for it up front.
 *
 * @fires menteo-room-requested - The room was created; `detail` names it and its mentor.
 *
 * @example
 * ```ts
 * const dialog = document.createElement('menteo-request-dialog');
 * Object.assign(dialog, { mentor, stores: connection.stores });
 * card.shadowRoot.append(dialog);
 * await dialog.open(() => button.focus(), (roomId) => showRoom(roomId));
 * ```
 */
export class MenteoRequestDialog extends MenteoElement {
  static override styles = [controlStyles, styles];

  static override properties = {
    mentor: { attribute: false },
    stores: { attribute: false },
    ...states('goal', 'sending', 'fieldErrors', 'problem'),
  };

  /** The mentor asked. */
  declare mentor: Mentor | undefined;
  /** The card's store context: the room is created through it, so room lists and cards follow. */
  declare stores: StoreContext | undefined;

  declare private goal: string;
  declare private sending: boolean;
  declare private fieldErrors: Partial<Record<Field, string>>;
  /** What went wrong as a whole (409, network, unnamed field), with the request id when there is one. */
  declare private problem: { text: string; requestId?: string | null } | undefined;

  protected readonly l10n = new LocalizeController(this, strings);
  #returnTo: (() => void) | undefined;
  #created: ((roomId: string) => void) | undefined;
  /** The room created while open, for the close handler. */
  #roomId: string | undefined;

  constructor() {
    super();
    this.goal = '';
    this.sending = false;
    this.fieldErrors = {};
  }

  get #dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  /**
   * Opens the dialog modally. When it closes, `created` is called with the new room if one was
   * created, else `returnTo` (Escape, Cancel): each puts the focus where it belongs.
   */
  async open(returnTo?: () => void, created?: (roomId: string) => void): Promise<void> {
    this.#returnTo = returnTo;
    this.#created = created;
    this.#roomId = undefined;
    this.problem = undefined;
    this.fieldErrors = {};
    await this.updateComplete;
    const dialog = this.#dialog;
    if (!dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLTextAreaElement>('#goal')?.focus();
  }

  /** Closes the dialog (the focus returns to the button that opened it). */
  close(): void {
    this.#dialog?.close();
  }

  #onClose(): void {
    if (this.#roomId) this.#created?.(this.#roomId);
    else this.#returnTo?.();
  }

  // A modal dialog makes the page inert, but Tab may still leave it for the browser's own UI:
  // keep the focus cycling between its first and last controls.
  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const controls = [...this.#dialog.querySelectorAll<HTMLElement & { disabled: boolean; type?: string }>('textarea, select, input, button')].filter(
      (control) => !control.disabled && control.type !== 'radio',
    );
    const first = controls[0];
    const last = controls.at(-1);
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    const target = event.shiftKey ? (active === first ? last : undefined) : active === last ? first : undefined;
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }

  #read(form: HTMLFormElement): RoomRequest {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const body: RoomRequest = {
      mentorId: this.mentor!.id,
      goal: text('goal'),
      cadence: text('cadence') as RoomRequest['cadence'],
      termWeeks: Number(text('termWeeks')),
    };
    if (text('message')) body.message = text('message');
    if (text('agreement')) body.agreement = text('agreement');
    if (text('selfEfficacy')) body.selfEfficacy = Number(text('selfEfficacy'));
    return body;
  }

  /** The checks the API would make, so that most mistakes never reach it (its 422 stays the authority). */
  #check(body: RoomRequest): Partial<Record<Field, string>> {
    const l = this.l10n;
    const errors: Partial<Record<Field, string>> = {};
    if (body.goal.length < GOAL_MIN) errors.goal = l.msg('requestGoalTooShort');
    if (!Number.isInteger(body.termWeeks) || body.termWeeks < 4 || body.termWeeks > 52) errors.termWeeks = l.msg('requestTermHint');
    return errors;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending || !this.mentor || !this.stores) return;
    const form = event.target as HTMLFormElement;
    const body = this.#read(form);
    this.problem = undefined;
    this.fieldErrors = this.#check(body);
    if (Object.keys(this.fieldErrors).length > 0) return this.#focusFirstError();
    this.sending = true;
    try {
      // The rooms store: room lists (and so every card's room state) refresh, lastError is set on failure.
      const room = await roomStores(this.stores).createRoom(body);
      form.reset();
      this.goal = '';
      this.#roomId = room.id;
      this.emit('menteo-room-requested', { roomId: room.id, mentorId: body.mentorId });
      this.close();
    } catch (error) {
      this.#refused(error);
    } finally {
      this.sending = false;
    }
  }

  #refused(error: unknown): void {
    const l = this.l10n;
    const requestId = error instanceof APIError ? error.requestId : undefined;
    if (error instanceof APIError && error.status === 409) {
      // Each refusal of a request has its code: a room with this mentor already, or a mentor who
      // takes no one now. The cards catch up either way (the room made elsewhere shows on them).
      invalidate(this.stores!, ['rooms']);
      const name = this.mentor!.name;
      let text = error.problem?.detail ?? l.msg('requestRefused');
      if (error.code === 'already_requested') text = l.msg('requestAlready', { name });
      else if (error.code === 'mentor_unavailable') text = l.msg('requestUnavailable', { name });
      this.problem = { text, requestId };
      return;
    }
    const named = error instanceof APIError ? Object.entries(error.fieldErrors) : [];
    const fieldErrors: Partial<Record<Field, string>> = {};
    const others: string[] = [];
    for (const [pointer, detail] of named) {
      const field = pointer.replace(/^\//, '') as Field;
      if (FIELDS.includes(field)) fieldErrors[field] = detail;
      else others.push(detail);
    }
    this.fieldErrors = fieldErrors;
    if (named.length > 0) {
      // Pointers outside the form (`/mentorId` for one's own card) are said as the API says them.
      const marked = Object.keys(fieldErrors).length > 0 ? [l.msg('requestFieldErrors')] : [];
      this.problem = { text: [...marked, ...others].join(' '), requestId };
      void this.#focusFirstError();
    } else {
      this.problem = { text: error instanceof APIError ? (error.problem?.detail ?? l.msg('requestRefused')) : l.msg('requestFailed'), requestId };
    }
  }

  async #focusFirstError(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  /** A field's error, tied to it by `aria-describedby` (`<id>-error`). */
  #error(field: Field): TemplateResult | typeof nothing {
    const error = this.fieldErrors[field];
    return error ? html`<p class="field-error" id=${`${field}-error`} part="field-error"><bdi>${error}</bdi></p>` : nothing;
  }

  #describedBy(field: Field, ...others: string[]): string | undefined {
    return [...others, ...(this.fieldErrors[field] ? [`${field}-error`] : [])].join(' ') || undefined;
  }

  /** Ties a control to its field (see `fieldControl`), described by the notes named (their ids) and its error. */
  #control(field: Field, ...notes: string[]) {
    return fieldControl(field, Boolean(this.fieldErrors[field]), this.#describedBy(field, ...notes));
  }

  /** A field of the form: its label, its control, its hint (id `<field>-hint`, for the control to name), what follows the hint, and its error. */
  #field(field: Field, label: string, control: TemplateResult, hint?: string, afterHint: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<div class="field">
      <label for=${field}>${label}</label>
      ${control}
      ${hint ? html`<p class="hint" id=${`${field}-hint`}><bdi>${hint}</bdi></p>` : nothing}
      ${afterHint}
      ${this.#error(field)}
    </div>`;
  }

  protected override render(): TemplateResult {
    const l = this.l10n;
    const name = this.mentor?.name ?? '';
    return html`<dialog part="request-dialog" aria-labelledby="title" dir=${l.dir} @close=${this.#onClose} @keydown=${this.#onKeydown}>
      <form novalidate @submit=${this.#submit}>
        <h2 id="title" dir="auto">${l.msg('requestTitle', { name })}</h2>
        <!-- Sentences of the catalog in <bdi>: an English one on a right-to-left page keeps its
             full stop and numbers where English puts them, the layout the page's direction. -->
        <p class="hint"><bdi>${l.msg('requestIntro')}</bdi></p>
        ${this.#field(
          'goal',
          l.msg('requestGoal'),
          html`<textarea
            ${this.#control('goal', 'goal-hint', 'goal-count')}
            rows="4"
            required
            maxlength=${GOAL_MAX}
            .value=${this.goal}
            @input=${(e: InputEvent) => (this.goal = (e.target as HTMLTextAreaElement).value)}
          ></textarea>`,
          l.msg('requestGoalHint'),
          html`<p class="count" id="goal-count" part="goal-count" aria-live="polite">
            <bdi>${l.msg('requestGoalCount', { count: l.number(this.goal.trim().length), max: l.number(GOAL_MAX) })}</bdi>
          </p>`,
        )}
        <div class="pair">
          ${this.#field(
            'cadence',
            l.msg('requestCadence'),
            html`<select ${this.#control('cadence')}>
              ${CADENCES.map((cadence) => html`<option value=${cadence} ?selected=${cadence === 'biweekly'}>${l.msg(`requestCadence_${cadence}`)}</option>`)}
            </select>`,
          )}
          ${this.#field(
            'termWeeks',
            l.msg('requestTerm'),
            html`<input ${this.#control('termWeeks', 'termWeeks-hint')} type="number" inputmode="numeric" min="4" max="52" value="12" required />`,
            l.msg('requestTermHint'),
          )}
        </div>
        ${this.#field('message', l.msg('requestMessage'), html`<textarea ${this.#control('message')} rows="2" maxlength="4000"></textarea>`)}
        ${this.#field(
          'agreement',
          l.msg('requestAgreement'),
          html`<textarea ${this.#control('agreement', 'agreement-hint')} rows="2" maxlength="10000"></textarea>`,
          l.msg('requestAgreementHint'),
        )}
        <fieldset aria-describedby=${this.#describedBy('selfEfficacy', 'confidence-hint') ?? nothing}>
          <legend>${l.msg('requestConfidence')}</legend>
          <p class="hint" id="confidence-hint"><bdi>${l.msg('requestConfidenceHint')}</bdi></p>
          <div class="scale">
            ${[1, 2, 3, 4, 5].map(
              (value) =>
                html`<label><input type="radio" name="selfEfficacy" value=${value} /><bdi>${
                  value === 1 ? l.msg('requestConfidence_1') : value === 5 ? l.msg('requestConfidence_5') : l.number(value)
                }</bdi></label>`,
            )}
          </div>
          ${this.#error('selfEfficacy')}
        </fieldset>
        ${
          this.problem
            ? html`<div part="request-error" role="alert">
                <p>${this.problem.text}</p>
                ${this.problem.requestId ? html`<p>${l.msg('requestId', { id: this.problem.requestId })}</p>` : nothing}
              </div>`
            : nothing
        }
        <div class="actions">
          <button type="button" part="cancel-button" @click=${() => this.close()}>${l.msg('requestCancel')}</button>
          <button type="submit" part="send-button" ?disabled=${this.sending}>${this.sending ? l.msg('requestSending') : l.msg('requestSend')}</button>
        </div>
      </form>
    </dialog>`;
  }
}

MenteoRequestDialog.define('menteo-request-dialog');

declare global {
  interface HTMLElementTagNameMap {
    'menteo-request-dialog': MenteoRequestDialog;
  }
}

/**
 * What asks for mentorship through the built-in dialog: a card, or a mentor's profile. It shows
 * a `request-button` (or, once asked, a `room-link`) in its shadow root.
 */
export type RequestingElement = Pick<MenteoMentorCard, 'mentor' | 'mentorId' | 'viewerRooms' | 'shadowRoot' | 'updateComplete'>;

/**
 * Opens the request dialog for a card's (or a profile's) "Request mentorship": in the card's shadow root (so it
 * takes the card's language, direction and tokens), with the card's mentor. Once the room is
 * created the card shows "Requested · view" and the focus goes there; otherwise the focus goes
 * back to the button. `<menteo-provider>` calls it (loading this module on the first request)
 * when the page has not called `preventDefault()` on `menteo-request-mentorship`.
 *
 * @example
 * ```ts
 * await openRequestDialog(card, connection.stores);
 * ```
 */
export async function openRequestDialog(card: RequestingElement, stores: StoreContext): Promise<void> {
  const root = card.shadowRoot!;
  let dialog = root.querySelector('menteo-request-dialog');
  if (!dialog) {
    dialog = document.createElement('menteo-request-dialog');
    dialog.setAttribute('exportparts', 'request-dialog');
    root.append(dialog);
  }
  const mentorId = card.mentor?.id ?? card.mentorId!;
  dialog.mentor = card.mentor ?? mentorProfileStores(stores).mentor(mentorId).get().data;
  dialog.stores = stores;
  const focus = (part: string) => root.querySelector<HTMLElement>(`[part~="${part}"]`)?.focus();
  // Back to the button, or to what took its place (a 409: the rooms show a request meanwhile).
  const back = () => (root.querySelector('[part~="request-button"]') ? focus('request-button') : focus('room-link'));
  await dialog.open(back, async (roomId) => {
    card.viewerRooms = new Map(card.viewerRooms).set(mentorId, { roomId, state: 'requested' });
    await card.updateComplete;
    focus('room-link');
  });
}
