/**
 * Turning people's text into safe FTS5 queries. User text never reaches FTS5 syntax:
 * it is cut into words (letters, digits, combining marks), each word is quoted as a
 * string, so operators (`AND`, `NEAR`, `*`, `"`, `^`, parentheses, `c++`) are plain text.
 */

/** The relevance weight of a word found in each column of `mentors_fts`: name, skills and headline above the bio. */
export const columnWeights: Readonly<Record<string, number>> = { name: 10, headline: 4, bio: 1, title: 2, company: 2, skills: 6, industries: 2 };

const wordPattern = /[\p{L}\p{N}\p{M}]+/gu;
const maxWords = 16;

/** The words of a text, as the search sees them. */
export function words(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/**
 * The words of a search box: every one must match, the last one also as a prefix (so
 * results follow typing).
 *
 * @example
 * ```ts
 * searchPhrases('rust mento'); // [{ word: 'rust', prefix: false }, { word: 'mento', prefix: true }]
 * ```
 */
export function searchPhrases(q: string): { word: string; prefix: boolean }[] {
  const list = words(q).slice(0, maxWords);
  return list.map((word, i) => ({ word, prefix: i === list.length - 1 && word.length >= 2 }));
}

/** The FTS5 query for a search box (see `searchPhrases`); `null` when the text has no words: no text condition. */
export function searchQuery(q: string): string | null {
  const list = searchPhrases(q);
  if (list.length === 0) return null;
  return list.map(({ word, prefix }) => (prefix ? `"${word}"*` : `"${word}"`)).join(' ');
}

const stopWords = new Set(
  `the and for with that this from have has had are was were will would could should into about what when where which who whom
  how why our your you they them their there here then than but not can just very more most some such only own also been being
  over under want need like make get got its it's i'm i've me my mine we us to of in on at by as is be do does did an a or so
  too out up off again further once all any both each few other same nor now new way ways help`.split(/\s+/),
);

/** The distinct significant words of a text (lower-case, 3+ letters, no stop words), in order of appearance. */
export function significantWords(text: string, limit = 32): string[] {
  const seen = new Set<string>();
  for (const w of words(text.toLowerCase())) {
    if (w.length < 3 || stopWords.has(w) || seen.has(w)) continue;
    seen.add(w);
    if (seen.size >= limit) break;
  }
  return [...seen];
}

/** Folds case and accents the way the `unicode61 remove_diacritics 2` tokenizer does, near enough to explain matches. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
