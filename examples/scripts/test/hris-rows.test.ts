// The mapping sync-hris.ts and the intranet's admin page share: the export column behind an API
// pointer (the rows themselves are held to it by sync-hris.test.ts, through the script).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hrisColumn, hrisRow } from '../hris-rows.js';

describe('hris-rows', () => {
  it('names the export column behind a pointer of the API', () => {
    assert.equal(hrisColumn('/members/3/mentor/timeZone'), 'mentorTimeZone');
    assert.equal(hrisColumn('/members/12/mentor/headline'), 'mentorHeadline');
    assert.equal(hrisColumn('/members/0/emails/1/value'), 'emails');
    assert.equal(hrisColumn('/members/0/externalUserId'), 'externalId');
    assert.equal(hrisColumn('/members/2/title'), 'title');
    assert.equal(hrisColumn('/members/2/mentor/languages/0'), 'mentor.languages');
    assert.equal(hrisColumn('/members/2'), 'row');
  });

  it('maps a mentor row, and refuses what it can check itself', () => {
    assert.deepEqual(hrisRow({ externalId: 'E-1', displayName: 'Sam Lee', mentor: 'yes', mentorHeadline: 'On-call', mentorTimeZone: 'Europe/Madrid' }), {
      row: { externalUserId: 'E-1', active: true, displayName: 'Sam Lee', mentor: { headline: 'On-call', timeZone: 'Europe/Madrid' } },
    });
    assert.deepEqual(hrisRow({ externalId: '', mentor: 'true', mentorCapacity: '99' }), {
      errors: ['externalId: missing', 'mentorCapacity: "99" is not a whole number from 0 to 50'],
    });
  });
});
