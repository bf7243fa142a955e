// What the tests share: running a script as a developer would (its own process, configured by
// environment variables only) and reading CSV back strictly by RFC 4180.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** examples/scripts/ */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment without any MENTEO_* variable of the machine running the tests. */
export function cleanEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('MENTEO_')));
  const set = Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return { ...base, ...set };
}

/** The runtimes the scripts run on, each as the command that runs a TypeScript file. */
export const runtimes = {
  node: [process.execPath, '--import', 'tsx'],
  // Deno and Bun from the npm registry (devDependencies): Deno reads @menteo/sdk from node_modules;
  // `--sloppy-imports` lets `./csv.js` name csv.ts, as TypeScript's NodeNext imports do.
  deno: [join(root, 'node_modules/.bin/deno'), 'run', '--allow-net', '--allow-env', '--allow-read', '--allow-write', '--sloppy-imports'],
  bun: [join(root, 'node_modules/.bin/bun')],
} as const;
export type Runtime = keyof typeof runtimes;

/** Runs `node --import tsx <script> …args` in examples/scripts/ (so tsx uses its tsconfig) and waits for it. */
export function runScript(script: string, args: string[], env: Record<string, string | undefined> = {}, runtime: Runtime = 'node'): Promise<Run> {
  const [command, ...flags] = runtimes[runtime];
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...flags, join(root, script), ...args], {
      cwd: root,
      env: cleanEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * A strict RFC 4180 parser: records end with CRLF, a quoted field may hold commas, CR, LF and
 * doubled quotes; a quote anywhere else, a bare LF or an unterminated quote is an error.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false; // inside "…"
  let wasQuoted = false; // the field was "…": only , CRLF or the end may follow
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') {
        field += c;
      } else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
        wasQuoted = true;
      }
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      wasQuoted = false;
      i++;
    } else if (wasQuoted) {
      throw new Error(`text after a closing quote at offset ${i}`);
    } else if (c === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at offset ${i}`);
      quoted = true;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`a bare ${c === '\r' ? 'CR' : 'LF'} outside quotes at offset ${i}`);
    } else {
      field += c;
    }
  }
  if (quoted) throw new Error('an unterminated quoted field');
  if (field !== '' || wasQuoted || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV rows as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('no header row');
  return rows.map((row) => {
    if (row.length !== header.length) throw new Error(`a row of ${row.length} fields under a header of ${header.length}: ${row.join('|')}`);
    return Object.fromEntries(header.map((name, i) => [name, row[i]!]));
  });
}

/** A script that keeps running (a server): its output so far, a wait for a line, and a stop. */
export interface LongRun {
  output(): string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export function startScript(script: string, env: Record<string, string | undefined> = {}): LongRun {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, script)], { cwd: root, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const waiters = new Set<() => void>();
  const onData = (d: string) => {
    output += d;
    for (const check of waiters) check();
  };
  child.stdout.setEncoding('utf8').on('data', onData);
  child.stderr.setEncoding('utf8').on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    output: () => output,
    exited,
    waitFor: (pattern, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no output matching ${pattern} within ${timeoutMs} ms; got:\n${output}`));
        }, timeoutMs);
        const check = () => {
          const match = output.match(pattern);
          if (!match) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(match);
        };
        waiters.add(check);
        check();
      }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The cells a spreadsheet sees when it reads `text` with `delimiter` (Excel with `;` in much of
 * Europe, a tab for pasted text), leniently as spreadsheets do: a cell that starts with `"` is
 * quoted (`""` is a quote; after its closing quote, text runs on literally to the delimiter); a
 * quote anywhere else is a character. Rows end at CRLF, LF or CR outside quotes.
 */
export function spreadsheetCells(text: string, delimiter: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let cell = '';
    if (text[i] === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] !== '"') {
          cell += text[i];
        } else if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          break;
        }
      }
      i++;
    }
    while (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') cell += text[i++];
    cells.push(cell);
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
  }
  return cells;
}
