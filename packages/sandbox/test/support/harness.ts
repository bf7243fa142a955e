// The sandbox's own tests reach the harness here; other packages import `@menteo/sandbox/testing`.
export * from '../../src/testing/harness.js';
