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
const heading = /^ {0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;
const quote = /^ {0,3}> ?/;
const item = /^ {0,3}([-*+]|(\d{1,9})[.)])[ \t]+(.*)$/;
const rule = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const blank = /^\s*$/;
const startsBlock = (line: string) => fence.test(line) || heading.test(line) || quote.test(line) || item.test(line) || rule.test(line);

export { safeHref } from './safe-url.js';

/**
 * Parses the supported Markdown subset into blocks.
 *
 * @example
 * ```ts
 * parseMarkdown('**Hi** <b>there</b>'); // [{ t: 'p', c: [{ t: 'strong', c: ['Hi'] }, ' <b>there</b>'] }]
 * ```
 */
export function parseMarkdown(source: string, depth = 0, soft = false): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    let m: RegExpExecArray | null;
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
    } else if ((m = heading.exec(line))) {
      blocks.push({ t: 'h', c: parseInline(m[1]!) });
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

/**
 * Lines of one paragraph or list item. Posts keep each line break (they are typed in a
 * textarea); authored text (`soft`, e.g. roadmap summaries wrapped at 100 columns) joins its
 * lines as CommonMark does, breaking only where a line ends with two spaces or a backslash.
 */
function parseLines(lines: string[], soft = false): Inline[] {
  const out: Inline[] = [];
  if (soft) {
    const runs = lines.join('\n').split(/(?: {2,}|\\)\n/);
    runs.forEach((run, n) => {
      if (n) out.push({ t: 'br' });
      out.push(...parseInline(run.replace(/\s*\n\s*/g, ' ')));
    });
    return out;
  }
  lines.forEach((line, n) => {
    if (n) out.push({ t: 'br' });
    // A CommonMark hard break (two trailing spaces or a backslash) says the same thing.
    out.push(...parseInline(n < lines.length - 1 ? line.replace(/(?: {2,}|\\)$/, '') : line));
  });
  return out;
}

const bareUrl = /^https?:\/\/[^\s<>"'`]+/i;

/** Parses inline Markdown. Unmatched markers stay as the characters they are. */
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
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    // Only markers need the rest of the text: plain characters cost no copy.
    const rest = '\\`[!hH*_'.includes(ch) ? text.slice(i) : '';
    let m: RegExpExecArray | null;
    if (ch === '\\' && /[\\`*_[\]()#>!~.+-]/.test(text[i + 1] ?? '')) {
      plain += text[i + 1];
      i += 2;
    } else if (ch === '`' && (m = /^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/.exec(rest))) {
      push({ t: 'code', v: m[2]!.replace(/^ (.*) $/, '$1') });
      i += m[0].length;
    } else if ((ch === '[' || (ch === '!' && text[i + 1] === '[')) && (m = /^!?\[((?:\\.|[^\]\\])*)\]\(\s*<?([^\s<>)]*)>?(?:\s+"[^"]*")?\s*\)/.exec(rest))) {
      const label = m[1]!;
      const href = safeHref(m[2]!);
      if (ch === '!') plain += label; // an image shows as its alt text: no remote loads, no tracking pixels
      else if (href && depth < 3) push({ t: 'link', href, c: parseInline(label, depth + 3) });
      else plain += label; // an unsafe or relative target: the words stay, the link goes
      i += m[0].length;
    } else if ((ch === 'h' || ch === 'H') && !/\w/.test(text[i - 1] ?? '') && (m = bareUrl.exec(rest))) {
      // Trailing punctuation belongs to the sentence; a closing parenthesis only if unbalanced.
      let url = m[0].replace(/[.,;:!?'"*_]+$/, '');
      while (url.endsWith(')') && url.split('(').length < url.split(')').length) url = url.slice(0, -1).replace(/[.,;:!?]+$/, '');
      const href = depth < 3 ? safeHref(url) : undefined;
      if (href) push({ t: 'link', href, c: [url] });
      else plain += url;
      i += url.length;
    } else if ((ch === '*' || ch === '_') && depth < 6 && (m = emphasis(rest, ch, text[i - 1]))) {
      push({ t: m[1]!.length === 2 ? 'strong' : 'em', c: parseInline(m[2]!, depth + 1) });
      i += m[0].length;
    } else {
      plain += ch;
      i++;
    }
  }
  flush();
  return out;
}

/** `**x**` / `__x__` (strong) or `*x*` / `_x_` (em) at the start of `rest`; `_` only between words, so snake_case stays. */
function emphasis(rest: string, ch: '*' | '_', before: string | undefined): RegExpExecArray | null {
  if (ch === '_' && before && /\w/.test(before)) return null;
  const d = ch === '*' ? '\\*' : '_';
  const m = new RegExp(`^(${d}${d}|${d})(?!\\s)((?:\\\\.|\`[^\`]*\`|[^\\\\\`])+?)(?<!\\s)\\1(?!${d})`).exec(rest);
  if (!m || (ch === '_' && /\w/.test(rest[m[0].length] ?? ''))) return null;
  return m;
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
