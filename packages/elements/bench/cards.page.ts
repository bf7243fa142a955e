// Runs in the bench page: renders 1,000 mentor cards from data already loaded, once with
// <menteo-mentor-card> and once as the same markup built with plain DOM calls (same text,
// same Intl formatting, the card's own CSS as a page stylesheet), and times both to layout.
import type { Mentor } from '@menteo/sdk';
import { MenteoMentorCard } from '../src/mentor-card/mentor-card.js';

MenteoMentorCard.define('menteo-mentor-card');

const stage = document.querySelector<HTMLElement>('#stage')!;

/** The plain-DOM twin of the full card. */
function plainCard(m: Mentor): HTMLElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, part?: string, text?: string) => {
    const node = document.createElement(tag);
    if (part) node.setAttribute('part', part);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const number = new Intl.NumberFormat('en');
  const rating = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const languages = new Intl.DisplayNames('en', { type: 'language' });
  const list = new Intl.ListFormat('en', { type: 'conjunction' });
  const host = el('div');
  host.className = 'plain-card';
  const base = host.appendChild(el('article', 'base'));
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
  meta.appendChild(el('div', undefined, ratingAvg === null ? 'No reviews yet' : `Rated ${rating.format(ratingAvg)} out of 5 from ${reviewCount} reviews`));
  meta.appendChild(el('div', undefined, `${number.format(sessionsCompleted)} sessions`));
  meta.appendChild(el('div', undefined, `Speaks ${list.format(m.languages.map((t) => languages.of(t) ?? t))}`));
  meta.appendChild(el('div', undefined, `${new Intl.DateTimeFormat('en', { timeStyle: 'short', timeZone: m.timezone }).format(new Date())} local time`));
  meta.appendChild(
    el(
      'div',
      undefined,
      m.nextAvailableAt
        ? `Next available ${new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(new Date(m.nextAvailableAt))}`
        : 'No open slots',
    ),
  );
  const button = base.appendChild(el('button', 'request-button', 'Request mentorship'));
  button.type = 'button';
  button.addEventListener('click', () =>
    host.dispatchEvent(new CustomEvent('menteo-request-mentorship', { bubbles: true, composed: true, detail: { mentorId: m.id } })),
  );
  return host;
}

// The card's stylesheet, applied to the plain twin: `:host` becomes the twin's wrapper class.
const sheet = new CSSStyleSheet();
sheet.replaceSync(
  (MenteoMentorCard.styles as { cssText: string }[])
    .map((s) => s.cssText)
    .join('\n')
    .replaceAll(':host', '.plain-card'),
);
document.adoptedStyleSheets = [sheet];

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

function timePlain(mentors: Mentor[]): number {
  stage.replaceChildren();
  const started = performance.now();
  const fragment = document.createDocumentFragment();
  for (const m of mentors) fragment.append(plainCard(m));
  stage.append(fragment);
  void stage.offsetHeight; // layout
  return performance.now() - started;
}

/** Alternating runs after a warm-up; the medians. */
(window as unknown as { runBench: (mentors: Mentor[], runs: number) => Promise<unknown> }).runBench = async (mentors, runs) => {
  await timeLit(mentors.slice(0, 50));
  timePlain(mentors.slice(0, 50));
  const lit: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < runs; i++) {
    lit.push(await timeLit(mentors));
    await new Promise((r) => setTimeout(r, 50));
    plain.push(timePlain(mentors));
    await new Promise((r) => setTimeout(r, 50));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { lit, plain, litMedian: median(lit), plainMedian: median(plain), nodes: stage.querySelectorAll('*').length };
};
