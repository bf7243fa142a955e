// ISO 8601 weeks, which key the weekly update: the year boundaries are where they go wrong.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoWeek, isoWeekOf } from '../iso-week.js';

describe('isoWeek', () => {
  const cases: [string, string, string][] = [
    // [instant, week, its Monday]
    ['2026-11-27T23:59:00Z', '2026-W48', '2026-11-23'],
    ['2026-11-23T00:00:00Z', '2026-W48', '2026-11-23'], // Monday 00:00 opens the week
    ['2026-11-22T23:59:59Z', '2026-W47', '2026-11-16'], // Sunday night closes the previous one
    ['2021-01-03T12:00:00Z', '2020-W53', '2020-12-28'], // January days in last year's week 53
    ['2021-01-04T00:00:00Z', '2021-W01', '2021-01-04'],
    ['2024-12-30T08:00:00Z', '2025-W01', '2024-12-30'], // December days in next year's week 1
    ['2026-01-01T00:00:00Z', '2026-W01', '2025-12-29'], // a Thursday: week 1
    ['2027-01-01T00:00:00Z', '2026-W53', '2026-12-28'], // a Friday: last year's week 53
    ['2023-01-01T00:00:00Z', '2022-W52', '2022-12-26'], // a Sunday
    ['2024-02-29T00:00:00Z', '2024-W09', '2024-02-26'],
  ];
  for (const [instant, label, monday] of cases) {
    it(`${instant} is in ${label}`, () => {
      const week = isoWeek(new Date(instant));
      assert.equal(week.label, label);
      assert.equal(week.start.toISOString(), `${monday}T00:00:00.000Z`);
      assert.equal(week.end.getTime() - week.start.getTime(), 7 * 86_400_000);
      assert.ok(week.start.getTime() <= Date.parse(instant) && Date.parse(instant) < week.end.getTime());
    });
  }

  it('judges the week in UTC, whatever the local time zone', () => {
    // 2026-11-23T00:30+02:00 is still Sunday 22:30 in UTC.
    assert.equal(isoWeek(new Date('2026-11-23T00:30:00+02:00')).label, '2026-W47');
  });

  it('finds the week a label names, and no week for a label that names none', () => {
    assert.equal(isoWeekOf('2027-W02')?.start.toISOString(), '2027-01-11T00:00:00.000Z');
    assert.equal(isoWeekOf('2026-W53')?.start.toISOString(), '2026-12-28T00:00:00.000Z');
    assert.equal(isoWeekOf('2025-W01')?.start.toISOString(), '2024-12-30T00:00:00.000Z');
    for (const [instant, label] of cases) assert.equal(isoWeekOf(label)?.label, isoWeek(new Date(instant)).label);
    for (const bad of ['2025-W53', '2026-W00', '2026-W54', '2026-48', 'W48', '2026-W4']) assert.equal(isoWeekOf(bad), undefined, bad);
  });
});
