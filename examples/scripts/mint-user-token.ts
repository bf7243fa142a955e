// Mint a user token: what your backend does after your own sign-in, so the person's page (or a
// script acting for them) can call Menteo as them. Tokens last 15 minutes; mint a new one then.
//
//   MENTEO_SECRET_KEY=sk_test_demo MENTEO_BASE_URL=http://127.0.0.1:4010 \
//     npx tsx mint-user-token.ts --external-user-id demo-mentee --name "Priya Raman"
//
// It prints the token alone on stdout (so `MENTEO_TOKEN=$(…)` works) and its expiry on stderr.
//
// The secret key stays on servers. You do not have to police that yourself: the SDK refuses to
// construct a client with a `secretKey` in a browser, and the API refuses any request that carries
// a secret key together with an `Origin` header (what browsers send).
import { parseArgs } from 'node:util';
import { APIError, Menteo, MenteoError } from '@menteo/sdk';

function fail(message: string): never {
  process.stderr.write(`mint-user-token: ${message}\n`);
  process.exit(2);
}

// Flags; a mistyped one is reported as such, not as a stack trace.
const { values: args } = (() => {
  try {
    return parseArgs({
      options: {
        'external-user-id': { type: 'string' }, // your own stable id for the person (not their email)
        name: { type: 'string' },
        email: { type: 'string' },
      },
      strict: true,
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const externalUserId = args['external-user-id'] ?? fail('pass --external-user-id ID (your own stable id for the person).');
const name = args.name ?? fail('pass --name "Full Name".');

const secretKey = process.env.MENTEO_SECRET_KEY;
if (!secretKey?.startsWith('sk_')) fail('set MENTEO_SECRET_KEY to your secret key (sk_…): minting tokens needs it, on a server.');

const server = new Menteo({ secretKey, baseUrl: process.env.MENTEO_BASE_URL });
try {
  // In a real backend: the signed-in user's id, name and email from your session.
  const { token, expiresAt, user } = await server.auth.createUserToken({ externalUserId, name, ...(args.email ? { email: args.email } : {}) });
  process.stdout.write(`${token}\n`);
  process.stderr.write(`mint-user-token: token for ${user.name} (${user.id}), valid until ${expiresAt}\n`);
} catch (error) {
  if (!(error instanceof MenteoError)) throw error; // a bug of ours: keep the stack trace
  const fields = Object.entries(error instanceof APIError ? error.fieldErrors : {}).map(([pointer, detail]) => `\n  ${pointer}: ${detail}`);
  fail(`${error.message}${fields.join('')}`);
}
