// What failed, gathered from a test run's output as it streams by, to be printed again at the
// end: CI keeps only the tail of a log, and a failure inside a long phase scrolls out of it.
// It reads the formats our runners write when their output is not a terminal: node:test's TAP
// ("not ok 3 - name", then an `error:` line), web-test-runner's reporter (a file's path, then
// " ❌ name" and the error's first line), and node:test's spec reporter ("✖ name"); and the
// browser suites' watchdog (test/support/wtr-watchdog.mjs), which names the test a page stalled in
// and what the sandbox had not answered, when web-test-runner itself will only say "did not finish".

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI codes (colours, and the cursor moves of a progress bar) are control characters.
const ansi = /\u001b\[[0-9;?]*[A-Za-z]/g;

interface Stream {
  file: string;
  /**
   * What the lines after a failure hold: TAP's YAML block, where the message follows `error:`
   * (or, for a multi-line message, is the line after `error: |-`); or, for the other formats,
   * the message itself on the next line that is not blank.
   */
  awaiting: 'tap' | 'tap-block' | 'next' | undefined;
  /** Whether the last line was the watchdog's or one of the requests it lists. */
  watchdog?: boolean;
}

export class FailureDigest {
  readonly #lines: string[] = [];
  readonly #seen = new Set<string>();
  /** Per stream (runners side by side prefix their lines `[1] `, `[2] `): the file being reported, and what the next lines hold. */
  readonly #streams = new Map<string, Stream>();

  constructor(readonly limit = 40) {}

  /** Reads one line of output (a runner's prefix such as `[2] ` is kept with the failure). */
  read(raw: string): void {
    const line = raw.replace(ansi, '').trimEnd();
    const body = line.replace(/^\[\d+\] /, '');
    if (body.trim() === '') return;
    const prefix = line.slice(0, line.length - body.length);
    const stream = this.#streams.get(prefix) ?? { file: '', awaiting: undefined };
    this.#streams.set(prefix, stream);
    if (stream.awaiting && this.#message(stream, body)) return;
    const unanswered = body.match(/^ {4}([A-Z]+ \S+ waiting \d+ s)$/);
    if (unanswered && stream.watchdog) {
      this.#push(`      ${prefix}${unanswered[1]}`);
      return;
    }
    stream.watchdog = false;
    if (body.startsWith('menteo watchdog: ')) {
      stream.watchdog = true;
      this.#push(`  ${prefix}⏱ ${body.slice('menteo watchdog: '.length, 400)}`);
      return;
    }
    if (/\.test\.ts:$/.test(body.trim())) {
      stream.file = body.trim().slice(0, -1);
      return;
    }
    const browser = body.match(/^\s*❌ (.*)$/);
    const tap = body.match(/^\s*not ok \d+ - (.*)$/);
    const spec = body.match(/^\s*✖ (.*?)(?: \([\d.]+m?s\))?$/);
    if (browser) this.#failure(stream, prefix, `${stream.file ? `${stream.file}: ` : ''}${browser[1]}`, 'next');
    else if (tap) this.#failure(stream, prefix, tap[1]!, 'tap');
    else if (spec && !/^failing tests:?$/.test(spec[1]!)) this.#failure(stream, prefix, spec[1]!, 'next');
  }

  /** The failures seen, each with its message's first line; empty when nothing failed. */
  lines(): string[] {
    return this.#lines.length < this.limit ? [...this.#lines] : [...this.#lines, '  … and more in the log above'];
  }

  /** Takes `body` as the awaited message if it is one; false when it belongs to something else. */
  #message(stream: Stream, body: string): boolean {
    const text = body.trim();
    if (stream.awaiting === 'tap') {
      if (/^(not )?ok \d+ - /.test(text) || text === '...') {
        stream.awaiting = undefined;
        return false;
      }
      const error = text.match(/^error: (.*)$/);
      if (error) {
        if (/^[|>][-+]?$/.test(error[1]!)) stream.awaiting = 'tap-block';
        else this.#take(stream, error[1]!.replace(/^'(.*)'$/, '$1'));
      }
      return true;
    }
    // A file's error without a stack is all on its ❌ line; what follows is the runner's own.
    if (/\| \d+\/\d+ test files|^Finished running tests/.test(text)) {
      stream.awaiting = undefined;
      return false;
    }
    this.#take(stream, text);
    return true;
  }

  #take(stream: Stream, message: string): void {
    stream.awaiting = undefined;
    this.#push(`      ${message.slice(0, 200)}`);
  }

  #failure(stream: Stream, prefix: string, name: string, awaiting: 'tap' | 'next'): void {
    const key = `${prefix}${name}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.#push(`  ${prefix}✗ ${name}`);
    stream.awaiting = awaiting;
  }

  #push(line: string): void {
    if (this.#lines.length < this.limit) this.#lines.push(line);
  }
}
