import type { Goal } from '@menteo/sdk/stores';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { en } from './room-widget.strings.js';

/** The fields a goal's edit form sends: `null` clears the success criteria or the target date. */
export interface GoalFields {
  title: string;
  successCriteria: string | null;
  targetDate: string | null;
}

/**
 * A goal's edit form: title (3–200 characters), success criteria and target date, each
 * labelled, with Cancel and Save. Ids carry the goal's id so two forms never share one.
 *
 * @example
 * ```ts
 * renderGoalForm(l10n, goal, { save: (fields) => update(goal, fields), cancel: () => close() });
 * ```
 */
export function renderGoalForm(
  l: LocalizeController<typeof en>,
  goal: Goal,
  on: { save(fields: GoalFields): void; cancel(): void; saving: boolean },
): TemplateResult {
  const id = (name: string) => `goal-${name}-${goal.id}`;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    on.save(goalFieldsOf(event.currentTarget as HTMLFormElement));
  };
  return html`<form part="goal-form" class="stack goal-form" aria-label=${l.msg('roomGoalEdit', { title: goal.title })} @submit=${submit}>
    <label for=${id('title')}>${l.msg('roomGoalTitle')}</label>
    <input id=${id('title')} name="title" dir="auto" required minlength="3" maxlength="200" .value=${goal.title} />
    <label for=${id('criteria')}>${l.msg('roomGoalCriteriaLabel')}</label>
    <textarea id=${id('criteria')} name="successCriteria" dir="auto" rows="2" maxlength="1000" .value=${goal.successCriteria ?? ''}></textarea>
    <label for=${id('target')}>${l.msg('roomGoalTargetLabel')}</label>
    <input id=${id('target')} name="targetDate" type="date" .value=${goal.targetDate ?? ''} />
    <div class="row">
      <button type="button" class="small quiet" data-goal-action="cancel-edit" @click=${on.cancel}>${l.msg('roomCancel')}</button>
      <button type="submit" class="small" data-goal-action="save" ?disabled=${on.saving}>${l.msg('roomGoalSave')}</button>
    </div>
  </form>`;
}

/**
 * What a goal form holds, trimmed: an empty optional field is `null` (cleared).
 *
 * @example
 * ```ts
 * goalFieldsOf(form); // { title: 'Run planning', successCriteria: null, targetDate: '2027-03-01' }
 * ```
 */
export function goalFieldsOf(form: HTMLFormElement): GoalFields {
  const data = new FormData(form);
  const text = (name: string) => ((data.get(name) as string | null) ?? '').trim();
  return { title: text('title'), successCriteria: text('successCriteria') || null, targetDate: text('targetDate') || null };
}
