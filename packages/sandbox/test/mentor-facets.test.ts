// Disjunctive facet counts (issue #13): values within a facet combine with OR, so the count
// beside a value is what checking that value would find, computed with every selection except
// its own facet's. Each count here is checked against the API's own totals, not against a
// re-implementation of the counting.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { startSandbox, type TestSandbox } from './support/harness.js';

type MentorList = components['schemas']['MentorList'];
type FacetName = components['schemas']['MentorFacetName'];
type Counts = Record<string, number>;
type Query = Record<string, string | number>;

const facetNames: readonly FacetName[] = ['skills', 'industries', 'languages', 'seniority', 'helpsWith'];
/** Facets a mentor has exactly one value of: adding a value to their selection adds exactly its count. */
const singleValued = new Set<FacetName>(['seniority']);

let s: TestSandbox;

before(async () => {
  s = await startSandbox();
});
after(async () => {
  await s?.close();
});

async function search(query: Query): Promise<MentorList> {
  const res = await s.request<MentorList>('GET', '/v1/mentors', { query: { limit: 1, ...query } });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}

async function total(query: Query): Promise<number> {
  return (await search(query)).totalCount;
}

async function facets(query: Query): Promise<Partial<Record<FacetName, Counts>>> {
  return (await search({ ...query, facets: facetNames.join(',') })).facets;
}

/** The query with facet `name`'s selection replaced by `values` (none: the facet left out). */
function withSelection(query: Query, name: FacetName, values: readonly string[]): Query {
  const { [name]: _, ...rest } = query;
  return values.length > 0 ? { ...rest, [name]: values.join(',') } : rest;
}

function selectionOf(query: Query, name: FacetName): string[] {
  const value = query[name];
  return value === undefined ? [] : String(value).split(',');
}

/** The values of a facet to check: all of them, or the most and least frequent of a long list. */
function sampled(counts: Counts): string[] {
  const values = Object.keys(counts);
  return values.length <= 12 ? values : [...values.slice(0, 6), ...values.slice(-6)];
}

describe('GET /v1/mentors: disjunctive facet counts', () => {
  let selections: Query[];

  before(async () => {
    // Selections built from values the seed really has, so that none of them is empty.
    const all = await facets({});
    const skills = Object.keys(all.skills!);
    const industries = Object.keys(all.industries!);
    selections = [
      {},
      { helpsWith: 'leadership' },
      { helpsWith: 'leadership', languages: 'en' },
      { seniority: 'senior,staff', skills: skills[0]! },
      { skills: `${skills[1]!},${skills[2]!}`, industries: industries[0]!, languages: 'en,es' },
      { q: 'engineering', industries: industries[1]!, helpsWith: 'mentorship' },
      { minRating: 4, seniority: 'director', helpsWith: 'leadership,mentorship' },
    ];
  });

  it("each value's count is the total of selecting that value alone in its facet, the other facets kept", async () => {
    for (const query of selections) {
      const shown = await facets(query);
      for (const name of facetNames) {
        const counts = shown[name];
        assert.ok(counts, `${name} counted for ${JSON.stringify(query)}`);
        for (const value of sampled(counts)) {
          const alone = await total(withSelection(query, name, [value]));
          assert.equal(counts[value], alone, `${name}=${value} shows ${counts[value]} under ${JSON.stringify(query)}; selecting it alone finds ${alone}`);
        }
      }
    }
  });

  it('checking one more value adds what its count says (exactly for a single-valued facet, at most for the others)', async () => {
    for (const query of selections) {
      const shown = await facets(query);
      const current = await total(query);
      for (const name of facetNames) {
        const selection = selectionOf(query, name);
        if (selection.length === 0) continue;
        for (const value of sampled(shown[name]!)) {
          if (selection.includes(value)) continue;
          const added = await total(withSelection(query, name, [...selection, value]));
          const count = shown[name]![value]!;
          const where = `adding ${name}=${value} (shown ${count}) to ${JSON.stringify(query)} (total ${current}) finds ${added}`;
          if (singleValued.has(name)) assert.equal(added, current + count, where);
          else assert.ok(added >= Math.max(current, count) && added <= current + count, where);
        }
      }
    }
  });

  it('a facet counts the same whatever is selected in it; the other facets follow its selection', async () => {
    let narrowings = 0;
    for (const query of selections) {
      for (const name of facetNames) {
        const before = await facets(withSelection(query, name, []));
        const values = Object.keys(before[name]!);
        // Its most frequent value, then its two most frequent together.
        for (const selection of [values.slice(0, 1), values.slice(0, 2)]) {
          const after = await facets(withSelection(query, name, selection));
          assert.deepEqual(after[name], before[name], `${name} selecting ${selection.join(',')} under ${JSON.stringify(query)}`);
          // A mentor the selection drops leaves every other facet's counted set too, and every
          // mentor has a seniority and a need: so another facet's counts must change. (A selection
          // that keeps everyone, both needs, may still change them: another selected facet is
          // counted without its own selection, over a set this one can narrow.)
          if ((await total(withSelection(query, name, selection))) === (await total(withSelection(query, name, [])))) continue;
          narrowings++;
          const others = facetNames.filter((other) => other !== name);
          const changed = others.some((other) => JSON.stringify(after[other]) !== JSON.stringify(before[other]));
          assert.ok(changed, `selecting ${name}=${selection.join(',')} under ${JSON.stringify(query)} changes no other facet's counts`);
        }
      }
    }
    assert.ok(narrowings > 20, `only ${narrowings} selections narrowed the results`);
  });

  it('counts the same way in relevance order as in the other sorts', async () => {
    const query = { q: 'engineering', helpsWith: 'leadership', seniority: 'senior' };
    const relevance = await facets({ ...query, sort: 'relevance' });
    assert.deepEqual(await facets({ ...query, sort: 'rating' }), relevance);
    assert.equal(relevance.helpsWith!.mentorship, await total({ q: 'engineering', helpsWith: 'mentorship', seniority: 'senior' }));
  });
});
