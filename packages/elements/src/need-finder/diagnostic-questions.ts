/**
 * How one answer moves the person on the two axes of need: `leadership` (a gap in reaching a
 * team goal: direction, decisions, deadlines) and `mentorship` (a gap in who to become: growth,
 * self-discovery, confidence). Each delta is in −1..1; see `placementOf` for how they add up.
 */
export interface AnswerDelta {
  leadership: number;
  mentorship: number;
}

/** One answer of a diagnostic question: its id (the strings key) and how far it leans. */
export interface DiagnosticAnswer {
  id: 'leader' | 'mentor' | 'both' | 'unsure';
  delta: AnswerDelta;
}

/** One scenario question: its id (the strings key) and its answers, in the order shown. */
export interface DiagnosticQuestion {
  id: string;
  answers: readonly DiagnosticAnswer[];
}

// The same four leanings for every scenario: only the wording changes (in the strings files).
// A leader answer pulls towards leadership and away from mentorship, so three leader answers and
// two mentor ones still read as "mostly leadership"; "both" raises both; "not sure" moves nothing.
const leanings: readonly DiagnosticAnswer[] = [
  { id: 'leader', delta: { leadership: 1, mentorship: -1 } },
  { id: 'mentor', delta: { leadership: -1, mentorship: 1 } },
  { id: 'both', delta: { leadership: 1, mentorship: 1 } },
  { id: 'unsure', delta: { leadership: 0, mentorship: 0 } },
];

/**
 * The diagnostic's scenarios, in order. Their wording is in `need-finder.strings.ts`
 * (`needFinder_q_<id>` for the question, `needFinder_q_<id>_leader` / `_mentor` for its two
 * leaning answers; "Both" and "Not sure" are shared).
 *
 * @example `diagnosticQuestions.map((q) => q.id) // ['deadlines', 'decision', 'stuck', 'year', 'offer']`
 */
export const diagnosticQuestions: readonly DiagnosticQuestion[] = ['deadlines', 'decision', 'stuck', 'year', 'offer'].map((id) => ({
  id,
  answers: leanings,
}));
