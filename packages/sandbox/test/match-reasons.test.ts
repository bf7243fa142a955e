// Match reasons as codes plus parameters, and only the strengths among them (issue #13):
// "Mentors in en", "Profile matches your goals: through, first" and "6 hours from your time
// zone" were what the old reasons said.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { isStopWord } from '../src/resources/mentors/goal-terms.js';
import type { NewMentor } from '../src/resources/mentors/store.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { insertTestMentor } from './support/mentors.js';

type MatchResult = components['schemas']['MatchResult'];
type MatchRequest = components['schemas']['MatchRequest'];
type Match = components['schemas']['Match'];
type Reason = components['schemas']['MatchReason'];

let s: TestSandbox;
let now: Date;
let inserted = 0;

function addMentor(fields: Partial<NewMentor>): string {
  return insertTestMentor(s.db, 'reasonstest', ++inserted, now, {
    name: `Reason Test ${inserted}`,
    offerings: [],
    ratingAvg: 5,
    reviewCount: 10,
    weeklyAvailability: [1, 2, 3, 4, 5, 6, 7].map((d) => [d, 0, 1440] as [number, number, number]),
    ...fields,
  });
}

async function match(body: MatchRequest): Promise<Match[]> {
  const res = await s.request<MatchResult>('POST', '/v1/matches', { body });
  assert.equal(res.status, 200, res.text);
  return res.body.data;
}

function reasonOf<C extends Reason['code']>(m: Match | undefined, code: C): Extract<Reason, { code: C }> | undefined {
  assert.ok(m, 'the mentor is among the matches');
  return m.reasons.find((r): r is Extract<Reason, { code: C }> => r.code === code);
}

const listedWeight = (m: Match) => m.reasons.reduce((t, r) => t + r.weight, 0);

before(async () => {
  s = await startSandbox();
  now = new Date(Math.floor(s.now().getTime() / 1000) * 1000);
  s.setNow(now);
});
after(async () => {
  await s?.close();
});

describe('match reasons: params by code', () => {
  it('gives every reason the params of its code, consistent with the mentor and the request', async () => {
    const requests: MatchRequest[] = [
      {
        need: 'leadership',
        goals: 'My team keeps missing deadlines. I need to set direction, delegate and make decisions faster.',
        skills: ['delegation', 'decision-making', 'hiring'],
        language: 'en',
        timezone: 'Europe/Berlin',
        limit: 20,
      },
      {
        need: 'mentorship',
        goals: 'I want to figure out who I want to become: a career change into product.',
        skills: ['career-change'],
        language: 'es',
        limit: 20,
      },
    ];
    const seen = new Set<string>();
    for (const request of requests) {
      const goalWords = new Set(request.goals.toLowerCase().match(/[\p{L}\p{N}]+/gu));
      for (const m of await match(request)) {
        for (const r of m.reasons) {
          seen.add(r.code);
          switch (r.code) {
            case 'need_fit':
              assert.equal(r.params.need, request.need);
              assert.ok(m.mentor.helpsWith.includes(r.params.need));
              break;
            case 'style_fit':
              assert.equal(r.params.style, m.mentor.mentoringStyle);
              assert.equal(r.params.need, r.params.style === 'directive' ? 'leadership' : 'mentorship');
              break;
            case 'skills_overlap':
              assert.equal(r.params.requested, request.skills?.length);
              assert.ok(r.params.skills.length > 0);
              for (const skill of r.params.skills) assert.ok(m.mentor.skills.includes(skill) && request.skills?.includes(skill), skill);
              break;
            case 'goals_match':
              assert.ok(r.params.terms.length >= 1 && r.params.terms.length <= 5);
              for (const term of r.params.terms) {
                assert.ok(goalWords.has(term), `${term} is a word of the goals`);
                assert.ok(term.length >= 3 && !isStopWord(term), `${term} is meaningful`);
              }
              break;
            case 'language':
              assert.equal(r.params.language, request.language);
              assert.equal(r.text, request.language === 'en' ? 'Mentors in English' : 'Mentors in Spanish');
              break;
            case 'timezone':
              assert.ok(r.params.hoursApart >= 0 && r.params.hoursApart <= 3, `${r.params.hoursApart} h`);
              break;
            case 'availability':
              assert.ok(Number.isInteger(r.params.withinDays) && r.params.withinDays >= 1 && r.params.withinDays <= 7);
              break;
            case 'rating':
              assert.equal(r.params.count, m.mentor.stats.reviewCount);
              assert.equal(r.params.average, m.mentor.stats.ratingAvg);
              assert.ok(r.params.count >= 3 && r.params.average >= 4);
              break;
          }
        }
        assert.ok(listedWeight(m) <= m.score + 1e-3, 'the reasons listed add up to at most the score');
      }
    }
    assert.deepEqual([...seen].sort(), ['availability', 'goals_match', 'language', 'need_fit', 'rating', 'skills_overlap', 'style_fit', 'timezone']);
  });

  it('names the shared skills in the mentor’s order and how many were asked for', async () => {
    const id = addMentor({ skills: ['hiring', 'okrs', 'delegation'], bio: 'Pangolinish planning for growing teams.' });
    const data = await match({ need: 'leadership', goals: 'Pangolinish planning for my team', skills: ['delegation', 'hiring', 'roadmapping'], limit: 5 });
    const skills = reasonOf(
      data.find((m) => m.mentor.id === id),
      'skills_overlap',
    );
    assert.deepEqual(skills?.params, { skills: ['hiring', 'delegation'], requested: 3 });
  });
});

describe('match reasons: goal terms', () => {
  it('lists meaningful words only: no stop word, nothing under 3 letters', async () => {
    const id = addMentor({ bio: 'Through my first decade I coached zanzibarian teams as they grew.' });
    const data = await match({ need: 'leadership', goals: 'Through my first year I want to lead zanzibarian teams through a change', limit: 5 });
    const goals = reasonOf(
      data.find((m) => m.mentor.id === id),
      'goals_match',
    );
    assert.ok(goals, 'goals_match listed');
    assert.deepEqual(goals.params.terms, ['zanzibarian', 'teams']);
    assert.equal(goals.text, 'Profile matches your goals: zanzibarian, teams');
  });

  it('lists no goals reason when only stop words are shared', async () => {
    // Only these two speak Esperanto: the language criterion keeps both among the first.
    const words = addMentor({ languages: ['eo'], bio: 'Wombatic facilitation for new leads.' });
    const stops = addMentor({ languages: ['eo'], bio: 'Through the first of these, and then again through them.' });
    const data = await match({ need: 'leadership', goals: 'Through the first wombatic weeks, and then again through these', language: 'eo', limit: 5 });
    assert.deepEqual(
      reasonOf(
        data.find((m) => m.mentor.id === words),
        'goals_match',
      )?.params.terms,
      ['wombatic'],
    );
    assert.equal(
      reasonOf(
        data.find((m) => m.mentor.id === stops),
        'goals_match',
      ),
      undefined,
      'shared stop words are no match',
    );
  });
});

describe('match reasons: weak factors are not strengths', () => {
  it('lists the time zone only within 3 hours, and still counts it in the score', async () => {
    // Zones without daylight saving time, so the hours apart do not depend on the date.
    const zones = { moscow: 'Europe/Moscow', kolkata: 'Asia/Kolkata', bangkok: 'Asia/Bangkok', seoul: 'Asia/Seoul' } as const;
    const ids = Object.fromEntries(Object.entries(zones).map(([key, timezone]) => [key, addMentor({ timezone, bio: 'Quaggaesque leadership coaching.' })]));
    const data = await match({ need: 'leadership', goals: 'quaggaesque leadership for my team', timezone: 'Asia/Tokyo', limit: 10 });
    const byId = (id: string | undefined) => data.find((m) => m.mentor.id === id);

    const sixHours = byId(ids.moscow);
    assert.equal(reasonOf(sixHours, 'timezone'), undefined, 'a mentor 6 h away has no timezone reason');
    assert.ok(sixHours && sixHours.score - listedWeight(sixHours) > 0.005, 'the 6 h fit still counts in the score');
    assert.equal(reasonOf(byId(ids.kolkata), 'timezone'), undefined, '3.5 h is over the threshold');
    assert.deepEqual(reasonOf(byId(ids.bangkok), 'timezone')?.params, { hoursApart: 2 });
    const same = reasonOf(byId(ids.seoul), 'timezone');
    assert.deepEqual(same?.params, { hoursApart: 0 });
    assert.equal(same?.text, 'Same UTC offset as you');
  });

  it('lists the rating only with at least 3 reviews averaging 4 or more', async () => {
    const one = addMentor({ ratingAvg: 5, reviewCount: 1, bio: 'Okapiform team rituals.' });
    const low = addMentor({ ratingAvg: 3.8, reviewCount: 40, bio: 'Okapiform team rituals.' });
    const good = addMentor({ ratingAvg: 4.2, reviewCount: 3, bio: 'Okapiform team rituals.' });
    const data = await match({ need: 'leadership', goals: 'okapiform rituals for my team', limit: 10 });
    const byId = (id: string) => data.find((m) => m.mentor.id === id);
    assert.equal(reasonOf(byId(one), 'rating'), undefined, '5.0 from one review is not a strength');
    assert.equal(reasonOf(byId(low), 'rating'), undefined, '3.8 is not a strength');
    assert.deepEqual(reasonOf(byId(good), 'rating')?.params, { average: 4.2, count: 3 });
  });

  it('lists availability only with a free slot within 7 days', async () => {
    const open = addMentor({ bio: 'Axolotlian retrospectives.' });
    const never = addMentor({ bio: 'Axolotlian retrospectives.', weeklyAvailability: [], nextAvailableAt: null });
    const data = await match({ need: 'leadership', goals: 'axolotlian retrospectives', limit: 10 });
    assert.deepEqual(
      reasonOf(
        data.find((m) => m.mentor.id === open),
        'availability',
      )?.params,
      { withinDays: 1 },
    );
    assert.equal(
      reasonOf(
        data.find((m) => m.mentor.id === never),
        'availability',
      ),
      undefined,
    );
  });
});
