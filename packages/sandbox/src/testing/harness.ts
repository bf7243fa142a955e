// The harness other packages' tests start a sandbox with (through `@menteo/sandbox/testing`):
// a seeded in-memory sandbox on an ephemeral port, on the suites' clock, and a client that
// checks every answer against the contract.
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { listOperations, loadContract, type Operation } from '../http/contract.js';
import { ContractValidator } from '../http/validation.js';
import { createSandbox, type Sandbox, type SandboxOptions } from '../sandbox.js';
import { demo } from '../demo.js';
import { seededImage } from './seeded-image.js';
import { testClock, testNow } from './test-clock.js';

/** A seeded in-memory sandbox on a real port, with a client that checks every answer against the contract. */
export interface TestSandbox {
  url: string;
  sandbox: Sandbox;
  db: Sandbox['db'];
  /** Mints a user token for a seeded person through `POST /v1/auth/tokens`. */
  tokenFor(person: DemoPerson | { externalUserId: string; name?: string; org?: 'demo' | 'acme' }): Promise<string>;
  /** A real HTTP request; the response is validated against the contract (a mismatch throws). */
  request<T = unknown>(method: string, path: string, options?: RequestOptions): Promise<TestResponse<T>>;
  /** Moves the sandbox's clock. */
  setNow(date: Date): void;
  /** The sandbox's "now" (never the machine's: see test-clock.ts). */
  now(): Date;
  close(): Promise<void>;
}

export type DemoPerson = 'demo-mentee' | 'demo-mentor' | 'acme-employee';

export interface RequestOptions {
  /** The bearer credential; default `pk_test_demo`. `null` sends none. */
  auth?: string | null;
  /** A JSON body (serialized) or a raw string sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
  query?: Record<string, string | number | boolean | string[] | undefined>;
  /** Skip the contract check (for deliberately broken requests the contract cannot describe). */
  unchecked?: boolean;
}

export interface TestResponse<T> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

let shared: { operations: Operation[]; validator: ContractValidator; cache: Map<string, ValidateFunction> } | undefined;

function contract() {
  if (!shared) {
    const doc = loadContract();
    shared = { operations: listOperations(doc), validator: new ContractValidator(doc), cache: new Map() };
  }
  return shared;
}

/**
 * The contract's operation for a concrete method and path, if any.
 *
 * @example operationFor('GET', '/v1/mentors/men_demomentor')?.id // 'retrieveMentor'
 */
export function operationFor(method: string, path: string): Operation | undefined {
  const pathname = path.split('?')[0]!;
  return contract().operations.find((op) => op.method === method.toUpperCase() && new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(pathname));
}

/**
 * Checks a response against the contract: the status must be one the operation
 * declares, and a JSON body must match that status's schema. Returns the errors.
 *
 * @example contractErrors('GET', '/v1/mentors/men_demomentor', 200, 'application/json', await response.json()) // []
 */
export function contractErrors(method: string, path: string, status: number, contentType: string, body: unknown): string[] {
  const op = operationFor(method, path);
  if (!op) return status === 404 || status === 405 ? [] : [`${method} ${path} is not an operation of the contract`];
  const mediaType = contentType.split(';')[0]!.trim();
  const declared = [...op.responseSchemaPointers.keys()].some((k) => k.startsWith(`${status} `)) || status === 304 || status === 204 || status === 501;
  if (!declared && status !== 500) return [`${op.id} answered ${status}, which the contract does not declare`];
  if (status === 304 || status === 204 || body === undefined) return [];
  const pointer = op.responseSchemaPointers.get(`${status} ${mediaType}`);
  if (!pointer) return status >= 400 || mediaType === 'text/event-stream' ? [] : [`${op.id} ${status} ${mediaType} has no schema in the contract`];
  const { validator, cache } = contract();
  const validate = cache.get(pointer) ?? validator.schemaAt(pointer);
  cache.set(pointer, validate);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${op.id} ${status}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

/**
 * Starts a seeded sandbox on 127.0.0.1 with an ephemeral port.
 *
 * @example
 * ```ts
 * const s = await startSandbox();
 * const res = await s.request('GET', '/v1/mentors', { query: { q: 'rust' } });
 * ```
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  let now: Date | undefined;
  const clock = testClock();
  // A sandbox in memory on the suites' clock starts from a copy of the world seeded at its
  // first instant (seeded-image.ts) instead of seeding its own: the same world, made once.
  const fresh = (options.db ?? ':memory:') === ':memory:' && options.now === undefined;
  const image = fresh ? seededImage({ seed: options.seed ?? 42, mentors: options.mentors ?? 500, now: testNow() }) : undefined;
  const sandbox = createSandbox({
    db: ':memory:',
    log: process.env.SANDBOX_LOG ? (line) => process.stderr.write(`${line}\n`) : () => {},
    rateLimit: { limit: 0, windowSeconds: 60 },
    now: () => now ?? clock(),
    ...(image ? { image } : {}),
    ...options,
  });
  const { url } = await sandbox.listen({ port: 0 });

  const request = async <T>(method: string, path: string, options: RequestOptions = {}): Promise<TestResponse<T>> => {
    const target = new URL(path, url);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) target.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
    }
    const headers: Record<string, string> = { ...options.headers };
    const auth = options.auth === undefined ? demo.keys.demoPublishable : options.auth;
    if (auth !== null) headers.Authorization ??= `Bearer ${auth}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const response = await fetch(target, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    const contentType = response.headers.get('Content-Type') ?? '';
    let parsed: unknown = text;
    if (/json/.test(contentType) && text) parsed = JSON.parse(text);
    if (!response.headers.get('X-Request-Id')) throw new Error(`${method} ${path}: no X-Request-Id header`);
    if (!options.unchecked) {
      const errors = contractErrors(method, target.pathname, response.status, contentType, text ? parsed : undefined);
      if (errors.length) throw new Error(`${method} ${path} broke the contract:\n  ${errors.join('\n  ')}\nbody: ${text.slice(0, 2000)}`);
    }
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  };

  return {
    url,
    sandbox,
    db: sandbox.db,
    request,
    now: () => now ?? clock(),
    setNow: (date) => {
      now = date;
    },
    async tokenFor(person) {
      const spec = typeof person === 'string' ? demoPerson(person, sandbox) : person;
      const secret = spec.org === 'acme' ? demo.keys.acmeSecret : demo.keys.demoSecret;
      const res = await request<{ token: string }>('POST', '/v1/auth/tokens', {
        auth: secret,
        body: { externalUserId: spec.externalUserId, name: spec.name ?? spec.externalUserId },
      });
      if (res.status !== 201) throw new Error(`could not mint a token: ${res.status} ${res.text}`);
      return res.body.token;
    },
    close: () => sandbox.close(),
  };
}

function demoPerson(person: DemoPerson, sandbox: Sandbox): { externalUserId: string; name: string; org: 'demo' | 'acme' } {
  const user = Object.values(demo.users).find((u) => u.externalId === person)!;
  const { name } = sandbox.db.prepare('SELECT name FROM users WHERE id = ?').get(user.id) as { name: string };
  return { externalUserId: person, name, org: user.orgId === demo.orgs.acme ? 'acme' : 'demo' };
}
