import type { CuratedResource } from './types.js';

/**
 * A book, linked to an Open Library search for its title and author: a stable,
 * vendor-neutral page that lists every edition.
 */
export function book(title: string, author: string): CuratedResource {
  const query = new URLSearchParams({ q: `${title} ${author}` });
  return { kind: 'book', title: `${title}, by ${author}`, url: `https://openlibrary.org/search?${query.toString()}` };
}

/** A hands-on exercise from Menteo's exercise library. */
export function exercise(slug: string, title: string): CuratedResource {
  return { kind: 'exercise', title, url: `https://menteo.dev/exercises/${slug}` };
}

/** An article, essay or guide on the web. */
export function article(title: string, url: string): CuratedResource {
  return { kind: 'article', title, url };
}

/** A recorded talk. */
export function video(title: string, url: string): CuratedResource {
  return { kind: 'video', title, url };
}

/** A structured course (free unless its page says otherwise). */
export function course(title: string, url: string): CuratedResource {
  return { kind: 'course', title, url };
}

/** Resources several roadmaps point to, defined once so their titles and links never drift apart. */
export const shared = {
  bragDocument: article('Get your work recognized: write a brag document (Julia Evans)', 'https://jvns.ca/blog/brag-documents/'),
  beingGlue: article('Being Glue (Tanya Reilly)', 'https://noidea.dog/glue'),
  engineerManagerPendulum: article(
    'The Engineer/Manager Pendulum (Charity Majors)',
    'https://charity.wtf/2017/05/11/the-engineer-manager-pendulum/',
  ),
  makersSchedule: article("Maker's Schedule, Manager's Schedule (Paul Graham)", 'https://paulgraham.com/makersschedule.html'),
  firstOneOnOneQuestions: article('Questions for our first 1:1 (Lara Hogan)', 'https://larahogan.me/blog/first-one-on-one-questions/'),
  updateVentDisaster: article(
    'The Update, the Vent, and the Disaster (Michael Lopp, Rands in Repose)',
    'https://randsinrepose.com/archives/the-update-the-vent-and-the-disaster/',
  ),
  managerVoltron: article('Manager Voltron (Lara Hogan)', 'https://larahogan.me/blog/manager-voltron/'),
  designDocsAtGoogle: article('Design Docs at Google (Malte Ubl)', 'https://www.industrialempathy.com/posts/design-docs-at-google/'),
  goodStrategyIsBoring: article('Good engineering strategy is boring (Will Larson)', 'https://lethain.com/good-engineering-strategy-is-boring/'),
  postmortemCulture: article(
    'Postmortem Culture: Learning from Failure (Site Reliability Engineering, Google)',
    'https://sre.google/sre-book/postmortem-culture/',
  ),
  codeReviewGuide: article("Google's code review developer guide", 'https://google.github.io/eng-practices/review/'),
  conventionalComments: article('Conventional Comments', 'https://conventionalcomments.org/'),
  teamEffectiveness: article(
    'Guide: Understand team effectiveness (Google re:Work)',
    'https://rework.withgoogle.com/guides/understanding-team-effectiveness/',
  ),
  progressionFrameworks: article('Progression frameworks, a public collection (progression.fyi)', 'https://progression.fyi/'),
  googleTechWriting: course('Technical Writing courses (Google for Developers)', 'https://developers.google.com/tech-writing'),
  shapeUp: { kind: 'book', title: 'Shape Up, by Ryan Singer (free online)', url: 'https://basecamp.com/shapeup' },
  whatMatters: article('What Matters: an introduction to OKRs', 'https://www.whatmatters.com/'),
  testWithFiveUsers: article(
    'Why You Only Need to Test with 5 Users (Nielsen Norman Group)',
    'https://www.nngroup.com/articles/why-you-only-need-to-test-with-5-users/',
  ),
  managersPath: book("The Manager's Path", 'Camille Fournier'),
  makingOfAManager: book('The Making of a Manager', 'Julie Zhuo'),
  radicalCandor: book('Radical Candor', 'Kim Scott'),
  crucialConversations: book('Crucial Conversations', 'Kerry Patterson, Joseph Grenny, Ron McMillan and Al Switzler'),
  firstNinetyDays: book('The First 90 Days', 'Michael D. Watkins'),
  teamTopologies: book('Team Topologies', 'Matthew Skelton and Manuel Pais'),
  thanksForTheFeedback: book('Thanks for the Feedback', 'Douglas Stone and Sheila Heen'),
  storytellingWithData: book('Storytelling with Data', 'Cole Nussbaumer Knaflic'),
  resonate: book('Resonate', 'Nancy Duarte'),
  justEnoughResearch: book('Just Enough Research', 'Erika Hall'),
  hardConversationPrep: exercise('hard-conversation-prep', 'Hard-conversation prep sheet'),
  oneOnOneNotes: exercise('one-on-one-notes', 'Shared 1:1 running-notes template'),
  changeAnnouncement: exercise('change-announcement', 'Change announcement template'),
  skipLevelGuide: exercise('skip-level-guide', 'Skip-level meeting guide'),
} satisfies Record<string, CuratedResource>;
