import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { partition } from './browser-tests.js';

describe('browser test groups', () => {
  const files = [
    { file: 'src/a.test.ts', weight: 900 },
    { file: 'src/b.test.ts', weight: 500 },
    { file: 'src/c.test.ts', weight: 400 },
    { file: 'src/d.test.ts', weight: 300 },
    { file: 'src/e.test.ts', weight: 100 },
  ];

  it('puts every file in exactly one group, of about equal weight', () => {
    const groups = partition(files, 2);
    assert.deepEqual(groups.flat().sort(), files.map((f) => f.file).sort());
    const weightOf = (group: string[]) => group.reduce((sum, file) => sum + files.find((f) => f.file === file)!.weight, 0);
    // Heaviest first into the lightest: 900 | 500, 400 → 900 | 900, 300 → 1200 | 900, 100 → 1200 | 1000.
    assert.deepEqual(groups.map(weightOf).sort(), [1000, 1200]);
  });

  it('is the same for the same files, whatever order they were listed in', () => {
    assert.deepEqual(partition(files.toReversed(), 2), partition(files, 2));
  });

  it('makes no empty group, and one group for one runner', () => {
    assert.deepEqual(partition(files.slice(0, 1), 3), [['src/a.test.ts']]);
    assert.equal(partition(files, 1).length, 1);
  });
});
