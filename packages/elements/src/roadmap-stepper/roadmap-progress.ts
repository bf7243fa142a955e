// Loaded on demand (a dynamic import from roadmap-stepper.ts) once a reader is signed in, while
// the stepper waits for their progress anyway: an anonymous reader's page never carries the
// progress bar, the step controls, their strings and their styles.
import type { Roadmap, RoadmapProgress } from '@menteo/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { addLateStyles } from '../internal/late-styles.js';
import { requestIdLine } from '../internal/load-error.js';
import { LocalizeController } from '../internal/localize-controller.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import { styleProps } from '../internal/style-props.js';
import { type en, strings } from './roadmap-progress.strings.js';
import { progressStyles } from './roadmap-progress.styles.js';
import type { en as stepperEn } from './roadmap-stepper.strings.js';

type StepState = RoadmapProgress['steps'][number]['state'];

/** The progress buttons: a segmented control of the step's states, the current one pressed. */
const actions = [
  { state: 'todo', label: 'roadmapState_todo' },
  { state: 'doing', label: 'roadmapState_doing' },
  { state: 'done', label: 'roadmapState_done' },
  { state: 'skipped', label: 'roadmapState_skipped' },
] as const;

/** What the controls ask of their stepper. */
export interface ProgressSources {
  /** The stepper's strings (the states' names, the shared error lines). */
  l10n(): LocalizeController<typeof stepperEn>;
  /** Saves a step's state (and note): optimistic in the progress store, rejects when refused; `undefined` while not connected. */
  update(stepId: string, change: { state: StepState; note?: string | null }): Promise<unknown> | undefined;
  /** Keeps a step open while the current step moves on, so focus stays on its button. */
  keepOpen(stepId: string): void;
  /** A change the API accepted (the stepper fires `menteo-progress-change`). */
  changed(roadmap: Roadmap, stepId: string, state: StepState): void;
}

/**
 * A signed-in reader's part of `<menteo-roadmap-stepper>`: the progress bar (`role="progressbar"`,
 * percentage and finished steps) and, in an open step, the state buttons, the note with "Save
 * note", and why a change was undone (with its request id). Changes show at once through the
 * progress store and are undone there if the API refuses them; an unsaved note is kept per step.
 *
 * @example
 * ```ts
 * const { ProgressControls } = await import('./roadmap-progress.js');
 * const controls = new ProgressControls(this, { l10n: () => this.l10n, update, keepOpen, changed });
 * html`${controls.bar(progress)} … ${controls.panel(roadmap, step.id, state, note)}`;
 * ```
 */
export class ProgressControls {
  /** Unsaved note text, per step. */
  readonly #drafts = new Map<string, string>();
  #error: { stepId: string; error: unknown } | undefined;
  #savedNote: string | undefined;
  readonly #l: LocalizeController<typeof en>;

  constructor(
    private readonly host: MenteoElement,
    private readonly from: ProgressSources,
  ) {
    this.#l = new LocalizeController(host, strings);
    addLateStyles(host.renderRoot, progressStyles);
  }

  /** Forgets notes being written and errors shown (another roadmap). */
  reset(): void {
    this.#drafts.clear();
    this.#error = undefined;
    this.#savedNote = undefined;
  }

  /** The progress bar and its label. */
  bar(progress: RoadmapProgress): TemplateResult {
    const l = this.#l;
    const finished = progress.doneCount + progress.skippedCount;
    const percent = l.msg('roadmapPercent', { percent: l.number(progress.percent / 100, { style: 'percent' }) });
    const steps = l.msg('roadmapFinished', { finished, total: progress.steps.length });
    return html`<div class="progress">
      <div
        part="progress"
        role="progressbar"
        aria-label=${l.msg('roadmapYourProgress')}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${progress.percent}
        aria-valuetext=${`${percent}, ${steps}`}
      >
        <div part="progress-fill" ${styleProps({ 'inline-size': `${progress.percent}%` })}></div>
      </div>
      <p part="progress-label" aria-hidden="true"><strong>${percent}</strong> · ${steps}</p>
    </div>`;
  }

  /** An open step's state buttons, the refusal of its last change, and its note. */
  panel(roadmap: Roadmap, step: Roadmap['steps'][number], stepState: StepState, note: string | null): TemplateResult {
    const l = this.#l;
    const stepper = this.from.l10n();
    const error = this.#error?.stepId === step.id ? this.#error.error : undefined;
    return html`<div part="actions" role="group" aria-label=${l.msg('roadmapActions', { title: step.title })}>
        ${actions.map(
          (a) =>
            html`<button part="action" type="button" data-state=${a.state} aria-pressed=${stepState === a.state ? 'true' : 'false'} @click=${() => this.#setState(roadmap, step.id, a.state)}>
              ${stepper.msg(a.label)}
            </button>`,
        )}
      </div>
      ${
        error
          ? html`<div part="update-error" role="alert">
            <p>${l.msg('roadmapUpdateError')}</p>
            ${requestIdLine(stepper, error) ?? html`<p>${stepper.msg('connectionError')}</p>`}
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
          <button part="note-button" type="button" @click=${() => this.#saveNote(roadmap, step.id, stepState, note)}>${l.msg('roadmapSaveNote')}</button>
          <span role="status">${this.#savedNote === step.id ? l.msg('roadmapNoteSaved') : nothing}</span>
        </div>
      </div>`;
  }

  async #setState(roadmap: Roadmap, stepId: string, next: StepState, note?: string | null): Promise<boolean> {
    // The optimistic change shows at once through the progress store; a refusal undoes it there.
    const sent = this.from.update(stepId, note === undefined ? { state: next } : { state: next, note });
    if (!sent) return false;
    this.#error = undefined;
    this.#savedNote = undefined;
    this.from.keepOpen(stepId);
    this.host.requestUpdate();
    try {
      await sent;
      this.from.changed(roadmap, stepId, next);
      return true;
    } catch (error) {
      this.#error = { stepId, error };
      this.host.requestUpdate();
      return false;
    }
  }

  async #saveNote(roadmap: Roadmap, stepId: string, stepState: StepState, note: string | null): Promise<void> {
    const text = (this.#drafts.get(stepId) ?? note ?? '').trim();
    // The API takes null, not an empty string, to clear a note.
    if (await this.#setState(roadmap, stepId, stepState, text || null)) {
      this.#drafts.delete(stepId);
      this.#savedNote = stepId;
      this.host.requestUpdate();
    }
  }
}
