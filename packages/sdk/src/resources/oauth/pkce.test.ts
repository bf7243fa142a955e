// The PKCE pair and the state: what the page keeps in memory and what it sends.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { base64url, createPkcePair, randomState, s256 } from './pkce.js';

describe('PKCE', () => {
  it('computes the S256 challenge of RFC 7636 appendix B', async () => {
    assert.equal(await s256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'), 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes a fresh 43-character verifier whose SHA-256 is the challenge', async () => {
    const a = await createPkcePair();
    const b = await createPkcePair();
    assert.match(a.verifier, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a.verifier, b.verifier);
    assert.equal(a.challenge, createHash('sha256').update(a.verifier).digest('base64url'));
    assert.match(a.challenge, /^[A-Za-z0-9_-]{43}$/);
  });

  it('encodes base64url without padding, and makes unguessable states', () => {
    assert.equal(base64url(new Uint8Array([251, 255])), '-_8');
    const states = new Set(Array.from({ length: 50 }, randomState));
    assert.equal(states.size, 50);
    for (const state of states) assert.match(state, /^[A-Za-z0-9_-]{22}$/);
  });
});
