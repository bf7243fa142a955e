// Rotate a webhook endpoint's signing secret without dropping a delivery: the new secret goes to
// stdout (once: pipe it into your secret store), and stderr says until when the old one still works.
//
//   MENTEO_SECRET_KEY=sk_test_acme MENTEO_BASE_URL=http://127.0.0.1:4010 \
//     npx tsx rotate-webhook-secret.ts --endpoint whe_9Kq2Lm7Xw3Nz5Tb8 > new-secret.txt
//   npx tsx rotate-webhook-secret.ts --url https://hooks.acme.example/menteo   # or find it by URL
//
// After a rotation the API signs every delivery with both secrets for 24 hours
// (`previousSecretExpiresAt`), so receivers can move to the new one at their pace: deploy it, or
// verify with both meanwhile (`Menteo.webhooks.verify(body, headers, [newSecret, oldSecret])`).
// Rotating again inside that window ends the older secret at once, and receivers still on it
// would refuse deliveries; so the script refuses to, unless `--force` (a leaked secret).
import { parseArgs } from 'node:util';
import { APIError, Menteo, MenteoError, type WebhookEndpoint } from '@menteo/sdk';

function fail(message: string): never {
  process.stderr.write(`rotate-webhook-secret: ${message}\n`);
  process.exit(2);
}

// Flags; a mistyped one is reported as such, not as a stack trace.
const { values: args } = (() => {
  try {
    return parseArgs({ options: { endpoint: { type: 'string' }, url: { type: 'string' }, force: { type: 'boolean' } }, strict: true });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const secretKey = process.env.MENTEO_SECRET_KEY ?? fail('set MENTEO_SECRET_KEY (sk_…: your organization, on a server).');
const client = new Menteo({ secretKey, baseUrl: process.env.MENTEO_BASE_URL });

/** The endpoint named by --endpoint or --url; without either, the list to choose from. */
async function chosenEndpoint(): Promise<WebhookEndpoint> {
  if (args.endpoint) return client.admin.webhookEndpoints.retrieve(args.endpoint);
  const all: WebhookEndpoint[] = [];
  for await (const endpoint of client.admin.webhookEndpoints.list()) all.push(endpoint);
  const match = args.url === undefined ? undefined : all.find((endpoint) => endpoint.url === args.url);
  if (match) return match;
  const choices = all.map((e) => `\n  ${e.id}  ${e.url}${e.enabled ? '' : ' (disabled)'}`).join('') || ' none registered';
  return fail(`${args.url === undefined ? 'pass --endpoint whe_… or --url URL' : `no endpoint has the URL ${args.url}`}. Your endpoints:${choices}`);
}

try {
  const endpoint = await chosenEndpoint();
  if (endpoint.previousSecretExpiresAt !== null && !args.force) {
    fail(
      `${endpoint.id} was rotated already; its previous secret works until ${endpoint.previousSecretExpiresAt}. ` +
        'Rotating now would end that one at once (receivers still on it would refuse deliveries). Wait until then, or pass --force (a leaked secret).',
    );
  }
  const rotated = await client.admin.webhookEndpoints.rotateSecret(endpoint.id);
  process.stdout.write(`${rotated.secret}\n`); // the new secret, alone on stdout; the script never shows it again
  process.stderr.write(
    `rotate-webhook-secret: ${rotated.id} (${rotated.url}) has a new secret.\n` +
      `rotate-webhook-secret: the old secret keeps working until ${rotated.previousSecretExpiresAt} (deliveries are signed with both until then): deploy the new one to your receivers before that.\n`,
  );
  if (endpoint.previousSecretExpiresAt !== null) process.stderr.write('rotate-webhook-secret: --force: the secret before the old one stopped working now.\n');
} catch (error) {
  if (!(error instanceof MenteoError)) throw error; // a bug of ours: keep the stack trace
  const fields = Object.entries(error instanceof APIError ? error.fieldErrors : {}).map(([pointer, detail]) => `\n  ${pointer}: ${detail}`);
  fail(`${error.message}${fields.join('')}`);
}
