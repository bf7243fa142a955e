import { article, book, exercise, shared } from './resources.js';
import type { CuratedRoadmap } from './types.js';

/** Paths for designers stepping into leadership and for people moving into UX research. */
export const designAndResearchRoadmaps: CuratedRoadmap[] = [
  {
    slug: 'designer-to-design-lead',
    title: 'Designer to design lead',
    summary: `A design lead is measured by the **quality of the team's work**, not by their own files. This path
covers the shift: running critiques that raise the bar, setting a design direction, partnering with product and
engineering on scope and deadlines, and growing the designers around you.`,
    author: {
      name: 'Hana Watanabe',
      title: 'Design Director, Consumer Fintech',
      avatarUrl: 'https://cdn.menteo.dev/avatars/authors/hana-watanabe.jpg',
    },
    topics: ['design', 'design-leadership', 'leadership', 'feedback'],
    level: 'intermediate',
    steps: [
      {
        title: 'Define the lead role with your manager',
        summary: `Agree in writing on what you own as a lead: **design quality, direction, process, people?** Decide how
much hands-on design you keep; most new leads keep about half their time for it at first.`,
        resources: [exercise('design-lead-charter', 'Design lead role charter'), book('Org Design for Design Orgs', 'Peter Merholz and Kristin Skinner')],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Run design critiques that improve the work',
        summary: `Set up a weekly critique with a clear format:

- the designer states **the goal and the stage** of the work;
- reviewers give feedback tied to that goal;
- the designer decides what to act on.

Retire "I like it" and "I don't like it" as feedback.`,
        resources: [exercise('design-critique', 'Critique format and facilitation guide'), book('Discussing Design', 'Adam Connor and Aaron Irizarry')],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Articulate design decisions',
        summary: `For your next stakeholder review, prepare the **rationale for each decision**: the user need, the
alternatives, and why this one wins. Practice answering "can we make it pop?" with questions rather than
defensiveness.`,
        resources: [book('Articulating Design Decisions', 'Tom Greever')],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Set a design direction',
        summary: `Write **three to five design principles** for your product area, each with an example and a
counterexample. Use them in critiques and reviews until the team quotes them back to you.`,
        resources: [
          exercise('design-principles', 'Design principles workshop'),
          article('10 Usability Heuristics for User Interface Design (Nielsen Norman Group)', 'https://www.nngroup.com/articles/ten-usability-heuristics/'),
        ],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Partner on scope and deadlines',
        summary: `Join planning with your product manager and tech lead, and agree on **when design is done enough** for
each milestone. Flag risks early and bring options (a simpler version, a phased rollout) instead of only asking
for more time.`,
        resources: [shared.shapeUp, exercise('design-scope-options', 'Three scope options for one design problem')],
        estimatedHours: 5,
        optional: false,
      },
      {
        title: 'Invest in the design system',
        summary: `Audit the product for inconsistent components and propose **the three fixes with the most reach**. Work
with engineering to land them in the design system rather than as one-off patches.`,
        resources: [{ kind: 'book', title: 'Atomic Design, by Brad Frost (free online)', url: 'https://atomicdesign.bradfrost.com/' }],
        estimatedHours: 10,
        optional: true,
      },
      {
        title: 'Give designers feedback that grows them',
        summary: `Hold a monthly growth conversation with each designer. Give **specific, behavioral feedback** on craft,
collaboration and communication, and agree on one skill to grow next.`,
        resources: [shared.radicalCandor, shared.makingOfAManager],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Make research part of the rhythm',
        summary: `Make sure every significant project has **user evidence before and after** it ships. Set up a
lightweight monthly usability session that the whole team can watch.`,
        resources: [shared.testWithFiveUsers, shared.justEnoughResearch],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Show the impact of design',
        summary: `Pick two shipped projects and write **before-and-after case studies** with the metric that moved.
Present them at a product review: making design's value visible is part of leading it.`,
        resources: [exercise('design-impact-case-study', 'Design impact case study')],
        estimatedHours: 6,
        optional: false,
      },
    ],
  },
  {
    slug: 'breaking-into-ux-research',
    title: 'Breaking into UX research',
    summary: `UX research suits people who are **curious about why people do what they do** and rigorous about
evidence. Many great researchers come from psychology, teaching, customer support or journalism.

This path teaches the core methods, gets you running real studies, and builds a portfolio that shows how you
think.`,
    author: {
      name: 'Lucía Fernández',
      title: 'Head of UX Research, Travel Marketplace',
      avatarUrl: 'https://cdn.menteo.dev/avatars/authors/lucia-fernandez.jpg',
    },
    topics: ['ux-research', 'career-change', 'design'],
    level: 'beginner',
    steps: [
      {
        title: 'Learn the landscape of methods',
        summary: `Read about the main methods and **when each one fits**: interviews, usability tests, surveys, diary
studies, card sorting. Make a one-page cheat sheet that maps kinds of questions to methods.`,
        resources: [
          article('When to Use Which User-Experience Research Methods (Nielsen Norman Group)', 'https://www.nngroup.com/articles/which-ux-research-methods/'),
          shared.justEnoughResearch,
        ],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Learn to interview',
        summary: `Write a discussion guide and run **three practice interviews** with friends about an everyday routine,
such as commuting or cooking. Record them with permission, then count how often you asked leading or yes/no
questions.`,
        resources: [book('Interviewing Users', 'Steve Portigal'), exercise('practice-interview', 'Practice interview and self-review')],
        estimatedHours: 10,
        optional: false,
      },
      {
        title: 'Run a usability test',
        summary: `Pick a website you use, write **five realistic tasks**, and test it with five people; Nielsen Norman
Group explains [why five is enough](https://www.nngroup.com/articles/why-you-only-need-to-test-with-5-users/) to find
most problems. Note where they hesitate, not only where they fail.`,
        resources: [shared.testWithFiveUsers, book("Don't Make Me Think, Revisited", 'Steve Krug')],
        estimatedHours: 10,
        optional: false,
      },
      {
        title: 'Synthesize findings into insights',
        summary: `Turn raw notes into insights: tag observations, cluster them, and write each insight as **observation,
why it matters, and how many participants showed it**. Keep quotes; drop opinions.`,
        resources: [exercise('affinity-mapping', 'Affinity mapping from raw notes')],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Learn survey basics',
        summary: `Write a ten-question survey with **neutral wording, one idea per question and balanced scales**, and
pilot it with three people before sending it. Learn to recognize when a survey is the wrong tool.`,
        resources: [exercise('survey-design', 'Survey design review')],
        estimatedHours: 5,
        optional: true,
      },
      {
        title: 'Practice research ethics and consent',
        summary: `Learn how to get **informed consent**, store recordings safely and protect participants' data. Write a
consent form you could use tomorrow.`,
        resources: [
          article('User research (GOV.UK Service Manual)', 'https://www.gov.uk/service-manual/user-research'),
          exercise('research-consent', 'Consent form template'),
        ],
        estimatedHours: 3,
        optional: false,
      },
      {
        title: 'Run a pro bono study',
        summary: `Offer a small study to a **nonprofit or an early-stage startup**: a usability test of their sign-up, or
five interviews about a problem they have. Real stakeholders and real constraints are what hiring managers want
to see.`,
        resources: [exercise('pro-bono-study', 'Pro bono research brief')],
        estimatedHours: 25,
        optional: false,
      },
      {
        title: 'Present research that drives decisions',
        summary: `Present your findings in **20 minutes**: the question, what you did, three insights and your
recommendations. End with the decision you want the team to make.`,
        resources: [shared.resonate],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Build a portfolio of two case studies',
        summary: `Write up two studies with the focus on **your reasoning**: why this method, what you changed midway, what
happened afterwards. Hiring managers read portfolios for judgment, not deliverables.`,
        resources: [exercise('uxr-case-study', 'UX research case study')],
        estimatedHours: 15,
        optional: false,
      },
      {
        title: 'Land your first research role',
        summary: `Look beyond "UX Researcher" postings: **research operations, design roles with research duties, or an
internal move** from support or analytics are common first steps. Ask a working researcher to review your
portfolio before you apply.`,
        resources: [exercise('uxr-job-search', 'Job search plan for UX research')],
        estimatedHours: 10,
        optional: false,
      },
    ],
  },
];
