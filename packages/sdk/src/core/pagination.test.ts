// Pagination: an awaited first page with its cursor, `for await` across every page,
// and `toArray({ limit })` that stops as soon as it has enough.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { Menteo } from '../client.js';
import { BadRequestError, MenteoError } from './errors.js';

const api = mockApi();
const client = new Menteo({ publishableKey: 'pk_test_demo', ...fast });
const searches = () => api.callsTo('/v1/mentors');

describe('pagination', () => {
  it('an awaited page: data, nextCursor, hasNextPage(), getNextPage(), extra fields', async () => {
    const first = await client.mentors.search({ limit: 10, facets: ['skills'] });
    assert.equal(first.data.length, 10);
    assert.equal(typeof first.nextCursor, 'string');
    assert.ok(first.hasNextPage());
    assert.ok(first.totalCount > 10);
    assert.ok(first.facets?.skills, 'the search facets are on the page');

    const second = await first.getNextPage();
    assert.equal(second.data.length, 10);
    const firstIds = new Set(first.data.map((m) => m.id));
    assert.ok(
      second.data.every((m) => !firstIds.has(m.id)),
      'the next page holds the next items',
    );
    const [, next] = searches();
    assert.equal(next?.url.searchParams.get('cursor'), first.nextCursor);
    assert.equal(next?.url.searchParams.get('limit'), '10', 'the query is kept across pages');
    assert.equal(next?.url.searchParams.get('facets'), 'skills');
  });

  it('the last page has no next page, and getNextPage() says so', async () => {
    const only = await client.roadmaps.list({ limit: 100 });
    assert.equal(only.nextCursor, null);
    assert.equal(only.hasNextPage(), false);
    assert.throws(() => only.getNextPage(), MenteoError);
  });

  it('for await walks every item across pages, one request per page', async () => {
    const { totalCount } = await client.mentors.search({ limit: 1 });
    api.calls.length = 0;
    const ids: string[] = [];
    for await (const mentor of client.mentors.search({ limit: 20 })) ids.push(mentor.id);
    assert.equal(ids.length, totalCount);
    assert.equal(new Set(ids).size, ids.length, 'no item twice');
    // A full last page may still carry a cursor to an empty one.
    const pages = Math.ceil(totalCount / 20);
    assert.ok(searches().length === pages || (totalCount % 20 === 0 && searches().length === pages + 1), `${searches().length} requests`);
  });

  it('pages() yields each page; breaking out stops the requests', async () => {
    const sizes: number[] = [];
    for await (const page of client.mentors.search({ limit: 25 }).pages()) sizes.push(page.data.length);
    assert.ok(sizes.length >= 2 && sizes.slice(0, -1).every((n) => n === 25));
    api.calls.length = 0;
    let seen = 0;
    for await (const _mentor of client.mentors.search({ limit: 5 })) if (++seen === 7) break;
    assert.equal(searches().length, 2);
  });

  it('toArray({ limit }) stops as soon as it has enough', async () => {
    const fifteen = await client.mentors.search({ limit: 10 }).toArray({ limit: 15 });
    assert.equal(fifteen.length, 15);
    assert.equal(searches().length, 2);

    api.calls.length = 0;
    const ten = await client.mentors.search({ limit: 10 }).toArray({ limit: 10 });
    assert.equal(ten.length, 10);
    assert.equal(searches().length, 1, 'no request for a page it does not need');

    api.calls.length = 0;
    const all = await client.roadmaps.list({ limit: 100 }).toArray({ limit: 10_000 });
    assert.ok(all.length > 0 && all.length < 10_000, 'a short list ends before the limit');
    assert.equal(api.callsTo('/v1/roadmaps').length, 1);
  });

  it('toArray() without a limit throws (a list can be very long), before any request', async () => {
    const list = client.mentors.search();
    const toArray = list.toArray.bind(list) as (options?: unknown) => Promise<unknown[]>;
    await assert.rejects(toArray(), MenteoError);
    await assert.rejects(toArray({}), MenteoError);
    await assert.rejects(list.toArray({ limit: 0 }), MenteoError);
    await assert.rejects(list.toArray({ limit: 2.5 }), MenteoError);
    assert.equal(searches().length, 0);
  });

  it('a page promise awaited twice asks once', async () => {
    const list = client.mentors.search({ limit: 3 });
    const [a, b] = [await list, await list];
    assert.equal(a, b);
    assert.equal(searches().length, 1);
  });

  it('a failed page rejects the await and the iteration', async () => {
    await assert.rejects(
      client.mentors.search({ limit: 1000 }).then((p) => p.data),
      (error) => error instanceof BadRequestError,
    );
    await assert.rejects(
      async () => {
        for await (const _ of client.mentors.search({ limit: 1000 })) assert.fail('no items');
      },
      (error) => error instanceof BadRequestError,
    );
  });
});
