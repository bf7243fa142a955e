// A small Markdown subset for user content (thread posts, comments, roadmap summaries).
//
// Why not marked + DOMPurify: measured, marked is 15.1 KB and DOMPurify 12.3 KB min+gzip; next
// to Lit, the SDK and the stores they do not fit the thread feed's 45 KB budget (27 KB of
// libraries would leave nothing for the feed itself). And they work by producing an HTML string
// and then cleaning it, which is the thing we want never to exist. This parser builds a small
// tree and renders Lit templates from it: every piece of text is bound as text, never parsed as
// HTML (no `innerHTML`, no `unsafeHTML`), so raw HTML in a post shows as the literal characters
// it is and can never run. The only attribute user content reaches is a link's `href`, and only
// after `safeHref` accepted it.
//
// Supported: paragraphs (every line break kept; `softBreaks` joins wrapped lines), **strong** /
// __strong__, *em* / _em_, `code`, fenced code blocks, > blockquotes, - / * / + / 1. lists (one
// level), [links](url), bare http(s) URLs, `---` rules, and headings, which render as strong
// paragraphs: real h1–h6 from a post would break the outline of the page the feed is embedded
// in. Images render as their alt text.
import { html, nothing, type TemplateResult } from 'lit';
import { lookahead, meter, wordChar } from './markdown-lookahead.js';
import { safeHref } from './safe-href.js';

/** Inline content: text, or a node holding more of it. */
export type Inline = string | { t: 'strong' | 'em'; c: Inline[] } | { t: 'code'; v: string } | { t: 'br' } | { t: 'link'; href: string; c: Inline[] };

/** A block of a document. */
export type Block =
  | { t: 'p' | 'h'; c: Inline[] }
  | { t: 'pre'; v: string }
  | { t: 'quote'; c: Block[] }
  | { t: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { t: 'hr' };

const fence = /^ {0,3}(`{3,}|~{3,})/;
const quote = /^ {0,3}> ?/;
// `(?![ \t])` keeps the run of spaces whole: without it, a long run followed by a character `.`
// does not match (U+2028) was retried at every split of the run.
const item = /^ {0,3}([-*+]|(\d{1,9})[.)])[ \t]+(?![ \t])(.*)$/;
const rule = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
// A heading's opening `#`s. `(?=.*$)` first, so it runs once: a line holds no \n or \r (they
// split the lines), and `.` stops at U+2028 and U+2029, which a heading's text never crossed.
const heading = /^(?=.*$) {0,3}#{1,6}(?:[ \t]+|$)/;
const startsBlock = (line: string) => fence.test(line) || heading.test(line) || quote.test(line) || item.test(line) || rule.test(line);

/**
 * Characters the parser has looked at since the page loaded. Every scan is linear, so a post of
 * twice the length costs twice the work however it is written: the tests hold the parser to that
 * by reading this meter (a clock would make them flaky); `pnpm run bench:markdown` prints times.
 *
 * @example
 * ```ts
 * const before = markdownWork();
 * parseMarkdown(post);
 * const cost = markdownWork() - before;
 * ```
 */
export const markdownWork = (): number => meter.work;

export { safeHref };

/**
 * A heading's text after its opening `#`s. Not with `(.*?)(?:[ \t]+#+)?[ \t]*$`: that lazy
 * group retries the closing run at every split of a run of spaces, which is cubic in the run's
 * length. The same shortest text, found from the end: reversed, the optional closing run
 * (spaces, `#`s, spaces) is a greedy match at the start, with nothing to retry.
 */
const headingText = (text: string): string => text.slice(0, text.length - /^[ \t]*(?:#+[ \t]+)?/.exec([...text].reverse().join(''))![0].length);

/**
 * Parses the supported Markdown subset into blocks.
 *
 * @example
 * ```ts
 * parseMarkdown('**Hi** <b>there</b>'); // [{ t: 'p', c: [{ t: 'strong', c: ['Hi'] }, ' <b>there</b>'] }]
 * ```
 */
export function parseMarkdown(source: string, depth = 0, soft = false): Block[] {
  // Each line meets a fixed number of linear, anchored expressions.
  meter.work += source.length;
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  /** The lines from the current one on while `keep` says so (`n`: how many so far). */
  const take = (keep: (line: string, n: number) => unknown): string[] => {
    const taken: string[] = [];
    while (i < lines.length && keep(lines[i]!, taken.length)) taken.push(lines[i++]!);
    return taken;
  };
  // Each kind of block is tried in turn; the first that starts at the line takes its lines.
  while (i < lines.length) {
    const line = lines[i]!;
    // Blank: `trim` drops exactly what `\s` matches.
    if (!line.trim()) {
      i++;
      continue;
    }
    const fenced = fence.exec(line);
    if (fenced) {
      const marker = fenced[1]!;
      i++;
      blocks.push({ t: 'pre', v: take((next) => !next.trimStart().startsWith(marker)).join('\n') });
      i++;
      continue;
    }
    if (rule.test(line)) {
      blocks.push({ t: 'hr' });
      i++;
      continue;
    }
    const opening = heading.exec(line);
    if (opening) {
      blocks.push({ t: 'h', c: parseInline(headingText(line.slice(opening[0].length))) });
      i++;
      continue;
    }
    if (quote.test(line)) {
      const inner = take((next) => quote.test(next)).map((next) => next.replace(quote, ''));
      // Nesting is bounded: a post of ">>>>…" must not recurse without end.
      blocks.push(depth < 4 ? { t: 'quote', c: parseMarkdown(inner.join('\n'), depth + 1, soft) } : { t: 'p', c: parseLines(inner, soft) });
      continue;
    }
    const first = item.exec(line);
    if (first) {
      const ordered = !!first[2];
      const items: string[][] = [];
      take((next) => {
        const start = item.exec(next);
        if (start && !!start[2] === ordered) return items.push([start[3]!]);
        // A continuation line: indented by two or more.
        return /^\s{2,}\S/.test(next) && items.length && items.at(-1)!.push(next.trim());
      });
      blocks.push({ t: 'list', ordered, start: ordered ? +first[2]! : 1, items: items.map((lines) => parseLines(lines, soft)) });
      continue;
    }
    blocks.push({
      t: 'p',
      c: parseLines(
        take((next, n) => next.trim() && !(n && startsBlock(next))),
        soft,
      ),
    });
  }
  return blocks;
}

/**
 * Lines of one paragraph or list item. Posts keep each line break (they are typed in a
 * textarea); authored text (`soft`, e.g. roadmap summaries wrapped at 100 columns) joins its
 * lines as CommonMark does, breaking only where a line ends with two spaces or a backslash (a
 * CommonMark hard break, which in a post says what its line break says already). `(?<! )` and
 * `(?<!\s)` start a match only where a run of white space starts: without them, each space of a
 * long run not at the end of its line would scan the rest of the run again.
 */
function parseLines(lines: string[], soft: boolean): Inline[] {
  const out: Inline[] = [];
  lines
    .join('\n')
    .split(soft ? /(?<! ) {2,}\n|\\\n/ : /(?<! ) {2,}\n|\\\n|\n/)
    .forEach((run, n) => {
      // Counted with the source (parseMarkdown): these expressions cross each character once.
      if (n) out.push({ t: 'br' });
      // Authored text: each run of white space holding a line break becomes one space.
      out.push(...parseInline(soft ? run.replace(/(?<!\s)\s*\n\s*/g, ' ') : run));
    });
  return out;
}

const bareUrl = /https?:\/\/[^\s<>"'`]+/iy;

/**
 * Parses inline Markdown. Unmatched markers stay as the characters they are.
 *
 * @example
 * ```ts
 * parseInline('**Hi** `x`'); // [{ t: 'strong', c: ['Hi'] }, ' ', { t: 'code', v: 'x' }]
 * ```
 */
function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  /** Ends the run of plain text, then adds `node`. */
  const push = (node?: Inline) => {
    if (plain) out.push(plain);
    plain = '';
    if (node) out.push(node);
  };
  // Every closer is looked up through this: no character is crossed twice (markdown-lookahead.ts).
  const [codeAt, labelEnd, targetAt, emphasisAt] = lookahead(text);
  for (let i = 0; i < text.length; ) {
    meter.work++;
    const ch = text[i]!;
    // Where a link's label starts, after `[` or `![`.
    const label = i + 1 + +(ch === '!');
    // Each kind of span is tried in turn, as late as it can be: `undefined`, read as a word,
    // holds none of these characters.
    if (ch === '\\' && /[\\`*_[\]()#>!~.+-]/.test(text[i + 1]!)) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    const code = ch === '`' ? codeAt(i) : undefined;
    if (code && (code[1] ?? -1) >= 0) {
      push({ t: 'code', v: text.slice(i + code[0], code[1]).replace(/^ (.*) $/, '$1') });
      i = code[1]! + code[0];
      continue;
    }
    const close = text[label - 1] === '[' ? labelEnd(label) : -1;
    const link = close >= 0 && text[close] === ']' && text[close + 1] === '(' ? targetAt(close + 2) : undefined;
    if (link) {
      const words = text.slice(label, close);
      const href = safeHref(link[0]);
      // An image shows as its alt text (no remote loads, no tracking pixels); an unsafe or
      // relative target keeps its words and loses its link.
      if (ch === '[' && href && depth < 3) push({ t: 'link', href, c: parseInline(words, depth + 3) });
      else plain += words;
      i = link[1];
      continue;
    }
    let bare: RegExpExecArray | null = null;
    if (/h/i.test(ch) && !wordChar(text[i - 1])) {
      bareUrl.lastIndex = i;
      bare = bareUrl.exec(text);
    }
    if (bare) {
      // Trailing punctuation belongs to the sentence; a closing parenthesis only if unbalanced.
      // `(?<!…)`: a match starts only where a run of marks starts, so a long run not at the end
      // is crossed once.
      let url = bare[0].replace(/(?<![.,;:!?'"*_])[.,;:!?'"*_]+$/, '');
      let end = url.length;
      meter.work += end;
      let unbalanced = url.split(')').length - url.split('(').length;
      while (url[end - 1] === ')' && unbalanced-- > 0) for (end--; '.,;:!?'.includes(url[end - 1]!); ) end--;
      url = url.slice(0, end);
      const href = depth < 3 && safeHref(url);
      if (href) push({ t: 'link', href, c: [url] });
      else plain += url;
      i += end;
      continue;
    }
    const em = /[*_]/.test(ch) && depth < 6 ? emphasisAt(i) : undefined;
    if (em) {
      push({ t: em[0] ? 'strong' : 'em', c: parseInline(em[1], depth + 1) });
      i = em[2];
      continue;
    }
    plain += ch;
    i++;
  }
  push();
  return out;
}

// Parsing is pure: the same body (re-rendered as the feed scrolls) is parsed once.
const cache = new Map<string, Block[]>();

const inline = (nodes: Inline[]): unknown[] =>
  nodes.map((n) =>
    typeof n === 'string'
      ? n
      : n.t === 'code'
        ? html`<code>${n.v}</code>`
        : n.t === 'br'
          ? html`<br>`
          : n.t === 'link'
            ? html`<a href=${n.href} target="_blank" rel="noopener nofollow ugc">${inline(n.c)}</a>`
            : n.t === 'em'
              ? html`<em>${inline(n.c)}</em>`
              : html`<strong>${inline(n.c)}</strong>`,
  );

const block = (b: Block): TemplateResult =>
  b.t === 'list'
    ? b.ordered
      ? html`<ol start=${b.start - 1 ? b.start : nothing}>${b.items.map(listItem)}</ol>`
      : html`<ul>${b.items.map(listItem)}</ul>`
    : b.t === 'p'
      ? html`<p>${inline(b.c)}</p>`
      : b.t === 'h'
        ? html`<p><strong>${inline(b.c)}</strong></p>`
        : b.t === 'pre'
          ? html`<pre><code>${b.v}</code></pre>`
          : b.t === 'quote'
            ? html`<blockquote>${b.c.map(block)}</blockquote>`
            : html`<hr>`;

const listItem = (c: Inline[]) => html`<li>${inline(c)}</li>`;

/**
 * Renders untrusted Markdown as Lit templates: text is always text, links are only
 * http(s)/mailto and open in a new tab with `rel="noopener nofollow ugc"`. `softBreaks` joins
 * wrapped lines (authored text such as roadmap summaries) instead of keeping each break.
 *
 * @example
 * ```ts
 * html`<div part="body">${renderMarkdown(post.body)}</div>`;
 * ```
 */
export function renderMarkdown(source: string, { softBreaks = false }: { softBreaks?: boolean } = {}): TemplateResult[] {
  // "true…" and "false…": the two readings of a body never share a key.
  const key = softBreaks + source;
  if (!cache.has(key)) {
    // Bounded: past 300 bodies it starts again (a feed shows far fewer at a time).
    if (cache.size > 300) cache.clear();
    cache.set(key, parseMarkdown(source, 0, softBreaks));
  }
  return cache.get(key)!.map(block);
}
