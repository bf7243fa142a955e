// The program admin (#14), as an HR admin uses it, in Chromium against a real sandbox process and
// the intranet example: sign in, open /admin, see the program's insights (charts and their data
// tables), drop a CSV of mentors on the drop zone — one row refused, its error on its row —, apply,
// and then an ordinary employee's mentor search finds the new mentors, marked internal. The same
// import by keyboard only, through the file input. Axe-clean, no CSP violation, no page error in
// every state. A roadmap written, refused once (the API's problem and request id shown, the form
// kept), saved and published from the page, which employees then read; the same file applied
// again changes nothing. Takes docs/screenshots/example-intranet-admin.png.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Menteo } from '@menteo/sdk';
import type { Browser, Page } from 'playwright-core';
import { startIntranet } from '../../examples/intranet/server.js';
import { dropFile } from '../support/drop-file.js';
import { hasFocus, tabTo } from '../support/keyboard.js';
import { expectClean, recordingContext } from '../support/page-checks.js';
import { launchChromium } from '../support/playwright.mjs';
import { type SandboxProcess, startSandboxProcess } from '../support/sandbox-process.js';

const bundle = fileURLToPath(new URL('../../packages/elements/dist/menteo.js', import.meta.url));
const shots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

let sandbox: SandboxProcess;
let browser: Browser;
let intranet: { origin: string; server: Server };

before(async () => {
  // A fresh in-memory sandbox per run: the imported people leave nothing behind. With the demo
  // program, so the insights (and the screenshot) show a program's charts.
  [sandbox, browser] = await Promise.all([startSandboxProcess(['--demo-program']), launchChromium()]);
  intranet = await startIntranet({ port: 0, apiUrl: sandbox.url, secretKey: sandbox.keys.demoSecret, bundle });
  await mkdir(shots, { recursive: true });
});
after(async () => {
  await browser?.close();
  intranet?.server.close();
  await sandbox?.stop();
});

const newPage = async () => {
  const context = await recordingContext(browser, { width: 1200, height: 900 }, sandbox.clockOffsetMs);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors, close: () => context.close() };
};

/** Signs in on the intranet's stand-in for SSO, as a person does. */
async function signIn(page: Page, as: string, name: string) {
  await page.goto(`${intranet.origin}/login?as=${as}`);
  await page.getByRole('button', { name: `Continue as ${name}` }).click();
  await page.getByText(`Signed in as ${name}`).waitFor();
}

const header = 'externalId,givenName,familyName,emails,title,mentorHeadline,mentorTimeZone,mentorCapacity\n';
const mentorsCsv =
  header +
  'E2E-1,Lena,Vogt,lena.vogt@demo.example,Staff engineer,Ask me about on-call rotations,Europe/Berlin,3\n' +
  'E2E-2,Omar,Haddad,omar.haddad@demo.example,Engineering manager,First-time managers welcome,Europe/Madrid,2\n' +
  'E2E-3,Ivy,Moon,ivy.moon@demo.example,Designer,Design critique,Mars/Olympus_Mons,2\n';

describe('program admin', () => {
  it('the HR admin sees the insights, drops a CSV (one row refused on its row), applies; an employee finds the mentors as internal', async () => {
    const admin = await newPage();
    const { page } = admin;
    await signIn(page, 'demo-mentor', 'Daniel Okafor');
    await page.getByRole('link', { name: 'Program admin' }).click(); // shown to HR admins only
    await page.getByRole('heading', { name: 'Mentoring program', level: 1 }).waitFor();

    // Insights: the range is the sandbox's twelve weeks; five charts, each with its data table.
    const insights = page.locator('menteo-program-insights');
    await insights.locator('[part~="figures"]').waitFor();
    assert.equal(await insights.locator('[part~="chart"] svg').count(), 5);
    assert.equal(await insights.locator('table[part~="table"]').count(), 5);
    assert.equal(await page.locator('#range').getByLabel('To', { exact: true }).inputValue(), sandbox.now.slice(0, 10));
    assert.match(
      (await page.getByRole('link', { name: 'Download the figures as CSV' }).getAttribute('href')) ?? '',
      /^\/admin\/api\/insights\.csv\?from=\d{4}-\d\d-\d\d&to=/,
    );
    await page.getByRole('table', { name: "Your organization's mentors, ten a page" }).waitFor();
    await expectClean(page, admin.errors);

    // Drop the file: the preview, with the refused row's error on its row.
    await dropFile(page.locator('#drop-zone'), 'mentors.csv', mentorsCsv);
    const status = page.getByRole('status').filter({ hasText: 'mentors.csv' });
    await status.filter({ hasText: 'Preview of mentors.csv: 2 to create, 0 to update, 0 unchanged, 1 refused' }).waitFor();
    const ivy = page.getByRole('row', { name: /Ivy Moon/ });
    assert.match((await ivy.textContent()) ?? '', /Refused/);
    assert.match((await ivy.textContent()) ?? '', /Line 4, mentorTimeZone: \S/);
    assert.match((await page.getByRole('row', { name: /Lena Vogt/ }).textContent()) ?? '', /Will be created/);
    await expectClean(page, admin.errors);

    // Apply: two created, the refused one refused again; the pool lists them.
    await page.getByRole('button', { name: 'Apply 2 rows' }).click();
    await status.filter({ hasText: 'Applied mentors.csv: 2 created, 0 updated, 0 unchanged, 1 refused.' }).waitFor();
    assert.match((await page.getByRole('row', { name: /Ivy Moon/ }).textContent()) ?? '', /Refused.*Line 4, mentorTimeZone/);
    const pool = page.locator('#mentors-table');
    await pool.getByRole('rowheader', { name: 'Lena Vogt' }).waitFor();
    await pool.getByRole('rowheader', { name: 'Omar Haddad' }).waitFor();
    await expectClean(page, admin.errors);
    await admin.close();

    // An ordinary employee: 403 on /admin, and her mentor search finds the new mentors, internal.
    const employee = await newPage();
    await signIn(employee.page, 'demo-mentee', 'Priya Raman');
    assert.equal(await employee.page.getByRole('link', { name: 'Program admin' }).count(), 0);
    const refused = await employee.page.goto(`${intranet.origin}/admin`);
    assert.equal(refused?.status(), 403);
    await employee.page.goto(`${intranet.origin}/`);
    const search = employee.page.locator('menteo-mentor-search');
    await search.locator('[part~="search-input"]').pressSequentially('Lena Vogt', { delay: 20 });
    const card = search.locator('menteo-mentor-card', { has: employee.page.locator('[part~="name"]', { hasText: 'Lena Vogt' }) });
    await card.waitFor();
    assert.match((await card.locator('[part~="internal"]').textContent()) ?? '', /internal/);
    await expectClean(employee.page, employee.errors);
    await employee.close();
  });

  it('imports by keyboard only, through the file input, with a visible focus and the result announced', async () => {
    const admin = await newPage();
    const { page } = admin;
    await signIn(page, 'demo-mentor', 'Daniel Okafor');
    await page.goto(`${intranet.origin}/admin`);
    // Listen first: Playwright turns on its file chooser interception when asked, asynchronously.
    const chooser = page.waitForEvent('filechooser');
    const input = page.getByLabel('Choose a CSV file');
    await tabTo(page, input);
    assert.notEqual(await input.evaluate((el) => getComputedStyle(el).outlineStyle), 'none', 'the focus is visible');
    await page.keyboard.press('Space');
    const edited = `${header}E2E-4,Kai,Sato,kai.sato@demo.example,SRE,Incident reviews,Asia/Tokyo,2\nE2E-5,,,x@demo.example,,Hi,Europe/Rome,1\n`;
    await (await chooser).setFiles({ name: 'more-mentors.csv', mimeType: 'text/csv', buffer: Buffer.from(edited) });
    const status = page.getByRole('status').filter({ hasText: 'more-mentors.csv' });
    await status.filter({ hasText: '1 to create, 0 to update, 0 unchanged, 1 refused' }).waitFor();
    await expectClean(page, admin.errors);

    const apply = page.getByRole('button', { name: 'Apply 1 row' });
    await tabTo(page, apply);
    assert.ok(await hasFocus(apply));
    await page.keyboard.press('Enter');
    await status.filter({ hasText: 'Applied more-mentors.csv: 1 created, 0 updated, 0 unchanged, 1 refused.' }).waitFor();
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    await expectClean(page, admin.errors);
    await admin.close();
  });

  it('publishes a roadmap from its form (a refusal shown with its request id, the form kept), deactivates a mentor; the same file again changes nothing', async () => {
    const admin = await newPage();
    const { page } = admin;
    await signIn(page, 'demo-mentor', 'Daniel Okafor');
    await page.goto(`${intranet.origin}/admin`);
    const title = 'Your first 30 days at Acme';
    const form = page.getByRole('form', { name: 'New roadmap draft' });
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Summary').fill('What every new engineer does in their first month.');
    await form.getByLabel('Level').selectOption('beginner');
    const steps = form.getByLabel('Steps, one a line');
    await steps.fill(`Meet your onboarding buddy\n${'A step far too long to read. '.repeat(7)}`);
    await form.getByRole('button', { name: 'Save draft' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /^Validation failed: Step 2: .+\(request req_[\w-]+\)$/);
    assert.equal(await form.getByLabel('Title').inputValue(), title, 'the form keeps what was typed');
    await expectClean(page, admin.errors);

    await steps.fill('Meet your onboarding buddy\nShip your first change');
    await form.getByRole('button', { name: 'Save draft' }).click();
    const roadmapStatus = page.locator('#roadmaps-status');
    await roadmapStatus.filter({ hasText: `"${title}" is saved as a draft` }).waitFor();
    const row = page.locator('#roadmaps-table').getByRole('row', { name: new RegExp(title) });
    assert.match((await row.textContent()) ?? '', /Draft/);
    await row.getByRole('button', { name: `Publish ${title}` }).click();
    await roadmapStatus.filter({ hasText: `"${title}" is published (version 1)` }).waitFor();
    await row.getByRole('button', { name: `Unpublish ${title}` }).waitFor();
    // Employees read it (the organization's publishable key), steps in order.
    const { data } = await new Menteo({ secretKey: sandbox.keys.demoSecret, baseUrl: sandbox.url }).admin.roadmaps.list();
    const slug = data.find((r) => r.title === title)!.slug;
    const read = await new Menteo({ publishableKey: sandbox.keys.demoPublishable, baseUrl: sandbox.url }).roadmaps.retrieve(slug);
    assert.deepEqual(
      read.steps.map((s) => s.title),
      ['Meet your onboarding buddy', 'Ship your first change'],
    );

    // Deactivate from the pool: out of search, said in its status line.
    const pool = page.locator('#mentors-table');
    await pool.getByRole('button', { name: 'Deactivate Kai Sato' }).click();
    await page.locator('#mentors-status').filter({ hasText: 'Kai Sato is deactivated' }).waitFor();
    assert.match((await pool.getByRole('row', { name: /Kai Sato/ }).textContent()) ?? '', /Deactivated/);

    // The first test's file again: all unchanged, the refused row refused again.
    await dropFile(page.locator('#drop-zone'), 'mentors.csv', mentorsCsv);
    const status = page.getByRole('status').filter({ hasText: 'mentors.csv' });
    await status.filter({ hasText: 'Preview of mentors.csv: 0 to create, 0 to update, 2 unchanged, 1 refused' }).waitFor();
    await page.getByRole('button', { name: 'Apply 2 rows' }).click();
    await status.filter({ hasText: 'Applied mentors.csv: 0 created, 0 updated, 2 unchanged, 1 refused.' }).waitFor();
    await expectClean(page, admin.errors);
    await page.screenshot({ path: `${shots}example-intranet-admin.png`, fullPage: true });
    await admin.close();
  });
});
