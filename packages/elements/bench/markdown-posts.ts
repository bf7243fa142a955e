// Hostile posts for the Markdown parser: each family is a shape that once cost time growing
// with the square (or cube) of its length. The linear-work test (src/internal/markdown.test.ts)
// and `pnpm run bench:markdown` both take them from here.

/** `text` repeated to exactly `length` characters. */
const fill = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length);

/** Backtick runs of growing length: no run ever finds a closing run of its own length. */
function growingTicks(length: number): string {
  let out = '';
  for (let n = 1; out.length + n + 1 <= length; n++) out += `${'`'.repeat(n)}a`;
  return out.padEnd(length, 'a');
}

/** A hostile post of about `length` characters; `soft` parses it as authored text. */
export interface HostilePost {
  name: string;
  soft?: boolean;
  make: (length: number) => string;
}

/**
 * The families, by the construct each one attacks.
 *
 * @example
 * ```ts
 * for (const post of hostilePosts) parseMarkdown(post.make(10_000), 0, post.soft);
 * ```
 */
export const hostilePosts: HostilePost[] = [
  { name: 'unclosed [', make: (n) => fill('[', n) },
  { name: 'unclosed ![', make: (n) => fill('![', n) },
  { name: '[a]( repeated', make: (n) => fill('[a](', n) },
  { name: '[a]( then spaces', make: (n) => `[a](${' '.repeat(n - 4)}` },
  { name: 'nested [[…]]', make: (n) => `${'['.repeat(n / 2)}${']'.repeat(n / 2)}` },
  { name: '*a repeated', make: (n) => fill('*a', n) },
  { name: '**a* repeated', make: (n) => fill('**a*', n) },
  { name: '_a  repeated', make: (n) => fill('_a ', n) },
  { name: '* then backticks', make: (n) => `*${'`'.repeat(n - 1)}` },
  { name: 'backtick runs', make: growingTicks },
  { name: 'one backtick run', make: (n) => '`'.repeat(n) },
  { name: 'URL then )))', make: (n) => `http://a${')'.repeat(n - 8)}` },
  { name: 'URL then ...x', make: (n) => `http://a${'.'.repeat(n - 9)}x` },
  { name: '# a, spaces, x', make: (n) => `# a${' '.repeat(n - 4)}x` },
  { name: '#, spaces, U+2028', make: (n) => `#${' '.repeat(n - 2)}\u2028` },
  { name: '-, spaces, U+2028', make: (n) => `-${' '.repeat(n - 2)}\u2028` },
  { name: 'spaces inside a line', make: (n) => `a${' '.repeat(n - 4)}b\nc` },
  { name: 'spaces, authored', soft: true, make: (n) => `a${' '.repeat(n - 2)}b` },
  { name: 'mixed markers', make: (n) => fill('*_`[', n) },
];
