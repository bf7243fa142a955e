import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { needsOf } from './row.js';

type FacetName = components['schemas']['MentorFacetName'];
type Facets = components['schemas']['MentorFacets'];

/**
 * Facet counting. Counting in SQL (GROUP BY over a tag table or json_each, per facet)
 * costs tens of milliseconds on 10,000 mentors; instead each database keeps an
 * in-process index — per mentor rid, the vocabulary numbers of its skills, industries,
 * languages, seniority and needs — and a search only fetches the rids of its filtered
 * set and counts in a typed array. The index is rebuilt when
 * `mentor_index_state.version` changes (bumped by triggers on every insert, delete or
 * facet-relevant update of `mentors`, whoever makes it).
 */

/** Every facet, in the order answers list them. */
export const facetNames: readonly FacetName[] = ['skills', 'industries', 'languages', 'seniority', 'helpsWith'];

interface Vocabulary {
  values: string[];
  numbers: Map<string, number>;
}

/** One facet's values per mentor in compressed-row form: rid r has `values[offsets[r] .. offsets[r + 1])`. */
interface FacetColumn {
  vocab: Vocabulary;
  offsets: Uint32Array;
  values: Uint32Array;
}

interface FacetIndex {
  version: number;
  columns: Record<FacetName, FacetColumn>;
  maxRid: number;
  /** The distinct mentor time zones, for the UTC-offset filter. */
  timeZones: string[];
}

const indexes = new WeakMap<Db, FacetIndex>();

/** The version the `mentors` triggers maintain; changes whenever the facet index must be rebuilt. */
export function mentorIndexVersion(db: Db): number {
  return (prepared(db, 'SELECT version FROM mentor_index_state WHERE id = 1').pluck().get() as number | undefined) ?? 0;
}

function numberOf(vocab: Vocabulary, value: string): number {
  let n = vocab.numbers.get(value);
  if (n === undefined) {
    n = vocab.values.length;
    vocab.values.push(value);
    vocab.numbers.set(value, n);
  }
  return n;
}

type IndexRow = [rid: number, skills: string, industries: string, languages: string, seniority: string, helps: number];

function valuesOf(name: FacetName, row: IndexRow): string[] {
  switch (name) {
    case 'skills':
      return JSON.parse(row[1]) as string[];
    case 'industries':
      return JSON.parse(row[2]) as string[];
    case 'languages':
      return JSON.parse(row[3]) as string[];
    case 'seniority':
      return [row[4]];
    case 'helpsWith':
      return needsOf(row[5]);
  }
}

function build(db: Db, version: number): FacetIndex {
  const rows = prepared(db, 'SELECT rid, skills, industries, languages, seniority, helps_mask FROM mentors ORDER BY rid').raw(true).all() as IndexRow[];
  const maxRid = rows.length ? rows[rows.length - 1]![0] : 0;
  const columns = {} as Record<FacetName, FacetColumn>;
  for (const name of facetNames) {
    const vocab: Vocabulary = { values: [], numbers: new Map() };
    const perRid = rows.map((row) => valuesOf(name, row).map((v) => numberOf(vocab, v)));
    const offsets = new Uint32Array(maxRid + 2);
    const values = new Uint32Array(perRid.reduce((sum, list) => sum + list.length, 0));
    let at = 0;
    let next = 0;
    for (let rid = 0; rid <= maxRid; rid++) {
      offsets[rid] = at;
      const row = rows[next];
      if (row && row[0] === rid) {
        for (const n of perRid[next]!) values[at++] = n;
        next++;
      }
    }
    offsets[maxRid + 1] = at;
    columns[name] = { vocab, offsets, values };
  }
  const timeZones = prepared(db, 'SELECT DISTINCT timezone FROM mentors').pluck().all() as string[];
  return { version, columns, maxRid, timeZones };
}

function facetIndex(db: Db): FacetIndex {
  const version = mentorIndexVersion(db);
  let index = indexes.get(db);
  if (!index || index.version !== version) {
    index = build(db, version);
    indexes.set(db, index);
  }
  return index;
}

/** The distinct time zones of all mentors (cached with the facet index). */
export function mentorTimeZones(db: Db): readonly string[] {
  return facetIndex(db).timeZones;
}

/**
 * Counts, per facet asked for, the mentors of `rids` per value; values in descending
 * count, then alphabetical, order. Values no mentor of the set has are left out.
 */
export function countFacets(db: Db, rids: readonly number[], wanted: readonly FacetName[]): Facets {
  const facets: Facets = {};
  if (wanted.length === 0) return facets;
  const index = facetIndex(db);
  for (const name of facetNames) {
    if (!wanted.includes(name)) continue;
    const { vocab, offsets, values } = index.columns[name];
    const counts = new Uint32Array(vocab.values.length);
    for (const rid of rids) {
      if (rid > index.maxRid) continue;
      const end = offsets[rid + 1]!;
      for (let k = offsets[rid]!; k < end; k++) counts[values[k]!]! += 1;
    }
    const entries: [string, number][] = [];
    counts.forEach((count, n) => {
      if (count > 0) entries.push([vocab.values[n]!, count]);
    });
    entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    facets[name] = Object.fromEntries(entries);
  }
  return facets;
}
