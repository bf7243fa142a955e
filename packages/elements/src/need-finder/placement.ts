import type { AnswerDelta, DiagnosticQuestion } from './diagnostic-questions.js';

/** Where the diagnostic places a person on each axis of need, 0 (no gap) to 1 (a clear gap). */
export interface Placement {
  leadership: number;
  mentorship: number;
}

/** What the placement says the person needs most: one hat, or both. */
export type PlacedNeed = 'leadership' | 'mentorship' | 'both';

/** How close the two axes must be for the need to count as both (the API's rule for `need`). */
export const bothWithin = 0.15;

const clamp = (value: number): number => Math.min(1, Math.max(0, value));
/** Two decimals: the request stays short and equal answers give equal requests. */
const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Places a person from their answers. Each axis starts at 0.5 (nothing known) and moves by
 * the sum of the chosen answers' deltas over twice the number of questions, clamped to 0..1:
 * `axis = clamp(0.5 + Σ delta / (2 × questions))`, rounded to two decimals. So every answer
 * "leader" gives `{ leadership: 1, mentorship: 0 }`, every answer "not sure" (delta 0) or no
 * answer at all gives `{ leadership: 0.5, mentorship: 0.5 }`.
 *
 * @param questions - The questions asked (their answers carry the deltas).
 * @param answers - The chosen answer id per question id; a question left out moves nothing.
 *
 * @example
 * ```ts
 * placementOf(diagnosticQuestions, { deadlines: 'leader', decision: 'leader', stuck: 'mentor', year: 'unsure', offer: 'leader' });
 * // { leadership: 0.7, mentorship: 0.3 }
 * ```
 */
export function placementOf(questions: readonly DiagnosticQuestion[], answers: Readonly<Record<string, string>>): Placement {
  const sum: AnswerDelta = { leadership: 0, mentorship: 0 };
  for (const question of questions) {
    const delta = question.answers.find((answer) => answer.id === answers[question.id])?.delta;
    if (!delta) continue;
    sum.leadership += delta.leadership;
    sum.mentorship += delta.mentorship;
  }
  const scale = 2 * Math.max(1, questions.length);
  return { leadership: round(clamp(0.5 + sum.leadership / scale)), mentorship: round(clamp(0.5 + sum.mentorship / scale)) };
}

/**
 * The need a placement points to: the larger axis, or `both` when they are within
 * {@link bothWithin} of each other (as `POST /v1/recommendations` derives it).
 *
 * @example `needOf({ leadership: 0.7, mentorship: 0.3 }) // 'leadership'`
 */
export function needOf(placement: Placement): PlacedNeed {
  const gap = placement.leadership - placement.mentorship;
  // Rounded first: 0.65 − 0.5 is 0.15000000000000002 in floating point.
  if (Math.abs(round(gap)) <= bothWithin) return 'both';
  return gap > 0 ? 'leadership' : 'mentorship';
}
