import type { Room } from '@menteo/sdk';
import { roomStatusesAllowing, type Goal, type PagedState, type RoomPlanStores } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { requestIdLine } from '../internal/load-error.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import type { PagedStoreController } from '../internal/store-controller.js';
import { styleProps } from '../internal/style-props.js';
import type { en } from './room-widget.strings.js';

/** What the goals section reads from its room widget, each as it is now. */
export interface GoalSources {
  l10n(): LocalizeController<typeof en>;
  headingLevel(): number;
  plans(): RoomPlanStores | undefined;
  /** The room's goals. */
  readonly goals: PagedStoreController<PagedState<Goal>>;
}

/**
 * The room widget's goals: each with its progress bar, +10 % and "achieved" while the room
 * allows changes, a form to add one, and the last refused change with its request id.
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

  constructor(
    private readonly host: MenteoElement,
    private readonly from: GoalSources,
  ) {}

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
      ${goal.targetDate ? html`<p class="muted small" dir="auto">${l.msg('roomGoalDue', { date: l.date(`${goal.targetDate}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }) })}</p>` : nothing}
      ${
        writable && goal.status === 'open'
          ? html`<div class="goal-actions">
            <button type="button" class="small" data-goal-action="add" aria-label=${l.msg('roomGoalAdd10', { title: goal.title })} @click=${() => this.#updateGoal(room, goal, { progress: Math.min(100, goal.progress + 10) })}>
              <span dir="ltr">+10%</span>
            </button>
            <button type="button" class="small" data-goal-action="achieve" aria-label=${l.msg('roomGoalAchieve', { title: goal.title })} @click=${() => this.#updateGoal(room, goal, { status: 'achieved', progress: 100 })}>
              ✓ ${l.msg('roomGoalAchieveShort')}
            </button>
          </div>`
          : nothing
      }
    </li>`;
  }

  async #updateGoal(room: Room, goal: Goal, body: { progress?: number; status?: Goal['status'] }): Promise<void> {
    this.#setError(undefined);
    // 100 % means achieved: the API refuses an achieved goal below it, and takes an open one at it.
    const next = body.progress === 100 && !body.status ? { ...body, status: 'achieved' as const } : body;
    try {
      await this.from.plans()?.updateGoal(room.id, goal.id, next);
    } catch (error) {
      this.#setError(error);
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
