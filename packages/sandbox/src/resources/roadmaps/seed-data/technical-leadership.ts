import { article, book, exercise, shared } from './resources.js';
import type { CuratedRoadmap } from './types.js';

/** Paths for engineers who lead through technical direction rather than through reports. */
export const technicalLeadershipRoadmaps: CuratedRoadmap[] = [
  {
    slug: 'your-first-90-days-as-a-tech-lead',
    title: 'Your first 90 days as a tech lead',
    summary: `You have just been named tech lead. The next 90 days decide whether the team sees you as **the person
who makes decisions easier** or as the bottleneck who writes all the hard code.

The path is organized in three blocks of about 30 days: *listen*, *set direction*, *deliver*, with concrete
rituals for decisions and deadlines that you can start using this week.`,
    author: {
      name: 'Marcus Oyelaran',
      title: 'Principal Engineer, Developer Platform',
      avatarUrl: 'https://cdn.menteo.dev/avatars/authors/marcus-oyelaran.jpg',
    },
    topics: ['technical-leadership', 'leadership', 'decision-making'],
    level: 'intermediate',
    steps: [
      {
        title: 'Clarify the role with your manager',
        summary: `"Tech lead" means something different in every company. In your first week, write down **what you
own** (technical direction, delivery, quality) and what your manager owns (people, hiring, performance), and get
it agreed in writing. Revisit the split at day 30.`,
        resources: [
          exercise('tl-em-responsibilities', 'Tech lead and manager responsibility map'),
          article('Roles and responsibilities play (Atlassian Team Playbook)', 'https://www.atlassian.com/team-playbook/plays/roles-and-responsibilities'),
        ],
        estimatedHours: 2,
        optional: false,
      },
      {
        title: 'Listen before you change anything',
        summary: `Hold a **30-minute conversation with everyone on the team** and with the key people around it. Ask
three questions: *What's working? What slows you down? What would you change if you were me?* Write up the themes
and share them back; people notice when they have been heard.`,
        resources: [shared.firstNinetyDays, exercise('listening-tour', 'Listening tour questions')],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Map the system and its risks',
        summary: `Draw the architecture **as the team actually runs it**: services, data stores, owners and on-call pain.
Mark the three riskiest areas, such as single points of failure, code without tests, or a component only one
person understands. This map becomes your technical backlog.`,
        resources: [exercise('system-risk-map', 'Risk map of your system'), shared.postmortemCulture],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Set up a lightweight decision process',
        summary: `Agree on **how decisions get made** before the next big one does:

- a design doc for anything that takes more than two weeks or is hard to reverse;
- an architecture decision record for every outcome;
- a time box for debates, and a named decider when there is no consensus.

Write the process down on one page and link it from your team's README.`,
        resources: [
          shared.designDocsAtGoogle,
          article('Documenting Architecture Decisions (Michael Nygard)', 'https://cognitect.com/blog/2011/11/15/documenting-architecture-decisions'),
          article('DACI decision-making framework (Atlassian Team Playbook)', 'https://www.atlassian.com/team-playbook/plays/daci'),
        ],
        estimatedHours: 5,
        optional: false,
      },
      {
        title: 'Write the technical direction',
        summary: `By day 45, publish a **one-page technical vision** for the next two quarters: where the system should
be, what you will stop doing, and the two or three bets in between. Review it with the team in a meeting where
*they* do most of the talking.`,
        resources: [article('Work on what matters (StaffEng)', 'https://staffeng.com/guides/work-on-what-matters/'), exercise('technical-vision', 'One-page technical vision')],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Make deadlines honest',
        summary: `Break the next milestone into pieces **no bigger than three days**, estimate them as a team, and publish a
forecast as a range rather than a single date. Update it weekly. When it slips, say so that same week and bring
an option (cut scope or move the date) along with the news.`,
        resources: [shared.shapeUp, exercise('range-forecast', 'Range forecast for a milestone')],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Raise the code review bar, kindly',
        summary: `Agree on **what review is for** (correctness, design, sharing knowledge) and on a response-time norm,
such as a first review within one working day. Model the tone you want: label nitpicks as nitpicks, and praise
good changes out loud.`,
        resources: [shared.codeReviewGuide, shared.conventionalComments],
        estimatedHours: 4,
        optional: false,
      },
      {
        title: 'Delegate the interesting work',
        summary: `List the work only you do today and **give away at least two pieces that would stretch someone else**:
a design doc, an incident review, a migration. Pair on the first half, then step back and review rather than
rewrite.`,
        resources: [book('Talking with Tech Leads', 'Patrick Kua'), exercise('delegation-ladder', 'The delegation ladder')],
        estimatedHours: 4,
        optional: false,
      },
      {
        title: 'Protect your maker time',
        summary: `Block **two half-days a week** for deep technical work and defend them; Paul Graham's
[maker's schedule](https://paulgraham.com/makersschedule.html) explains why fragments don't add up. Batch your meetings, and keep a
"questions for the lead" channel so that most interruptions can wait an hour.`,
        resources: [shared.makersSchedule, book('Deep Work', 'Cal Newport')],
        estimatedHours: 2,
        optional: true,
      },
      {
        title: 'Run a day-90 retrospective',
        summary: `Ask the team and your manager for written answers to three questions: *What has improved? What did I
get wrong? What should I focus on next quarter?* Share what you heard, and the **one change you will make**.`,
        resources: [exercise('tech-lead-90-day-retro', 'Tech lead 90-day retrospective')],
        estimatedHours: 3,
        optional: false,
      },
    ],
  },
  {
    slug: 'becoming-a-staff-engineer',
    title: 'Becoming a staff engineer',
    summary: `Staff is not *senior, but more*. Staff engineers set technical direction across teams, make hard
trade-offs legible and grow the engineers around them.

This path walks you from **picking your archetype** to **writing strategy**, leading a cross-team project and
assembling the evidence for promotion. Expect six to twelve months; the project steps take the longest.`,
    author: {
      name: 'Elena Novak',
      title: 'Distinguished Engineer, Platform Infrastructure',
      avatarUrl: 'https://cdn.menteo.dev/avatars/authors/elena-novak.jpg',
    },
    topics: ['staff-engineering', 'technical-leadership', 'career-growth'],
    level: 'advanced',
    steps: [
      {
        title: 'Pick your staff archetype',
        summary: `Read about the [four archetypes](https://staffeng.com/guides/staff-archetypes/) (**tech lead, architect, solver, right hand**) and write down which one
your company actually needs from you, not only the one you would enjoy most. Ask two staff engineers which
archetype they see in you.`,
        resources: [article('Staff archetypes (StaffEng)', 'https://staffeng.com/guides/staff-archetypes/'), book('Staff Engineer: Leadership Beyond the Management Track', 'Will Larson')],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Learn the three pillars of the role',
        summary: `Read *The Staff Engineer's Path*, focusing on its three pillars: **big-picture thinking, project
execution and leveling up others**. For each pillar, write down one thing you did last quarter and one gap.`,
        resources: [book("The Staff Engineer's Path", 'Tanya Reilly')],
        estimatedHours: 10,
        optional: false,
      },
      {
        title: 'Work on what matters',
        summary: `List the problems your organization will care about a year from now. Avoid **snacking** (easy,
low-impact work) and **preening** (visible, low-impact work); look for the important work that nobody owns yet.
Pick one and write a one-paragraph pitch for it.`,
        resources: [article('Work on what matters (StaffEng)', 'https://staffeng.com/guides/work-on-what-matters/'), exercise('impact-map', "Impact and effort map of your org's problems")],
        estimatedHours: 4,
        optional: false,
      },
      {
        title: 'Write a design doc that changes a decision',
        summary: `Take a contested technical question and write a design doc with **genuinely considered alternatives**,
each with its costs. Circulate it for comments, hold one review meeting, and record the decision, even if it is
not the one you proposed.`,
        resources: [shared.designDocsAtGoogle, exercise('design-doc-alternatives', 'Design doc with alternatives')],
        estimatedHours: 10,
        optional: false,
      },
      {
        title: 'Lead a cross-team project',
        summary: `Lead a project that needs **at least two teams you do not manage**. Write the charter, run a weekly
20-minute sync, and keep a public status page with the risks. Your job is to make the work land, not to write
most of the code.`,
        resources: [
          exercise('project-charter', 'Cross-team project charter'),
          article('Migrations: the sole scalable fix to tech debt (Will Larson)', 'https://lethain.com/migrations/'),
        ],
        estimatedHours: 20,
        optional: false,
      },
      {
        title: 'Write a technical strategy',
        summary: `Synthesize **five recent design docs** into a strategy: which patterns keep recurring, and what rule
should the organization follow next time? Good strategy is boring and specific. Have it reviewed by the
engineers who will have to follow it.`,
        resources: [shared.goodStrategyIsBoring, book('An Elegant Puzzle', 'Will Larson')],
        estimatedHours: 12,
        optional: false,
      },
      {
        title: 'Manage technical quality',
        summary: `Pick **one quality metric** that matters to your users or your teams (build time, flaky tests,
incidents) and move it over a quarter. Fix the hot spots first, before proposing any broad rewrite.`,
        resources: [
          article('Manage technical quality (StaffEng)', 'https://staffeng.com/guides/manage-technical-quality/'),
          article('Is High Quality Software Worth the Cost? (Martin Fowler)', 'https://martinfowler.com/articles/is-quality-worth-cost.html'),
        ],
        estimatedHours: 10,
        optional: false,
      },
      {
        title: 'Stay aligned with leadership',
        summary: `Meet your **director and a peer staff engineer** every month. Share what you are working on and why,
and ask what they would change. Staff engineers who surprise their leadership lose trust, even when they are
right.`,
        resources: [article('Staying aligned with authority (StaffEng)', 'https://staffeng.com/guides/staying-aligned-with-authority/')],
        estimatedHours: 3,
        optional: false,
      },
      {
        title: 'Mentor and sponsor other engineers',
        summary: `Mentor **two engineers** for three months, each with a concrete goal, and sponsor one more: put their name
forward for a visible project or a talk. Growing others is a core part of the role, not a side quest.`,
        resources: [shared.beingGlue, exercise('mentoring-plan', 'A three-month mentoring plan')],
        estimatedHours: 12,
        optional: false,
      },
      {
        title: 'Assemble your promotion packet',
        summary: `Write a **promotion packet** around three or four projects, each with its impact, your specific
contribution and the people who can vouch for it. Review it with your manager six months before the cycle, not
six weeks.`,
        resources: [article('Promo packets (StaffEng)', 'https://staffeng.com/guides/promo-packets/'), shared.bragDocument],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Share what you learned in public',
        summary: `Turn your cross-team project into **an internal tech talk or a blog post**. Writing forces clarity, and
it is how people outside your team learn what you do.`,
        resources: [shared.googleTechWriting, article('speaking.io (Zach Holman)', 'https://speaking.io/')],
        estimatedHours: 6,
        optional: true,
      },
    ],
  },
];
