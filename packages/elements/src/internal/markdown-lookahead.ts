// Where each inline Markdown construct closes, found without crossing any character twice.
//
// Every marker of a post (`*`, `_`, `` ` ``, `[`) looks ahead for its closer. Done as a regular
// expression from each marker, a post of unclosed markers costs a scan to the end per marker:
// quadratic (10 KB of `http://a)))…` took half a second, and a few KB of spaces in a heading
// minutes). Here each lookahead remembers what it crossed, and the next marker's lookahead starts
// from there. Each reader gives what the expression it replaces (quoted beside it) matched.
//
// Written for bytes (the parser ships in every element): every lookahead is a `span`, a run of
// items each matched by a sticky expression with no choice to backtrack into, and the span
// remembers, for each item boundary it crossed, where the run ended.

/** Characters looked at so far: read by `markdownWork()` (markdown.ts). */
export const meter = { work: 0 };

// `/\s/` finds no white space in `undefined` read as a string; `/\w/` would find words there.
export const space = (ch?: string): boolean => /\s/.test(ch!);
export const wordChar = (ch?: string): boolean => /\w/.test(ch ?? '');

/**
 * The closers of one piece of inline text; ask in the order of the text, marker by marker.
 * A tuple rather than an object: its names would ship in every bundle.
 */
export type Lookahead = [
  /** The backtick run at `at`: its length and where its closing run starts, if it has one. */
  code: (at: number) => [length: number, close?: number],
  /** Where a link label that starts at `from` (after `[`) stops: at its closing `]` or not. */
  label: (from: number) => number,
  /** The target after `](` at `from`: its address and the index after its `)`. */
  target: (from: number) => [href: string, end: number] | undefined,
  /** Emphasis at `at` (`*` or `_`): strong or not, its inner text and the index after it. */
  emphasis: (at: number) => [strong: boolean, inner: string, end: number] | undefined,
];

/**
 * The lookaheads of `text`.
 *
 * @example
 * ```ts
 * const [, , , emphasis] = lookahead('see *this*');
 * emphasis(4); // [false, 'this', 10]
 * ```
 */
export function lookahead(text: string): Lookahead {
  /** Where sticky `re` stops matching from `from`, or -1 if it does not match there. */
  const to = (re: RegExp, from: number): number => {
    re.lastIndex = from;
    if (!re.test(text)) return -1;
    meter.work += re.lastIndex - from;
    return re.lastIndex;
  };
  /**
   * `span(item, stop)(from)`: where a run of `item`s from `from` ends, at the first boundary
   * `stop` accepts or the first `item` does not match. Each boundary crossed is remembered with
   * where its run ended, so none is crossed twice, whatever the order of the calls.
   */
  const span = (item: RegExp, stop?: (at: number) => boolean) => {
    // By index; an array rather than a Map for bytes (it holds the boundaries a post has).
    const known: number[] = [];
    return (from: number): number => {
      const path: number[] = [];
      let at = from;
      let end = known[at];
      while (end === undefined) {
        path.push(at);
        const next = stop?.(at) ? -1 : to(item, at);
        if (next < 0) known[at] = at;
        else at = next;
        end = known[at];
      }
      for (const crossed of path) known[crossed] = end;
      return end;
    };
  };
  const blanks = span(/\s/y);

  // `(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)`: a run of n backticks closes at the next run of exactly
  // n. The runs are listed once, by length and last first, so the next one is popped off the end
  // as the markers move forward.
  const runs: Record<number, number[]> = {};
  meter.work += text.length;
  for (const m of [...text.matchAll(/`+/g)].reverse()) {
    const list = runs[m[0].length] ?? [];
    list.push(m.index);
    runs[m[0].length] = list;
  }
  const ticks = span(/`/y);

  // `\s*<?([^\s<>)]*)>?(?:\s+"[^"]*")?\s*\)`, as backtracking reads it, without its
  // backtracking: every choice but the first white space is forced.
  const href = span(/[^\s<>)]/y);
  const quoted = span(/[^"]/y);
  /** After `"`…`"` opening at `open` and white space, a `)`: the index after it, else false. */
  const titled = (open: number) => {
    // Past the end (no closing `"`), `blanks` stops where it starts: no `)` there.
    const paren = blanks(quoted(open + 1) + 1);
    return text[paren] === ')' && paren + 1;
  };

  // `(?:\\.|[^\]\\])*\]`: the caller checks that the run stopped at a `]`.
  const label = span(/\\.|[^\]\\]/y);

  // `^(D D|D)(?!\s)((?:\\.|`[^`]*`|[^\\`])+?)(?<!\s)\1(?!D)`, D being `*` or `_`; `_` only
  // between words, so snake_case stays. The inner text is a run of items (`\` and a character,
  // `` `…` ``, any other character) up to the first closer, one `span` per delimiter.
  const item = /\\.|`[^`]*`|[^\\`]/y;
  const closers: Record<string, (from: number) => number> = {};

  return [
    (at) => {
      const after = ticks(at);
      const list = runs[after - at] ?? [];
      // Each run is popped once: counted with the listing.
      while (list.at(-1)! <= after) list.pop();
      return [after - at, list.at(-1)];
    },
    label,
    (from) => {
      const start = blanks(from);
      const open = start + +(text[start] === '<');
      const stop = href(open);
      const rest = stop + +(text[stop] === '>');
      const gap = blanks(rest);
      const end = (gap > rest && text[gap] === '"' && titled(gap)) || (text[gap] === ')' && gap + 1);
      if (end) return [text.slice(open, stop), end];
      // Backtracking's last resort: the leading spaces read as a title's, with no address.
      const bare = start > from && text[start] === '"' && titled(start);
      return bare ? ['', bare] : undefined;
    },
    (at) => {
      const ch = text[at]!;
      if (ch === '_' && wordChar(text[at - 1])) return undefined;
      for (const delimiter of [ch + ch, ch]) {
        const from = at + delimiter.length;
        const closes = (p: number) => text.startsWith(delimiter, p) && text[p + delimiter.length] !== ch && !space(text[p - 1]);
        const first = text.startsWith(delimiter, at) && !space(text[from]) ? to(item, from) : -1;
        // Infinity: no item after the marker, so no closer (a string holds nothing there).
        let close = Infinity;
        if (first >= 0) {
          const closer = closers[delimiter] ?? span(item, closes);
          closers[delimiter] = closer;
          close = closer(first);
        }
        const end = close + delimiter.length;
        if (closes(close)) return ch === '_' && wordChar(text[end]) ? undefined : [delimiter !== ch, text.slice(from, close), end];
      }
      return undefined;
    },
  ];
}
