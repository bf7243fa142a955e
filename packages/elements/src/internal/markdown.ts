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
import { lookahead, meter, space, wordChar } from './markdown-lookahead.js';
import { safeHref } from './safe-url.js';

/** Inline content: text, or a node holding more of it. */
export type Inline =
  | string
  | { t: 'strong' | 'em'; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'br' }
  | { t: 'link'; href: string; c: Inline[] };

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
const blank = /^\s*$/;
const startsBlock = (line: string) => fence.test(line) || headingText(line) !== undefined || quote.test(line) || item.test(line) || rule.test(line);

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

export { safeHref } from './safe-url.js';

/**
 * A heading's text, or `undefined` if `line` is not one. By hand rather than with
 * `(.*?)(?:[ \t]+#+)?[ \t]*$`: that lazy group retries the closing run at every split of a run
 * of spaces, which is cubic in the run's length. Same result: the shortest text whose rest is
 * an optional closing `#` run after spaces, then spaces.
 */
function headingText(line: string): string | undefined {
  const open = /^ {0,3}#{1,6}(?:[ \t]+|$)/.exec(line)?.[0].length;
  if (open === undefined || /[\n\r\u2028\u2029]/.test(line)) return undefined;
  const blankAt = (n: number) => n > open && (line[n - 1] === ' ' || line[n - 1] === '\t');
  let end = line.length;
  while (blankAt(end)) end--;
  let hashes = end;
  while (hashes > open && line[hashes - 1] === '#') hashes--;
  let before = hashes;
  while (blankAt(before)) before--;
  return line.slice(open, hashes < end && before < hashes ? before : end);
}

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
  while (i < lines.length) {
    const line = lines[i]!;
    let m: RegExpExecArray | null;
    let text: string | undefined;
    if (blank.test(line)) {
      i++;
    } else if ((m = fence.exec(line))) {
      const marker = m[1]!;
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trimStart().startsWith(marker); i++) code.push(lines[i]!);
      i++;
      blocks.push({ t: 'pre', v: code.join('\n') });
    } else if (rule.test(line)) {
      blocks.push({ t: 'hr' });
      i++;
    } else if ((text = headingText(line)) !== undefined) {
      blocks.push({ t: 'h', c: parseInline(text) });
      i++;
    } else if (quote.test(line)) {
      const inner: string[] = [];
      for (; i < lines.length && quote.test(lines[i]!); i++) inner.push(lines[i]!.replace(quote, ''));
      // Nesting is bounded: a post of ">>>>…" must not recurse without end.
      blocks.push(depth < 4 ? { t: 'quote', c: parseMarkdown(inner.join('\n'), depth + 1, soft) } : { t: 'p', c: parseLines(inner, soft) });
    } else if ((m = item.exec(line))) {
      const ordered = m[2] !== undefined;
      const items: string[][] = [];
      while (i < lines.length) {
        const current = lines[i]!;
        const next = item.exec(current);
        if (next && (next[2] !== undefined) === ordered) items.push([next[3]!]);
        else if (!blank.test(current) && /^\s{2,}\S/.test(current) && items.length) items.at(-1)!.push(current.trim());
        else break;
        i++;
      }
      blocks.push({ t: 'list', ordered, start: ordered ? Number(m[2]) : 1, items: items.map((lines) => parseLines(lines, soft)) });
    } else {
      const para: string[] = [];
      for (; i < lines.length && !blank.test(lines[i]!) && (para.length === 0 || !startsBlock(lines[i]!)); i++) para.push(lines[i]!);
      blocks.push({ t: 'p', c: parseLines(para, soft) });
    }
  }
  return blocks;
}

/** `line` without a CommonMark hard break at its end: two or more spaces, or a backslash. */
function withoutBreak(line: string): string {
  if (line.endsWith('\\')) return line.slice(0, -1);
  let end = line.length;
  while (line[end - 1] === ' ') end--;
  return line.length - end >= 2 ? line.slice(0, end) : line;
}

/** Wrapped lines joined: each run of white space holding a line break becomes one space. */
function unwrap(run: string): string {
  let out = '';
  let from = 0;
  for (let at = run.indexOf('\n'); at >= 0; at = run.indexOf('\n', at)) {
    let start = at;
    while (start > from && space(run[start - 1])) start--;
    while (space(run[at])) at++;
    out += `${run.slice(from, start)} `;
    from = at;
  }
  return out + run.slice(from);
}

/**
 * Lines of one paragraph or list item. Posts keep each line break (they are typed in a
 * textarea); authored text (`soft`, e.g. roadmap summaries wrapped at 100 columns) joins its
 * lines as CommonMark does, breaking only where a line ends with two spaces or a backslash.
 */
function parseLines(lines: string[], soft = false): Inline[] {
  const out: Inline[] = [];
  if (soft) {
    const runs: string[] = [];
    let last = 0;
    for (let n = 0; n < lines.length - 1; n++) {
      const kept = withoutBreak(lines[n]!);
      if (kept === lines[n]) continue;
      runs.push([...lines.slice(last, n), kept].join('\n'));
      last = n + 1;
    }
    runs.push(lines.slice(last).join('\n'));
    runs.forEach((run, n) => {
      meter.work += run.length;
      if (n) out.push({ t: 'br' });
      out.push(...parseInline(unwrap(run)));
    });
    return out;
  }
  lines.forEach((line, n) => {
    if (n) out.push({ t: 'br' });
    // A CommonMark hard break (two trailing spaces or a backslash) says the same thing.
    out.push(...parseInline(n < lines.length - 1 ? withoutBreak(line) : line));
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
export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push(plain);
    plain = '';
  };
  const push = (node: Inline) => {
    flush();
    out.push(node);
  };
  // Every closer is looked up through this: no character is crossed twice (markdown-lookahead.ts).
  const look = lookahead(text);
  let i = 0;
  while (i < text.length) {
    meter.work++;
    const ch = text[i]!;
    let code: [length: number, close: number] | undefined;
    let close = -1;
    let link: [href: string, end: number] | undefined;
    let em: [strong: boolean, inner: string, end: number] | undefined;
    let m: RegExpExecArray | null = null;
    if (ch === '\\' && /[\\`*_[\]()#>!~.+-]/.test(text[i + 1] ?? '')) {
      plain += text[i + 1];
      i += 2;
    } else if (ch === '`' && (code = look.code(i))[1] >= 0) {
      push({ t: 'code', v: text.slice(i + code[0], code[1]).replace(/^ (.*) $/, '$1') });
      i = code[1] + code[0];
    } else if ((ch === '[' || (ch === '!' && text[i + 1] === '[')) && (close = look.label(i + (ch === '!' ? 2 : 1))) >= 0 && text[close + 1] === '(' && (link = look.target(close + 2))) {
      const label = text.slice(i + (ch === '!' ? 2 : 1), close);
      const href = safeHref(link[0]);
      if (ch === '!') plain += label; // an image shows as its alt text: no remote loads, no tracking pixels
      else if (href && depth < 3) push({ t: 'link', href, c: parseInline(label, depth + 3) });
      else plain += label; // an unsafe or relative target: the words stay, the link goes
      i = link[1];
    } else if ((ch === 'h' || ch === 'H') && !wordChar(text[i - 1]) && ((bareUrl.lastIndex = i), (m = bareUrl.exec(text)))) {
      // Trailing punctuation belongs to the sentence; a closing parenthesis only if unbalanced.
      const found = m[0];
      let end = found.length;
      while (`.,;:!?'"*_`.includes(found[end - 1]!)) end--;
      let open = 0;
      let shut = 0;
      for (let n = 0; n < end; n++, meter.work++) {
        if (found[n] === '(') open++;
        else if (found[n] === ')') shut++;
      }
      while (found[end - 1] === ')' && open < shut) {
        end--;
        shut--;
        while ('.,;:!?'.includes(found[end - 1]!)) end--;
      }
      const url = found.slice(0, end);
      const href = depth < 3 ? safeHref(url) : undefined;
      if (href) push({ t: 'link', href, c: [url] });
      else plain += url;
      i += url.length;
    } else if ((ch === '*' || ch === '_') && depth < 6 && (em = look.emphasis(i))) {
      push({ t: em[0] ? 'strong' : 'em', c: parseInline(em[1], depth + 1) });
      i = em[2];
    } else {
      plain += ch;
      i++;
    }
  }
  flush();
  return out;
}

// Parsing is pure: the same body (re-rendered as the feed scrolls) is parsed once.
const cache = new Map<string, Block[]>();

/** Parses with a small cache of recent bodies. */
function parsed(source: string, soft: boolean): Block[] {
  const key = soft ? `soft\n${source}` : source;
  let blocks = cache.get(key);
  if (!blocks) {
    blocks = parseMarkdown(source, 0, soft);
    if (cache.size >= 300) cache.delete(cache.keys().next().value!);
    cache.set(key, blocks);
  }
  return blocks;
}

const inline = (nodes: Inline[]): unknown[] =>
  nodes.map((n) => {
    if (typeof n === 'string') return n;
    switch (n.t) {
      case 'strong':
        return html`<strong>${inline(n.c)}</strong>`;
      case 'em':
        return html`<em>${inline(n.c)}</em>`;
      case 'code':
        return html`<code>${n.v}</code>`;
      case 'br':
        return html`<br />`;
      case 'link':
        return html`<a href=${n.href} target="_blank" rel="noopener nofollow ugc">${inline(n.c)}</a>`;
    }
  });

const block = (b: Block): TemplateResult => {
  switch (b.t) {
    case 'p':
      return html`<p>${inline(b.c)}</p>`;
    case 'h':
      return html`<p><strong>${inline(b.c)}</strong></p>`;
    case 'pre':
      return html`<pre><code>${b.v}</code></pre>`;
    case 'quote':
      return html`<blockquote>${b.c.map(block)}</blockquote>`;
    case 'hr':
      return html`<hr />`;
    case 'list': {
      const items = b.items.map((c) => html`<li>${inline(c)}</li>`);
      return b.ordered ? html`<ol start=${b.start === 1 ? nothing : b.start}>${items}</ol>` : html`<ul>${items}</ul>`;
    }
  }
};

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
export function renderMarkdown(source: string, options: { softBreaks?: boolean } = {}): TemplateResult[] {
  return parsed(source, options.softBreaks ?? false).map(block);
}
