// The popup's answer is taken only from the API's origin, the popup itself, with this sign-in's state.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signInAnswer } from './popup-message.js';

const popup = { name: 'the popup' };
const expected = { origin: 'https://api.menteo.dev', source: popup, state: 'state-1' };
const answer = { type: 'menteo:oauth', code: 'oac_x', state: 'state-1' };

describe('signInAnswer', () => {
  it('accepts the answer from the API origin, the popup and the state', () => {
    assert.deepEqual(signInAnswer({ origin: 'https://api.menteo.dev', source: popup as never, data: answer }, expected), answer);
  });

  it('ignores another origin, another window, another state, or another kind of message', () => {
    const cases = [
      { origin: 'https://evil.example', source: popup, data: answer },
      { origin: 'https://api.menteo.dev.evil.example', source: popup, data: answer },
      { origin: 'https://api.menteo.dev', source: { name: 'another window' }, data: answer },
      { origin: 'https://api.menteo.dev', source: null, data: answer },
      { origin: 'https://api.menteo.dev', source: popup, data: { ...answer, state: 'state-2' } },
      { origin: 'https://api.menteo.dev', source: popup, data: { ...answer, type: 'other' } },
      { origin: 'https://api.menteo.dev', source: popup, data: null },
      { origin: 'https://api.menteo.dev', source: popup, data: 'menteo:oauth' },
    ];
    for (const event of cases) assert.equal(signInAnswer(event as never, expected), undefined, JSON.stringify(event));
  });
});
