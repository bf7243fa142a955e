import type { Room } from '@menteo/sdk';
import { roomStatusesAllowing } from '@menteo/sdk/stores/rooms';
import type { Goal, PagedState, RoomPlanStores } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { requestIdLine } from '../internal/load-error.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import type { PagedStoreController } from '../internal/paged-store-controller.js';
import { styleProps } from '../internal/style-props.js';
import { type GoalFields, renderGoalForm } from './room-goal-form.js';
import type { en } from './room-widget.strings.js';

type UpdateGoal = Parameters<RoomPlanStores['updateGoal']>[2];

/** What the goals section reads from its room widget, each as it is now. */
export interface GoalSources {
  l10n(): LocalizeController<typeof en>;
  headingLevel(): number;
  plans(): RoomPlanStores | undefined;
  /** The room's goals. */
  readonly goals: PagedStoreController<PagedState<Goal>>;
}

/**
 * The room widget's goals, editable by either participant while the room allows it
 * (`roomStatusesAllowing.goals`): each with its progress bar and success criteria, progress down
 * or up in any step (±10 % or a number), achieved, dropped or reopened, edited (title, success
 * criteria, target date) and deleted after an inline question; a form to add one, and the last
 * refused change with its request id.
 *
 * @example
 * ```ts
 * #goalsSection = new RoomGoals(this, { l10n: () => this.l10n, goals: this.#goals, … });
 * render() { return html`${this.#goalsSection.render(room, status)}`; }
 * ```
 */
export class RoomGoals {
  /** The last change the API refused. */
  #error: unknown;
  /** The goal whose edit form is open. */
  #editing: string | undefined;
  /** The goal whose "Delete" asks for confirmation inline. */
  #deleting: string | undefined;
  #saving = false;

  constructor(
    private readonly host: MenteoElement,
    private readonly from: GoalSources,
  ) {}

  /** Closes any form or question (another room-id). */
  reset(): void {
    this.#editing = this.#deleting = this.#error = undefined;
  }

  #setError(error: unknown): void {
    this.#error = error;
    this.host.requestUpdate();
  }

  /** The goals section of `room`, whose status says whether goals can still change. */
  render(room: Room, status: Room['status']): TemplateResult {
    const l = this.from.l10n();
    const goals = this.from.goals.state;
    const writable = roomStatusesAllowing.goals.includes(status);
    const items = goals?.items ?? [];
    const counted = items.filter((g) => g.status !== 'dropped');
    return html`<section part="goals" aria-labelledby="goals-title">
      <div class="section-head">
        <h3 id="goals-title" aria-level=${this.from.headingLevel() + 1}>${l.msg('roomGoals')}</h3>
        ${counted.length ? html`<span class="muted" dir="auto">${l.msg('roomGoalsSummary', { achieved: counted.filter((g) => g.status === 'achieved').length, total: counted.length })}</span>` : nothing}
      </div>
      ${
        !goals?.loaded
          ? goals?.error
            ? html`<div role="alert" class="inline-error"><p>${l.msg('roomLoadError')}</p>${requestIdLine(l, goals.error) ?? nothing}</div>`
            : html`<div class="bone bar" aria-hidden="true"></div>`
          : items.length
            ? html`<ul class="goal-list">
              ${items.map((goal) => this.#renderGoal(room, goal, writable))}
            </ul>`
            : html`<p class="muted">${l.msg('roomNoGoals')}</p>`
      }
      ${this.#error ? html`<div role="alert" class="inline-error"><p>${l.msg('roomGoalError')}</p>${requestIdLine(l, this.#error) ?? nothing}</div>` : nothing}
      ${
        writable && goals?.loaded
          ? html`<form class="add-goal" @submit=${(e: SubmitEvent) => this.#addGoal(e, room)}>
            <label for="new-goal" class="visually-hidden">${l.msg('roomGoalNew')}</label>
            <input id="new-goal" name="title" required minlength="3" maxlength="200" placeholder=${l.msg('roomGoalNew')} />
            <button type="submit">${l.msg('roomGoalAddButton')}</button>
          </form>`
          : nothing
      }
    </section>`;
  }

  #renderGoal(room: Room, goal: Goal, writable: boolean): TemplateResult {
    const l = this.from.l10n();
    if (writable && this.#editing === goal.id) {
      return html`<li part="goal-item" class="goal-${goal.status}" data-goal-id=${goal.id}>
        ${renderGoalForm(l, goal, { save: (fields) => void this.#save(room, goal, fields), cancel: () => this.#edit(goal.id, undefined), saving: this.#saving })}
      </li>`;
    }
    const percent = l.number(goal.progress / 100, { style: 'percent' });
    return html`<li part="goal-item" class="goal-${goal.status}" data-goal-id=${goal.id}>
      <div class="goal-head">
        <span class="goal-title" dir="auto">${goal.title}</span>
        <span class="chip chip-${goal.status}">${l.msg(`roomGoalStatus_${goal.status}`)}</span>
      </div>
      <div class="bar-row">
        <div
          part="goal-progress"
          class="track"
          role="progressbar"
          aria-label=${l.msg('roomGoalProgress', { title: goal.title })}
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${goal.progress}
        >
          <div class="fill" ${styleProps({ '--_p': `${goal.progress}%` })}></div>
        </div>
        <span class="muted" aria-hidden="true">${percent}</span>
      </div>
      ${goal.successCriteria ? html`<p class="small" part="goal-criteria" dir="auto">${l.msg('roomGoalCriteria', { criteria: goal.successCriteria })}</p>` : nothing}
      ${goal.targetDate ? html`<p class="muted small" dir="auto">${l.msg('roomGoalDue', { date: l.date(`${goal.targetDate}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }) })}</p>` : nothing}
      ${writable ? (this.#deleting === goal.id ? this.#renderDeleteQuestion(room, goal) : this.#renderActions(room, goal)) : nothing}
    </li>`;
  }

  /** Progress down and up (any step: ±10 % buttons or the number), the status changes, edit and delete. */
  #renderActions(room: Room, goal: Goal): TemplateResult {
    const l = this.from.l10n();
    const title = goal.title;
    const by = (delta: number) => this.#setProgress(room, goal, Math.max(0, Math.min(100, goal.progress + delta)));
    const open = goal.status === 'open';
    return html`<div class="goal-actions" role="group" aria-label=${l.msg('roomGoalActions', { title })}>
      ${
        open
          ? html`<div class="stepper">
            <button type="button" class="small" data-goal-action="subtract" aria-label=${l.msg('roomGoalLess10', { title })} ?disabled=${goal.progress <= 0} @click=${() => by(-10)}>
              <span dir="ltr">−10%</span>
            </button>
            <input
              type="number"
              class="progress-input"
              data-goal-action="set"
              min="0"
              max="100"
              step="1"
              inputmode="numeric"
              aria-label=${l.msg('roomGoalProgressInput', { title })}
              .value=${String(goal.progress)}
              @change=${(e: Event) => this.#typed(room, goal, e.currentTarget as HTMLInputElement)}
            />
            <button type="button" class="small" data-goal-action="add" aria-label=${l.msg('roomGoalAdd10', { title })} ?disabled=${goal.progress >= 100} @click=${() => by(10)}>
              <span dir="ltr">+10%</span>
            </button>
          </div>
          <button type="button" class="small" data-goal-action="achieve" aria-label=${l.msg('roomGoalAchieve', { title })} @click=${() => this.#updateGoal(room, goal, { status: 'achieved', progress: 100 })}>
            ✓ ${l.msg('roomGoalAchieveShort')}
          </button>
          <button type="button" class="small quiet" data-goal-action="drop" aria-label=${l.msg('roomGoalDrop', { title })} @click=${() => this.#updateGoal(room, goal, { status: 'dropped' })}>
            ${l.msg('roomGoalDropShort')}
          </button>`
          : html`<button type="button" class="small quiet" data-goal-action="reopen" aria-label=${l.msg('roomGoalReopen', { title })} @click=${() => this.#updateGoal(room, goal, { status: 'open' })}>
            ${l.msg('roomGoalReopenShort')}
          </button>`
      }
      <button type="button" class="small quiet" data-goal-action="edit" aria-label=${l.msg('roomGoalEdit', { title })} @click=${() => this.#edit(goal.id, goal.id)}>
        ${l.msg('roomGoalEditShort')}
      </button>
      <button type="button" class="small quiet" data-goal-action="delete" aria-label=${l.msg('roomGoalDelete', { title })} @click=${() => this.#askDelete(goal.id, goal.id)}>
        ${l.msg('roomGoalDeleteShort')}
      </button>
    </div>`;
  }

  #renderDeleteQuestion(room: Room, goal: Goal): TemplateResult {
    const l = this.from.l10n();
    return html`<div class="row confirm-inline" role="group" aria-labelledby="delete-q-${goal.id}">
      <p id="delete-q-${goal.id}" class="small" dir="auto">${l.msg('roomGoalDeleteAsk', { title: goal.title })}</p>
      <button type="button" class="small quiet" data-goal-action="keep" @click=${() => this.#askDelete(goal.id, undefined)}>${l.msg('roomGoalKeep')}</button>
      <button type="button" class="small danger" data-goal-action="confirm-delete" @click=${() => this.#delete(room, goal)}>${l.msg('roomGoalDeleteShort')}</button>
    </div>`;
  }

  /** Focuses, after the next render, a goal's control (or the add field when the goal is gone). */
  #focus(goalId: string, action: string): void {
    void this.host.updateComplete.then(() => {
      const root = this.host.renderRoot;
      (root.querySelector<HTMLElement>(`[data-goal-id="${goalId}"] [data-goal-action="${action}"]`) ?? root.querySelector<HTMLElement>('#new-goal'))?.focus();
    });
  }

  #edit(goalId: string, editing: string | undefined): void {
    this.#editing = editing;
    this.#deleting = undefined;
    this.host.requestUpdate();
    if (editing) void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`#goal-title-${goalId}`)?.focus());
    else this.#focus(goalId, 'edit');
  }

  /** Asks "Delete this goal?" (`deleting` is the goal) or lets the question go, focusing the safe button. */
  #askDelete(goalId: string, deleting: string | undefined): void {
    this.#deleting = deleting;
    this.host.requestUpdate();
    this.#focus(goalId, deleting ? 'keep' : 'delete');
  }

  #typed(room: Room, goal: Goal, input: HTMLInputElement): void {
    const value = Math.round(input.valueAsNumber);
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      input.value = String(goal.progress);
      return;
    }
    this.#setProgress(room, goal, value);
  }

  #setProgress(room: Room, goal: Goal, progress: number): void {
    if (progress !== goal.progress) void this.#updateGoal(room, goal, { progress });
  }

  async #save(room: Room, goal: Goal, fields: GoalFields): Promise<void> {
    if (fields.title.length < 3) return;
    this.#saving = true;
    const saved = await this.#updateGoal(room, goal, fields);
    this.#saving = false;
    if (saved) this.#edit(goal.id, undefined);
    else this.host.requestUpdate();
  }

  async #delete(room: Room, goal: Goal): Promise<void> {
    this.#deleting = undefined;
    this.#setError(undefined);
    try {
      await this.from.plans()?.deleteGoal(room.id, goal.id);
      this.host.emit('menteo-goal-deleted', { roomId: room.id, goalId: goal.id });
      this.#focus(goal.id, 'delete');
    } catch (error) {
      this.#setError(error);
    }
  }

  /** Sends a change; `true` once the API took it (the store showed it at once and undoes a refusal). */
  async #updateGoal(room: Room, goal: Goal, body: UpdateGoal): Promise<boolean> {
    this.#setError(undefined);
    // 100 % means achieved: the API refuses an achieved goal below it, and takes an open one at it.
    const next = body.progress === 100 && !body.status ? { ...body, status: 'achieved' as const } : body;
    try {
      const saved = await this.from.plans()?.updateGoal(room.id, goal.id, next);
      if (saved) this.host.emit('menteo-goal-changed', { roomId: room.id, goal: saved });
      return true;
    } catch (error) {
      this.#setError(error);
      return false;
    }
  }

  async #addGoal(event: SubmitEvent, room: Room): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const title = (new FormData(form).get('title') as string).trim();
    if (title.length < 3) return;
    this.#setError(undefined);
    try {
      await this.from.plans()?.createGoal(room.id, { title });
      form.reset();
    } catch (error) {
      this.#setError(error);
    }
  }
}
