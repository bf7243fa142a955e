import type { Roadmap, RoadmapProgress } from '@menteo/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../internal/style-props.js';
import { states } from '../internal/menteo-element.js';
import { MenteoConnectedElement } from '../internal/connected-element.js';
import { signInView } from '../internal/sign-in.js';
import { loadError, requestIdLine } from '../internal/load-error.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { renderMarkdown, safeHref } from '../internal/markdown.js';
import { strings } from './roadmap-stepper.strings.js';
import { StoreController } from '../internal/store-controller.js';
import { controlStyles } from '../styles/controls.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { baseStyles } from '../styles/tokens.js';
import { styles } from './roadmap-stepper.styles.js';
import { roadmapStores } from '@menteo/sdk/stores';

type Step = Roadmap['steps'][number];
type StepState = RoadmapProgress['steps'][number]['state'];

/** An icon per state, shown beside its name: state is never told by colour alone. */
const icons: Record<StepState, string> = { todo: '○', doing: '◐', done: '✓', skipped: '↷' };

/** The progress buttons: a segmented control of the step's states, the current one pressed. */
const actions = [
  { state: 'todo', label: 'roadmapState_todo' },
  { state: 'doing', label: 'roadmapState_doing' },
  { state: 'done', label: 'roadmapState_done' },
  { state: 'skipped', label: 'roadmapState_skipped' },
] as const;

/**
 * @summary A roadmap as an ordered list of steps. Anyone sees its header, its steps, their
 * summaries and resources; a signed-in person (a provider with a user token) also sees their
 * progress bar, each step's state, and marks steps done, in progress, skipped or back to do,
 * with a note per step. Changes show at once and are undone if the API refuses them.
 *
 * @csspart base - The whole stepper.
 * @csspart header - Title, author and facts.
 * @csspart title - The roadmap's title.
 * @csspart author - The author's name and role.
 * @csspart meta - Level, estimated hours and step count; each is a `meta-item` part.
 * @csspart meta-item - One fact.
 * @csspart progress - The progress bar's track (`role="progressbar"`), signed in only.
 * @csspart progress-fill - The filled part of the bar.
 * @csspart progress-label - The percentage and finished-step count.
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step; also `step-current` for the current one and `step-<state>` for its state.
 * @csspart step-header - The button that expands or collapses a step (arrow keys move between them).
 * @csspart step-state - A step's state: icon and text.
 * @csspart step-panel - An expanded step's summary, resources and controls.
 * @csspart summary - A step's summary.
 * @csspart sign-in-required - For a signed-out reader: why there are no progress controls, with a `sign-in-button`.
 * @csspart sign-in-button - Signs the reader in: fires `menteo-sign-in-required`, then does what `sign-in` says (the hosted popup, the site's login).
 * @csspart sign-in-error - A sign-in that did not finish (popup closed or blocked, access denied): a short message.
 * @csspart account - "Signed in as <name> · Sign out", for a reader who signed in through the hosted popup.
 * @csspart sign-out-button - Signs that reader out: every element of the page (or provider) returns to signed out.
 * @csspart resources - A step's resources; each link is a `resource` part.
 * @csspart resource - One resource link (opens in a new tab).
 * @csspart actions - A step's progress buttons; each is an `action` part, `aria-pressed` for the step's state.
 * @csspart action - One progress button.
 * @csspart note - A step's note field.
 * @csspart note-button - The "Save note" button.
 * @csspart update-error - The message shown when a change was refused, with the request id.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The load error, with the request id and a retry button; also "not found".
 * @csspart retry-button - The retry button.
 *
 * @cssprop --menteo-stepper-background - The background (default `--menteo-color-surface`).
 * @cssprop --menteo-stepper-color - Its text color (default `--menteo-color-on-surface`).
 * @cssprop --menteo-stepper-muted-color - Secondary text (default `--menteo-color-on-surface-muted`).
 * @cssprop --menteo-stepper-border-color - Borders (default `--menteo-color-outline`).
 * @cssprop --menteo-stepper-radius - Corner radius (default `--menteo-radius`).
 * @cssprop --menteo-stepper-padding - Padding (default `--menteo-space-4`).
 * @cssprop --menteo-stepper-bar-color - The progress bar's fill (default `--menteo-color-primary`).
 * @cssprop --menteo-stepper-done-color - The done state's accent (default `--menteo-color-primary`).
 *
 * @fires menteo-progress-change - The API accepted a change to a step; `detail` has `roadmapId`, `stepId` and `state`.
 * @fires menteo-retry - The person asked to load again after an error.
 * @fires menteo-sign-in-required - A signed-out reader asked to track progress (`detail.action` is `progress`). Cancelable: `preventDefault()` keeps the element from opening the sign-in its `sign-in` mode names, so the page opens its own.
 *
 * @example
 * ```html
 * <menteo-provider publishable-key="pk_live_…">
 *   <menteo-roadmap-stepper roadmap-id="senior-engineer-to-engineering-manager"></menteo-roadmap-stepper>
 * </menteo-provider>
 * <script type="module">
 *   document.querySelector('menteo-provider').getToken = () => fetch('/menteo-token').then((r) => r.text());
 * </script>
 * ```
 */
export class MenteoRoadmapStepper extends MenteoConnectedElement {
  static override styles = [baseStyles, controlStyles, skeletonStyles, styles];

  static override properties = {
    roadmapId: { attribute: 'roadmap-id', reflect: true },
    ...states('expanded', 'focusId', 'savedNote', 'updateError'),
  };

  /** The roadmap to show: its id (`rdm_…`) or its slug. */
  declare roadmapId: string | undefined;

  /** Steps the person opened or closed; `undefined` until they touch one, so the current step is open. */
  declare private expanded: Set<string> | undefined;
  /** The step header that takes Tab (roving tabindex). */
  declare private focusId: string | undefined;
  declare private updateError: { stepId: string; error: unknown } | undefined;
  declare private savedNote: string | undefined;

  /** Unsaved note text, per step. */
  #drafts = new Map<string, string>();
  /** The roadmapStores stores of this element's connection (built once per connection). */
  #roadmaps = () => {
    const stores = this.connection.value?.stores;
    return stores && roadmapStores(stores);
  };
  protected readonly l10n = new LocalizeController(this, strings);
  #roadmap = new StoreController<Roadmap>(this, () => (this.roadmapId ? this.#roadmaps()?.roadmap(this.roadmapId) : undefined));
  #progress = new StoreController<RoadmapProgress>(this, () =>
    this.roadmapId && this.signedIn ? this.#roadmaps()?.roadmapProgress(this.roadmapId) : undefined,
  );

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('roadmapId')) {
      this.expanded = undefined;
      this.focusId = undefined;
      this.updateError = undefined;
      this.#drafts.clear();
    }
  }

  protected override render(): TemplateResult {
    const l = this.l10n;
    const roadmap = this.#roadmap.state;
    const progress = this.#progress.state;
    // Signed in, the roadmap waits for the progress (or its error) before it shows.
    const ready = !this.signedIn || progress.data || progress.error;
    return this.renderStatus({
      needed: this.roadmapId,
      data: ready && roadmap.data,
      error: !roadmap.loading && !roadmap.data && roadmap.error,
      says: { failed: l.msg('roadmapLoadError'), notFound: l.msg('roadmapNotFound'), loading: l.msg('roadmapLoading') },
      complete: (data) => this.#renderRoadmap(data, this.signedIn ? progress.data : undefined),
      pending: () =>
        html`<div aria-hidden="true" class="bones">
          <div class="bone w-70 title"></div>
          <div class="bone w-45"></div>
          <div class="bone bar"></div>
          ${[1, 2, 3, 4].map(() => html`<div class="bone row"></div>`)}
        </div>`,
    });
  }

  #renderRoadmap(roadmap: Roadmap, progress: RoadmapProgress | undefined): TemplateResult {
    const l = this.l10n;
    const byStep = new Map(progress?.steps.map((s) => [s.stepId, s]));
    // Signed out there is no "current" step: the first one opens.
    const currentId = progress ? progress.currentStepId : (roadmap.steps[0]?.id ?? null);
    const expanded = this.expanded ?? new Set(currentId ? [currentId] : []);
    const focusId = roadmap.steps.some((s) => s.id === this.focusId) ? this.focusId : (currentId ?? roadmap.steps[0]?.id);
    const finished = progress ? progress.doneCount + progress.skippedCount : 0;
    return html`
      <header part="header">
        <h2 part="title" dir="auto" aria-level=${this.headingLevel}>${roadmap.title}</h2>
        <p part="author">${l.msg('roadmapBy', { name: roadmap.author.name, title: roadmap.author.title })}</p>
        <ul part="meta" aria-label=${l.msg('roadmapAbout')}>
          <li part="meta-item">${l.msg(`roadmapLevel_${roadmap.level}`)}</li>
          <li part="meta-item">${l.msg('roadmapHours', { hours: roadmap.estimatedHours, formatted: l.number(roadmap.estimatedHours) })}</li>
          <li part="meta-item">${l.msg('roadmapStepCount', { count: roadmap.stepCount })}</li>
        </ul>
      </header>
      ${this.signedIn && !progress && this.#progress.state.error ? loadError(l, l.msg('roadmapProgressLoadError'), this.#progress.state.error, this.retry) : nothing}
      ${
        progress
          ? html`<div class="progress">
            <div
              part="progress"
              role="progressbar"
              aria-label=${l.msg('roadmapYourProgress')}
              aria-valuemin="0"
              aria-valuemax="100"
              aria-valuenow=${progress.percent}
              aria-valuetext=${`${l.msg('roadmapPercent', { percent: l.number(progress.percent / 100, { style: 'percent' }) })}, ${l.msg('roadmapFinished', { finished, total: progress.steps.length })}`}
            >
              <div part="progress-fill" ${styleProps({ 'inline-size': `${progress.percent}%` })}></div>
            </div>
            <p part="progress-label" aria-hidden="true">
              <strong>${l.msg('roadmapPercent', { percent: l.number(progress.percent / 100, { style: 'percent' }) })}</strong>
              · ${l.msg('roadmapFinished', { finished, total: progress.steps.length })}
            </p>
          </div>`
          : nothing
      }
      <ol part="steps" aria-label=${l.msg('roadmapSteps')} @keydown=${(e: KeyboardEvent) => this.#onKeydown(e, roadmap)}>
        ${roadmap.steps.map((step) =>
          this.#renderStep(
            roadmap,
            step,
            byStep.get(step.id)?.state,
            byStep.get(step.id)?.note ?? null,
            step.id === currentId && !!progress,
            expanded.has(step.id),
            step.id === focusId,
          ),
        )}
      </ol>
      ${signInView?.account(this.connection.value, l)}
    `;
  }

  #renderStep(
    roadmap: Roadmap,
    step: Step,
    stepState: StepState | undefined,
    note: string | null,
    current: boolean,
    open: boolean,
    focusable: boolean,
  ): TemplateResult {
    const l = this.l10n;
    const parts = ['step', current ? 'step-current' : '', stepState ? `step-${stepState}` : ''].filter(Boolean).join(' ');
    const error = this.updateError?.stepId === step.id ? this.updateError.error : undefined;
    return html`<li part=${parts} data-step-id=${step.id} data-state=${stepState ?? nothing}>
      <h3 aria-level=${this.headingLevel + 1}>
        <button
          part="step-header"
          type="button"
          id="header-${step.id}"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="panel-${step.id}"
          tabindex=${focusable ? 0 : -1}
          @click=${() => this.#toggle(roadmap, step.id)}
          @focus=${() => (this.focusId = step.id)}
        >
          <span class="position" aria-hidden="true">${l.number(step.position)}</span>
          <span class="visually-hidden">${l.msg('roadmapStepNumber', { position: step.position })}:</span>
          <span class="step-title" dir="auto">${step.title}</span>
          ${step.optional ? html`<span class="tag">(${l.msg('roadmapOptional')})</span>` : nothing}
          ${current ? html`<span class="tag current">· ${l.msg('roadmapCurrent')}</span>` : nothing}
          ${
            stepState
              ? html`<span part="step-state" class="state state-${stepState}"
                ><span aria-hidden="true">${icons[stepState]}</span> <span>${l.msg(`roadmapState_${stepState}`)}</span></span
              >`
              : nothing
          }
          <span class="chevron" aria-hidden="true"></span>
        </button>
      </h3>
      <div part="step-panel" id="panel-${step.id}" ?hidden=${!open}>
        ${open ? this.#renderPanel(roadmap, step, stepState, note, error) : nothing}
      </div>
    </li>`;
  }

  #renderPanel(roadmap: Roadmap, step: Step, stepState: StepState | undefined, note: string | null, error: unknown): TemplateResult {
    const l = this.l10n;
    return html`
      <div part="summary" dir="auto">${renderMarkdown(step.summary, { softBreaks: true })}</div>
      ${
        step.resources.length
          ? html`<h4 class="visually-hidden" aria-level=${this.headingLevel + 2}>${l.msg('roadmapResources')}</h4>
            <ul part="resources">
              ${step.resources.map(
                (r) =>
                  html`<li>
                    <span class="kind">${l.msg(`roadmapKind_${r.kind}`)}:</span>
                    ${
                      safeHref(r.url)
                        ? html`<a part="resource" href=${safeHref(r.url)} target="_blank" rel="noopener noreferrer"
                          >${r.title}<span class="visually-hidden"> ${l.msg('roadmapNewTab')}</span><span aria-hidden="true" class="external">↗</span></a
                        >`
                        : html`<span part="resource">${r.title}</span>`
                    }
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        stepState
          ? html`<div part="actions" role="group" aria-label=${l.msg('roadmapActions', { title: step.title })}>
              ${actions.map(
                (a) =>
                  html`<button part="action" type="button" data-state=${a.state} aria-pressed=${stepState === a.state ? 'true' : 'false'} @click=${() => this.#setState(roadmap, step.id, a.state)}>
                    ${l.msg(a.label)}
                  </button>`,
              )}
            </div>
            ${
              error
                ? html`<div part="update-error" role="alert">
                  <p>${l.msg('roadmapUpdateError')}</p>
                  ${requestIdLine(this.l10n, error) ?? html`<p>${l.msg('connectionError')}</p>`}
                </div>`
                : nothing
            }
            <div class="note">
              <label for="note-${step.id}">${l.msg('roadmapNote')}</label>
              <textarea
                part="note"
                id="note-${step.id}"
                maxlength="2000"
                rows="3"
                .value=${this.#drafts.get(step.id) ?? note ?? ''}
                @input=${(e: Event) => this.#drafts.set(step.id, (e.target as HTMLTextAreaElement).value)}
              ></textarea>
              <div class="note-row">
                <button part="note-button" type="button" @click=${() => this.#saveNote(roadmap, step.id, stepState)}>${l.msg('roadmapSaveNote')}</button>
                <span role="status">${this.savedNote === step.id ? l.msg('roadmapNoteSaved') : nothing}</span>
              </div>
            </div>`
          : this.signedIn
            ? nothing
            : html`<p part="sign-in-required">
                ${l.msg('roadmapSignInToTrack')}
                <button part="sign-in-button" type="button" @click=${() => this.requestSignIn('progress')}>${l.msg('signIn')}</button>
              </p>
              ${signInView?.notice(this, l)}`
      }
    `;
  }

  /** The open steps as shown now: the person's choice, else the current step. */
  #openSteps(roadmap: Roadmap): Set<string> {
    const progress = this.signedIn ? this.#progress.state.data : undefined;
    const currentId = progress ? progress.currentStepId : (roadmap.steps[0]?.id ?? null);
    return new Set(this.expanded ?? (currentId ? [currentId] : []));
  }

  #toggle(roadmap: Roadmap, stepId: string): void {
    const next = this.#openSteps(roadmap);
    if (next.has(stepId)) next.delete(stepId);
    else next.add(stepId);
    this.expanded = next;
    this.focusId = stepId;
  }

  #onKeydown(event: KeyboardEvent, roadmap: Roadmap): void {
    const header = event.composedPath()[0];
    if (!(header instanceof HTMLElement) || header.getAttribute('part') !== 'step-header') return;
    const headers = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="step-header"]')];
    const index = headers.indexOf(header as HTMLButtonElement);
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: headers.length - 1 }[event.key];
    if (target === undefined) return; // Enter and Space are the button's own click.
    event.preventDefault();
    const next = headers[Math.max(0, Math.min(headers.length - 1, target))];
    const stepId = next?.closest('li')?.dataset.stepId;
    if (!next || !stepId || !roadmap.steps.some((s) => s.id === stepId)) return;
    this.focusId = stepId;
    next.focus();
  }

  async #setState(roadmap: Roadmap, stepId: string, next: StepState, note?: string | null): Promise<boolean> {
    const stores = this.#roadmaps();
    if (!stores || !this.roadmapId) return false;
    this.updateError = undefined;
    this.savedNote = undefined;
    // The step stays open while the current step moves on, so focus stays on its button.
    this.expanded = this.#openSteps(roadmap).add(stepId);
    try {
      // The optimistic change shows at once through the progress store; a refusal undoes it there.
      await stores.updateProgress(this.roadmapId, stepId, note === undefined ? { state: next } : { state: next, note });
      this.emit('menteo-progress-change', { roadmapId: roadmap.id, stepId, state: next });
      return true;
    } catch (error) {
      this.updateError = { stepId, error };
      return false;
    }
  }

  async #saveNote(roadmap: Roadmap, stepId: string, stepState: StepState): Promise<void> {
    const text = (this.#drafts.get(stepId) ?? this.#progress.state.data?.steps.find((s) => s.stepId === stepId)?.note ?? '').trim();
    // The API takes null, not an empty string, to clear a note.
    if (await this.#setState(roadmap, stepId, stepState, text || null)) {
      this.#drafts.delete(stepId);
      this.savedNote = stepId;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-roadmap-stepper': MenteoRoadmapStepper;
  }
}
