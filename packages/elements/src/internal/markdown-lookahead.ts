// Where each inline Markdown construct closes, found without crossing any character twice.
//
// Every marker of a post (`*`, `_`, `` ` ``, `[`) looks ahead for its closer. Done as a regular
// expression from each marker, a post of unclosed markers costs a scan to the end per marker:
// quadratic (10 KB of `http://a)))…` took half a second, and a few KB of spaces in a heading
// minutes). Here each lookahead remembers what it crossed, and the next marker's lookahead starts
// from there. Each reader gives what the expression it replaces (quoted beside it) matched.

/** Characters looked at so far: read by `markdownWork()` (markdown.ts). */
export const meter = { work: 0 };

export const space = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
export const wordChar = (ch: string | undefined): boolean => ch !== undefined && /\w/.test(ch);
/** A character a RegExp `.` does not match (or none): an escape cannot take it. */
const lineEnd = (ch: string | undefined) => ch === undefined || /[\n\r\u2028\u2029]/.test(ch);

type Skip = (from: number) => number;

/**
 * `skip(from)`: the first index at or after `from` whose character `keep` refuses. It remembers
 * the last run it crossed, so calls with growing `from` cross each character once.
 */
function skipper(text: string, keep: (ch: string) => boolean): Skip {
  let start = -1;
  let end = -1;
  return (from) => {
    if (from < start || from > end) {
      for (start = end = from; end < text.length && keep(text[end]!); end++) meter.work++;
    }
    return end;
  };
}

/** The closers of one piece of inline text; ask in the order of the text, marker by marker. */
export interface Lookahead {
  /** The backtick run at `at`: its length and where its closing run starts, or -1. */
  code(at: number): [length: number, close: number];
  /** The `]` closing a link label that starts at `from` (after `[`), or -1. */
  label(from: number): number;
  /** The target after `](` at `from`: its address and the index after its `)`. */
  target(from: number): [href: string, end: number] | undefined;
  /** Emphasis at `at` (`*` or `_`): strong or not, its inner text and the index after it. */
  emphasis(at: number): [strong: boolean, inner: string, end: number] | undefined;
}

/**
 * The lookaheads of `text`; each is built on first use.
 *
 * @example
 * ```ts
 * const look = lookahead('see *this*');
 * look.emphasis(4); // [false, 'this', 10]
 * ```
 */
export function lookahead(text: string): Lookahead {
  let code: Lookahead['code'] | undefined;
  let target: Lookahead['target'] | undefined;
  let emphasis: Lookahead['emphasis'] | undefined;
  return {
    code: (at) => (code ??= codeCloser(text))(at),
    label: labelCloser(text),
    target: (from) => (target ??= targetReader(text))(from),
    emphasis: (at) => (emphasis ??= emphasisCloser(text))(at),
  };
}

/**
 * `(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)`: a run of n backticks closes at the next run of exactly
 * n. The runs are listed once, by length, each list with a cursor that only moves forward.
 */
function codeCloser(text: string): Lookahead['code'] {
  const runs = new Map<number, { at: number[]; next: number }>();
  for (let p = 0; p < text.length; meter.work++) {
    if (text[p] !== '`') {
      p++;
      continue;
    }
    const from = p;
    while (text[p] === '`') p++;
    const list = runs.get(p - from) ?? { at: [], next: 0 };
    runs.set(p - from, list);
    list.at.push(from);
  }
  const ticks = skipper(text, (ch) => ch === '`');
  return (at) => {
    const after = ticks(at);
    const list = runs.get(after - at);
    if (!list || after === text.length) return [after - at, -1];
    while (list.next < list.at.length && list.at[list.next]! <= after) list.next++, meter.work++;
    return [after - at, list.at[list.next] ?? -1];
  };
}

/**
 * `(?:\\.|[^\]\\])*\]`: a scan from one `[` passes any later `[` on an item boundary, so a
 * label starting inside the last scanned one ends where that one ended (or fails where it did).
 */
function labelCloser(text: string): Lookahead['label'] {
  let from = -1;
  let stop = -1;
  let end = -1;
  return (start) => {
    if (start < from || start > stop) {
      from = start;
      end = -1;
      for (stop = start; stop < text.length; stop++, meter.work++) {
        const ch = text[stop];
        if (ch === ']') {
          end = stop;
          break;
        }
        if (ch === '\\' && lineEnd(text[++stop])) break;
      }
    }
    return end;
  };
}

/**
 * `\s*<?([^\s<>)]*)>?(?:\s+"[^"]*")?\s*\)`, as backtracking reads it, without its backtracking:
 * every choice but the first white space is forced. Each place a scan starts from moves forward
 * with the `(`, so each has its own skipper.
 */
function targetReader(text: string): Lookahead['target'] {
  const notQuote = (ch: string) => ch !== '"';
  const address = (ch: string) => !space(ch) && !'<>)'.includes(ch);
  const [lead, href, beforeTitle, title, afterTitle, bareTitle, afterBareTitle] = [space, address, space, notQuote, space, notQuote, space].map((keep) =>
    skipper(text, keep),
  ) as [Skip, Skip, Skip, Skip, Skip, Skip, Skip];
  /** After `"`…`"` opening at `open` and white space, a `)`: the index after it, else -1. */
  const titled = (open: number, quote: Skip, after: Skip) => {
    const close = quote(open + 1);
    const paren = close < text.length ? after(close + 1) : -1;
    return text[paren] === ')' ? paren + 1 : -1;
  };
  return (from) => {
    const start = lead(from);
    const open = start + +(text[start] === '<');
    const stop = href(open);
    const rest = stop + +(text[stop] === '>');
    const gap = beforeTitle(rest);
    let end = gap > rest && text[gap] === '"' ? titled(gap, title, afterTitle) : -1;
    if (end < 0 && text[gap] === ')') end = gap + 1;
    if (end >= 0) return [text.slice(open, stop), end];
    // Backtracking's last resort: the leading spaces read as a title's, with no address.
    end = start > from && text[start] === '"' ? titled(start, bareTitle, afterBareTitle) : -1;
    return end < 0 ? undefined : ['', end];
  };
}

/**
 * `^(D D|D)(?!\s)((?:\\.|`[^`]*`|[^\\`])+?)(?<!\s)\1(?!D)`, D being `*` or `_`; `_` only
 * between words, so snake_case stays. The inner text is a run of items (`\` and a character,
 * `` `…` ``, any other character); from each item boundary the first closer is remembered per
 * delimiter, so no boundary is crossed twice.
 */
function emphasisCloser(text: string): Lookahead['emphasis'] {
  const itemEnd = (at: number): number => {
    const ch = text[at];
    if (ch === '\\') return lineEnd(text[at + 1]) ? -1 : at + 2;
    if (ch !== '`') return at + 1;
    const close = text.indexOf('`', at + 1);
    meter.work += (close < 0 ? text.length : close) - at;
    return close < 0 ? -1 : close + 1;
  };
  const closers = new Map<string, Map<number, number>>();
  const closer = (from: number, delimiter: string): number => {
    const known = closers.get(delimiter) ?? new Map<number, number>();
    closers.set(delimiter, known);
    const path: number[] = [];
    let found = -1;
    for (let at = from; at >= 0; at = at < text.length ? itemEnd(at) : -1) {
      meter.work++;
      const seen = known.get(at);
      if (seen !== undefined) {
        found = seen;
        break;
      }
      path.push(at);
      if (text.startsWith(delimiter, at) && text[at + delimiter.length] !== delimiter[0] && !space(text[at - 1])) {
        found = at;
        break;
      }
    }
    for (const at of path) known.set(at, found);
    return found;
  };
  return (at) => {
    const ch = text[at]!;
    if (ch === '_' && wordChar(text[at - 1])) return undefined;
    for (const delimiter of [ch + ch, ch]) {
      const from = at + delimiter.length;
      if (!text.startsWith(delimiter, at) || from >= text.length || space(text[from])) continue;
      const first = itemEnd(from);
      const close = first < 0 ? -1 : closer(first, delimiter);
      if (close < 0) continue;
      const end = close + delimiter.length;
      return ch === '_' && wordChar(text[end]) ? undefined : [delimiter.length === 2, text.slice(from, close), end];
    }
    return undefined;
  };
}
