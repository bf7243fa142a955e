// Post this week's update to your growth thread — at most once per ISO week, however often it runs
// (a cron job that fires twice, a retry after a timeout, a colleague re-running it by hand).
//
//   MENTEO_TOKEN=$(npx tsx mint-user-token.ts --external-user-id demo-mentee --name "Priya Raman") \
//   MENTEO_BASE_URL=http://127.0.0.1:4010 \
//     npx tsx post-weekly-update.ts --thread thr_learningtolead --body "Ran my first retro without notes."
//
// Two guards, because each covers what the other cannot:
// 1. The Idempotency-Key is derived from thread + ISO week (`weekly-update:thr_…:2026-W48`), so a
//    retried or repeated POST replays the first answer instead of posting again. But the API keeps
//    keys for 24 hours only, per credential — and user tokens last 15 minutes, so next Tuesday's
//    run (with a fresh token) would not be recognised by the key alone.
// 2. So before posting, the script reads the thread's posts of this week (newest first) and stops
//    if one of yours already starts with this week's heading ("**Weekly update, 2026-W48**").
// Needs iso-week.ts next to it. The token must be the thread owner's (only the owner may post).
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { APIError, Menteo, MenteoError, type Post } from '@menteo/sdk';
import { isoWeek } from './iso-week.js';

function fail(message: string): never {
  process.stderr.write(`post-weekly-update: ${message}\n`);
  process.exit(2);
}

// Flags; a mistyped one is reported as such, not as a stack trace.
const { values: args } = (() => {
  try {
    return parseArgs({
      options: {
        thread: { type: 'string' }, // thr_…
        body: { type: 'string' }, // the update, CommonMark
        'body-file': { type: 'string' }, // …or read it from a file
        kind: { type: 'string', default: 'update' }, // update | challenge | breakthrough | milestone | question
        at: { type: 'string' }, // the week of this ISO 8601 instant instead of now's (a late run, or a sandbox started with --now)
      },
      strict: true,
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const threadId = args.thread ?? fail('pass --thread thr_… (a thread you own).');
const text = args.body ?? (args['body-file'] ? await readFile(args['body-file'], 'utf8') : fail('pass --body "…" or --body-file FILE.'));
if (!text.trim()) fail('the update is empty.');
const token = process.env.MENTEO_TOKEN;
if (!token) fail('set MENTEO_TOKEN to a user token of the thread owner (mint one with mint-user-token.ts; they last 15 minutes).');

const client = new Menteo({ token, baseUrl: process.env.MENTEO_BASE_URL });
const at = args.at === undefined ? new Date() : new Date(args.at);
if (Number.isNaN(at.getTime())) fail(`--at must be an ISO 8601 instant such as 2026-12-02T09:30:00Z (got ${args.at}).`);
const week = isoWeek(at);
const heading = `**Weekly update, ${week.label}**`;
const body = `${heading}\n\n${text.trim()}`;

/** Your post of this week in the thread, if there is one: stops reading at the first older post. */
async function findThisWeeksPost(myUserId: string): Promise<Post | undefined> {
  for await (const post of client.threads.posts.list(threadId, { limit: 50 })) {
    if (Date.parse(post.createdAt) < week.start.getTime()) return undefined; // newest first: done
    if (post.author.id === myUserId && post.body.startsWith(heading)) return post;
  }
  return undefined;
}

function report(post: Post, status: string): void {
  const base = client.baseUrl;
  process.stdout.write(`${post.id}\n`); // the id alone on stdout, for scripts
  process.stderr.write(`post-weekly-update: ${status} ${week.label}: ${base}/v1/posts/${post.id}\n`);
}

try {
  const me = await client.me.retrieve();
  const thread = await client.threads.retrieve(threadId);
  if (!thread.viewer?.isOwner) fail(`${threadId} belongs to ${thread.owner.name}; only its owner may post (MENTEO_TOKEN is ${me.name}'s).`);

  const existing = await findThisWeeksPost(me.id);
  if (existing) {
    report(existing, 'already posted');
  } else {
    const { data: post, response } = await client.threads.posts
      .create(threadId, { kind: args.kind as Post['kind'], body }, { idempotencyKey: `weekly-update:${threadId}:${week.label}` })
      .withResponse();
    report(post, response.headers.get('idempotent-replayed') === 'true' ? 'already posted (replayed)' : 'posted');
    if (thread.canonicalUrl) process.stderr.write(`post-weekly-update: readers see it at ${thread.canonicalUrl}\n`);
  }
} catch (error) {
  if (!(error instanceof MenteoError)) throw error; // a bug of ours: keep the stack trace
  if (error instanceof APIError && error.code === 'idempotency_key_reused') fail(`this week's update was already sent with another text (${error.message}).`);
  if (error instanceof APIError && error.status === 401) fail(`MENTEO_TOKEN was refused (expired? tokens last 15 minutes): ${error.message}`);
  const fields = Object.entries(error instanceof APIError ? error.fieldErrors : {}).map(([pointer, detail]) => `\n  ${pointer}: ${detail}`);
  fail(`${error.message}${fields.join('')}`);
}
