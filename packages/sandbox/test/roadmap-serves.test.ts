// Roadmaps say what they serve (issue #13): the needs and the mentor skills, on lists and on
// one roadmap, with `need` and `skills` filters on the list.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { curatedRoadmaps } from '../src/resources/roadmaps/seed-data/index.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Schemas = components['schemas'];
type RoadmapList = Schemas['RoadmapList'];
type RoadmapSummary = Schemas['RoadmapSummary'];

let s: TestSandbox;
let all: RoadmapSummary[];

async function list(query: Record<string, string | number>): Promise<RoadmapSummary[]> {
  const res = await s.request<RoadmapList>('GET', '/v1/roadmaps', { query: { limit: 100, ...query } });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.nextCursor, null);
  return res.body.data;
}

before(async () => {
  s = await startSandbox({ mentors: 60 });
  all = await list({});
});
after(() => s.close());

describe('roadmaps: serves', () => {
  it('seeds every roadmap with the needs and skills it serves', async () => {
    assert.equal(all.length, curatedRoadmaps.length);
    for (const roadmap of all) {
      assert.ok(roadmap.serves.needs.length >= 1, `${roadmap.slug} serves a need`);
      assert.ok(roadmap.serves.skills.length >= 3, `${roadmap.slug} serves skills`);
    }
    const needs = new Set(all.flatMap((r) => r.serves.needs));
    assert.deepEqual([...needs].sort(), ['leadership', 'mentorship']);
    const one = all[0];
    assert.ok(one);
    const full = await s.request<Schemas['Roadmap']>('GET', `/v1/roadmaps/${one.slug}`);
    assert.deepEqual(full.body.serves, one.serves, 'a roadmap and its summary agree');
  });

  it('filters by need', async () => {
    for (const need of ['leadership', 'mentorship'] as const) {
      const kept = await list({ need });
      assert.deepEqual(
        kept.map((r) => r.id),
        all.filter((r) => r.serves.needs.includes(need)).map((r) => r.id),
      );
      assert.ok(kept.length > 0 && kept.length < all.length);
    }
  });

  it('filters by any of the skills, with the other filters', async () => {
    const kept = await list({ skills: 'delegation,imposter-syndrome' });
    const expected = all.filter((r) => r.serves.skills.includes('delegation') || r.serves.skills.includes('imposter-syndrome'));
    assert.deepEqual(
      kept.map((r) => r.id),
      expected.map((r) => r.id),
    );
    assert.ok(kept.length >= 2);
    const both = await list({ skills: 'delegation,imposter-syndrome', need: 'leadership' });
    assert.deepEqual(
      both.map((r) => r.id),
      expected.filter((r) => r.serves.needs.includes('leadership')).map((r) => r.id),
    );
    assert.deepEqual(await list({ skills: 'underwater-basket-weaving' }), []);
  });

  it('refuses a need that is not one', async () => {
    const res = await s.request<Schemas['Problem']>('GET', '/v1/roadmaps', { query: { need: 'friendship' } });
    assert.equal(res.status, 400);
    assert.equal(res.body.errors?.[0]?.pointer, '/need');
  });
});
