// The sandbox's own tests reach the suites' clock here; other packages import `@menteo/sandbox/testing`.
export * from '../../src/testing/test-clock.js';
