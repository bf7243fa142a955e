import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../internal/localize-controller.js';
import { diagnosticQuestions } from './diagnostic-questions.js';
import type { en } from './need-finder.strings.js';

/** What step 1 shows and what it reports back. */
export interface DiagnosticStep {
  l: LocalizeController<typeof en>;
  /** The chosen answer id per question id. */
  answers: Readonly<Record<string, string>>;
  /** Set by a Continue with questions left: they are marked, and the error says how many. */
  showMissing: boolean;
  choose(questionId: string, answerId: string): void;
  submit(event: SubmitEvent): void;
}

/** The questions still without an answer, in order. */
export const unanswered = (answers: Readonly<Record<string, string>>): string[] => diagnosticQuestions.filter((q) => !answers[q.id]).map((q) => q.id);

/** The label of one answer: the question's own wording for the two leanings, shared for "Both" and "Not sure". */
const answerLabel = (l: DiagnosticStep['l'], questionId: string, answerId: string): string =>
  answerId === 'both' || answerId === 'unsure'
    ? l.msg(`needFinder_answer_${answerId}`)
    : l.msg(`needFinder_q_${questionId}_${answerId}` as keyof typeof en & string);

/**
 * Step 1: the scenario questions, each a radio group (Tab moves between questions, the arrow
 * keys between answers), on one screen so the whole diagnostic takes a few keystrokes.
 *
 * @example `renderDiagnostic({ l: this.l10n, answers, showMissing, choose, submit })`
 */
export function renderDiagnostic(step: DiagnosticStep): TemplateResult {
  const { l, answers } = step;
  const missing = step.showMissing ? unanswered(answers) : [];
  return html`<form part="form" novalidate @submit=${step.submit}>
    <p class="hint" id="questions-hint"><bdi>${l.msg('needFinder_questionsHint')}</bdi></p>
    ${diagnosticQuestions.map((question) => {
      const invalid = missing.includes(question.id);
      return html`<fieldset part="question" class=${invalid ? 'missing' : ''}>
        <legend><bdi>${l.msg(`needFinder_q_${question.id}` as keyof typeof en & string)}</bdi></legend>
        <div class="chips">
          ${question.answers.map(
            (answer) => html`<label part="answer" class="toggle">
              <input
                type="radio"
                name="q-${question.id}"
                value=${answer.id}
                .checked=${answers[question.id] === answer.id}
                aria-invalid=${invalid ? 'true' : 'false'}
                aria-describedby=${invalid ? 'answers-error' : nothing}
                @change=${() => step.choose(question.id, answer.id)}
              />
              <bdi>${answerLabel(l, question.id, answer.id)}</bdi>
            </label>`,
          )}
        </div>
      </fieldset>`;
    })}
    ${missing.length ? html`<p id="answers-error" part="field-error"><bdi>${l.msg('needFinder_answersRequired', { count: missing.length })}</bdi></p>` : nothing}
    <div class="actions">
      <button part="continue-button" class="primary" type="submit">${l.msg('needFinder_continue')}</button>
    </div>
  </form>`;
}
