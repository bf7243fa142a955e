// The growth thread's readers together (issue #12, "Acceptance"), in Chromium against one sandbox
// process, on the static blog example under its strict CSP. Three people, each in a browser
// context of their own, sign in through the hosted popup: reader A, reader B and the thread's
// owner (Priya Raman, whose thread the blog shows). A cheers a post, follows the thread (B's page
// counts one follower more, live) and replies to a comment; B's page, its comments open, shows the
// reply live (no reload); the owner hides it, and A's and B's pages drop it live; B reports the
// comment A answered, then the post, and the owner's Reports panel shows each. Everyone uses the
// keyboard only. axe-clean and no CSP violation on the page that changed, after each state. Once
// in English, once in Spanish (the page lang="es": the elements and the hosted popup in Spanish).
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { startBlog } from '../../examples/blog/server.js';
import { type BlogPage, consentAs, eventually, openBlog, signInFromStepper } from '../support/blog-page.js';
import { chooseRadio, hasFocus, press, tabTo } from '../support/keyboard.js';
import { expectClean } from '../support/page-checks.js';
import { launchChromium } from '../support/playwright.mjs';
import { type SandboxProcess, startSandboxProcess } from '../support/sandbox-process.js';

const bundle = fileURLToPath(new URL('../../packages/elements/dist/menteo.js', import.meta.url));
const threadId = 'thr_learningtolead';
/** Who reads in each run (seeded members of Demo Company, other people in each: the runs share one sandbox). */
const people = {
  en: { a: 'Marcus Chen', b: 'Yuki Tanaka' },
  es: { a: 'Olu Adeyemi', b: 'Lena Fischer' },
};
/** The thread's owner: the blog shows Priya's thread. */
const owner = 'Priya Raman';

let sandbox: SandboxProcess;
let blog: { origin: string; server: Server };
let browser: Browser;

before(async () => {
  sandbox = await startSandboxProcess(['--mentors', '50']);
  blog = await startBlog({ port: 0, apiUrl: sandbox.url, bundle });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  blog?.server.close();
  await sandbox?.stop();
});

/** What each language's run reads on the pages. */
const words = {
  en: {
    signedInAs: 'Signed in as',
    reply: 'Reply',
    replyTo: (name: string) => `Reply to ${name}`,
    sendReply: 'Post reply',
    hide: 'Hide',
    hidden: 'Hidden',
    report: 'Report',
    reason: 'Reason',
    sendReport: 'Send report',
    reported: 'Thanks: the thread’s owner will see your report.',
    reportedBy: 'Reported by',
    onComment: 'Comment',
    onPost: 'Post',
    offTopic: 'Off topic',
    following: 'Following',
    followers: (n: number) => `${n} followers`,
  },
  es: {
    signedInAs: 'Sesión iniciada como',
    reply: 'Responder',
    replyTo: (name: string) => `Responder a ${name}`,
    sendReply: 'Publicar respuesta',
    hide: 'Ocultar',
    hidden: 'Oculto',
    report: 'Denunciar',
    reason: 'Motivo',
    sendReport: 'Enviar denuncia',
    reported: 'Gracias: quien creó el hilo verá tu denuncia.',
    reportedBy: 'Denunciado por',
    onComment: 'Comentario',
    onPost: 'Publicación',
    offTopic: 'Fuera de tema',
    following: 'Siguiendo',
    followers: (n: number) => `${n} seguidores`,
  },
};

/** What reader A replies, in each run. */
const said = {
  en: 'Same here: the survey idea is great, stealing it for my team.',
  es: 'Igual aquí: gran idea la encuesta, la copio para mi equipo.',
};

/** The thread's newest post (the first in the feed), as the API has it. */
async function newestPost(): Promise<{ id: string; reactions: Record<string, number>; commentCount: number }> {
  const answer = await fetch(`${sandbox.url}/v1/threads/${threadId}/posts?limit=1`, { headers: { Authorization: `Bearer ${sandbox.keys.demoPublishable}` } });
  const { data } = (await answer.json()) as { data: { id: string; reactions: Record<string, number>; commentCount: number }[] };
  return data[0]!;
}

/** The thread, as the API has it. */
async function thread(): Promise<{ counts: { followers: number } }> {
  const answer = await fetch(`${sandbox.url}/v1/threads/${threadId}`, { headers: { Authorization: `Bearer ${sandbox.keys.demoPublishable}` } });
  return (await answer.json()) as { counts: { followers: number } };
}

/** The feed's follower count on `page` when it reads `text`. */
function counts(page: Page, text: string): Locator {
  return page.locator('menteo-thread-feed [part~="counts"] span', { hasText: text });
}

/** Opens the blog as `person` and signs them in through the popup from the stepper, by keyboard. */
async function signedIn(person: string, lang: 'en' | 'es'): Promise<BlogPage> {
  const reader = await openBlog(browser, blog.origin, lang, sandbox.clockOffsetMs);
  await consentAs(await signInFromStepper(reader.page), person, lang);
  await reader.page.locator('menteo-roadmap-stepper [part~="account"]', { hasText: `${words[lang].signedInAs} ${person}` }).waitFor();
  // A mark the page keeps until it reloads: "live" below means this mark is still there.
  await reader.page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  return reader;
}

/** Whether `page` is the document it was when signed in (nothing reloaded it). */
function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

/** The first post of the feed on `page` (the newest). */
function firstPost(page: Page): Locator {
  return page.locator('menteo-thread-feed [part~="post"]').first();
}

/** Opens the first post's comments by keyboard and waits for them to be loaded. */
async function openComments(page: Page): Promise<Locator> {
  const post = firstPost(page);
  const button = post.locator('[part~="comments-button"]');
  await press(page, button, 'Enter', { cap: 150 });
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const comments = post.locator('[part~="comments"]');
  await comments.locator('[part~="comment"]').first().waitFor();
  return comments;
}

async function readersTogether(lang: 'en' | 'es'): Promise<void> {
  const w = words[lang];
  // Three people at once, each in a context (and popup) of their own.
  const [a, b, o] = await Promise.all([signedIn(people[lang].a, lang), signedIn(people[lang].b, lang), signedIn(owner, lang)]);
  await Promise.all([a, b, o].map((reader) => expectClean(reader.page, reader.errors)));
  const before = await newestPost();

  // A cheers the newest post, by keyboard: pressed on A's page, stored by the API.
  const cheer = firstPost(a.page).locator('[part~="reaction-cheer"]');
  assert.equal(await cheer.getAttribute('aria-pressed'), 'false');
  await press(a.page, cheer, 'Enter', { cap: 150 });
  await firstPost(a.page).locator('[part~="reaction-cheer"][aria-pressed="true"]').waitFor();
  await eventually(async () => (await newestPost()).reactions.cheer, (before.reactions.cheer ?? 0) + 1);
  await expectClean(a.page, a.errors);

  // A follows the thread (the button in the feed's header, back from the post): B's page counts one follower more, live.
  const followers = (await thread()).counts.followers;
  await counts(b.page, w.followers(followers)).waitFor();
  const follow = a.page.locator('menteo-thread-feed [part~="follow-button"]');
  assert.equal(await follow.getAttribute('aria-pressed'), 'false');
  await press(a.page, follow, 'Enter', { back: true, cap: 150 });
  await a.page.locator('menteo-thread-feed [part~="follow-button"][aria-pressed="true"]', { hasText: w.following }).waitFor();
  await eventually(async () => (await thread()).counts.followers, followers + 1);
  await expectClean(a.page, a.errors);
  await counts(b.page, w.followers(followers + 1)).waitFor();
  assert.ok(await sameDocument(b.page), "B's page was not reloaded");
  await expectClean(b.page, b.errors);

  // B and the owner have the post's comments open; A opens them and replies to the first comment, by keyboard.
  const bComments = await openComments(b.page);
  const oComments = await openComments(o.page);
  const aComments = await openComments(a.page);
  const top = aComments.locator('ol > li[part~="comment"]').first();
  const topAuthor = (await top.locator('.comment-head strong').first().textContent())?.trim() ?? '';
  await press(a.page, top.getByRole('button', { name: w.reply, exact: true }).first());
  const field = aComments.getByRole('textbox', { name: w.replyTo(topAuthor) });
  await field.waitFor();
  assert.ok(await hasFocus(field), 'Reply puts the focus in the reply field');
  await a.page.keyboard.type(said[lang]);
  await press(a.page, aComments.getByRole('button', { name: w.sendReply }));
  const replyOn = (comments: Locator) => comments.locator('[part~="replies"] [part~="comment"]', { hasText: said[lang] });
  await replyOn(aComments).waitFor();
  await eventually(async () => (await newestPost()).commentCount, before.commentCount + 1);
  await expectClean(a.page, a.errors);

  // B's page shows the reply live, under the comment it answers.
  await replyOn(bComments).waitFor();
  assert.ok(await sameDocument(b.page), "B's page was not reloaded");
  await expectClean(b.page, b.errors);

  // The owner hides it (their list keeps it, marked); A's and B's pages drop it live.
  await replyOn(oComments).waitFor();
  await press(o.page, replyOn(oComments).getByRole('button', { name: w.hide, exact: true }), 'Enter', { cap: 150 });
  await replyOn(oComments).locator('[part~="hidden-mark"]', { hasText: w.hidden }).waitFor();
  await expectClean(o.page, o.errors);
  for (const reader of [a, b]) {
    await replyOn(firstPost(reader.page).locator('[part~="comments"]')).waitFor({ state: 'detached' });
    assert.ok(await sameDocument(reader.page), 'the page was not reloaded');
    await expectClean(reader.page, reader.errors);
  }
  await eventually(async () => (await newestPost()).commentCount, before.commentCount);

  // B reports the comment A answered (a reason from the list, by keyboard); the owner opens their Reports panel and sees it.
  const bTop = bComments.locator('ol > li[part~="comment"]').first();
  await press(b.page, bTop.getByRole('button', { name: w.report, exact: true }).first());
  const reason = bComments.getByRole('combobox', { name: w.reason });
  await reason.waitFor();
  assert.ok(await hasFocus(reason), 'Report puts the focus on the reason');
  // The list's order is the contract's: spam, harassment, off topic.
  await b.page.keyboard.press('ArrowDown');
  await b.page.keyboard.press('ArrowDown');
  assert.equal(await reason.inputValue(), 'off_topic');
  await press(b.page, bComments.getByRole('button', { name: w.sendReport }));
  await bComments.locator('[part~="comment-notice"]', { hasText: w.reported }).waitFor();
  await expectClean(b.page, b.errors);

  const toggle = o.page.locator('menteo-thread-feed [part~="reports-toggle"]');
  await press(o.page, toggle, 'Enter', { back: true, cap: 150 });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const report = o.page.locator('menteo-thread-feed [part~="report"]', { hasText: `${w.reportedBy} ${people[lang].b}` });
  await report.waitFor();
  assert.equal((await report.locator('[part~="report-kind"]').textContent())?.trim(), w.onComment);
  assert.match((await report.locator('[part~="report-reason"]').textContent()) ?? '', new RegExp(w.offTopic));
  await expectClean(o.page, o.errors);

  // B reports the post itself (Report under the post, a reason among radios); the owner opens the list again and sees it.
  const bPost = firstPost(b.page);
  await press(b.page, bPost.locator('[part~="post-report-button"]'), 'Enter', { back: true, cap: 150 });
  const form = bPost.locator('[part~="post-report"]');
  await chooseRadio(b.page, form.getByRole('radio'), form.getByRole('radio', { name: w.offTopic }));
  await press(b.page, form.getByRole('button', { name: w.sendReport }));
  await bPost.locator('[part~="post-report-sent"]').waitFor();
  await expectClean(b.page, b.errors);

  await tabTo(o.page, toggle, { back: true, cap: 150 });
  await o.page.keyboard.press('Enter');
  await o.page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const postReport = report.filter({ has: o.page.locator('[part~="report-kind"]', { hasText: w.onPost }) });
  await postReport.waitFor();
  assert.match((await postReport.locator('[part~="report-reason"]').textContent()) ?? '', new RegExp(w.offTopic));
  await expectClean(o.page, o.errors);

  for (const reader of [a, b, o]) await reader.context.close();
}

describe('readers of a growth thread on the static blog, together (Chromium, strict CSP, keyboard only)', () => {
  it('in English', () => readersTogether('en'));
  it('in Spanish', () => readersTogether('es'));
});
