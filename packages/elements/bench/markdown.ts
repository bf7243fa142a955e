// `pnpm run bench:markdown`: how long the Markdown parser takes over each hostile post family
// (bench/markdown-posts.ts) at 10 KB and 20 KB, with the work meter's count. Prints figures;
// exits 1 when a family's 10 KB post takes over 100 ms or doubling the length more than
// triples the work (the parser must stay linear: 1 : 2, not 1 : 4).
import { markdownWork, parseMarkdown } from '../src/internal/markdown.js';
import { hostilePosts } from './markdown-posts.js';

const sizes = [10_000, 20_000] as const;
/** Median time of `runs` parses, and the work of one. */
function measure(source: string, soft: boolean, runs = 7): { ms: number; work: number } {
  const times: number[] = [];
  let work = 0;
  for (let n = 0; n < runs; n++) {
    const before = markdownWork();
    const started = performance.now();
    parseMarkdown(source, 0, soft);
    times.push(performance.now() - started);
    work = markdownWork() - before;
  }
  return { ms: times.sort((a, b) => a - b)[runs >> 1]!, work };
}

let failed = false;
console.log('Markdown parser, hostile posts (median of 7 parses; work = characters looked at)');
console.log(`${'family'.padEnd(22)} ${'10 KB'.padStart(9)} ${'20 KB'.padStart(9)} ${'work 10 KB'.padStart(11)} ${'work ×'.padStart(7)}`);
for (const post of hostilePosts) {
  const [small, large] = sizes.map((size) => measure(post.make(size), post.soft ?? false));
  const growth = large!.work / small!.work;
  const over = small!.ms > 100 || growth > 3;
  failed ||= over;
  console.log(
    `${post.name.padEnd(22)} ${`${small!.ms.toFixed(2)} ms`.padStart(9)} ${`${large!.ms.toFixed(2)} ms`.padStart(9)} ${String(small!.work).padStart(11)} ${growth.toFixed(2).padStart(7)}${over ? '  OVER' : ''}`,
  );
}
process.exitCode = failed ? 1 : 0;
