import { APIError } from '@menteo/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { alertBlock, MenteoConnectedElement } from '../internal/connected-element.js';
import { states } from '../internal/states.js';
import { loadError } from '../internal/load-error.js';
import { ViewerRoomsController } from '../internal/request-dialog/viewer-rooms-controller.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { strings } from './need-finder.strings.js';
import { controlStyles } from '../styles/controls.js';
import { toggleStyles } from '../styles/toggle.js';
import { baseStyles } from '../styles/tokens.js';
import { renderDiagnostic, unanswered } from './diagnostic-step.js';
import { diagnosticQuestions } from './diagnostic-questions.js';
import { openRoadmap, renderPlan, type NeedFinderMatch, whyText } from './growth-plan.js';
import { ThreadStarter } from './thread-starter.js';
import { skillLabel } from './match-reasons.js';
import {
  browserTimeZone,
  charCount,
  defaultNeedFinderLanguages,
  type Field,
  fieldOf,
  goalsLimits,
  languageOptions,
  needFinderSkills,
  parseSkills,
} from './need-finder-options.js';
import { PlanRequest, type PlanState, type Recommendation, type RecommendationRequest } from './plan-request.js';
import { placementOf, type Placement } from './placement.js';
import { styles } from './need-finder.styles.js';
// The results are mentor cards; the page (or define.ts) registers the tag.
import '../mentor-card/mentor-card.js';
import { strings as cardStrings } from '../mentor-card/mentor-card.strings.js';
import { loadLocale } from '../locales/strings.js';

export type { NeedFinderMatch } from './growth-plan.js';
export type { Recommendation, RecommendationRequest } from './plan-request.js';
export type { Placement } from './placement.js';

/**
 * @summary A short need diagnostic whose result is a growth plan: five everyday scenarios
 * place the person between a leadership need (reach a team goal: direction, decisions,
 * deadlines) and a mentorship need (who to become: growth, confidence), "Not sure" included;
 * then goals, skills and language. The plan: why ("the leader hat"), mentors ranked with their
 * score and reasons, a recommended roadmap, and one click to start a growth thread whose first
 * post is the goals.
 *
 * @csspart base - The whole diagnostic.
 * @csspart title - Its heading.
 * @csspart step - "Step 1 of 2".
 * @csspart form - The form of the current step.
 * @csspart question - One scenario question (a radio group); its answers are `answer` parts.
 * @csspart answer - One answer chip (a radio).
 * @csspart why - What the answers say the person needs ("You mostly need direction on a team goal: the leader hat.").
 * @csspart goals - The goals text area.
 * @csspart skills - The group of skill chips; each is a `skill` part.
 * @csspart skill - One skill chip (a checkbox).
 * @csspart language - The language select.
 * @csspart field-error - The error under a field (or under the questions).
 * @csspart continue-button - Step 1's button.
 * @csspart back-button - Step 2's button back to step 1.
 * @csspart submit-button - The "Get my growth plan" button.
 * @csspart error - The failure message, with the request id and a retry button.
 * @csspart retry-button - The retry button.
 * @csspart results - The growth plan.
 * @csspart mentors - The ranked mentors, or the no-match message.
 * @csspart match - One ranked mentor: its card, score and reasons.
 * @csspart score - The match score, as a percentage.
 * @csspart reasons - The list of a mentor's reasons; each is a `reason` part.
 * @csspart reason - One reason a mentor (or the roadmap) fits.
 * @csspart empty - The message shown when no mentor fits.
 * @csspart roadmap - The recommended roadmap: its name, steps, reasons and link.
 * @csspart roadmap-name - The roadmap's title.
 * @csspart roadmap-reasons - Why the roadmap; each is a `reason` part.
 * @csspart roadmap-link - "Open the roadmap" (a link with `roadmap-href`, else a button).
 * @csspart thread - "Keep a growth thread": its hint, button and status.
 * @csspart thread-button - "Start a growth thread".
 * @csspart thread-started - "Thread started.", with a `thread-link` when `thread-href` is set.
 * @csspart thread-link - The link to the new thread.
 * @csspart thread-sign-in - Signed out: "Sign in to start it."
 * @csspart thread-error - The thread could not be created: the request id.
 * @csspart start-over-button - Back to step 1, keeping the answers.
 *
 * @cssprop --menteo-need-finder-background - The background (default `--menteo-color-surface`).
 * @cssprop --menteo-need-finder-color - The text color (default `--menteo-color-on-surface`).
 * @cssprop --menteo-need-finder-muted-color - Hints and secondary text (default `--menteo-color-on-surface-muted`).
 * @cssprop --menteo-need-finder-border-color - Borders of the panel and fields (default `--menteo-color-outline`).
 * @cssprop --menteo-need-finder-radius - The panel's corner radius (default `--menteo-radius`).
 * @cssprop --menteo-need-finder-padding - The panel's padding (default `--menteo-space-5`).
 * @cssprop --menteo-need-finder-selected-background - A chosen answer or skill (default `--menteo-color-accent-surface`).
 *
 * @fires menteo-need-submit - A valid diagnostic was submitted; `detail` is its answers as a match request, with the `placement`.
 * @fires menteo-matches-ready - The plan arrived; `detail.mentorIds` lists its mentors, best first.
 * @fires menteo-plan - The plan arrived; `detail` has the `request` and the whole `plan`.
 * @fires menteo-roadmap-open - The person opened the recommended roadmap (cancelable; `detail` has `roadmapId` and `slug`).
 * @fires menteo-thread-started - "Start a growth thread" created the thread; `detail.threadId` says which.
 * @fires menteo-sign-in-required - Signed out, the person asked to start a thread (`detail.action` is `start-thread`), or to request mentorship from a match's card (`request`).
 * @fires menteo-retry - The person asked to search again after an error.
 * @fires menteo-request-mentorship - From a mentor card inside: the person asked for mentorship; `detail.mentorId` says with whom.
 * @fires menteo-room-requested - Bubbles from a match's card: its built-in dialog created the room; `detail` has `roomId` and `mentorId`.
 * @fires menteo-room-select - Bubbles from a match's card: "view" on a request without `room-href`; `detail.roomId` says which room.
 * @fires menteo-mentor-open - Bubbles from a match's card: its name was activated; `detail.mentorId` says whose profile (cancelable: with `profile-href`, `preventDefault()` keeps the browser from following the link).
 *
 * @example
 * ```html
 * <menteo-provider publishable-key="pk_live_…">
 *   <menteo-need-finder
 *     skills="okrs,delegation,roadmapping,public-speaking,career-change"
 *     roadmap-href="/roadmaps/{slug}"
 *     thread-href="/threads/{id}"
 *   ></menteo-need-finder>
 * </menteo-provider>
 * ```
 */
export class MenteoNeedFinder extends MenteoConnectedElement {
  static override styles = [baseStyles, controlStyles, toggleStyles, styles];

  static override properties = {
    languages: { attribute: false },
    timezone: {},
    limit: { type: Number },
    skills: { converter: { fromAttribute: (value: string | null) => (value === null ? undefined : value) } },
    roadmapHref: { attribute: 'roadmap-href' },
    threadHref: { attribute: 'thread-href' },
    profileHref: { attribute: 'profile-href' },
    ...states('step', 'answers', 'showMissing', 'goals', 'chosen', 'language', 'goalsChecked', 'dismissed', 'notConfigured'),
  };

  constructor() {
    super();
    // Its cards' translation loads with its own, so they do not appear a moment after it.
    this.holdUpdatesFor(() => loadLocale(cardStrings, this.l10n.lang));
    this.languages = defaultNeedFinderLanguages;
    this.limit = 5;
    this.step = 1;
    this.answers = {};
    this.showMissing = false;
    this.goals = '';
    this.chosen = new Set<string>();
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

  /**
   * The skill chips, as an organization's page chooses them: comma-separated tags
   * (`skills="okrs,delegation,public-speaking"`) or an array; unset, twelve common ones. A
   * tag that is not a skill tag (kebab-case) is dropped with a console warning.
   */
  declare skills: string | readonly string[] | undefined;

  /** A link pattern for the recommended roadmap, with `{slug}` or `{id}` (e.g. `/roadmaps/{slug}`); unset, "Open the roadmap" only fires `menteo-roadmap-open`. */
  declare roadmapHref: string | undefined;

  /** A link pattern for a started thread, with `{id}` (e.g. `/threads/{id}`); unset, the page follows `menteo-thread-started`. */
  declare threadHref: string | undefined;

  /**
   * Where a matched mentor's name leads: a pattern with `{id}` (`/mentors/{id}`), e.g. a page with
   * a `<menteo-mentor-profile>`; passed to every card. Without it the name is a button that fires
   * `menteo-mentor-open`.
   */
  declare profileHref: string | undefined;

  declare private step: 1 | 2;
  /** The chosen answer id per question id. */
  declare private answers: Record<string, string>;
  /** Set by a Continue with questions left unanswered. */
  declare private showMissing: boolean;
  declare private goals: string;
  declare private chosen: Set<string>;
  declare private language: string | undefined;
  /** Set by a failed submit; from then on the goals are checked as the person types. */
  declare private goalsChecked: boolean;
  /** Server field errors the person has since edited. */
  declare private dismissed: Set<Field>;
  declare private notConfigured: boolean;

  protected readonly l10n = new LocalizeController(this, strings);
  /** The viewer's rooms, so that each card shows "Requested · view" or "Your mentor" instead of its button. */
  #rooms = new ViewerRoomsController(this, () => (this.signedIn ? this.connection.value?.stores : undefined));
  #plan = new PlanRequest(this, () => this.connection.value?.client);
  #thread = new ThreadStarter(this);
  /** The skill chips on offer (the page's, checked, or the default twelve). */
  #skillChoices: readonly string[] = needFinderSkills;
  /** The plan answer last announced (events + focus), so each is announced once. */
  #announced: PlanState | undefined;
  /** Where focus goes after the next render. */
  #focusNext: string | undefined;

  /** The placement the current answers give. */
  get placement(): Placement {
    return placementOf(diagnosticQuestions, this.answers);
  }

  /** The growth plan on show; `undefined` before it arrives. */
  get plan(): Recommendation | undefined {
    return this.#plan.body ? this.#plan.state.data : undefined;
  }

  /** The ranked mentors of the plan on show, best first; empty before it arrives. */
  get ranked(): readonly NeedFinderMatch[] {
    return this.plan?.mentors ?? [];
  }

  /** Submitted and waiting for the plan. */
  get #busy(): boolean {
    const { loading, error } = this.#plan.state;
    return this.#plan.body !== undefined && !this.plan && (loading || !error);
  }

  get #failure(): Error | undefined {
    const { error, loading } = this.#plan.state;
    return this.#plan.body && error && !loading ? error : undefined;
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

  /** Back to step 1 with every answer kept (what "Start over" does). */
  startOver(): void {
    this.#plan.clear();
    this.#thread.reset();
    this.step = 1;
    this.#focusNext = 'question';
  }

  /** Loads the plan again after a failure, as well as everything else the element follows. */
  override refetch(): Promise<void> {
    const body = this.#plan.body;
    if (body && this.#plan.state.error) this.#plan.load(body);
    return super.refetch();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('skills')) {
      this.#skillChoices = this.skills === undefined ? needFinderSkills : parseSkills(this.skills);
      const kept = [...this.chosen].filter((tag) => this.#skillChoices.includes(tag));
      if (kept.length !== this.chosen.size) this.chosen = new Set(kept);
    }
  }

  protected override updated(): void {
    const { state, body } = this.#plan;
    if (body && state.data && this.#announced !== state) {
      this.#announced = state;
      this.#focusNext = 'results-title';
      this.emit('menteo-matches-ready', { mentorIds: state.data.mentors.map((m) => m.mentor.id) });
      this.emit('menteo-plan', { request: body, plan: state.data });
    }
    const target = this.#focusNext;
    if (!target) return;
    this.#focusNext = undefined;
    const root = this.renderRoot as ShadowRoot;
    const element = target === 'question' ? this.#questionToFocus(root) : root.getElementById(target);
    element?.focus();
  }

  /** The first unanswered question's first answer, else the first question's chosen answer. */
  #questionToFocus(root: ShadowRoot): HTMLElement | null {
    const [missing] = unanswered(this.answers);
    const id = missing ?? diagnosticQuestions[0]?.id;
    return root.querySelector<HTMLInputElement>(`input[name="q-${id}"]:checked`) ?? root.querySelector<HTMLInputElement>(`input[name="q-${id}"]`);
  }

  protected override render(): TemplateResult {
    const l = this.l10n;
    // Its questions need no load: it is ready once it can reach the API.
    if (this.connection.value) this.loaded();
    const plan = this.plan;
    const body = plan
      ? renderPlan({
          l,
          headingLevel: this.headingLevel,
          placement: this.#plan.body?.placement ?? this.placement,
          plan,
          rooms: this.#rooms.rooms,
          roadmapHref: this.roadmapHref,
          threadHref: this.threadHref,
          profileHref: this.profileHref,
          thread: this.#thread.state,
          openRoadmap: (event, roadmap) => openRoadmap(this, event, roadmap),
          startThread: () => void this.#startThread(),
          startOver: () => this.startOver(),
        })
      : this.step === 1
        ? renderDiagnostic({
            l,
            answers: this.answers,
            showMissing: this.showMissing,
            choose: (question, answer) => this.#choose(question, answer),
            submit: (event) => this.#continue(event),
          })
        : this.#renderDetails();
    return html`<section part="base" dir=${l.dir} aria-labelledby="title" aria-busy=${this.#busy ? 'true' : 'false'}>
      <h2 part="title" id="title" aria-level=${this.headingLevel}>${l.msg('needFinder_title')}</h2>
      ${plan ? nothing : html`<p part="step">${l.msg('needFinder_step', { current: this.step, total: 2 })}</p>`} ${body}
      <div class="visually-hidden" role="status" aria-live="polite">${this.#busy ? l.msg('needFinder_submitting') : ''}</div>
    </section>`;
  }

  #renderDetails(): TemplateResult {
    const l = this.l10n;
    const server = this.#fieldErrors;
    const goalsError = this.#goalsError ?? (server['/goals'] ? l.msg('needFinder_fieldRefused', { detail: server['/goals'] }) : undefined);
    const { options, fallback } = languageOptions(this.l10n.lang, this.languages);
    const language = this.language ?? fallback;
    const busy = this.#busy;
    return html`<form part="form" novalidate @submit=${this.#submit}>
      <p part="why"><bdi>${whyText(l, this.placement)}</bdi></p>
      <div class="field">
        <label for="goals">${l.msg('needFinder_goals')}</label>
        <p id="goals-hint" class="hint"><bdi>${l.msg('needFinder_goalsHint', { min: goalsLimits.min, max: l.number(goalsLimits.max) })}</bdi></p>
        <textarea
          id="goals"
          part="goals"
          rows="4"
          .value=${this.goals}
          aria-describedby=${goalsError ? 'goals-hint goals-error' : 'goals-hint'}
          aria-invalid=${goalsError ? 'true' : 'false'}
          @input=${this.#typeGoals}
        ></textarea>
        ${goalsError ? html`<p id="goals-error" part="field-error"><bdi>${goalsError}</bdi></p>` : nothing}
      </div>
      <fieldset part="skills" aria-describedby=${server['/skills'] ? 'skills-error' : nothing}>
        <legend>${l.msg('needFinder_skills')}</legend>
        <div class="chips">
          ${this.#skillChoices.map(
            (skill) => html`<label part="skill" class="toggle">
              <input type="checkbox" value=${skill} .checked=${this.chosen.has(skill)} @change=${(e: Event) => this.#toggleSkill(skill, e)} />
              <span>${skillLabel(l, skill)}</span>
            </label>`,
          )}
        </div>
        ${server['/skills'] ? html`<p id="skills-error" part="field-error"><bdi>${l.msg('needFinder_fieldRefused', { detail: server['/skills'] })}</bdi></p>` : nothing}
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
            ? html`<p id="language-error" part="field-error"><bdi>${l.msg('needFinder_fieldRefused', { detail: server['/language'] })}</bdi></p>`
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

  #choose(question: string, answer: string): void {
    this.answers = { ...this.answers, [question]: answer };
  }

  #continue(event: SubmitEvent): void {
    event.preventDefault();
    if (unanswered(this.answers).length) {
      this.showMissing = true;
      this.#focusNext = 'question';
      return;
    }
    this.showMissing = false;
    this.step = 2;
    this.#focusNext = 'goals';
  }

  #back(): void {
    this.#plan.clear();
    this.step = 1;
    this.#focusNext = 'question';
  }

  #typeGoals(event: InputEvent): void {
    this.goals = (event.target as HTMLTextAreaElement).value;
    this.#dismiss('/goals');
  }

  #toggleSkill(skill: string, event: Event): void {
    const next = new Set(this.chosen);
    if ((event.target as HTMLInputElement).checked) next.add(skill);
    else next.delete(skill);
    this.chosen = next;
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
    if (!this.connection.value) {
      this.notConfigured = true;
      return;
    }
    this.notConfigured = false;
    const placement = this.placement;
    const language = this.language ?? languageOptions(this.l10n.lang, this.languages).fallback;
    const timezone = this.timezone ?? browserTimeZone();
    const skills = this.#skillChoices.filter((s) => this.chosen.has(s));
    const request: RecommendationRequest = {
      placement,
      goals: this.goals.trim(),
      ...(skills.length ? { skills } : {}),
      ...(language ? { language } : {}),
      ...(timezone ? { timezone } : {}),
      limit: this.limit,
    };
    const { placement: _, ...asMatch } = request;
    this.emit('menteo-need-submit', { ...asMatch, need: placement.leadership >= placement.mentorship ? 'leadership' : 'mentorship', placement });
    this.dismissed = new Set();
    this.#thread.reset();
    this.#plan.load(request);
  }

  async #startThread(): Promise<void> {
    const plan = this.plan;
    const client = this.connection.value?.client;
    if (!plan || !client) return;
    if (!this.signedIn) {
      this.#thread.signInRequired();
      // Signed in through the hosted popup: the thread starts at once.
      if (await this.requestSignIn('start-thread')) await this.#startThread();
      return;
    }
    await this.#thread.start(client, { title: this.l10n.msg(`needFinder_threadTitle_${plan.need}`), firstPost: { body: plan.thread.firstPost } });
    if (this.#thread.state.status !== 'started') return;
    this.#focusNext = 'thread-started';
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-need-finder': MenteoNeedFinder;
  }
}
