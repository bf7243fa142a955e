import { parseArgs } from 'node:util';
import { trigger } from './cli-trigger.js';
import { SchemaMismatchError } from './db/database.js';
import { clockFrom, type Clock } from './clock.js';
import { createSandbox, minMentors } from './sandbox.js';
import { demo } from './demo.js';
import { defaultWebhookSecretFor } from './events/webhooks.js';
import { webhooksFromFlags, WebhookFlagError } from './webhook-args.js';

// `menteo-sandbox trigger …` is a client of a running sandbox, not a sandbox.
if (process.argv[2] === 'trigger') process.exit(await trigger(process.argv.slice(3)));

const usage = `Usage: menteo-sandbox [options]
       menteo-sandbox trigger <event type> [options]   (fire an event at a running sandbox; trigger --help)

A stateful, seeded Menteo v1 API on SQLite, for local development and tests.

Options:
  --port N           port to listen on (default 4010; 0 picks a free one)
  --host HOST        address to bind (default 127.0.0.1)
  --db PATH          SQLite file, or :memory: (default .menteo/sandbox.db)
  --seed N           PRNG seed of the demo world (default 42)
  --mentors N        mentors to seed into a new database (default 500, at least 50)
  --reset            delete the database file and seed a fresh world
  --demo-program     give org_demo a program history (internal mentors, their mentees, 15 weeks of
                     rooms, sessions and goals), so its program insights show every figure
  --webhook-url URL  deliver org_demo's events, signed, to URL (the same as --webhook org_demo=URL)
  --webhook ORG=URL  deliver organization ORG's events (those its people receive) to URL, signed with
                     ORG's own secret; repeatable, one endpoint per organization
  --webhook-secret S signing secret: ORG=whsec_… for ORG's endpoint (repeatable), or whsec_… for
                     org_demo's (default: each organization's own sandbox secret, printed below)
  --latency MS       add MS milliseconds to every response
  --fail-rate P      fail a fraction P (0-1) of requests, before or after handling them
  --rate-limit N     requests per minute per credential — per publishable key and client address —
                     (default 1200; 0 = unlimited, failed-authentication throttling included)
  --max-streams-per-ip N  open event streams per client IP (default 20; 0 = unlimited)
  --allow-origin O   let pages at origin O use the test keys (repeatable), beside http(s)://localhost
                     on any port, which always may: e.g. a cloud development environment's URL
  --now ISO          start the sandbox's clock at this instant (e.g. 2027-03-28T00:30:00Z): the seed's
                     "today" and every later "now"; it advances in real time from there
  --json             print the start-up facts as one JSON line (for scripts)
  -h, --help         show this help
`;

function number(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    process.stderr.write(`menteo-sandbox: --${name} must be a number from ${min} to ${max}\n`);
    process.exit(2);
  }
  return n;
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    db: { type: 'string' },
    seed: { type: 'string' },
    mentors: { type: 'string' },
    reset: { type: 'boolean' },
    'demo-program': { type: 'boolean' },
    'webhook-url': { type: 'string' },
    webhook: { type: 'string', multiple: true },
    'webhook-secret': { type: 'string', multiple: true },
    latency: { type: 'string' },
    'fail-rate': { type: 'string' },
    'rate-limit': { type: 'string' },
    'max-streams-per-ip': { type: 'string' },
    now: { type: 'string' },
    'allow-origin': { type: 'string', multiple: true },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});

if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}

function instant(value: string | undefined): Clock | undefined {
  if (value === undefined) return undefined;
  try {
    return clockFrom(value);
  } catch (error) {
    process.stderr.write(`menteo-sandbox: --now ${(error as Error).message}\n`);
    process.exit(2);
  }
}

const clock = instant(values.now);
let hooks: ReturnType<typeof webhooksFromFlags>;
try {
  hooks = webhooksFromFlags(values);
} catch (error) {
  if (!(error instanceof WebhookFlagError)) throw error;
  process.stderr.write(`menteo-sandbox: ${error.message}\n`);
  process.exit(2);
}
// Each endpoint with the secret it signs with, for the start-up facts.
const endpoints = Object.fromEntries(Object.entries(hooks.webhooks).map(([org, e]) => [org, { url: e.url, secret: e.secret ?? defaultWebhookSecretFor(org) }]));
const started = Date.now();
let sandbox: ReturnType<typeof createSandbox>;
try {
  sandbox = createSandbox({
    db: values.db ?? '.menteo/sandbox.db',
    reset: values.reset ?? false,
    seed: number('seed', values.seed, 42, 0, 2 ** 31),
    mentors: number('mentors', values.mentors, 500, minMentors, 1_000_000),
    demoProgram: values['demo-program'] ?? false,
    webhooks: hooks.webhooks,
    latencyMs: number('latency', values.latency, 0, 0, 60_000),
    failRate: number('fail-rate', values['fail-rate'], 0, 0, 1),
    rateLimit: { limit: number('rate-limit', values['rate-limit'], 1200, 0, 1e9), windowSeconds: 60 },
    streams: { maxPerIp: number('max-streams-per-ip', values['max-streams-per-ip'], 20, 0, 1e9) },
    allowOrigins: values['allow-origin'] ?? [],
    ...(clock ? { now: clock } : {}),
  });
} catch (error) {
  if (!(error instanceof SchemaMismatchError || error instanceof RangeError)) throw error;
  process.stderr.write(`menteo-sandbox: ${error.message}\n`);
  process.exit(error instanceof RangeError ? 2 : 1);
}
const { url } = await sandbox.listen({ port: number('port', values.port, 4010, 0, 65535), host: values.host ?? '127.0.0.1' });

// Mint the demo people's tokens through the API itself, as a company backend would.
const tokens: Record<string, string> = {};
for (const person of Object.values(demo.users)) {
  const secret = person.orgId === demo.orgs.acme ? demo.keys.acmeSecret : demo.keys.demoSecret;
  const response = await fetch(`${url}/v1/auth/tokens`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      externalUserId: person.externalId,
      name: (sandbox.db.prepare('SELECT name FROM users WHERE id = ?').get(person.id) as { name: string }).name,
    }),
  });
  if (response.ok) tokens[person.externalId] = ((await response.json()) as { token: string }).token;
}

if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ url, now: (clock ?? (() => new Date()))().toISOString(), keys: demo.keys, tokens, webhookSecret: hooks.demoSecret ?? defaultWebhookSecretFor('org_demo'), webhooks: endpoints })}\n`,
  );
} else {
  process.stdout.write(
    [
      `Menteo sandbox listening on ${url}  (ready in ${Date.now() - started} ms)`,
      '',
      `  publishable keys   ${demo.keys.demoPublishable} (org_demo)   ${demo.keys.acmePublishable} (org_acme)`,
      `  secret keys        ${demo.keys.demoSecret} (org_demo)   ${demo.keys.acmeSecret} (org_acme)   server-side only`,
      '  user tokens (15 min; mint more with POST /v1/auth/tokens and a secret key):',
      ...Object.entries(tokens).map(([who, token]) => `    ${who.padEnd(15)} ${token}`),
      ...(values.now ? [`  clock              started at ${values.now} (not the machine's)`] : []),
      ...(values['allow-origin'] ?? []).map((origin) => `  allowed origin     ${origin} (test keys; localhost always)`),
      ...Object.entries(endpoints).map(([org, e]) => `  webhooks           ${org}'s events to ${e.url} signed with ${e.secret}`),
      '',
      `  try: curl -H "Authorization: Bearer ${demo.keys.demoPublishable}" "${url}/v1/mentors?q=leadership&limit=3"`,
      `  the contract: ${url}/openapi.json, read it at ${url}/docs`,
      `  fire an event: npx @menteo/sandbox trigger room.requested --url ${url}`,
      '',
    ].join('\n'),
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
