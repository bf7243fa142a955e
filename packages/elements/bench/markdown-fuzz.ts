// Differential fuzz of the Markdown parser: `node --import tsx bench/markdown-fuzz.ts [cases] [ref]`
// parses random posts with this checkout's parser and with a reference copy (default
// /tmp/md-ref/markdown.ts, e.g. `git show <commit>:packages/elements/src/internal/markdown.ts`
// with its lookahead and safe-url beside it, and a node_modules link for lit) and exits 1 on
// the first difference. A rewrite meant to read the same must survive it; the inputs are built
// from the hostile families' alphabets and the seed's real post bodies.
import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../src/internal/markdown.js';
import { hostilePosts } from './markdown-posts.js';

const cases = Number(process.argv[2] ?? 200_000);
const ref = (await import(process.argv[3] ?? '/tmp/md-ref/markdown.ts')) as { parseMarkdown: typeof parseMarkdown };

// A deterministic generator, so a failure can be replayed by its case number (MARKDOWN_FUZZ_SEED
// picks another sequence).
let seed = Number(process.env.MARKDOWN_FUZZ_SEED ?? 0x9e3779b9) | 0 || 1;
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const posts: string[] = [];
const collect = (value: unknown): void => {
  if (typeof value === 'string') {
    if (value.length > 8) posts.push(value);
  } else if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) posts.push(value.join(''));
    else value.forEach(collect);
  } else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect(JSON.parse(readFileSync(new URL('../../sandbox/src/resources/threads/seed-data.json', import.meta.url), 'utf8')));

const tokens = [
  ...'*_`[]()!#> -+.\n\\"<>~\t:/1aAbhH,;?\'',
  ...'*_`[]() \n\\',
  'http://a',
  'https://x.dev/',
  'HTTP://A.b/(c)',
  'mailto:a@b.c',
  'javascript:x',
  '**',
  '__',
  '``',
  '```',
  '~~~',
  '---',
  '* * *',
  '](',
  '![',
  '  \n',
  '\\\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u00a0',
  '1. ',
  '12) ',
  '- ',
  '> ',
  '# ',
  '### ',
  ' ##',
  '    ',
  ' "t" ',
  '<x>',
  'é',
];

function randomPost(): string {
  const kind = random();
  if (kind < 0.15 && posts.length) {
    // A real post, with a few tokens spliced in.
    let post = pick(posts);
    for (let n = Math.floor(random() * 4); n > 0; n--) {
      const at = Math.floor(random() * (post.length + 1));
      post = post.slice(0, at) + pick(tokens) + post.slice(at + Math.floor(random() * 3));
    }
    return post;
  }
  if (kind < 0.2) {
    const family = pick(hostilePosts);
    return family.make(10 + 2 * Math.floor(random() * 20));
  }
  // Few distinct tokens make closers meet each other more often.
  const alphabet = Array.from({ length: 2 + Math.floor(random() * 8) }, () => pick(tokens));
  let out = '';
  for (let n = Math.floor(random() * (random() < 0.9 ? 30 : 120)); n > 0; n--) out += pick(alphabet);
  return out;
}

let differences = 0;
for (let n = 0; n < cases; n++) {
  const post = randomPost();
  for (const soft of [false, true]) {
    const want = JSON.stringify(ref.parseMarkdown(post, 0, soft));
    const got = JSON.stringify(parseMarkdown(post, 0, soft));
    if (want !== got) {
      differences++;
      if (differences <= 5) console.log(`case ${n} soft=${soft}\n  input ${JSON.stringify(post)}\n  want  ${want}\n  got   ${got}`);
    }
  }
}
console.log(`${cases} posts × soft and not: ${differences} differences`);
process.exitCode = differences ? 1 : 0;
