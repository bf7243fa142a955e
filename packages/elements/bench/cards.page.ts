// Runs in the bench page: renders 1,000 mentor cards from data already loaded with
// <menteo-mentor-card> and with plain DOM calls (same Intl formatting), and times each to layout.
// Three plain twins:
// - fair: what a hand-written component would do — the card's markup (photo when the URL is safe,
//   initials otherwise, the same parts, aria attributes and strings), its Intl formatters made
//   once for the page, each card in a shadow root adopting the card's own stylesheet. The budget
//   is against this one.
// - thin: the earlier "fair" twin: formatters once and a shadow root too, but initials instead of
//   every photo, no aria attributes, raw tags as text. Printed for comparison with older figures.
// - naive: the thin markup with six Intl formatters made per card, the card's CSS as one page
//   stylesheet — the old baseline (it flattered the ratio: formatters cost more than Lit).
import type { Mentor } from '@menteo/sdk';
import { initials } from '../src/internal/initials.js';
import { safeImageUrl } from '../src/internal/safe-url.js';
import { tagLabel } from '../src/internal/tag-label.js';
import { MenteoMentorCard } from '../src/mentor-card/mentor-card.js';
import { en } from '../src/mentor-card/mentor-card.strings.js';

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

/** The thin plain-DOM twin of the full card (no photo, no aria attributes), its content in `into`. */
function thinCard(m: Mentor, f: Formatters, host: HTMLElement, into: HTMLElement | ShadowRoot): HTMLElement {
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

/** A new element with these attributes, and its text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The plain-DOM twin of the full card as the element renders it (mentor given, no room), its content in `into`. */
function sameMarkupCard(m: Mentor, f: Formatters, host: HTMLElement, into: ShadowRoot): HTMLElement {
  const base = into.appendChild(element('article', { part: 'base', dir: 'ltr', 'aria-busy': 'false' }));
  const header = base.appendChild(element('div', { class: 'header' }));
  const avatar = header.appendChild(element('div', { part: 'avatar' }));
  const showInitials = () => avatar.replaceChildren(element('span', { 'aria-hidden': 'true' }, initials(m.name)));
  const photo = safeImageUrl(m.avatarUrl);
  if (photo) {
    const img = avatar.appendChild(element('img', { loading: 'lazy', src: photo, alt: en.avatarOf({ name: m.name }) }));
    img.addEventListener('error', showInitials);
  } else {
    showInitials();
  }
  const who = header.appendChild(element('div', { class: 'who' }));
  // No profile-href on the bench's cards: the name is a button that asks the page to open the profile.
  const name = who.appendChild(element('p', { part: 'name', role: 'heading', dir: 'auto', 'aria-level': '3' }));
  const nameLink = name.appendChild(element('button', { part: 'name-link', type: 'button' }, m.name));
  nameLink.addEventListener('click', () =>
    host.dispatchEvent(new CustomEvent('menteo-mentor-open', { bubbles: true, composed: true, cancelable: true, detail: { mentorId: m.id } })),
  );
  who.appendChild(element('p', { part: 'title' }, en.titleAtCompany({ title: m.title, company: m.company })));
  const free = m.offerings.some((offering) => offering.priceModel === 'free');
  if (free || m.organization) {
    const flags = who.appendChild(element('ul', { part: 'flags' }));
    if (free) flags.appendChild(element('li', { part: 'flag free' }, en.free));
    if (m.organization) flags.appendChild(element('li', { part: 'flag internal', dir: 'auto' }, en.internal({ organization: m.organization.name })));
  }
  base.appendChild(element('p', { part: 'headline', dir: 'auto' }, m.headline));
  if (m.skills.length) {
    const skills = base.appendChild(element('ul', { part: 'skills', 'aria-label': en.skills }));
    for (const skill of m.skills.slice(0, 6)) skills.appendChild(element('li', { part: 'skill' }, tagLabel(skill)));
  }
  const badges = base.appendChild(element('ul', { part: 'badges', 'aria-label': en.helpsWith }));
  for (const need of m.helpsWith) badges.appendChild(element('li', { part: 'badge' }, en[`need_${need}`]));
  badges.appendChild(element('li', { part: 'badge' }, en[`style_${m.mentoringStyle}`]));
  const meta = base.appendChild(element('div', { part: 'meta' }));
  const { ratingAvg, reviewCount, sessionsCompleted } = m.stats;
  // Each line in a <bdi>, as the card's (its own words' direction on a right-to-left page).
  const line = (text: string) => meta.appendChild(element('div')).appendChild(element('bdi', {}, text));
  if (ratingAvg === null) line(en.noReviews);
  else
    meta
      .appendChild(element('div'))
      .append(
        element('span', { class: 'star', 'aria-hidden': 'true' }, '★'),
        element('bdi', {}, en.rating({ rating: f.rating.format(ratingAvg), count: reviewCount })),
      );
  line(en.sessions({ count: sessionsCompleted, formatted: f.number.format(sessionsCompleted) }));
  line(en.speaks({ list: f.list.format(m.languages.map((t) => f.languages.of(t) ?? t)) }));
  line(en.localTime({ time: f.localTime(m.timezone).format(new Date()) }));
  line(m.nextAvailableAt ? en.nextAvailable({ when: f.next.format(new Date(m.nextAvailableAt)) }) : en.noAvailability);
  const accepting = m.acceptingRequests && m.capacity.open > 0;
  const button = base.appendChild(element('button', { part: 'request-button', type: 'button' }, accepting ? en.requestMentorship : en.notAccepting));
  if (accepting) button.setAttribute('aria-label', en.requestMentorshipWith({ name: m.name }));
  else button.disabled = true;
  button.addEventListener('click', () =>
    host.dispatchEvent(new CustomEvent('menteo-request-mentorship', { bubbles: true, composed: true, cancelable: true, detail: { mentorId: m.id } })),
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
  return thinCard(m, freshFormatters(), host, host);
}

/** The fair twin: the card's markup, the page's formatters, a shadow root with the card's adopted stylesheet. */
function fairCard(m: Mentor): HTMLElement {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [shadowSheet];
  return sameMarkupCard(m, pageFormatters, host, root);
}

/** The thin twin: as fair, with the thin markup. */
function thinShadowCard(m: Mentor): HTMLElement {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [shadowSheet];
  return thinCard(m, pageFormatters, host, root);
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

/** An element's tree as text, comments and whitespace-only text aside (Lit's markers and template indentation). */
function shape(node: Node): string {
  if (node.nodeType === Node.COMMENT_NODE) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent?.trim() ? JSON.stringify(node.textContent.trim()) : '';
  const children = [...node.childNodes].map(shape).filter(Boolean).join(',');
  if (!(node instanceof Element)) return `[${children}]`;
  const attributes = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
  return `<${[node.localName, ...attributes].join(' ')}>[${children}]`;
}

/**
 * The fair twin's markup checked against the card's shadow DOM, node for node, for every mentor:
 * how many match, and the first that does not (card, then twin). A twin that builds less than the
 * card would flatter the card's ratio the other way round.
 */
(window as unknown as { checkMarkup: (mentors: Mentor[]) => Promise<unknown> }).checkMarkup = async (mentors) => {
  let same = 0;
  let first: [string, string] | undefined;
  for (const m of mentors) {
    stage.replaceChildren();
    const card = document.createElement('menteo-mentor-card');
    card.mentor = m;
    stage.append(card);
    await card.updateComplete;
    const [lit, twin] = [shape(card.shadowRoot!), shape(fairCard(m).shadowRoot!)];
    if (lit === twin) same++;
    else first ??= [lit, twin];
  }
  stage.replaceChildren();
  return { same, first };
};

/** Alternating runs after a warm-up; the medians. */
(window as unknown as { runBench: (mentors: Mentor[], runs: number) => Promise<unknown> }).runBench = async (mentors, runs) => {
  const twins = { fair: fairCard, thin: thinShadowCard, naive: naiveCard };
  await timeLit(mentors.slice(0, 50));
  for (const make of Object.values(twins)) timePlain(mentors.slice(0, 50), make);
  const times: Record<'lit' | keyof typeof twins, number[]> = { lit: [], fair: [], thin: [], naive: [] };
  const settle = () => new Promise((r) => setTimeout(r, 50));
  for (let i = 0; i < runs; i++) {
    times.lit.push(await timeLit(mentors));
    await settle();
    for (const [name, make] of Object.entries(twins) as [keyof typeof twins, (m: Mentor) => HTMLElement][]) {
      times[name].push(timePlain(mentors, make));
      await settle();
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return Object.fromEntries(Object.entries(times).map(([name, xs]) => [name, { runs: xs, median: median(xs) }]));
};
