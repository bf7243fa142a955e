import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { demo } from './demo.js';

// `menteo-sandbox trigger <event type>`: fires one event at a running sandbox through its own
// contract (`POST /v1/sandbox/events`), for testing a webhook handler or a page's live updates
// without acting out what causes the event. Stripe's `stripe trigger` is the model.

const usage = `Usage: menteo-sandbox trigger <event type> [options]

Fires one event at a running sandbox: to every person of the key's organization (or those named
with --to), over their event streams and the organization's webhook endpoint.

  e.g. menteo-sandbox trigger room.requested
       menteo-sandbox trigger room.message.created --to usr_demomentee --data-file message.json

Options:
  --url URL        the sandbox (default http://127.0.0.1:4010)
  --key KEY        a secret key of the organization (default ${demo.keys.demoSecret}, org_demo's)
  --data JSON      the whole payload, as the event type's schema defines it (default: the contract's example)
  --data-file F    the payload from a JSON file
  --to USER_ID     who receives it over their stream (repeatable; default: every person of the organization)
  --json           print the event as one JSON line
  -h, --help       show this help
`;

/** Runs `trigger` with the arguments after it; resolves with the process's exit code. */
export async function trigger(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      url: { type: 'string' },
      key: { type: 'string' },
      data: { type: 'string' },
      'data-file': { type: 'string' },
      to: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length !== 1) {
    (values.help ? process.stdout : process.stderr).write(usage);
    return values.help ? 0 : 2;
  }
  const base = (values.url ?? 'http://127.0.0.1:4010').replace(/\/+$/, '');
  const key = values.key ?? demo.keys.demoSecret;
  const text = values['data-file'] !== undefined ? readFileSync(values['data-file'], 'utf8') : values.data;
  let data: unknown;
  try {
    data = text === undefined ? undefined : JSON.parse(text);
  } catch (error) {
    process.stderr.write(`menteo-sandbox trigger: --data is not JSON: ${(error as Error).message}\n`);
    return 2;
  }
  const send = (body: unknown) =>
    fetch(`${base}/v1/sandbox/events`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const type = positionals[0]!;
  const to = values.to ? { userIds: values.to } : {};
  let response: Response;
  try {
    response = await send({ type, ...(data === undefined ? {} : { data }), ...to });
  } catch (error) {
    process.stderr.write(`menteo-sandbox trigger: no sandbox at ${base} (${(error as Error).message}); start one with npx @menteo/sandbox\n`);
    return 1;
  }
  const body = (await response.json()) as { id?: string; type?: string; detail?: string; errors?: { pointer: string; detail: string }[] };
  if (!response.ok) {
    process.stderr.write(`menteo-sandbox trigger: ${response.status} ${body.detail ?? ''}\n`);
    for (const error of body.errors ?? []) process.stderr.write(`  ${error.pointer} ${error.detail}\n`);
    return 1;
  }
  process.stdout.write(values.json ? `${JSON.stringify(body)}\n` : `Fired ${body.type} (event ${body.id}) at ${base}\n`);
  return 0;
}
