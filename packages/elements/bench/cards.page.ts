// Runs in the bench page: renders 1,000 mentor cards from data already loaded with
// <menteo-mentor-card> and as the same markup built with plain DOM calls (same text, same Intl
// formatting), and times each to layout. Two plain twins:
// - fair: what a hand-written component would do — its Intl formatters made once for the page,
//   each card in a shadow root adopting the card's own stylesheet. The budget is against this one.
// - naive: six Intl formatters made per card, the card's CSS as one page stylesheet — the old
//   baseline, printed for comparison (it flattered the ratio: formatters cost more than Lit).
import type { Mentor } from '@menteo/sdk';
import { MenteoMentorCard } from '../src/mentor-card/mentor-card.js';

MenteoMentorCard.define('menteo-mentor-card');

const stage = document.querySelector<HTMLElement>('#stage')!;

/** The Intl formatters a card uses (the local-time one needs the mentor's zone). */
function makeFormatters() {
  const zoned = new Map<string, Intl.DateTimeFormat>();
  return {
    number: new Intl.NumberFormat('en'),
    rating: new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    languages: new Intl.DisplayNames('en', { type: 'language' }),
    list: new Intl.ListFormat('en', { type: 'conjunction' }),
    next: new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }),
    localTime: (timeZone: string) => {
      let format = zoned.get(timeZone);
      if (!format) {
        format = new Intl.DateTimeFormat('en', { timeStyle: 'short', timeZone });
        zoned.set(timeZone, format);
      }
      return format;
    },
  };
}
type Formatters = ReturnType<typeof makeFormatters>;

/** Made per card, as the naive twin does: the zone's formatter too. */
const freshFormatters = (): Formatters => {
  const made = makeFormatters();
  return { ...made, localTime: (timeZone) => new Intl.DateTimeFormat('en', { timeStyle: 'short', timeZone }) };
};
const pageFormatters = makeFormatters();

/** The plain-DOM twin of the full card, its content in `into`. */
function plainCard(m: Mentor, f: Formatters, host: HTMLElement, into: HTMLElement | ShadowRoot): HTMLElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, part?: string, text?: string) => {
    const node = document.createElement(tag);
    if (part) node.setAttribute('part', part);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const base = into.appendChild(el('article', 'base'));
  const header = base.appendChild(el('div'));
  header.className = 'header';
  const avatar = header.appendChild(el('div', 'avatar'));
  avatar.appendChild(
    el(
      'span',
      undefined,
      m.name
        .split(/\s+/)
        .map((w) => w[0])
        .slice(0, 2)
        .join('')
        .toUpperCase(),
    ),
  );
  const who = header.appendChild(el('div'));
  who.className = 'who';
  who.appendChild(el('p', 'name', m.name)).setAttribute('role', 'heading');
  who.appendChild(el('p', 'title', `${m.title} at ${m.company}`));
  base.appendChild(el('p', 'headline', m.headline));
  const skills = base.appendChild(el('ul', 'skills'));
  for (const skill of m.skills.slice(0, 6)) skills.appendChild(el('li', 'skill', skill.replace(/-/g, ' ')));
  const badges = base.appendChild(el('ul', 'badges'));
  for (const need of m.helpsWith) badges.appendChild(el('li', 'badge', need));
  badges.appendChild(el('li', 'badge', m.mentoringStyle));
  const meta = base.appendChild(el('div', 'meta'));
  const { ratingAvg, reviewCount, sessionsCompleted } = m.stats;
  meta.appendChild(el('div', undefined, ratingAvg === null ? 'No reviews yet' : `Rated ${f.rating.format(ratingAvg)} out of 5 from ${reviewCount} reviews`));
  meta.appendChild(el('div', undefined, `${f.number.format(sessionsCompleted)} sessions`));
  meta.appendChild(el('div', undefined, `Speaks ${f.list.format(m.languages.map((t) => f.languages.of(t) ?? t))}`));
  meta.appendChild(el('div', undefined, `${f.localTime(m.timezone).format(new Date())} local time`));
  meta.appendChild(el('div', undefined, m.nextAvailableAt ? `Next available ${f.next.format(new Date(m.nextAvailableAt))}` : 'No open slots'));
  const button = base.appendChild(el('button', 'request-button', 'Request mentorship'));
  button.type = 'button';
  button.addEventListener('click', () =>
    host.dispatchEvent(new CustomEvent('menteo-request-mentorship', { bubbles: true, composed: true, detail: { mentorId: m.id } })),
  );
  return host;
}

const cardCss = (MenteoMentorCard.styles as { cssText: string }[]).map((s) => s.cssText).join('\n');

// The naive twin: the card's stylesheet on the page, `:host` becoming its wrapper's class.
const pageSheet = new CSSStyleSheet();
pageSheet.replaceSync(cardCss.replaceAll(':host', '.plain-card'));
document.adoptedStyleSheets = [pageSheet];

// The fair twin: the card's stylesheet, as is, adopted by each card's shadow root (as Lit does).
const shadowSheet = new CSSStyleSheet();
shadowSheet.replaceSync(cardCss);

/** The naive twin: formatters per card, light DOM. */
function naiveCard(m: Mentor): HTMLElement {
  const host = document.createElement('div');
  host.className = 'plain-card';
  return plainCard(m, freshFormatters(), host, host);
}

/** The fair twin: the page's formatters, a shadow root with the card's adopted stylesheet. */
function fairCard(m: Mentor): HTMLElement {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [shadowSheet];
  return plainCard(m, pageFormatters, host, root);
}

async function timeLit(mentors: Mentor[]): Promise<number> {
  stage.replaceChildren();
  const started = performance.now();
  const fragment = document.createDocumentFragment();
  const cards = mentors.map((m) => {
    const card = document.createElement('menteo-mentor-card');
    card.mentor = m;
    fragment.append(card);
    return card;
  });
  stage.append(fragment);
  await Promise.all(cards.map((c) => c.updateComplete));
  void stage.offsetHeight; // layout
  return performance.now() - started;
}

function timePlain(mentors: Mentor[], make: (m: Mentor) => HTMLElement): number {
  stage.replaceChildren();
  const started = performance.now();
  const fragment = document.createDocumentFragment();
  for (const m of mentors) fragment.append(make(m));
  stage.append(fragment);
  void stage.offsetHeight; // layout
  return performance.now() - started;
}

/** Alternating runs after a warm-up; the medians. */
(window as unknown as { runBench: (mentors: Mentor[], runs: number) => Promise<unknown> }).runBench = async (mentors, runs) => {
  await timeLit(mentors.slice(0, 50));
  timePlain(mentors.slice(0, 50), fairCard);
  timePlain(mentors.slice(0, 50), naiveCard);
  const lit: number[] = [];
  const fair: number[] = [];
  const naive: number[] = [];
  const settle = () => new Promise((r) => setTimeout(r, 50));
  for (let i = 0; i < runs; i++) {
    lit.push(await timeLit(mentors));
    await settle();
    fair.push(timePlain(mentors, fairCard));
    await settle();
    naive.push(timePlain(mentors, naiveCard));
    await settle();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { lit, fair, naive, litMedian: median(lit), fairMedian: median(fair), naiveMedian: median(naive) };
};
