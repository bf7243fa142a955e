import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { components } from '@menteo/api';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { demo } from '../src/demo.js';

type Roadmap = components['schemas']['Roadmap'];
type RoadmapSummary = components['schemas']['RoadmapSummary'];
type RoadmapList = components['schemas']['RoadmapList'];
type RoadmapProgress = components['schemas']['RoadmapProgress'];
type StepState = components['schemas']['RoadmapStepState'];
type ProblemBody = components['schemas']['Problem'];

let s: TestSandbox;
let mentee: string;
let mentor: string;
let acme: string;
let catalogue: Roadmap[];

// The sandbox's clock, frozen at a whole minute and moved forward by tests; user tokens
// live 15 minutes, so every instant a test sets stays inside that window.
let t0 = 0; // set once the sandbox runs, from its clock
const clock = (minutes: number): Date => new Date(t0 + minutes * 60_000);

/** Code-point order, as SQLite's BINARY collation sorts TEXT. */
function byTitleThenId(a: { title: string; id: string }, b: { title: string; id: string }): number {
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

async function listAll(query: Record<string, string | number | undefined>, limit: number, between?: (page: number) => void): Promise<RoadmapSummary[]> {
  const items: RoadmapSummary[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const res = await s.request<RoadmapList>('GET', '/v1/roadmaps', { query: { ...query, limit, cursor } });
    assert.equal(res.status, 200);
    assert.ok(res.body.data.length <= limit);
    items.push(...res.body.data);
    if (res.body.nextCursor === null) return items;
    cursor = res.body.nextCursor;
    between?.(page);
  }
  throw new Error('pagination did not end');
}

function roadmap(slug: string): Roadmap {
  const found = catalogue.find((r) => r.slug === slug);
  assert.ok(found, `seeded roadmap ${slug}`);
  return found;
}

function progressRows(userId?: string): number {
  const row = (
    userId
      ? s.db.prepare('SELECT COUNT(*) AS n FROM roadmap_progress WHERE user_id = ?').get(userId)
      : s.db.prepare('SELECT COUNT(*) AS n FROM roadmap_progress').get()
  ) as { n: number };
  return row.n;
}

function eventCount(): number {
  return (s.db.prepare("SELECT COUNT(*) AS n FROM events WHERE type = 'roadmap.progress.updated'").get() as { n: number }).n;
}

/** The progress a client should see, computed independently of the sandbox from step states. */
function expectedTotals(states: StepState[], stepIds: string[]): Pick<RoadmapProgress, 'doneCount' | 'skippedCount' | 'percent' | 'currentStepId'> {
  const doneCount = states.filter((x) => x === 'done').length;
  const skippedCount = states.filter((x) => x === 'skipped').length;
  const firstOpen = states.findIndex((x) => x !== 'done' && x !== 'skipped');
  return {
    doneCount,
    skippedCount,
    percent: Math.round(((doneCount + skippedCount) / states.length) * 100),
    currentStepId: firstOpen === -1 ? null : stepIds[firstOpen]!,
  };
}

before(async () => {
  s = await startSandbox();
  t0 = Math.floor(s.now().getTime() / 60_000) * 60_000;
  s.setNow(clock(0));
  [mentee, mentor, acme] = await Promise.all([s.tokenFor('demo-mentee'), s.tokenFor('demo-mentor'), s.tokenFor('acme-employee')]);
  const list = await listAll({}, 100);
  catalogue = [];
  for (const summary of list) {
    const res = await s.request<Roadmap>('GET', `/v1/roadmaps/${summary.id}`);
    assert.equal(res.status, 200);
    catalogue.push(res.body);
  }
});

after(async () => {
  await s?.close();
});

describe('seeded roadmaps', () => {
  it('has at least 12 roadmaps of 6 to 15 steps, every one listed', () => {
    const inDb = (s.db.prepare('SELECT COUNT(*) AS n FROM roadmaps').get() as { n: number }).n;
    assert.ok(catalogue.length >= 12, `${catalogue.length} roadmaps`);
    assert.equal(catalogue.length, inDb);
    for (const r of catalogue) {
      assert.ok(r.steps.length >= 6 && r.steps.length <= 15, `${r.slug} has ${r.steps.length} steps`);
      assert.equal(r.stepCount, r.steps.length, r.slug);
    }
  });

  it('keeps totals, positions and slugs consistent', () => {
    assert.equal(new Set(catalogue.map((r) => r.slug)).size, catalogue.length, 'unique slugs');
    assert.equal(new Set(catalogue.map((r) => r.title)).size, catalogue.length, 'unique titles');
    const stepIds = catalogue.flatMap((r) => r.steps.map((step) => step.id));
    assert.equal(new Set(stepIds).size, stepIds.length, 'unique step ids');
    for (const r of catalogue) {
      assert.match(r.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.equal(
        r.estimatedHours,
        r.steps.reduce((sum, step) => sum + step.estimatedHours, 0),
        `${r.slug} estimatedHours`,
      );
      assert.deepEqual(
        r.steps.map((step) => step.position),
        r.steps.map((_, i) => i + 1),
        `${r.slug} positions`,
      );
      assert.ok(r.topics.length > 0, `${r.slug} topics`);
      assert.ok(r.author.name && r.author.title, `${r.slug} author`);
      assert.ok(Date.parse(r.createdAt) <= Date.parse(r.updatedAt), `${r.slug} dates`);
    }
  });

  it('gives every step a real summary, 1 to 4 resources and realistic hours', () => {
    let optional = 0;
    for (const r of catalogue) {
      for (const step of r.steps) {
        const where = `${r.slug} #${step.position}`;
        assert.ok(step.resources.length >= 1 && step.resources.length <= 4, `${where}: ${step.resources.length} resources`);
        assert.ok(step.summary.length >= 80 && step.summary.length <= 1000, `${where}: summary of ${step.summary.length} chars`);
        assert.ok(step.estimatedHours > 0 && step.estimatedHours <= 60, `${where}: ${step.estimatedHours} h`);
        if (step.optional) optional++;
      }
    }
    assert.ok(optional >= 5, `${optional} optional steps`);
    const topics = new Set(catalogue.flatMap((r) => r.topics));
    assert.ok(topics.has('leadership') && topics.has('personal-growth'), 'both leadership and personal-growth paths');
    assert.deepEqual(new Set(catalogue.map((r) => r.level)), new Set(['beginner', 'intermediate', 'advanced']));
  });

  it('links only to valid https URLs; exercises live under menteo.dev/exercises', () => {
    for (const r of catalogue) {
      if (r.author.avatarUrl !== null) assert.equal(new URL(r.author.avatarUrl).protocol, 'https:');
      for (const step of r.steps) {
        for (const [, href] of `${r.summary}\n${step.summary}`.matchAll(/\]\(([^)\s]+)\)/g)) {
          assert.equal(new URL(href!).protocol, 'https:', `markdown link ${href} in ${r.slug} #${step.position}`);
        }
        for (const resource of step.resources) {
          const url = new URL(resource.url);
          assert.equal(url.protocol, 'https:', resource.url);
          assert.match(url.hostname, /^[a-z0-9-]+(\.[a-z0-9-]+)+$/, resource.url);
          assert.equal(url.href.includes(' '), false, resource.url);
          if (resource.kind === 'exercise' && url.hostname === 'menteo.dev') {
            assert.match(resource.url, /^https:\/\/menteo\.dev\/exercises\/[a-z0-9]+(-[a-z0-9]+)*$/);
          }
        }
      }
    }
  });
});

describe('GET /v1/roadmaps', () => {
  it('orders by title then id across pages, without repeats or skips', async () => {
    const all = (s.db.prepare('SELECT id, title FROM roadmaps').all() as { id: string; title: string }[]).sort(byTitleThenId);
    const paged = await listAll({}, 5);
    assert.deepEqual(
      paged.map((r) => r.id),
      all.map((r) => r.id),
    );
    assert.ok(
      paged.every((r) => !('steps' in r)),
      'summaries carry no steps',
    );
  });

  it('neither repeats nor skips when roadmaps are added between page loads', async () => {
    const original = (await listAll({}, 100)).map((r) => r.id);
    const insert = s.db.prepare(
      `INSERT INTO roadmaps (id, slug, title, summary, author_name, author_title, author_avatar_url, topics, level, search_text, created_at, updated_at)
       VALUES (?, ?, ?, 'Inserted by a test.', 'Test Author', 'Tester', NULL, '[]', 'beginner', 'inserted', ?, ?)`,
    );
    const now = s.now().toISOString();
    try {
      const seen = await listAll({}, 4, (page) => {
        if (page === 0) {
          insert.run('rdm_testBefore01', 'test-before', 'AAA inserted before the cursor', now, now);
          insert.run('rdm_testAfter001', 'test-after', 'zzz inserted after the cursor', now, now);
        }
      });
      const ids = seen.map((r) => r.id);
      assert.equal(new Set(ids).size, ids.length, 'no repeats');
      for (const id of original) assert.ok(ids.includes(id), `${id} not skipped`);
      assert.ok(ids.includes('rdm_testAfter001'), 'a roadmap added ahead of the cursor shows up');
      assert.ok(!ids.includes('rdm_testBefore01'), 'a roadmap added behind the cursor does not');
    } finally {
      s.db.prepare("DELETE FROM roadmaps WHERE id IN ('rdm_testBefore01', 'rdm_testAfter001')").run();
    }
  });

  it('filters by level and topic, alone and together', async () => {
    for (const level of ['beginner', 'intermediate', 'advanced'] as const) {
      const got = await listAll({ level }, 3);
      const expected = catalogue
        .filter((r) => r.level === level)
        .map((r) => r.id)
        .sort();
      assert.ok(expected.length > 0, level);
      assert.deepEqual(got.map((r) => r.id).sort(), expected, level);
    }
    const leadership = await listAll({ topic: 'leadership' }, 100);
    assert.deepEqual(
      leadership.map((r) => r.id).sort(),
      catalogue
        .filter((r) => r.topics.includes('leadership'))
        .map((r) => r.id)
        .sort(),
    );
    const both = await listAll({ topic: 'leadership', level: 'advanced' }, 100);
    const expected = catalogue
      .filter((r) => r.topics.includes('leadership') && r.level === 'advanced')
      .map((r) => r.id)
      .sort();
    assert.ok(expected.length > 0 && expected.length < leadership.length);
    assert.deepEqual(both.map((r) => r.id).sort(), expected);
    assert.deepEqual((await listAll({ topic: 'no-such-topic' }, 10)).length, 0);
  });

  it('searches title, summary and topics with q, every word, case-insensitively', async () => {
    const matches = (r: Roadmap, q: string) =>
      q
        .toLowerCase()
        .split(/\s+/)
        .every((word) => [r.title, r.summary, ...r.topics, ...r.topics.map((t) => t.replace(/-/g, ' '))].join('\n').toLowerCase().includes(word));
    for (const q of ['engineering manager', 'STAFF', 'ux research', 'strategy', 'career-change', 'growth mindset', 'introverts']) {
      const got = await listAll({ q }, 100);
      const expected = catalogue
        .filter((r) => matches(r, q))
        .map((r) => r.id)
        .sort();
      assert.ok(expected.length > 0, `${q} matches something`);
      assert.deepEqual(got.map((r) => r.id).sort(), expected, q);
    }
    const manager = await listAll({ q: 'manager engineering' }, 100);
    assert.ok(
      manager.some((r) => r.slug === 'senior-engineer-to-engineering-manager'),
      'word order does not matter',
    );
    const none = await s.request<RoadmapList>('GET', '/v1/roadmaps', { query: { q: 'quantum basket weaving' } });
    assert.deepEqual(none.body, { data: [], nextCursor: null });
    const combined = await listAll({ q: 'manager', level: 'advanced', topic: 'strategy' }, 100);
    assert.deepEqual(
      combined.map((r) => r.slug),
      ['from-manager-to-director'],
    );
  });

  it('answers 400 for bad parameters and cursors', async () => {
    const cases: [Record<string, string | number>, string][] = [
      [{ level: 'expert' }, '/level'],
      [{ topic: 'Not A Topic' }, '/topic'],
      [{ limit: 0 }, '/limit'],
      [{ limit: 101 }, '/limit'],
      [{ q: '' }, '/q'],
    ];
    for (const [query, pointer] of cases) {
      const res = await s.request<ProblemBody>('GET', '/v1/roadmaps', { query });
      assert.equal(res.status, 400, JSON.stringify(query));
      assert.equal(res.body.code, 'invalid_parameter');
      assert.ok(
        res.body.errors?.some((e) => e.pointer === pointer && e.in === 'query'),
        `${pointer}: ${res.text}`,
      );
    }
    const res = await s.request<ProblemBody>('GET', '/v1/roadmaps', { query: { cursor: 'not-a-cursor' } });
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'invalid_cursor');
  });

  it('is readable with every credential kind, and not without one', async () => {
    for (const auth of [demo.keys.demoPublishable, demo.keys.acmeSecret, mentee]) {
      const res = await s.request<RoadmapList>('GET', '/v1/roadmaps', { auth, query: { limit: 2 } });
      assert.equal(res.status, 200);
      assert.equal(res.body.data.length, 2);
    }
    assert.equal((await s.request('GET', '/v1/roadmaps', { auth: null })).status, 401);
  });
});

describe('GET /v1/roadmaps/{roadmapId}', () => {
  it('retrieves the same roadmap by id and by slug', async () => {
    const target = roadmap('becoming-a-staff-engineer');
    const byId = await s.request<Roadmap>('GET', `/v1/roadmaps/${target.id}`, { auth: mentee });
    const bySlug = await s.request<Roadmap>('GET', '/v1/roadmaps/becoming-a-staff-engineer', { auth: demo.keys.acmePublishable });
    assert.equal(byId.status, 200);
    assert.equal(bySlug.status, 200);
    assert.deepEqual(bySlug.body, byId.body);
    assert.equal(byId.body.id, target.id);
    assert.equal(byId.body.title, 'Becoming a staff engineer');
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await s.request('GET', '/v1/roadmaps/leading-through-a-reorg');
    const etag = first.headers.get('ETag');
    assert.ok(etag);
    const again = await s.request('GET', '/v1/roadmaps/leading-through-a-reorg', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  it('answers 404 for an unknown id or slug, and 400 for a malformed one', async () => {
    for (const ref of ['rdm_doesNotExist0', 'no-such-roadmap']) {
      const res = await s.request<ProblemBody>('GET', `/v1/roadmaps/${ref}`);
      assert.equal(res.status, 404, ref);
      assert.equal(res.body.code, 'not_found');
    }
    for (const ref of ['Becoming_A_Staff', 'rdm_x', 'trailing-', 'UPPER-case']) {
      const res = await s.request<ProblemBody>('GET', `/v1/roadmaps/${ref}`);
      assert.equal(res.status, 400, ref);
      assert.ok(
        res.body.errors?.some((e) => e.in === 'path' && e.pointer === '/roadmapId'),
        res.text,
      );
    }
  });
});

describe('roadmap progress', () => {
  it('reads as all todo for someone who never started, without writing anything', async () => {
    const target = roadmap('designer-to-design-lead');
    const rows = progressRows();
    const res = await s.request<RoadmapProgress>('GET', `/v1/roadmaps/${target.id}/progress`, { auth: mentor });
    assert.equal(res.status, 200);
    assert.equal(res.body.roadmapId, target.id);
    assert.equal(res.body.userId, demo.users.mentor.id);
    assert.deepEqual(
      res.body.steps,
      target.steps.map((step) => ({ stepId: step.id, state: 'todo', note: null, updatedAt: null })),
    );
    assert.deepEqual(
      {
        doneCount: res.body.doneCount,
        skippedCount: res.body.skippedCount,
        percent: res.body.percent,
        currentStepId: res.body.currentStepId,
        updatedAt: res.body.updatedAt,
      },
      { doneCount: 0, skippedCount: 0, percent: 0, currentStepId: target.steps[0]!.id, updatedAt: null },
    );
    assert.equal(progressRows(), rows);
  });

  it('shows the seeded progress of the demo people', async () => {
    const path = roadmap('senior-engineer-to-engineering-manager');
    const res = await s.request<RoadmapProgress>('GET', '/v1/roadmaps/senior-engineer-to-engineering-manager/progress', { auth: mentee });
    assert.equal(res.status, 200);
    const states = res.body.steps.map((step) => step.state);
    assert.deepEqual(res.body, {
      ...res.body,
      ...expectedTotals(
        states,
        path.steps.map((step) => step.id),
      ),
    });
    assert.ok(res.body.doneCount >= 3 && res.body.currentStepId !== null, 'midway');
    assert.ok(res.body.steps.filter((step) => step.note !== null).length >= 3, 'with notes');
    assert.equal(
      res.body.updatedAt,
      res.body.steps
        .map((step) => step.updatedAt)
        .filter((at) => at !== null)
        .sort()
        .at(-1),
    );

    const speaking = await s.request<RoadmapProgress>('GET', '/v1/roadmaps/finding-your-voice-public-speaking-for-engineers/progress', { auth: mentee });
    assert.deepEqual(
      speaking.body.steps.map((step) => step.state).filter((x) => x !== 'todo'),
      ['doing'],
      'just started',
    );

    const lead = await s.request<RoadmapProgress>('GET', '/v1/roadmaps/your-first-90-days-as-a-tech-lead/progress', { auth: acme });
    assert.equal(lead.body.userId, demo.users.acmeEmployee.id);
    assert.ok(lead.body.doneCount > 0);
  });

  it('sets each state and recomputes counts, percent and the resume point', async () => {
    const target = roadmap('building-a-growth-mindset');
    const ids = target.steps.map((step) => step.id);
    const states: StepState[] = ids.map(() => 'todo');
    const put = async (index: number, state: StepState) => {
      const res = await s.request<RoadmapProgress>('PUT', `/v1/roadmaps/${target.slug}/progress/${ids[index]}`, { auth: mentor, body: { state } });
      assert.equal(res.status, 200);
      states[index] = state;
      assert.deepEqual(
        res.body.steps.map((step) => step.state),
        states,
      );
      assert.deepEqual(
        { doneCount: res.body.doneCount, skippedCount: res.body.skippedCount, percent: res.body.percent, currentStepId: res.body.currentStepId },
        expectedTotals(states, ids),
      );
      return res.body;
    };
    assert.equal((await put(0, 'doing')).currentStepId, ids[0]);
    assert.equal((await put(0, 'done')).currentStepId, ids[1]);
    const skipped = await put(1, 'skipped');
    assert.equal(skipped.percent, Math.round((2 / ids.length) * 100));
    assert.equal(skipped.currentStepId, ids[2]);
    assert.equal((await put(3, 'done')).currentStepId, ids[2], 'resume at the first unfinished step, not after the last finished one');
    assert.equal((await put(0, 'todo')).currentStepId, ids[0], 'a step can be reopened');
    let last: RoadmapProgress | undefined;
    for (let i = 0; i < ids.length; i++) last = await put(i, i % 3 === 0 ? 'skipped' : 'done');
    assert.equal(last!.percent, 100);
    assert.equal(last!.currentStepId, null);
  });

  it('matches a model of the progress over random sequences of updates', async () => {
    const target = roadmap('returning-to-work-after-a-career-break');
    const ids = target.steps.map((step) => step.id);
    const op = fc.record({
      index: fc.integer({ min: 0, max: ids.length - 1 }),
      state: fc.constantFrom<StepState>('todo', 'doing', 'done', 'skipped'),
      note: fc.constantFrom<string | null | undefined>(undefined, undefined, null, 'Booked a coffee chat.', 'Halfway there.'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        const start = await s.request<RoadmapProgress>('GET', `/v1/roadmaps/${target.id}/progress`, { auth: acme });
        const model = start.body.steps.map((step) => ({ state: step.state, note: step.note }));
        for (const { index, state, note } of ops) {
          const body = note === undefined ? { state } : { state, note };
          const res = await s.request<RoadmapProgress>('PUT', `/v1/roadmaps/${target.id}/progress/${ids[index]}`, { auth: acme, body });
          assert.equal(res.status, 200);
          model[index] = { state, note: note === undefined ? model[index]!.note : note };
          assert.deepEqual(
            res.body.steps.map((step) => ({ state: step.state, note: step.note })),
            model,
          );
          assert.deepEqual(
            { doneCount: res.body.doneCount, skippedCount: res.body.skippedCount, percent: res.body.percent, currentStepId: res.body.currentStepId },
            expectedTotals(
              model.map((m) => m.state),
              ids,
            ),
          );
        }
      }),
      { numRuns: 12, seed: 20240611 },
    );
  });

  it('sets, keeps and clears the note, and stamps updatedAt with the clock', async () => {
    const target = roadmap('data-analyst-to-data-scientist');
    const step = target.steps[2]!.id;
    const path = `/v1/roadmaps/${target.id}/progress/${step}`;
    const at = (body: RoadmapProgress) => body.steps.find((x) => x.stepId === step)!;

    s.setNow(clock(1));
    const set = await s.request<RoadmapProgress>('PUT', path, { auth: mentor, body: { state: 'doing', note: 'Planning the pricing-page test with Ana.' } });
    assert.equal(at(set.body).note, 'Planning the pricing-page test with Ana.');
    assert.equal(at(set.body).updatedAt, clock(1).toISOString());
    assert.equal(set.body.updatedAt, clock(1).toISOString());

    s.setNow(clock(2));
    const kept = await s.request<RoadmapProgress>('PUT', path, { auth: mentor, body: { state: 'done' } });
    assert.equal(at(kept.body).state, 'done');
    assert.equal(at(kept.body).note, 'Planning the pricing-page test with Ana.', 'absent note keeps it');
    assert.equal(at(kept.body).updatedAt, clock(2).toISOString());

    const cleared = await s.request<RoadmapProgress>('PUT', path, { auth: mentor, body: { state: 'done', note: null } });
    assert.equal(at(cleared.body).note, null, 'null clears it');
    const row = s.db.prepare('SELECT state, note FROM roadmap_progress WHERE user_id = ? AND step_id = ?').get(demo.users.mentor.id, step);
    assert.deepEqual({ ...(row as object) }, { state: 'done', note: null });

    const max = 'x'.repeat(2000);
    const long = await s.request<RoadmapProgress>('PUT', path, { auth: mentor, body: { state: 'done', note: max } });
    assert.equal(long.status, 200);
    assert.equal(at(long.body).note, max);
  });

  it('treats a repeated PUT as a no-op: same body, same updatedAt, no event', async () => {
    const target = roadmap('breaking-into-ux-research');
    const path = `/v1/roadmaps/${target.id}/progress/${target.steps[0]!.id}`;
    s.setNow(clock(3));
    const first = await s.request<RoadmapProgress>('PUT', path, { auth: mentor, body: { state: 'doing', note: 'Reading NN/g.' } });
    const events = eventCount();
    s.setNow(clock(4));
    const again = await s.request<RoadmapProgress>('PUT', path, { auth: mentor, body: { state: 'doing', note: 'Reading NN/g.' } });
    const keep = await s.request<RoadmapProgress>('PUT', path, { auth: mentor, body: { state: 'doing' } });
    assert.deepEqual(again.body, first.body);
    assert.deepEqual(keep.body, first.body);
    assert.equal(eventCount(), events);
    // Setting a never-touched step to todo changes nothing either.
    const rows = progressRows(demo.users.mentor.id);
    const untouched = await s.request<RoadmapProgress>('PUT', `/v1/roadmaps/${target.id}/progress/${target.steps[5]!.id}`, {
      auth: mentor,
      body: { state: 'todo' },
    });
    assert.equal(untouched.status, 200);
    assert.equal(progressRows(demo.users.mentor.id), rows);
    assert.equal(eventCount(), events);
  });

  it('records a roadmap.progress.updated event for the person only', async () => {
    const target = roadmap('running-effective-one-on-ones-and-feedback');
    const before = (s.db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM events').get() as { seq: number }).seq;
    const res = await s.request<RoadmapProgress>('PUT', `/v1/roadmaps/${target.id}/progress/${target.steps[1]!.id}`, {
      auth: mentee,
      body: { state: 'done', note: 'Rotating through ten open questions now.' },
    });
    assert.equal(res.status, 200);
    const rows = s.db.prepare('SELECT type, audience, public, thread_id, data FROM events WHERE seq > ?').all(before) as {
      type: string;
      audience: string;
      public: number;
      thread_id: string | null;
      data: string;
    }[];
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.type, 'roadmap.progress.updated');
    assert.deepEqual(JSON.parse(rows[0]!.audience), [demo.users.mentee.id]);
    assert.equal(rows[0]!.public, 0);
    assert.equal(rows[0]!.thread_id, null);
    assert.deepEqual(JSON.parse(rows[0]!.data), res.body);
  });

  it("keeps one person's progress invisible to everyone else", async () => {
    const target = roadmap('junior-to-mid-level-frontend-engineer');
    const step = target.steps[0]!.id;
    const put = await s.request<RoadmapProgress>('PUT', `/v1/roadmaps/${target.id}/progress/${step}`, {
      auth: mentee,
      body: { state: 'done', note: 'Private note.' },
    });
    assert.equal(put.body.doneCount, 1);
    for (const other of [mentor, acme]) {
      const res = await s.request<RoadmapProgress>('GET', `/v1/roadmaps/${target.id}/progress`, { auth: other });
      assert.equal(res.status, 200);
      assert.notEqual(res.body.userId, demo.users.mentee.id);
      assert.equal(res.body.doneCount, 0);
      assert.ok(res.body.steps.every((x) => x.note === null && x.state === 'todo'));
    }
    const mine = await s.request<RoadmapProgress>('GET', `/v1/roadmaps/${target.slug}/progress`, { auth: mentee });
    assert.equal(mine.body.steps[0]!.note, 'Private note.');
  });

  it('answers 404 for an unknown roadmap or step, or a step of another roadmap, writing nothing', async () => {
    const target = roadmap('from-manager-to-director');
    const other = roadmap('leading-through-a-reorg');
    const rows = progressRows();
    const events = eventCount();
    const cases = [
      `/v1/roadmaps/${target.id}/progress/${other.steps[0]!.id}`,
      `/v1/roadmaps/${target.slug}/progress/stp_doesNotExist00`,
      `/v1/roadmaps/rdm_doesNotExist0/progress/${target.steps[0]!.id}`,
      `/v1/roadmaps/no-such-roadmap/progress/${target.steps[0]!.id}`,
    ];
    for (const path of cases) {
      const res = await s.request<ProblemBody>('PUT', path, { auth: mentee, body: { state: 'done' } });
      assert.equal(res.status, 404, path);
      assert.equal(res.body.code, 'not_found');
    }
    assert.equal((await s.request('GET', '/v1/roadmaps/rdm_doesNotExist0/progress', { auth: mentee })).status, 404);
    const bad = await s.request<ProblemBody>('PUT', `/v1/roadmaps/${target.id}/progress/step-one`, { auth: mentee, body: { state: 'done' } });
    assert.equal(bad.status, 400);
    assert.ok(
      bad.body.errors?.some((e) => e.in === 'path' && e.pointer === '/stepId'),
      bad.text,
    );
    assert.equal(progressRows(), rows);
    assert.equal(eventCount(), events);
  });

  it('answers 422 with the field pointer for invalid bodies, writing nothing', async () => {
    const target = roadmap('individual-contributor-to-product-manager');
    const path = `/v1/roadmaps/${target.id}/progress/${target.steps[0]!.id}`;
    const rows = progressRows();
    const events = eventCount();
    const cases: [unknown, string][] = [
      [{ state: 'finished' }, '/state'],
      [{ state: 'done', extra: true }, '/extra'],
      [{}, '/state'],
      [{ state: 'done', note: '' }, '/note'],
      [{ state: 'done', note: 'x'.repeat(2001) }, '/note'],
      [{ state: 'done', note: 42 }, '/note'],
    ];
    for (const [body, pointer] of cases) {
      const res = await s.request<ProblemBody>('PUT', path, { auth: mentee, body });
      assert.equal(res.status, 422, JSON.stringify(body).slice(0, 80));
      assert.equal(res.body.code, 'validation_failed');
      assert.ok(
        res.body.errors?.some((e) => e.in === 'body' && e.pointer === pointer),
        `${pointer}: ${res.text.slice(0, 300)}`,
      );
    }
    assert.equal(progressRows(), rows);
    assert.equal(eventCount(), events);
  });

  it('refuses keys: 403 for publishable and secret keys, 401 without a credential', async () => {
    const target = roadmap('becoming-a-staff-engineer');
    const rows = progressRows();
    const put = `/v1/roadmaps/${target.id}/progress/${target.steps[0]!.id}`;
    const get = `/v1/roadmaps/${target.id}/progress`;
    const publishable = await s.request<ProblemBody>('PUT', put, { auth: demo.keys.demoPublishable, body: { state: 'done' } });
    assert.equal(publishable.status, 403);
    assert.equal(publishable.body.code, 'publishable_key_read_only');
    assert.equal((await s.request<ProblemBody>('GET', get, { auth: demo.keys.demoPublishable })).status, 403);
    assert.equal((await s.request<ProblemBody>('PUT', put, { auth: demo.keys.demoSecret, body: { state: 'done' } })).status, 403);
    assert.equal((await s.request<ProblemBody>('GET', get, { auth: demo.keys.acmeSecret })).status, 403);
    assert.equal((await s.request<ProblemBody>('GET', get, { auth: null })).status, 401);
    assert.equal((await s.request<ProblemBody>('PUT', put, { auth: null, body: { state: 'done' } })).status, 401);
    assert.equal(progressRows(), rows);
  });
});
