// Transport hooks for end-to-end tests: every answer the SDK receives is checked against
// the contract (the same check the sandbox's own tests use), and every request is
// logged, so a test can count requests over real HTTP.
import type { Hooks } from '../../src/index.js';
import { contractErrors } from '@menteo/sandbox/testing';

export interface ContractChecks {
  hooks: Hooks;
  /** Contract violations seen so far (should stay empty). */
  violations: string[];
  /** Every request sent, retries included. */
  requests: { method: string; url: URL }[];
}

/**
 * @example
 * ```ts
 * const checks = contractChecks();
 * const client = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: s.url, hooks: checks.hooks });
 * afterEach(() => assert.deepEqual(checks.violations, []));
 * ```
 */
export function contractChecks(): ContractChecks {
  const violations: string[] = [];
  const requests: ContractChecks['requests'] = [];
  const hooks: Hooks = {
    beforeRequest: [
      (request) => {
        requests.push({ method: request.method, url: new URL(request.url) });
      },
    ],
    afterResponse: [
      async (request, _options, response) => {
        const text = await response.text();
        const type = response.headers.get('content-type') ?? '';
        const body: unknown = text && /json/.test(type) ? JSON.parse(text) : undefined;
        const path = new URL(request.url).pathname;
        violations.push(...contractErrors(request.method, path, response.status, type, body).map((e) => `${request.method} ${path}: ${e}`));
      },
    ],
  };
  return { hooks, violations, requests };
}
