import type { Roadmap, RoadmapProgress } from '@menteo/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { states } from '../internal/states.js';
import { MenteoConnectedElement } from '../internal/connected-element.js';
import { signInView } from '../internal/sign-in-view.js';
import { loadError } from '../internal/load-error.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { renderMarkdown, safeHref } from '../internal/markdown.js';
import { strings } from './roadmap-stepper.strings.js';
import { StoreController } from '../internal/store-controller.js';
import { controlStyles } from '../styles/controls.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { baseStyles } from '../styles/tokens.js';
import { styles } from './roadmap-stepper.styles.js';
import { roadmapStores } from '@menteo/sdk/stores/roadmaps';
import type { ProgressControls } from './roadmap-progress.js';

type Step = Roadmap['steps'][number];
type StepState = RoadmapProgress['steps'][number]['state'];

/** An icon per state, shown beside its name: state is never told by colour alone. */
const icons: Record<StepState, string> = { todo: '○', doing: '◐', done: '✓', skipped: '↷' };

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
    ...states('expanded', 'focusId'),
  };

  /** The roadmap to show: its id (`rdm_…`) or its slug. */
  declare roadmapId: string | undefined;

  /** Steps the person opened or closed; `undefined` until they touch one, so the current step is open. */
  declare private expanded: Set<string> | undefined;
  /** The step header that takes Tab (roving tabindex). */
  declare private focusId: string | undefined;

  /** A signed-in reader's progress bar and step controls (roadmap-progress.ts), loaded once someone is signed in. */
  #controls: ProgressControls | undefined;
  #controlsLoad: 'loading' | 'failed' | undefined;
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
      this.#controls?.reset();
    }
    if (this.signedIn) this.#loadControls();
  }

  /** Fetches the progress controls' module, alongside the reader's progress (the roadmap waits for both). */
  #loadControls(): void {
    if (this.#controls || this.#controlsLoad === 'loading') return;
    this.#controlsLoad = 'loading';
    import('./roadmap-progress.js').then(
      ({ ProgressControls }) => {
        this.#controlsLoad = undefined;
        this.#controls = new ProgressControls(this, {
          l10n: () => this.l10n,
          update: (stepId, change) => (this.roadmapId ? this.#roadmaps()?.updateProgress(this.roadmapId, stepId, change) : undefined),
          keepOpen: (stepId) => {
            const roadmap = this.#roadmap.state.data;
            if (roadmap) this.expanded = this.#openSteps(roadmap).add(stepId);
          },
          changed: (roadmap, stepId, state) => this.emit('menteo-progress-change', { roadmapId: roadmap.id, stepId, state }),
        });
        this.requestUpdate();
      },
      () => {
        // Shown as the progress' load error; its retry asks again.
        this.#controlsLoad = 'failed';
        this.requestUpdate();
      },
    );
  }

  protected override render(): TemplateResult {
    const l = this.l10n;
    const roadmap = this.#roadmap.state;
    const progress = this.#progress.state;
    // Signed in, the roadmap waits for the progress and its controls (or an error) before it shows.
    const ready = !this.signedIn || (progress.data && (this.#controls || this.#controlsLoad === 'failed')) || progress.error;
    return this.renderStatus({
      needed: this.roadmapId,
      data: ready && roadmap.data,
      error: !roadmap.loading && !roadmap.data && roadmap.error,
      says: { failed: l.msg('roadmapLoadError'), notFound: l.msg('roadmapNotFound'), loading: l.msg('roadmapLoading') },
      complete: (data) => this.#renderRoadmap(data, this.signedIn ? progress.data : undefined, this.signedIn ? this.#controls : undefined),
      pending: () =>
        html`<div aria-hidden="true" class="bones">
          <div class="bone w-70 title"></div>
          <div class="bone w-45"></div>
          <div class="bone bar"></div>
          ${[1, 2, 3, 4].map(() => html`<div class="bone row"></div>`)}
        </div>`,
    });
  }

  #renderRoadmap(roadmap: Roadmap, progress: RoadmapProgress | undefined, controls: ProgressControls | undefined): TemplateResult {
    const l = this.l10n;
    const byStep = new Map(progress?.steps.map((s) => [s.stepId, s]));
    // Signed out there is no "current" step: the first one opens.
    const currentId = progress ? progress.currentStepId : (roadmap.steps[0]?.id ?? null);
    const expanded = this.expanded ?? new Set(currentId ? [currentId] : []);
    const focusId = roadmap.steps.some((s) => s.id === this.focusId) ? this.focusId : (currentId ?? roadmap.steps[0]?.id);
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
      ${
        this.signedIn && (this.#controlsLoad === 'failed' || (!progress && this.#progress.state.error))
          ? loadError(l, l.msg('roadmapProgressLoadError'), this.#progress.state.error, () => this.#retryProgress())
          : nothing
      }
      ${progress && controls ? controls.bar(progress) : nothing}
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
            controls,
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
    controls: ProgressControls | undefined,
  ): TemplateResult {
    const l = this.l10n;
    const parts = ['step', current ? 'step-current' : '', stepState ? `step-${stepState}` : ''].filter(Boolean).join(' ');
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
        ${open ? this.#renderPanel(roadmap, step, stepState, note, controls) : nothing}
      </div>
    </li>`;
  }

  #renderPanel(roadmap: Roadmap, step: Step, stepState: StepState | undefined, note: string | null, controls: ProgressControls | undefined): TemplateResult {
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
          ? (controls?.panel(roadmap, step, stepState, note) ?? nothing)
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

  /** The progress' retry: its module again if that is what failed, and the stores. */
  #retryProgress(): void {
    if (this.#controlsLoad === 'failed') {
      this.#controlsLoad = undefined;
      this.#loadControls();
    }
    this.retry();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-roadmap-stepper': MenteoRoadmapStepper;
  }
}
