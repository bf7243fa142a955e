import { article, book, course, exercise, shared, video } from './resources.js';
import type { CuratedRoadmap } from './types.js';

/** Paths for growing a craft: frontend engineering, and speaking in front of an audience. */
export const craftAndCommunicationRoadmaps: CuratedRoadmap[] = [
  {
    slug: 'junior-to-mid-level-frontend-engineer',
    title: 'Junior to mid-level frontend engineer',
    summary: `The step from junior to mid-level is about **independence**: taking a feature from a vague ticket to
production without hand-holding, and leaving the code better than you found it. This path deepens your web
fundamentals, testing, accessibility and performance, and builds the habits reviewers notice.`,
    author: {
      name: 'Sofia Lindqvist',
      title: 'Staff Frontend Engineer, E-commerce',
      avatarUrl: 'https://cdn.menteo.dev/avatars/authors/sofia-lindqvist.jpg',
    },
    topics: ['frontend', 'web', 'career-growth'],
    level: 'beginner',
    steps: [
      {
        title: 'Strengthen your JavaScript fundamentals',
        summary: `Revisit **closures, the event loop, promises and modules** until you can explain each without notes.
Then write a small async utility, such as retry with exponential backoff, together with its tests.`,
        resources: [
          article('JavaScript Guide (MDN Web Docs)', 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide'),
          exercise('retry-with-backoff', 'Retry with exponential backoff'),
        ],
        estimatedHours: 15,
        optional: false,
      },
      {
        title: 'Write TypeScript that catches bugs',
        summary: `Turn on \`strict\` in a side project and fix every error without reaching for \`any\`. Learn **union
types, narrowing and generics**: the features that catch real bugs rather than decorate code.`,
        resources: [article('The TypeScript Handbook', 'https://www.typescriptlang.org/docs/handbook/intro.html')],
        estimatedHours: 12,
        optional: false,
      },
      {
        title: 'Master layout with modern CSS',
        summary: `Build three layouts (a card grid, a page with header, sidebar and footer, and a responsive form) using
**only flexbox and grid**. Check each at 320 pixels wide and with text zoomed to 200%.`,
        resources: [course('Learn CSS (web.dev)', 'https://web.dev/learn/css'), exercise('three-layouts', 'Three layouts, no framework')],
        estimatedHours: 12,
        optional: false,
      },
      {
        title: 'Think in components',
        summary: `Rebuild one screen of your product from its mockup: split it into components, decide **where each piece
of state lives**, and compare your result with the existing code. Discuss the differences with a senior
engineer.`,
        resources: [article('Thinking in React (react.dev)', 'https://react.dev/learn/thinking-in-react')],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Make accessibility a habit',
        summary: `Use your product **with only a keyboard, then with a screen reader**, for 30 minutes each, and file what
you find. Reach for semantic HTML first and ARIA second.`,
        resources: [
          article('Accessibility (MDN Web Docs)', 'https://developer.mozilla.org/en-US/docs/Web/Accessibility'),
          article('How to Meet WCAG: quick reference (W3C)', 'https://www.w3.org/WAI/WCAG22/quickref/'),
        ],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Test what users do',
        summary: `Write tests that use the UI **the way people do**, finding elements by role and label rather than by
class name. Add one integration test to a feature that has none.`,
        resources: [
          article('Write tests. Not too many. Mostly integration. (Kent C. Dodds)', 'https://kentcdodds.com/blog/write-tests'),
          article('Testing Library documentation', 'https://testing-library.com/docs/'),
        ],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Measure and improve performance',
        summary: `Measure your product's **Core Web Vitals** on a mid-range phone profile. Pick the worst metric, ship one
improvement, and write down the numbers before and after.`,
        resources: [article('Web Vitals (web.dev)', 'https://web.dev/articles/vitals')],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Own a feature end to end',
        summary: `Ask for a feature with **unclear requirements**. Clarify them in writing, break the work into small pull
requests, ship it behind a flag, and watch the errors after release.`,
        resources: [exercise('feature-breakdown', 'Break a feature into small pull requests')],
        estimatedHours: 30,
        optional: false,
      },
      {
        title: 'Give and receive code reviews',
        summary: `Review **two pull requests a day**, including senior engineers' code. Asking a question when you don't
understand something is a contribution, not a weakness. When your own code is reviewed, reply to every comment.`,
        resources: [shared.codeReviewGuide, shared.conventionalComments],
        estimatedHours: 10,
        optional: false,
      },
      {
        title: 'Debug production like a detective',
        summary: `Pick a real bug from your error tracker and **reproduce it before you fix it**. Write a short note:
symptom, root cause, fix, and how it could have been caught earlier.`,
        resources: [exercise('bug-write-up', 'Bug investigation write-up')],
        estimatedHours: 4,
        optional: true,
      },
      {
        title: 'Track your growth toward mid-level',
        summary: `Once a month, compare your work with your company's **career ladder** (or a public one) together with
your manager. Keep a brag document so your next review writes itself.`,
        resources: [shared.bragDocument, shared.progressionFrameworks],
        estimatedHours: 3,
        optional: false,
      },
    ],
  },
  {
    slug: 'finding-your-voice-public-speaking-for-engineers',
    title: 'Finding your voice: public speaking for engineers',
    summary: `Speaking well is a **learnable skill, not a personality trait**. This path takes you from a five-minute
demo at your team meeting to a conference proposal, one small repetition at a time, with practice techniques
that work for introverts too.`,
    author: {
      name: 'Kwame Asante',
      title: 'Head of Developer Relations, Cloud Databases',
      avatarUrl: 'https://cdn.menteo.dev/avatars/authors/kwame-asante.jpg',
    },
    topics: ['public-speaking', 'communication', 'personal-growth'],
    level: 'beginner',
    steps: [
      {
        title: 'Notice what good speakers do',
        summary: `Watch talks you admire and take notes on **structure, pace, pauses, and how they open**. Write down one
habit from each that you want to borrow.`,
        resources: [
          video(
            'How to speak so that people want to listen (Julian Treasure, TED)',
            'https://www.ted.com/talks/julian_treasure_how_to_speak_so_that_people_want_to_listen',
          ),
          video('How great leaders inspire action (Simon Sinek, TED)', 'https://www.ted.com/talks/simon_sinek_how_great_leaders_inspire_action'),
        ],
        estimatedHours: 2,
        optional: false,
      },
      {
        title: 'Give a five-minute demo at work',
        summary: `Volunteer for a **five-minute demo** at your team meeting: one point, one live example, one takeaway.
Ask a colleague for one thing that worked and one thing to change.`,
        resources: [exercise('five-minute-demo', 'Five-minute demo plan')],
        estimatedHours: 3,
        optional: false,
      },
      {
        title: 'Structure a talk around one idea',
        summary: `Write your talk's **big idea in one sentence**, then outline three supporting points with a story or an
example for each. If you cannot write that sentence yet, you do not have a talk yet.`,
        resources: [shared.resonate, article('speaking.io (Zach Holman)', 'https://speaking.io/')],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Rehearse out loud',
        summary: `Rehearse **out loud and standing up, at least five times**. Record the third run and watch it once. Much
of stage fright is simply under-rehearsal.`,
        resources: [exercise('record-and-review', 'Record-and-review rehearsal')],
        estimatedHours: 5,
        optional: false,
      },
      {
        title: 'Work with your nerves',
        summary: `Build a **pre-talk routine**: arrive early, check the room and the equipment, breathe slowly for two
minutes, and know your first two sentences by heart. Nervous energy is normal; the aim is to use it, not to get
rid of it.`,
        resources: [book('Confessions of a Public Speaker', 'Scott Berkun')],
        estimatedHours: 3,
        optional: false,
      },
      {
        title: 'Join a practice club',
        summary: `Join a **Toastmasters club** or an internal speaking guild and give four short speeches in two months.
Frequent low-stakes practice beats one big talk a year.`,
        resources: [article('Toastmasters International', 'https://www.toastmasters.org/')],
        estimatedHours: 12,
        optional: true,
      },
      {
        title: 'Speak at a meetup',
        summary: `Give a **20-minute talk at a local meetup** or your company's internal tech talk series. Meetup organizers
are always looking for speakers, and asking for a first-time speaker slot is completely normal.`,
        resources: [exercise('meetup-talk-checklist', 'Meetup talk checklist')],
        estimatedHours: 15,
        optional: false,
      },
      {
        title: 'Handle Q&A with confidence',
        summary: `List the **five questions you dread** and answer them out loud. In the room, repeat each question, answer
briefly, and say "I don't know; let me follow up" when that is the truth.`,
        resources: [exercise('qa-drill', 'Q&A drill')],
        estimatedHours: 2,
        optional: false,
      },
      {
        title: 'Submit a conference proposal',
        summary: `Write a proposal with **a clear title, the problem, what attendees will learn**, and why you are the
right person to tell it. Submit it to three conferences; rejections are normal, even for seasoned speakers.`,
        resources: [article('PaperCall: open calls for papers', 'https://www.papercall.io/'), article('Sessionize', 'https://sessionize.com/')],
        estimatedHours: 6,
        optional: false,
      },
    ],
  },
];
