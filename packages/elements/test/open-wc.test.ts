import { expect, waitUntil } from '@open-wc/testing';
import { sandbox } from '../test/support.js';

describe('the test pages’ open-wc helpers', () => {
  it('wait past open-wc’s 1 s default for a condition that takes longer (a loaded machine)', async () => {
    const started = performance.now();
    await waitUntil(() => performance.now() - started > 1_500, 'gave up before the condition held');
    expect(performance.now() - started).to.be.greaterThan(1_500);
  });

  it('still let a test ask for its own timeout', async () => {
    const started = performance.now();
    const error = await waitUntil(() => false, 'never', { timeout: 200 }).catch((e: Error) => e);
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.contain('never');
    expect(performance.now() - started).to.be.lessThan(4_000);
  });

  it('keep every Resource Timing entry, past Chromium’s default buffer of 250', async () => {
    for (let i = 0; i < 300; i++) await (await fetch(`/__menteo/streams?entry=${i}`)).text();
    const seen = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/__menteo/streams?entry=')).length;
    expect(seen).to.equal(300);
  });

  // This file never runs in a date lane: the main run must still declare the tagged tests.
  let tagged = false;
  it('declare a test tagged @no-dates outside a date lane (this one) @no-dates', () => {
    tagged = true;
    expect(sandbox.dateLane).to.equal(false);
  });

  it('ran the tagged test before this one', () => {
    expect(tagged).to.equal(true);
  });
});
