// The acceptance journey of issue #11, in Chromium against a sandbox process, with only Menteo
// elements on the pages and a token-minting backend (support/journey-site.ts): a mentee requests
// through the card's dialog; the mentor accepts in their room list; they agree, add a goal,
// book, meet (notes), the mentor completes the session, they complete the room, both review;
// the review reaches the mentor's reviews and the card's counts. Keyboard only (support/keyboard.ts:
// no click, no fill), axe-clean at every step, once in English and once in Spanish, each label
// expected from the elements' strings files.
//
// The mentee of each run is a new person of org_demo: the seed's demo mentee already has an
// active room with the demo mentor (Daniel Okafor), the one seeded mentor who can sign in.
// The session ends after the sandbox's clock is moved past it (POST /v1/sandbox/clock), and
// the pages are opened again with the moved clock.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Schema } from '@menteo/sdk';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Translation } from '@menteo/elements';
import { shipped } from '@menteo/elements/locales';
import { startJourneySite, type JourneyPerson, type JourneySite } from '../support/journey-site.js';
import { chooseRadio, hasFocus, press, tabTo, typeInto } from '../support/keyboard.js';
import { expectClean, recordingContext } from '../support/page-checks.js';
import { launchChromium } from '../support/playwright.mjs';
import { startSandboxProcess, type SandboxProcess } from '../support/sandbox-process.js';

const bundle = fileURLToPath(new URL('../../packages/elements/dist/menteo.js', import.meta.url));
const mentorId = 'men_demomentor';
const mentor: JourneyPerson = { externalUserId: 'demo-mentor', name: 'Daniel Okafor' };

/** What one run of the journey says and types, in its language. */
interface Language {
  lang: 'en' | 'es';
  /** The browser's locale (`navigator.language`, Accept-Language): a Spanish speaker's browser is in Spanish too. */
  locale: string;
  mentee: JourneyPerson;
  /** The elements' shipped strings in this language (the card's, its dialog's, the room list's and widget's). */
  strings: Translation;
  text: {
    goal: string;
    message: string;
    agreement: string;
    goalTitle: string;
    criteria: string;
    agenda: string;
    mentorNotes: string;
    menteeNotes: string;
    review: string;
  };
}

const languages: Language[] = [
  {
    lang: 'en',
    locale: 'en-US',
    mentee: { externalUserId: 'journey-mentee-en', name: 'Amara Chen' },
    strings: shipped.en,
    text: {
      goal: 'Lead my first product team with confidence within six months.',
      message: 'Hello Daniel, I would value your view on my first months as a lead.',
      agreement: '- Biweekly sessions of an hour\n- An agenda the day before each session',
      goalTitle: 'Run a team retrospective',
      criteria: 'The team runs one every two weeks without me',
      agenda: 'My first retrospective',
      mentorNotes: 'Try the sailboat format.',
      menteeNotes: 'I will run it on Friday.',
      review: 'Clear, patient and practical: I lead my retrospectives now.',
    },
  },
  {
    lang: 'es',
    locale: 'es-ES',
    mentee: { externalUserId: 'journey-mentee-es', name: 'Lucía Fernández' },
    strings: shipped.es,
    text: {
      goal: 'Liderar mi primer equipo de producto con confianza en seis meses.',
      message: 'Hola Daniel, me gustaría tu opinión sobre mis primeros meses como líder.',
      agreement: '- Sesiones quincenales de una hora\n- Una agenda el día antes de cada sesión',
      goalTitle: 'Dirigir una retrospectiva',
      criteria: 'El equipo hace una cada dos semanas sin mí',
      agenda: 'Mi primera retrospectiva',
      mentorNotes: 'Prueba el formato del velero.',
      menteeNotes: 'La haré el viernes.',
      review: 'Claro, paciente y práctico: ahora dirijo mis retrospectivas.',
    },
  },
];

let sandbox: SandboxProcess;
let site: JourneySite;
let browser: Browser;
/** The sandbox's clock minus this machine's: it grows each time the test moves the sandbox's clock. */
let clockOffsetMs: number;

before(async () => {
  sandbox = await startSandboxProcess(['--mentors', '60']);
  clockOffsetMs = sandbox.clockOffsetMs;
  site = await startJourneySite({
    apiUrl: sandbox.url,
    secretKey: sandbox.keys.demoSecret,
    publishableKey: sandbox.keys.demoPublishable,
    bundle,
    people: [mentor, ...languages.map((l) => l.mentee)],
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  site?.server.close();
  await sandbox?.stop();
});

// ---------------------------------------------------------------- the API, as the test's own backend sees it

/** A call to the sandbox with the secret key, or as a person (a token minted for them). */
async function api<T>(method: string, path: string, body?: unknown, as?: JourneyPerson): Promise<T> {
  const auth = as ? (await api<Schema<'UserToken'>>('POST', '/v1/auth/tokens', as)).token : sandbox.keys.demoSecret;
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${auth}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  assert.ok(res.ok, `${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

/** Moves the sandbox's clock to `to` (the sandbox-only operation) and the pages' clock with it. */
async function moveSandboxClock(to: string): Promise<void> {
  const { now } = await api<Schema<'SandboxClock'>>('POST', '/v1/sandbox/clock', { to });
  clockOffsetMs = Date.parse(now) - Date.now();
}

// ---------------------------------------------------------------- the people's browsers

/** One person's browser: a context signed in on the site, on the sandbox's clock, and its page. */
interface Browsing {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

async function signedIn(person: JourneyPerson, l: Language): Promise<Browsing> {
  const context = await recordingContext(browser, { width: 1200, height: 900 }, clockOffsetMs, { locale: l.locale });
  await context.addCookies([site.signInCookie(person.externalUserId)]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    // The seed's avatars live on a CDN this closed machine cannot reach (the elements fall back to
    // initials), and the site has no icon: neither is the journey's.
    const { url } = message.location();
    if (/^Failed to load resource/.test(message.text()) && (/^https:\/\/cdn\.menteo\.dev\//.test(url) || url.endsWith('/favicon.ico'))) return;
    errors.push(`console ${message.type()}: ${message.text()} (${url})`);
  });
  return { context, page, errors };
}

/** Opens `path` of the site in the person's language (the site's `?lang=`). */
async function open(b: Browsing, path: string, l: Language): Promise<void> {
  await b.page.goto(`${site.origin}${path}${path.includes('?') ? '&' : '?'}lang=${l.lang}`);
}

/** A step is done: nothing on the page is wrong for axe, no page error, no CSP violation. */
const clean = (b: Browsing) => expectClean(b.page, b.errors);

// ---------------------------------------------------------------- the journey

async function journey(l: Language): Promise<void> {
  const { strings: s, text } = l;
  const before = await api<Schema<'Mentor'>>('GET', `/v1/mentors/${mentorId}`);
  assert.ok(before.acceptingRequests && before.capacity.open >= 1, `${mentor.name} takes a request: ${JSON.stringify(before.capacity)}`);

  // The mentee finds the mentor's card and requests through its dialog.
  let mentee = await signedIn(l.mentee, l);
  await open(mentee, `/?mentor=${mentorId}`, l);
  const requestButton = mentee.page.getByRole('button', { name: s.requestMentorshipWith({ name: mentor.name }) });
  await requestButton.waitFor();
  await clean(mentee);
  await press(mentee.page, requestButton);
  const dialog = mentee.page.getByRole('dialog', { name: s.requestTitle({ name: mentor.name }) });
  await dialog.waitFor();
  await typeInto(mentee.page, dialog.getByRole('textbox', { name: s.requestGoal }), text.goal);
  await tabTo(mentee.page, dialog.getByRole('combobox', { name: s.requestCadence }));
  await mentee.page.keyboard.press('ArrowUp'); // every two weeks → weekly
  assert.equal(await dialog.getByRole('combobox', { name: s.requestCadence }).inputValue(), 'weekly');
  await typeInto(mentee.page, dialog.getByRole('spinbutton', { name: s.requestTerm }), '16');
  await typeInto(mentee.page, dialog.getByRole('textbox', { name: s.requestMessage }), text.message);
  const confidence = dialog.getByRole('group', { name: s.requestConfidence });
  await chooseRadio(mentee.page, confidence.getByRole('radio'), confidence.getByRole('radio', { name: '2', exact: true }));
  await clean(mentee);
  await press(mentee.page, dialog.getByRole('button', { name: s.requestSend }));
  await dialog.waitFor({ state: 'hidden' });
  // The card now says where the mentee stands, and the focus is on its link.
  const roomLink = mentee.page.getByRole('link', { name: s.viewRequestTo({ name: mentor.name }) });
  await roomLink.waitFor();
  await assertEventually(() => hasFocus(roomLink), 'the focus moved to the new room link');
  const roomId = /\/rooms\/(room_\w+)/.exec((await roomLink.getAttribute('href')) ?? '')?.[1];
  assert.ok(roomId, 'the card links to the new room');
  await clean(mentee);

  // The mentor sees the request in their room list and accepts it.
  const mentorB = await signedIn(mentor, l);
  await open(mentorB, '/rooms', l);
  const request = mentorB.page.getByRole('group', { name: s.roomListActionsFor({ name: l.mentee.name }) });
  await request.waitFor();
  await clean(mentorB);
  await press(mentorB.page, request.getByRole('button', { name: s.roomListAccept }));
  await request.waitFor({ state: 'detached' });
  // Into the room, by its link in the list.
  await press(mentorB.page, mentorB.page.getByRole('link', { name: l.mentee.name }));
  await mentorB.page.waitForURL(`**/rooms/${roomId}?lang=${l.lang}`);
  const mentorRoom = mentorB.page.locator('menteo-room-widget');
  await mentorRoom.getByText(s.roomStatus_active).first().waitFor();
  await clean(mentorB);

  // The mentor proposes the agreement.
  await press(mentorB.page, mentorRoom.getByRole('button', { name: s.roomAgreementPropose }));
  await typeInto(mentorB.page, mentorRoom.getByRole('textbox', { name: s.roomAgreementDraft }), text.agreement);
  await press(mentorB.page, mentorRoom.getByRole('button', { name: s.roomAgreementSend, exact: true }));
  await mentorRoom.getByText(s.roomAwaiting({ name: l.mentee.name })).waitFor();
  await clean(mentorB);

  // The mentee opens the room from their room list (the card says "Your mentor · open" now) and accepts the agreement.
  await open(mentee, '/rooms', l);
  await mentee.page.getByRole('link', { name: mentor.name }).waitFor();
  await clean(mentee);
  await press(mentee.page, mentee.page.getByRole('link', { name: mentor.name }));
  await mentee.page.waitForURL(`**/rooms/${roomId}?lang=${l.lang}`);
  const menteeRoom = mentee.page.locator('menteo-room-widget');
  await press(mentee.page, menteeRoom.getByRole('button', { name: s.roomAgreementAccept }));
  await menteeRoom.locator('[part~="signoff-awaiting"]').waitFor({ state: 'detached' });
  assert.equal(await menteeRoom.locator('[part~="signoff-signed"]').count(), 2, 'both signed the agreement');
  await clean(mentee);

  // A goal: its title, then its success criteria and target date, then progress.
  await typeInto(mentee.page, menteeRoom.getByRole('textbox', { name: s.roomGoalNew }), text.goalTitle);
  await mentee.page.keyboard.press('Enter');
  const goalForm = menteeRoom.getByRole('form', { name: s.roomGoalEdit({ title: text.goalTitle }) });
  await press(mentee.page, menteeRoom.getByRole('button', { name: s.roomGoalEdit({ title: text.goalTitle }) }));
  await typeInto(mentee.page, goalForm.getByRole('textbox', { name: s.roomGoalCriteriaLabel }), text.criteria);
  const target = await api<Schema<'Room'>>('GET', `/v1/rooms/${roomId}`, undefined, l.mentee);
  const targetDate = new Date(Date.parse(target.createdAt) + 60 * 86_400_000).toISOString().slice(0, 10);
  await tabTo(mentee.page, goalForm.getByLabel(s.roomGoalTargetLabel));
  const [year = '', month = '', day = ''] = targetDate.split('-');
  // Chromium orders a date field's parts by its own interface language (en-US here: month, day,
  // year), not by the context's locale or the page's lang; the value is checked right after.
  await mentee.page.keyboard.type(`${month}${day}${year}`);
  assert.equal(await goalForm.getByLabel(s.roomGoalTargetLabel).inputValue(), targetDate);
  await press(mentee.page, goalForm.getByRole('button', { name: s.roomGoalSave }));
  await menteeRoom.getByText(s.roomGoalCriteria({ criteria: text.criteria })).waitFor();
  await press(mentee.page, menteeRoom.getByRole('button', { name: s.roomGoalAdd10({ title: text.goalTitle }) }));
  await mentee.page.keyboard.press('Enter');
  const progress = menteeRoom.getByRole('progressbar', { name: s.roomGoalProgress({ title: text.goalTitle }) });
  await assertEventually(async () => (await progress.getAttribute('aria-valuenow')) === '20', 'the goal’s progress moved to 20%');
  // The bar moves at once (optimistic); the API has it once the second change is answered.
  const goalFacts = async () =>
    (await api<Schema<'GoalList'>>('GET', `/v1/rooms/${roomId}/goals`, undefined, l.mentee)).data.map((g) => [
      g.title,
      g.successCriteria,
      g.targetDate,
      g.progress,
    ]);
  await assertEventually(async () => (await goalFacts())[0]?.[3] === 20, 'the API has the goal at 20%');
  assert.deepEqual(await goalFacts(), [[text.goalTitle, text.criteria, targetDate, 20]]);
  await clean(mentee);

  // The mentee books a session from the mentor's open times.
  await press(mentee.page, menteeRoom.getByRole('button', { name: s.roomBook }));
  const booking = menteeRoom.locator('[part~="booking"]');
  // The panel takes the focus on its heading; the open times come next.
  await assertEventually(() => hasFocus(booking.getByRole('heading', { name: s.roomBookTitle })), 'the booking panel has the focus');
  const slots = booking.locator('[part~="slots"]');
  // Any open time will do: the one the Tab lands on, checked with Space.
  await tabTo(mentee.page, slots.getByRole('radio'));
  await mentee.page.keyboard.press('Space');
  await assertEventually(async () => (await slots.locator('input:checked').count()) === 1, 'a time is picked');
  await typeInto(mentee.page, booking.getByRole('textbox', { name: s.roomAgenda }), text.agenda);
  await clean(mentee);
  await press(mentee.page, booking.getByRole('button', { name: s.roomBookSubmit }));
  await booking.waitFor({ state: 'detached' });
  const sessions = await api<Schema<'SessionList'>>('GET', `/v1/rooms/${roomId}/sessions`, undefined, l.mentee);
  assert.equal(sessions.data.length, 1);
  const session = sessions.data[0]!;
  assert.equal(session.agenda, text.agenda);
  await clean(mentee);

  // The mentor accepts the time and writes notes; the mentee adds to them.
  await mentorB.page.reload();
  await press(mentorB.page, mentorRoom.getByRole('button', { name: s.roomSessionAccept }));
  await mentorRoom.getByText(s.roomSessionStatus_accepted).first().waitFor();
  await press(mentorB.page, mentorRoom.getByRole('button', { name: s.roomSessionEdit }));
  await typeInto(mentorB.page, mentorRoom.getByRole('textbox', { name: s.roomNotesLabel }), text.mentorNotes);
  await press(mentorB.page, mentorRoom.getByRole('button', { name: s.roomSessionSave }));
  await mentorRoom.getByText(text.mentorNotes).waitFor();
  await clean(mentorB);

  await mentee.page.reload();
  await press(mentee.page, menteeRoom.getByRole('button', { name: s.roomSessionEdit }));
  const notes = menteeRoom.getByRole('textbox', { name: s.roomNotesLabel });
  await tabTo(mentee.page, notes);
  await mentee.page.keyboard.press('ControlOrMeta+End');
  await mentee.page.keyboard.type(`\n${text.menteeNotes}`);
  await press(mentee.page, menteeRoom.getByRole('button', { name: s.roomSessionSave }));
  await menteeRoom.getByText(text.menteeNotes).waitFor();
  await clean(mentee);

  // They meet; the sandbox's clock moves past the session's end, and the pages follow it.
  await moveSandboxClock(new Date(Date.parse(session.endsAt) + 5 * 60_000).toISOString());
  await mentee.context.close();
  await mentorB.context.close();
  const mentorAfter = await signedIn(mentor, l);
  await open(mentorAfter, `/rooms/${roomId}`, l);
  const pageNow = await mentorAfter.page.evaluate(() => Date.now());
  assert.ok(Math.abs(pageNow - (Date.now() + clockOffsetMs)) < 5_000, 'the page reads the moved clock');
  const endedRoom = mentorAfter.page.locator('menteo-room-widget');
  await endedRoom.getByText(s.roomSessionHowDidItGo).waitFor();
  await clean(mentorAfter);
  await press(mentorAfter.page, endedRoom.getByRole('button', { name: s.roomSessionComplete, exact: true }));
  await endedRoom.getByRole('group', { name: s.roomHelpFitQuestion }).waitFor();
  await assertEventually(
    async () => (await api<Schema<'Mentor'>>('GET', `/v1/mentors/${mentorId}`)).stats.sessionsCompleted === before.stats.sessionsCompleted + 1,
    'completing the session moved sessionsCompleted',
  );
  await clean(mentorAfter);

  // The mentor completes the room (a confirmation first), then reviews it.
  await press(mentorAfter.page, endedRoom.getByRole('group', { name: s.roomActions }).getByRole('button', { name: s.roomAction_complete }));
  const confirm = endedRoom.getByRole('dialog');
  await confirm.waitFor();
  await clean(mentorAfter);
  await press(mentorAfter.page, confirm.getByRole('button', { name: s.roomAction_complete }));
  await endedRoom.locator('[part~="status-completed"]').getByText(s.roomStatus_completed).waitFor();
  const mentorReview = endedRoom.locator('[part~="review-form"]');
  await mentorReview.waitFor();
  await clean(mentorAfter);
  await review(mentorAfter.page, mentorReview, l, 5, s.roomOutcome_partly_achieved, undefined);
  await endedRoom.locator('[part~="review-item"]').first().waitFor();
  await clean(mentorAfter);

  // The mentee reviews too, with how confident they are now.
  mentee = await signedIn(l.mentee, l);
  await open(mentee, `/rooms/${roomId}`, l);
  const menteeReview = mentee.page.locator('menteo-room-widget [part~="review-form"]');
  await menteeReview.waitFor();
  await clean(mentee);
  await review(mentee.page, menteeReview, l, 4, s.roomOutcome_achieved, s.roomSelfEfficacy_4);
  await mentee.page
    .locator('menteo-room-widget')
    .getByText(s.roomConfidence({ start: 2, end: 4 }))
    .waitFor();
  await clean(mentee);

  // The mentee's review reaches the mentor's reviews and the card's counts.
  const reviews = await api<Schema<'ReviewList'>>('GET', `/v1/mentors/${mentorId}/reviews?limit=5`);
  assert.ok(
    reviews.data.some((rv) => rv.body === text.review && rv.rating === 4),
    `the review is among the mentor's: ${JSON.stringify(reviews.data.map((rv) => rv.body))}`,
  );
  const now = await api<Schema<'Mentor'>>('GET', `/v1/mentors/${mentorId}`);
  assert.equal(now.stats.reviewCount, before.stats.reviewCount + 1);
  await open(mentee, `/?mentor=${mentorId}`, l);
  const number = (n: number, digits?: number) =>
    new Intl.NumberFormat(l.lang, digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  const cardEl = mentee.page.locator('menteo-mentor-card');
  await cardEl.getByText(s.rating({ rating: number(now.stats.ratingAvg ?? 0, 1), count: before.stats.reviewCount + 1 })).waitFor();
  await cardEl.getByText(s.sessions({ count: before.stats.sessionsCompleted + 1, formatted: number(before.stats.sessionsCompleted + 1) })).waitFor();
  await clean(mentee);
  await mentee.context.close();
  await mentorAfter.context.close();
}

/** Fills a review form by keyboard: stars, text, the goal's outcome, the mentee's confidence; sends it. */
async function review(
  page: Page,
  form: ReturnType<Page['locator']>,
  l: Language,
  stars: number,
  outcome: string,
  confidence: string | undefined,
): Promise<void> {
  const s = l.strings;
  const rating = form.getByRole('group', { name: s.roomRatingLabel });
  await chooseRadio(page, rating.getByRole('radio'), rating.getByRole('radio', { name: s.roomStars({ rating: stars }) }));
  await typeInto(page, form.getByRole('textbox', { name: s.roomReviewBody }), l.text.review);
  const outcomes = form.getByRole('group', { name: s.roomOutcomeOf({ title: l.text.goalTitle }) });
  await chooseRadio(page, outcomes.getByRole('radio'), outcomes.getByRole('radio', { name: outcome, exact: true }));
  if (confidence) {
    const scale = form.getByRole('group', { name: s.roomSelfEfficacy });
    await chooseRadio(page, scale.getByRole('radio'), scale.getByRole('radio', { name: confidence, exact: true }));
  }
  await press(page, form.getByRole('button', { name: s.roomReviewSend }));
  await form.waitFor({ state: 'detached' });
}

/** Waits until `check` holds (a page catching up with the API), failing with `what`. */
async function assertEventually(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) assert.fail(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// `JOURNEY_LANGS=en` runs only the languages named: the date runs (test/dates/run.ts) walk the
// journey in English only, since the Spanish one differs in its words, not in its dates.
const chosen = process.env.JOURNEY_LANGS?.split(',');

describe('the mentorship journey in the elements, by keyboard (#11)', () => {
  for (const language of languages.filter((l) => !chosen || chosen.includes(l.lang))) {
    it(`${language.lang}: request, accept, agree, goals, book, notes, complete, review, and the review reaches the mentor`, async () => {
      await journey(language);
    });
  }
});
