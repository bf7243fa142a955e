import { prepared, type Db } from '../../db/database.js';
import { mentorIndexVersion } from './facets.js';
import { columnWeights, foldWord } from './fts.js';
import { visibleToOrg } from './row.js';
import { getOrAdd } from '../../get-or-add.js';

/**
 * Relevance over what an organization can see. FTS5's `bm25()` takes its statistics — how
 * many documents there are, how many contain a word, their average length — from the whole
 * index, so another organization's internal mentors would move every score, rank and cursor
 * a caller sees. This is the same Okapi BM25 as FTS5's (k1 = 1.2, b = 0.75, the column
 * weights of `columnWeights`), computed from where each word occurs (the `fts5vocab`
 * table `mentors_fts_instance`) and each profile's length (FTS5's `_docsize` table), with
 * the statistics of the mentors visible to the caller's organization only.
 */

/** A searched word: exact, or also as a prefix (the last word of a search box). */
export interface Phrase {
  word: string;
  prefix: boolean;
}

const k1 = 1.2;
const b = 0.75;

interface Corpus {
  version: number;
  /** Tokens per profile, by rid (all columns, as FTS5 counts them for bm25). */
  lengths: Uint32Array;
  /** Per organization: which rids it sees (decided in SQL), how many, and their total length. */
  pools: Map<string, Pool>;
  /**
   * Per organization, per phrase: the weighted occurrences in its visible profiles, least
   * recently used first. Each organization has its own, so no one's queries evict another's.
   */
  hits: Map<string, Map<string, Map<number, number>>>;
}

/** Phrases whose occurrences stay cached: search-as-you-type, paging and repeated matches reuse them. */
const cachedPhrases = 256;

interface Pool {
  visible: Uint8Array;
  count: number;
  tokens: number;
  lengths: Uint32Array;
}

const corpora = new WeakMap<Db, Corpus>();

/** Reads an SQLite varint (the `_docsize` blob is one per column). */
function readVarint(blob: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const byte = blob[at + i]!;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, at + i + 1];
  }
  return [value * 256 + blob[at + 8]!, at + 9];
}

function profileLength(blob: Uint8Array): number {
  let total = 0;
  for (let at = 0; at < blob.length; ) {
    const [n, next] = readVarint(blob, at);
    total += n;
    at = next;
  }
  return total;
}

function corpus(db: Db): Corpus {
  const version = mentorIndexVersion(db);
  let cached = corpora.get(db);
  if (!cached || cached.version !== version) {
    const sizes = prepared(db, 'SELECT id, sz FROM mentors_fts_docsize ORDER BY id').raw(true).all() as [number, Uint8Array][];
    const lengths = new Uint32Array((sizes.at(-1)?.[0] ?? 0) + 1);
    for (const [rid, size] of sizes) lengths[rid] = profileLength(size);
    cached = { version, lengths, pools: new Map(), hits: new Map() };
    corpora.set(db, cached);
  }
  return cached;
}

function pool(db: Db, orgId: string): Pool {
  const c = corpus(db);
  let stats = c.pools.get(orgId);
  if (!stats) {
    const rids = prepared(db, `SELECT m.rid FROM mentors m WHERE ${visibleToOrg}`).pluck().all({ org: orgId }) as number[];
    const visible = new Uint8Array(c.lengths.length);
    let tokens = 0;
    for (const rid of rids) {
      if (rid >= visible.length) continue;
      visible[rid] = 1;
      tokens += c.lengths[rid]!;
    }
    stats = { visible, count: rids.length, tokens, lengths: c.lengths };
    c.pools.set(orgId, stats);
  }
  return stats;
}

/** The first string after every string that starts with `word` (for a range scan of the vocabulary). */
function after(word: string): string {
  const points = [...word];
  const last = points.pop()!.codePointAt(0)!;
  return points.join('') + String.fromCodePoint(last + 1);
}

/** Weighted occurrences of a phrase per visible profile (FTS5's `aFreq`): invisible profiles are dropped before anything is counted. */
function occurrences(db: Db, orgId: string, prefix: boolean, word: string, visible: Uint8Array): Map<number, number> {
  const cache = corpus(db).hits;
  const hits = getOrAdd(cache, orgId, () => new Map());
  const key = `${prefix ? '*' : '='}${word}`;
  let frequency = hits.get(key);
  if (frequency) {
    hits.delete(key);
    hits.set(key, frequency);
    return frequency;
  }
  const rows = (
    prefix
      ? prepared(db, 'SELECT doc, col FROM mentors_fts_instance WHERE term >= ? AND term < ?').raw(true).all(word, after(word))
      : prepared(db, 'SELECT doc, col FROM mentors_fts_instance WHERE term = ?').raw(true).all(word)
  ) as [number, string][];
  frequency = new Map<number, number>();
  for (const [rid, column] of rows) {
    if (visible[rid] !== 1) continue;
    frequency.set(rid, (frequency.get(rid) ?? 0) + (columnWeights[column] ?? 1));
  }
  hits.set(key, frequency);
  if (hits.size > cachedPhrases) hits.delete(hits.keys().next().value!);
  return frequency;
}

/**
 * bm25 scores (negative, lower is better, like FTS5's) of the profiles visible to `orgId`
 * that contain at least one of `phrases`. Only visible profiles are read into the score and
 * into its statistics, so the result is the same whatever other organizations' pools hold.
 *
 * @example
 * ```ts
 * const scores = visibleBm25(db, 'org_demo', [{ word: 'rust', prefix: false }]);
 * const best = Math.min(...scores.values());
 * ```
 */
export function visibleBm25(db: Db, orgId: string, phrases: readonly Phrase[]): Map<number, number> {
  const scores = new Map<number, number>();
  if (phrases.length === 0) return scores;
  const { visible, count, tokens, lengths } = pool(db, orgId);
  if (count === 0) return scores;
  const averageLength = tokens / count;
  const seen = new Set<string>();
  for (const phrase of phrases) {
    const word = foldWord(phrase.word);
    const key = `${phrase.prefix ? '*' : '='}${word}`;
    if (word === '' || seen.has(key)) continue;
    seen.add(key);
    const frequency = occurrences(db, orgId, phrase.prefix, word, visible);
    const idf = Math.log((count - frequency.size + 0.5) / (frequency.size + 0.5));
    const weight = idf > 0 ? idf : 1e-6;
    for (const [rid, f] of frequency) {
      const part = weight * ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * lengths[rid]!) / averageLength)));
      scores.set(rid, (scores.get(rid) ?? 0) - part);
    }
  }
  return scores;
}
