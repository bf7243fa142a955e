import { APIError, type BodyOf, type ResultOf } from '@menteo/sdk';
import { keyOf, matchStores } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { alertBlock, MenteoConnectedElement } from '../internal/connected-element.js';
import { states } from '../internal/menteo-element.js';
import { loadError } from '../internal/load-error.js';
import { ViewerRoomsController } from '../internal/request-dialog/viewer-rooms-controller.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { strings } from './need-finder.strings.js';
import { StoreController } from '../internal/store-controller.js';
import { controlStyles } from '../styles/controls.js';
import { toggleStyles } from '../styles/toggle.js';
import { baseStyles } from '../styles/tokens.js';
import { charCount, defaultNeedFinderLanguages, goalsLimits, needFinderSkills, type NeedFinderSkill } from './need-finder-options.js';
import { styles } from './need-finder.styles.js';
// The results are mentor cards; the page (or define.ts) registers the tag.
import '../mentor-card/mentor-card.js';
import { strings as cardStrings } from '../mentor-card/mentor-card.strings.js';
import { loadLocale } from '../locales/strings.js';

type MatchRequest = BodyOf<'createMatch'>;
type MatchList = ResultOf<'createMatch'>;
/** One ranked mentor with its score and reasons. */
export type NeedFinderMatch = MatchList['data'][number];
type Need = MatchRequest['need'];

const needs: readonly Need[] = ['leadership', 'mentorship'];

/** The step-2 fields a server-side field error can point at; anything else is shown for the whole form. */
const fields = ['/goals', '/skills', '/language'] as const;
type Field = (typeof fields)[number];

const fieldOf = (pointer: string): Field | undefined => fields.find((f) => pointer === f || pointer.startsWith(`${f}/`));

/** The browser's IANA time zone, so mentors a few hours away rank higher. */
const browserTimeZone = (): string | undefined => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
};

/**
 * @summary "What do you need right now?": a two-step questionnaire — a leadership need
 * (reach a team goal: direction, decisions, deadlines) or a mentorship need (who to become:
 * growth, self-discovery), then goals, skills and language — answered with mentors ranked
 * for that need, each with its score and the reasons it fits.
 *
 * @csspart base - The whole questionnaire.
 * @csspart title - Its heading.
 * @csspart step - "Step 1 of 2".
 * @csspart form - The form of the current step.
 * @csspart needs - The group of the two needs; each is a `need` part.
 * @csspart need - One need: its radio, name and description.
 * @csspart goals - The goals text area.
 * @csspart skills - The group of skill chips; each is a `skill` part.
 * @csspart skill - One skill chip (a checkbox).
 * @csspart language - The language select.
 * @csspart field-error - The error under a field.
 * @csspart continue-button - Step 1's button.
 * @csspart back-button - Step 2's button back to step 1.
 * @csspart submit-button - The "Find mentors" button.
 * @csspart error - The failure message, with the request id and a retry button.
 * @csspart retry-button - The retry button.
 * @csspart results - The ranked mentors, or the no-match message.
 * @csspart match - One ranked mentor: its card, score and reasons.
 * @csspart score - The match score, as a percentage.
 * @csspart reasons - The list of reasons; each is a `reason` part.
 * @csspart reason - One reason the mentor fits.
 * @csspart empty - The message shown when no mentor fits.
 * @csspart start-over-button - Back to step 1, keeping the answers.
 *
 * @cssprop --menteo-need-finder-background - The background (default `--menteo-color-surface`).
 * @cssprop --menteo-need-finder-color - The text color (default `--menteo-color-on-surface`).
 * @cssprop --menteo-need-finder-muted-color - Hints and secondary text (default `--menteo-color-on-surface-muted`).
 * @cssprop --menteo-need-finder-border-color - Borders of the panel and fields (default `--menteo-color-outline`).
 * @cssprop --menteo-need-finder-radius - The panel's corner radius (default `--menteo-radius`).
 * @cssprop --menteo-need-finder-padding - The panel's padding (default `--menteo-space-5`).
 * @cssprop --menteo-need-finder-selected-background - A chosen need or skill (default `--menteo-color-accent-surface`).
 *
 * @fires menteo-need-submit - A valid questionnaire was submitted; `detail` is the match request.
 * @fires menteo-matches-ready - Ranked matches arrived; `detail.mentorIds` lists them, best first.
 * @fires menteo-retry - The person asked to search again after an error.
 * @fires menteo-request-mentorship - From a mentor card inside: the person asked for mentorship; `detail.mentorId` says with whom.
 * @fires menteo-sign-in-required - Bubbles from a match's card: signed out, the person asked for mentorship (`detail.action` is `request`).
 * @fires menteo-room-requested - Bubbles from a match's card: its built-in dialog created the room; `detail` has `roomId` and `mentorId`.
 * @fires menteo-room-select - Bubbles from a match's card: "view" on a request without `room-href`; `detail.roomId` says which room.
 *
 * @example
 * ```html
 * <menteo-provider publishable-key="pk_live_…">
 *   <menteo-need-finder id="finder"></menteo-need-finder>
 *   <menteo-mentor-search for="finder"></menteo-mentor-search>
 * </menteo-provider>
 * ```
 */
export class MenteoNeedFinder extends MenteoConnectedElement {
  static override styles = [baseStyles, controlStyles, toggleStyles, styles];

  static override properties = {
    languages: { attribute: false },
    timezone: {},
    limit: { type: Number },
    ...states('step', 'need', 'goals', 'skills', 'language', 'needError', 'goalsChecked', 'dismissed', 'request', 'notConfigured'),
  };

  constructor() {
    super();
    // Its cards' translation loads with its own, so they do not appear a moment after it.
    this.holdUpdatesFor(() => loadLocale(cardStrings, this.l10n.lang));
    this.languages = defaultNeedFinderLanguages;
    this.limit = 5;
    this.step = 1;
    this.goals = '';
    this.skills = new Set<NeedFinderSkill>();
    this.needError = false;
    this.goalsChecked = false;
    this.dismissed = new Set<Field>();
    this.notConfigured = false;
  }

  /** The mentoring languages offered (BCP 47 tags); the page's language is added when missing. */
  declare languages: readonly string[];

  /** The person's IANA time zone; the browser's when unset. */
  declare timezone: string | undefined;

  /** How many mentors to rank (1–20). */
  declare limit: number;

  declare private step: 1 | 2;
  declare private need: Need | undefined;
  declare private goals: string;
  declare private skills: Set<NeedFinderSkill>;
  declare private language: string | undefined;
  declare private needError: boolean;
  /** Set by a failed submit; from then on the goals are checked as the person types. */
  declare private goalsChecked: boolean;
  /** Server field errors the person has since edited. */
  declare private dismissed: Set<Field>;
  declare private request: MatchRequest | undefined;
  declare private notConfigured: boolean;

  /** The match stores of this element's connection (built once per connection). */
  #mentors = () => {
    const stores = this.connection.value?.stores;
    return stores && matchStores(stores);
  };
  protected readonly l10n = new LocalizeController(this, strings);
  /** The viewer's rooms, so that each card shows "Requested · view" or "Your mentor" instead of its button. */
  #rooms = new ViewerRoomsController(this, () => (this.signedIn ? this.connection.value?.stores : undefined));
  #matches = new StoreController<MatchList>(this, () => (this.request ? this.#mentors()?.matches(this.request) : undefined));
  /** The request whose results were last announced (event + focus), so each is announced once. */
  #announced: string | undefined;
  /** Where focus goes after the next render. */
  #focusNext: string | undefined;

  /** The ranked matches on show, best first; empty before results arrive. */
  get ranked(): readonly NeedFinderMatch[] {
    return this.#results ?? [];
  }

  get #results(): NeedFinderMatch[] | undefined {
    return this.request ? this.#matches.state.data?.data : undefined;
  }

  /** Submitted and waiting: from the submit itself (the store starts its request a microtask later) until an answer. */
  get #busy(): boolean {
    const { loading, error } = this.#matches.state;
    return this.request !== undefined && !this.#results && (loading || !error);
  }

  get #failure(): Error | undefined {
    const { error, loading } = this.#matches.state;
    return this.request && error && !loading && !this.#results ? error : undefined;
  }

  /** The server's field errors for the current request (a 422), minus those edited since. */
  get #fieldErrors(): Partial<Record<Field | 'other', string>> {
    const error = this.#failure;
    if (!(error instanceof APIError) || error.status !== 422) return {};
    const out: Partial<Record<Field | 'other', string>> = {};
    for (const [pointer, detail] of Object.entries(error.fieldErrors)) {
      const field = fieldOf(pointer);
      if (field && this.dismissed.has(field)) continue;
      const key = field ?? 'other';
      out[key] = out[key] ? `${out[key]}; ${detail}` : detail;
    }
    return out;
  }

  get #goalsError(): string | undefined {
    if (!this.goalsChecked) return undefined;
    const { min, max } = goalsLimits;
    const count = charCount(this.goals.trim());
    const l = this.l10n;
    if (count < min) return l.msg('needFinder_goalsTooShort', { min, count });
    if (count > max) return l.msg('needFinder_goalsTooLong', { max: l.number(max), count: l.number(count) });
    return undefined;
  }

  /** The language options, and which one the page's language selects. */
  get #languageOptions(): { options: string[]; fallback: string } {
    const page = this.l10n.lang;
    const base = page.split('-')[0] ?? page;
    const options = [...new Set(this.languages)];
    const fallback = options.includes(page) ? page : options.includes(base) ? base : page;
    if (!options.includes(fallback)) options.unshift(fallback);
    return { options, fallback };
  }

  /** Back to step 1 with every answer kept (what "Start over" does). */
  startOver(): void {
    this.request = undefined;
    this.step = 1;
    this.#focusNext = 'need';
  }

  protected override updated(): void {
    const results = this.#results;
    if (this.request && results && !this.#matches.state.loading) {
      const key = keyOf(this.request);
      if (this.#announced !== key) {
        this.#announced = key;
        this.#focusNext = 'results-title';
        this.emit('menteo-matches-ready', { mentorIds: results.map((m) => m.mentor.id) });
      }
    }
    const target = this.#focusNext;
    if (!target) return;
    this.#focusNext = undefined;
    const root = this.renderRoot as ShadowRoot;
    const element =
      target === 'need'
        ? (root.querySelector<HTMLInputElement>('input[name="need"]:checked') ?? root.querySelector<HTMLInputElement>('input[name="need"]'))
        : root.getElementById(target);
    element?.focus();
  }

  protected override render(): TemplateResult {
    const l = this.l10n;
    const results = this.#results;
    const body = results ? this.#renderResults(results) : this.step === 1 ? this.#renderNeed() : this.#renderDetails();
    return html`<section part="base" dir=${l.dir} aria-labelledby="title" aria-busy=${this.#busy ? 'true' : 'false'}>
      <h2 part="title" id="title" aria-level=${this.headingLevel}>${l.msg('needFinder_title')}</h2>
      ${results ? nothing : html`<p part="step">${l.msg('needFinder_step', { current: this.step, total: 2 })}</p>`} ${body}
      <div class="visually-hidden" role="status" aria-live="polite">${this.#busy ? l.msg('needFinder_submitting') : ''}</div>
    </section>`;
  }

  #renderNeed(): TemplateResult {
    const l = this.l10n;
    const error = this.needError ? l.msg('needFinder_needRequired') : undefined;
    return html`<form part="form" novalidate @submit=${this.#continue}>
      <fieldset part="needs">
        <legend>${l.msg('needFinder_needLegend')}</legend>
        ${needs.map(
          (need) => html`<div part="need" class="option ${this.need === need ? 'selected' : ''}">
            <input
              type="radio"
              id="need-${need}"
              name="need"
              value=${need}
              .checked=${this.need === need}
              aria-describedby=${`need-${need}-hint${error ? ' need-error' : ''}`}
              aria-invalid=${error ? 'true' : 'false'}
              @change=${() => this.#chooseNeed(need)}
            />
            <label for="need-${need}">${l.msg(`needFinder_need_${need}`)}</label>
            <p id="need-${need}-hint" class="hint">${l.msg(`needFinder_need_${need}Hint`)}</p>
          </div>`,
        )}
        ${error ? html`<p id="need-error" part="field-error">${error}</p>` : nothing}
      </fieldset>
      <div class="actions">
        <button part="continue-button" class="primary" type="submit">${l.msg('needFinder_continue')}</button>
      </div>
    </form>`;
  }

  #renderDetails(): TemplateResult {
    const l = this.l10n;
    const server = this.#fieldErrors;
    const goalsError = this.#goalsError ?? (server['/goals'] ? l.msg('needFinder_fieldRefused', { detail: server['/goals'] }) : undefined);
    const { options, fallback } = this.#languageOptions;
    const language = this.language ?? fallback;
    const busy = this.#busy;
    return html`<form part="form" novalidate @submit=${this.#submit}>
      <div class="field">
        <label for="goals">${l.msg('needFinder_goals')}</label>
        <p id="goals-hint" class="hint">${l.msg('needFinder_goalsHint', { min: goalsLimits.min, max: l.number(goalsLimits.max) })}</p>
        <textarea
          id="goals"
          part="goals"
          rows="4"
          .value=${this.goals}
          aria-describedby=${goalsError ? 'goals-hint goals-error' : 'goals-hint'}
          aria-invalid=${goalsError ? 'true' : 'false'}
          @input=${this.#typeGoals}
        ></textarea>
        ${goalsError ? html`<p id="goals-error" part="field-error">${goalsError}</p>` : nothing}
      </div>
      <fieldset part="skills" aria-describedby=${server['/skills'] ? 'skills-error' : nothing}>
        <legend>${l.msg('needFinder_skills')}</legend>
        <div class="chips">
          ${needFinderSkills.map(
            (skill) => html`<label part="skill" class="toggle">
              <input type="checkbox" value=${skill} .checked=${this.skills.has(skill)} @change=${(e: Event) => this.#toggleSkill(skill, e)} />
              <span>${l.msg(`needFinder_skill_${skill}`)}</span>
            </label>`,
          )}
        </div>
        ${server['/skills'] ? html`<p id="skills-error" part="field-error">${l.msg('needFinder_fieldRefused', { detail: server['/skills'] })}</p>` : nothing}
      </fieldset>
      <div class="field">
        <label for="language">${l.msg('needFinder_language')}</label>
        <select
          id="language"
          part="language"
          aria-describedby=${server['/language'] ? 'language-error' : nothing}
          aria-invalid=${server['/language'] ? 'true' : 'false'}
          @change=${this.#chooseLanguage}
        >
          ${options.map((tag) => html`<option value=${tag} ?selected=${tag === language}>${l.language(tag)}</option>`)}
          <option value="" ?selected=${language === ''}>${l.msg('needFinder_anyLanguage')}</option>
        </select>
        ${
          server['/language']
            ? html`<p id="language-error" part="field-error">${l.msg('needFinder_fieldRefused', { detail: server['/language'] })}</p>`
            : nothing
        }
      </div>
      ${this.#renderFailure()}
      <div class="actions">
        <button part="back-button" type="button" @click=${this.#back}>${l.msg('needFinder_back')}</button>
        <button part="submit-button" class="primary" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${l.msg('needFinder_submitting')}` : l.msg('needFinder_submit')}
        </button>
      </div>
    </form>`;
  }

  #renderFailure(): TemplateResult | typeof nothing {
    const l = this.l10n;
    if (this.notConfigured && !this.connection.value) {
      return alertBlock(l.msg('notConfigured'));
    }
    const error = this.#failure;
    if (!error) return nothing;
    if (error instanceof APIError && error.status === 422) {
      const other = this.#fieldErrors.other;
      if (!other && Object.keys(error.fieldErrors).length > 0) return nothing; // shown next to their fields
      return html`<div part="error" role="alert">
        <p>${l.msg('needFinder_requestRefused')}</p>
        ${other ? html`<p>${other}</p>` : nothing}
        ${error.requestId ? html`<p class="request-id">${l.msg('requestId', { id: error.requestId })}</p>` : nothing}
      </div>`;
    }
    return loadError(l, l.msg('needFinder_error'), error, this.retry);
  }

  #renderResults(results: NeedFinderMatch[]): TemplateResult {
    const l = this.l10n;
    return html`<div part="results">
      <h3 id="results-title" tabindex="-1" aria-level=${this.headingLevel + 1}>${l.msg('needFinder_results')}</h3>
      ${
        results.length
          ? html`<p class="hint">${l.msg('needFinder_resultsCount', { count: results.length })}</p>
            <ol class="matches" aria-labelledby="results-title">
              ${results.map(
                (match, i) => html`<li part="match">
                  <menteo-mentor-card .mentor=${match.mentor} .viewerRooms=${this.#rooms.rooms} variant="compact"></menteo-mentor-card>
                  <p part="score">${l.msg('needFinder_score', { percent: l.number(match.score, { style: 'percent', maximumFractionDigits: 0 }) })}</p>
                  <p id="reasons-${i}" class="reasons-title">${l.msg('needFinder_reasons')}</p>
                  <ul part="reasons" aria-labelledby="reasons-${i}">
                    ${match.reasons.map((reason) => html`<li part="reason" data-code=${reason.code}>${reason.text}</li>`)}
                  </ul>
                </li>`,
              )}
            </ol>`
          : html`<p part="empty">${l.msg('needFinder_noMatches')}</p>`
      }
      <div class="actions">
        <button part="start-over-button" type="button" @click=${() => this.startOver()}>${l.msg('needFinder_startOver')}</button>
      </div>
    </div>`;
  }

  #chooseNeed(need: Need): void {
    this.need = need;
    this.needError = false;
  }

  #continue(event: SubmitEvent): void {
    event.preventDefault();
    if (!this.need) {
      this.needError = true;
      this.#focusNext = 'need';
      return;
    }
    this.step = 2;
    this.#focusNext = 'goals';
  }

  #back(): void {
    this.request = undefined;
    this.step = 1;
    this.#focusNext = 'need';
  }

  #typeGoals(event: InputEvent): void {
    this.goals = (event.target as HTMLTextAreaElement).value;
    this.#dismiss('/goals');
  }

  #toggleSkill(skill: NeedFinderSkill, event: Event): void {
    const next = new Set(this.skills);
    if ((event.target as HTMLInputElement).checked) next.add(skill);
    else next.delete(skill);
    this.skills = next;
    this.#dismiss('/skills');
  }

  #chooseLanguage(event: Event): void {
    this.language = (event.target as HTMLSelectElement).value;
    this.#dismiss('/language');
  }

  #dismiss(field: Field): void {
    if (!this.dismissed.has(field)) this.dismissed = new Set([...this.dismissed, field]);
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.#busy) return;
    this.goalsChecked = true;
    if (this.#goalsError) {
      this.#focusNext = 'goals';
      return;
    }
    const need = this.need;
    if (!need) {
      this.#back();
      this.needError = true;
      return;
    }
    if (!this.connection.value) {
      this.notConfigured = true;
      return;
    }
    this.notConfigured = false;
    const language = this.language ?? this.#languageOptions.fallback;
    const timezone = this.timezone ?? browserTimeZone();
    const skills = needFinderSkills.filter((s) => this.skills.has(s));
    const request: MatchRequest = {
      need,
      goals: this.goals.trim(),
      ...(skills.length ? { skills } : {}),
      ...(language ? { language } : {}),
      ...(timezone ? { timezone } : {}),
      limit: this.limit,
    };
    this.emit('menteo-need-submit', request);
    const again = this.request !== undefined && keyOf(this.request) === keyOf(request);
    this.request = request;
    this.dismissed = new Set();
    this.#announced = undefined;
    // The same request again (after an error) keeps its store: ask it to load again.
    if (again) void this.refetch();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-need-finder': MenteoNeedFinder;
  }
}
