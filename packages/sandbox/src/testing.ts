/**
 * `@menteo/sandbox/testing`: what other packages' tests need of the sandbox, through one public
 * entry point instead of paths into its source: a seeded sandbox on a port with a
 * contract-checking client, the suites' clock, the program insights' fixture, the contract check on its own, and copies of the
 * app that fail or rate-limit on demand, and the seeded world as a database image to start from.
 * @packageDocumentation
 */
export { contractErrors, operationFor, startSandbox, type DemoPerson, type RequestOptions, type TestResponse, type TestSandbox } from './testing/harness.js';
export { defaultTestNow, testClock, testNow } from './testing/test-clock.js';
export { seededImage, type SeedInputs } from './testing/seeded-image.js';
export { faultyApp, type FaultyAppOptions } from './testing/faulty-app.js';
export { addOrganization, type FixtureOrg, seedInsightsFixture } from './testing/insights-fixture.js';
export { newId, type IdPrefix } from './ids.js';
