// The msw helpers' own promise: a test's handlers meet that test's requests, not the tail of the
// test before (the room widget once marked a room read as its test ended, the reload that followed
// met the next test's one-off 429, and that test's own request went through at once).
import { expect } from '@open-wc/testing';
import { replay, startMsw, use } from './msw.js';
import { sandbox } from './support.js';

const mentors = `${sandbox.url}/v1/mentors?limit=1`;
const headers = { Authorization: 'Bearer pk_test_demo' };

describe('test/msw.ts', () => {
  startMsw();
  let tail: Promise<Response> | undefined;

  it('a test ends while its page still works: a slow answer, then the request it sets off', async () => {
    use(replay('GET', '/v1/roadmaps', { delayMs: 300 }).handler);
    // Not awaited: the follow-up starts about 300 ms later, after this test has ended.
    tail = fetch(`${sandbox.url}/v1/roadmaps?limit=1`, { headers }).then(() => fetch(mentors, { headers }));
    expect(tail).to.be.a('promise');
  });

  it('the next test’s one-off answer meets its own request, not that tail', async () => {
    const limited = replay('GET', '/v1/mentors', { status: 429, retryAfter: 1, once: true });
    use(limited.handler);
    // The element under test asks late (its fixture, its token): by then any tail has been answered.
    const tailStatus = (await tail)?.status;
    const own = await fetch(mentors, { headers });
    expect(tailStatus, 'the tail was answered by the sandbox before this test began').to.equal(200);
    expect(own.status).to.equal(429);
    expect(limited.count).to.equal(1);
  });
});
