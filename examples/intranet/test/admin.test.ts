// The program admin's backend against a real sandbox process: who may open it (an HR admin only:
// 403 for another employee and for no session), changes only from the intranet's own pages, the
// mentor import's dry run and apply (a refused row named by line and column, nothing written by
// the dry run, nothing changed by applying again), insights on the sandbox's clock with their CSV,
// the mentor pool's pages, and roadmap drafts an employee can read once published.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { Menteo } from '@menteo/sdk';
import { type SandboxProcess, startSandboxProcess } from '../../../test/support/sandbox-process.js';
import { hrAdmins } from '../hr-admins.js';
import { startIntranet } from '../server.js';

let sandbox: SandboxProcess;
let intranet: { origin: string; server: Server };
let secretClient: Menteo;
const cookies: Record<string, string> = {};

before(async () => {
  sandbox = await startSandboxProcess();
  intranet = await startIntranet({ port: 0, apiUrl: sandbox.url, secretKey: sandbox.keys.demoSecret, bundle: '/nonexistent/menteo.js' });
  secretClient = new Menteo({ secretKey: sandbox.keys.demoSecret, baseUrl: sandbox.url });
  for (const as of ['demo-mentee', 'demo-mentor']) {
    const response = await fetch(`${intranet.origin}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: intranet.origin },
      body: new URLSearchParams({ as }),
    });
    cookies[as] = response.headers.get('set-cookie')!.split(';')[0]!;
  }
});
after(async () => {
  intranet?.server.close();
  await sandbox?.stop();
});

/** A request to the intranet as `as` (or nobody), from its own origin unless `headers` say otherwise. */
function call(
  path: string,
  { as, method = 'GET', body, headers = {} }: { as?: string; method?: string; body?: string; headers?: Record<string, string> } = {},
) {
  const base: Record<string, string> = method === 'GET' ? {} : { origin: intranet.origin, 'sec-fetch-site': 'same-origin' };
  if (as) base.cookie = cookies[as]!;
  return fetch(`${intranet.origin}${path}`, { method, body, redirect: 'manual', headers: { ...base, ...headers } });
}
const admin = 'demo-mentor';
const importCsv = (csv: string, apply = false) =>
  call(`/admin/api/mentors/import${apply ? '?apply=1' : ''}`, { as: admin, method: 'POST', body: csv, headers: { 'content-type': 'text/csv' } });
const member = async (externalUserId: string) => (await secretClient.admin.members.list({ externalUserId })).data[0];

const header = 'externalId,givenName,familyName,emails,title,mentorHeadline,mentorTimeZone,mentorCapacity\n';
const csv =
  header +
  'ADM-1,Lena,Vogt,lena.vogt@demo.example,Staff engineer,Ask me about on-call,Europe/Berlin,3\n' +
  'ADM-2,Omar,Haddad,omar@demo.example,Engineering manager,First-time managers welcome,Europe/Madrid,2\n' +
  'ADM-3,Ivy,Moon,ivy@demo.example,Designer,Design critique,Mars/Olympus_Mons,2\n' +
  'ADM-4,Ned,Bad,ned@demo.example,PM,Roadmaps,Europe/Paris,99\n';

describe('the program admin: who may open it', () => {
  it('is the HR admins of hr-admins.ts: Daniel Okafor (demo-mentor)', () => {
    assert.deepEqual([...hrAdmins], ['demo-mentor']);
  });

  it('answers 403 to another employee and to no session, on the page, its files and every route', async () => {
    const routes: [string, string][] = [
      ['GET', '/admin'],
      ['GET', '/admin/admin.js'],
      ['GET', '/admin/api/insights'],
      ['GET', '/admin/api/insights.csv'],
      ['GET', '/admin/api/mentors'],
      ['POST', '/admin/api/mentors/import'],
      ['POST', '/admin/api/mentors/men_demomentor/deactivate'],
      ['GET', '/admin/api/roadmaps'],
      ['POST', '/admin/api/roadmaps'],
      ['POST', '/admin/api/roadmaps/rdm_x/publish'],
    ];
    for (const [method, path] of routes) {
      for (const as of ['demo-mentee', undefined]) {
        const response = await call(path, { as, method, body: method === 'POST' ? csv : undefined });
        assert.equal(response.status, 403, `${method} ${path} as ${as ?? 'nobody'}`);
      }
    }
    assert.equal(await member('ADM-1'), undefined, 'nothing was imported');
  });

  it('tells the page who is an HR admin (to show the way to /admin), and no one else', async () => {
    const session = async (as: string) => (await (await call('/session', { as })).json()) as { hrAdmin?: boolean };
    assert.deepEqual(await session('demo-mentor'), { externalUserId: 'demo-mentor', name: 'Daniel Okafor', email: 'daniel@example.com', hrAdmin: true });
    assert.equal((await session('demo-mentee')).hrAdmin, undefined);
  });

  it('serves the HR admin the page under the intranet CSP', async () => {
    const page = await call('/admin', { as: admin });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'; style-src 'self'/);
    assert.match(await page.text(), /<menteo-program-insights id="insights">/);
    assert.equal((await call('/admin/admin-import.js', { as: admin })).status, 200);
  });
});

describe('the program admin: cross-site requests', () => {
  it('refuses a change from another site, or without an Origin, and writes nothing', async () => {
    const attempts: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: intranet.origin, 'sec-fetch-site': 'same-site' },
      { origin: '' },
    ];
    for (const headers of attempts) {
      const response = await call('/admin/api/mentors/import?apply=1', { as: admin, method: 'POST', body: csv, headers });
      assert.equal(response.status, 403, JSON.stringify(headers));
    }
    const noOrigin = await fetch(`${intranet.origin}/admin/api/mentors/import?apply=1`, { method: 'POST', body: csv, headers: { cookie: cookies[admin]! } });
    assert.equal(noOrigin.status, 403);
    assert.equal(await member('ADM-1'), undefined);
  });
});

describe('the program admin: mentor import', () => {
  it('a dry run previews each row (refused rows by line and column) and writes nothing', async () => {
    const response = await importCsv(csv);
    assert.equal(response.status, 200);
    const preview = (await response.json()) as {
      dryRun: boolean;
      rows: { line: number; externalId: string; name: string; status: string; errors: { column: string; detail: string }[] }[];
      summary: Record<string, number>;
    };
    assert.equal(preview.dryRun, true);
    assert.deepEqual(
      preview.rows.map((r) => [r.line, r.externalId, r.name, r.status, r.errors.map((e) => e.column)]),
      [
        [2, 'ADM-1', 'Lena Vogt', 'created', []],
        [3, 'ADM-2', 'Omar Haddad', 'created', []],
        [4, 'ADM-3', 'Ivy Moon', 'refused', ['mentorTimeZone']], // refused by the API: its pointer /members/2/mentor/timeZone
        [5, 'ADM-4', 'Ned Bad', 'refused', ['mentorCapacity']], // refused by the mapping, never sent
      ],
    );
    assert.deepEqual(preview.summary, { created: 2, updated: 0, unchanged: 0, refused: 2 });
    assert.ok(preview.rows[2]!.errors[0]!.detail.length > 0);
    for (const id of ['ADM-1', 'ADM-2', 'ADM-3']) assert.equal(await member(id), undefined, `${id} written by a dry run`);
  });

  it('apply writes the good rows as internal mentors, reports the refused again; applying again changes nothing', async () => {
    const applied = (await (await importCsv(csv, true)).json()) as { dryRun: boolean; rows: { status: string }[]; summary: Record<string, number> };
    assert.equal(applied.dryRun, false);
    assert.deepEqual(
      applied.rows.map((r) => r.status),
      ['created', 'created', 'refused', 'refused'],
    );
    const lena = await member('ADM-1');
    assert.equal(lena?.displayName, 'Lena Vogt');
    const mentor = await secretClient.admin.mentors.retrieve(lena!.mentorId!);
    assert.equal(mentor.visibility, 'internal');
    assert.equal(mentor.headline, 'Ask me about on-call');
    assert.equal(mentor.capacity.max, 3);
    assert.equal(await member('ADM-3'), undefined);
    const updatedAt = lena!.updatedAt;

    const again = (await (await importCsv(csv, true)).json()) as { summary: Record<string, number> };
    assert.deepEqual(again.summary, { created: 0, updated: 0, unchanged: 2, refused: 2 });
    assert.equal((await member('ADM-1'))?.updatedAt, updatedAt);
  });

  it('refuses a file that is not CSV, naming its line', async () => {
    const response = await importCsv(`${header}"ADM-9,unterminated\n`);
    assert.equal(response.status, 422);
    assert.match(((await response.json()) as { detail: string }).detail, /line 2/);
  });
});

describe('the program admin: insights, mentor pool, roadmaps', () => {
  it('insights: the range is the API clock, the figures and their CSV go through the backend', async () => {
    const range = (await (await call('/admin/api/insights-range', { as: admin })).json()) as { from: string; to: string };
    assert.equal(range.to, sandbox.now.slice(0, 10), "the sandbox's today, not this machine's");
    const insights = (await (await call(`/admin/api/insights?from=${range.from}&to=${range.to}`, { as: admin })).json()) as {
      from: string;
      to: string;
      buckets: unknown[];
    };
    assert.deepEqual([insights.from, insights.to], [range.from, range.to]);
    assert.ok(insights.buckets.length >= 12);
    const csvAnswer = await call(`/admin/api/insights.csv?from=${range.from}&to=${range.to}`, { as: admin });
    assert.match(csvAnswer.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(csvAnswer.headers.get('content-disposition') ?? '', new RegExp(`attachment; filename="program-insights-${range.from}-${range.to}.csv"`));
    assert.ok((await csvAnswer.text()).startsWith('period,start,end,metric,value,suppressed\r\n'));
    const bad = await call(`/admin/api/insights?from=${range.to}&to=${range.from}`, { as: admin });
    assert.equal(bad.status, 400);
    const problem = (await bad.json()) as { requestId: string; errors: { pointer: string }[] };
    assert.match(problem.requestId, /\S/);
    assert.deepEqual(
      problem.errors.map((e) => e.pointer),
      ['/from'],
    );
  });

  it('mentor pool: pages of ten, and deactivate', async () => {
    const more = Array.from({ length: 10 }, (_, i) => `POOL-${i},Pool,Mentor ${i},pool${i}@demo.example,,Pool mentor ${i},Europe/Lisbon,1\n`).join('');
    assert.equal((await importCsv(header + more, true)).status, 200);
    type Page = { data: { id: string; name: string; active: boolean }[]; nextCursor: string | null };
    const first = (await (await call('/admin/api/mentors', { as: admin })).json()) as Page;
    assert.equal(first.data.length, 10);
    assert.ok(first.nextCursor);
    const second = (await (await call(`/admin/api/mentors?cursor=${encodeURIComponent(first.nextCursor)}`, { as: admin })).json()) as Page;
    assert.equal(second.data.length, 2, 'the 12 internal mentors: 2 imported before, 10 now');
    assert.deepEqual(
      second.data.filter((m) => first.data.some((f) => f.id === m.id)),
      [],
    );
    const omarId = (await member('ADM-2'))!.mentorId!;
    const response = await call(`/admin/api/mentors/${omarId}/deactivate`, { as: admin, method: 'POST' });
    assert.equal(response.status, 200);
    assert.equal((await secretClient.admin.mentors.retrieve(omarId)).active, false);
  });

  it('roadmaps: a refused draft answers the problem and request id; a draft published is read by employees', async () => {
    const refused = await call('/admin/api/roadmaps', {
      as: admin,
      method: 'POST',
      body: JSON.stringify({ title: 'Onboarding', summary: '', level: 'beginner', steps: [] }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(refused.status, 422);
    const problem = (await refused.json()) as { requestId: string; errors: { pointer: string }[] };
    assert.match(problem.requestId, /\S/);
    assert.ok(problem.errors.some((e) => e.pointer === '/summary'));

    const post = (path: string, body?: unknown) =>
      call(path, { as: admin, method: 'POST', body: body === undefined ? undefined : JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    const draft = (await (
      await post('/admin/api/roadmaps', { title: 'Your first 30 days', summary: 'A first month.', level: 'beginner', steps: [{ title: 'Meet your buddy' }] })
    ).json()) as {
      id: string;
      slug: string;
      status: string;
      steps: { id: string; title: string }[];
    };
    assert.equal(draft.status, 'draft');
    const edited = await call(`/admin/api/roadmaps/${draft.id}`, {
      as: admin,
      method: 'PATCH',
      body: JSON.stringify({
        title: 'Your first 30 days',
        summary: 'A first month.',
        level: 'beginner',
        steps: [{ id: draft.steps[0]!.id, title: 'Meet your buddy' }, { title: 'Ship a change' }],
      }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(edited.status, 200);
    const published = (await (await post(`/admin/api/roadmaps/${draft.id}/publish`)).json()) as { status: string; version: number };
    assert.deepEqual([published.status, published.version], ['published', 1]);
    const list = (await (await call('/admin/api/roadmaps', { as: admin })).json()) as { data: { id: string; status: string }[] };
    assert.equal(list.data.find((r) => r.id === draft.id)?.status, 'published');
    const employees = new Menteo({ publishableKey: sandbox.keys.demoPublishable, baseUrl: sandbox.url });
    const read = await employees.roadmaps.retrieve(draft.slug);
    assert.deepEqual(
      read.steps.map((s) => s.title),
      ['Meet your buddy', 'Ship a change'],
    );
    assert.equal((await post(`/admin/api/roadmaps/${draft.id}/unpublish`)).status, 200);
  });
});
