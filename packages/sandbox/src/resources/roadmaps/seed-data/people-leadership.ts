import { book, exercise, shared } from './resources.js';
import type { CuratedRoadmap } from './types.js';

/** Paths about the people side of leading a team: conversations, feedback and change. */
export const peopleLeadershipRoadmaps: CuratedRoadmap[] = [
  {
    slug: 'running-effective-one-on-ones-and-feedback',
    title: 'Running effective 1:1s and feedback',
    summary: `One-on-ones are the **highest-leverage hour** of a leader's week, and the easiest one to waste. This
path turns 1:1s from status updates into coaching conversations, and builds a feedback habit that is frequent,
specific and kind.

Useful for first-time managers and tech leads, and as a reset for experienced managers whose 1:1s have gone
stale.`,
    author: {
      name: 'Tom Brennan',
      title: 'Engineering Director, Consumer Apps',
      avatarUrl: 'https://cdn.menteo.dev/avatars/authors/tom-brennan.jpg',
    },
    topics: ['feedback', 'coaching', 'leadership', 'engineering-management'],
    level: 'beginner',
    steps: [
      {
        title: 'Reset the purpose of your 1:1s',
        summary: `Tell each person, in writing: *this is your meeting*. Move status updates to standups or a shared doc
and keep 1:1s for **priorities, blockers, growth and how they are doing**. Start a shared running-notes doc for
each person.`,
        resources: [shared.updateVentDisaster, shared.oneOnOneNotes],
        estimatedHours: 2,
        optional: false,
      },
      {
        title: 'Ask better questions',
        summary: `Collect ten open questions and rotate through them: *What's on your mind? What's the real challenge here
for you? What would make next week great?* Practice **staying curious a little longer** before you offer advice.`,
        resources: [book('The Coaching Habit', 'Michael Bungay Stanier'), shared.firstOneOnOneQuestions],
        estimatedHours: 5,
        optional: false,
      },
      {
        title: "Learn each person's working style",
        summary: `Use one 1:1 to ask how each person likes to be **recognized, challenged and given feedback**, and what a
bad week looks like for them. Write the answers in the shared doc and revisit them in six months; they change.`,
        resources: [exercise('working-style-interview', 'Working-style interview')],
        estimatedHours: 2,
        optional: false,
      },
      {
        title: 'Give specific, timely feedback',
        summary: `Use **observation, impact, request**: *"In Tuesday's review you cut Sam off twice (observation). He
stopped contributing (impact). Can you let people finish before you respond? (request)"* Give feedback within
days, never saved up for the performance review.`,
        resources: [shared.radicalCandor, exercise('feedback-equation', 'Observation, impact, request: five rewrites')],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Balance praise and criticism',
        summary: `For two weeks, log every piece of feedback you give and mark it **praise or criticism, public or
private**. Most new leaders find they give too little of one kind. Adjust the balance and keep the log for two
more weeks.`,
        resources: [exercise('feedback-log', 'Two-week feedback log')],
        estimatedHours: 3,
        optional: false,
      },
      {
        title: 'Ask for feedback on yourself',
        summary: `Every month, ask each person one concrete question: *"What is one thing I could do differently to make
your work easier?"* Thank them, act on **at least one answer**, and tell them you did. Receiving feedback well is
a skill of its own.`,
        resources: [shared.thanksForTheFeedback],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Hold a difficult conversation',
        summary: `Prepare for a conversation about **performance or behavior**: the facts, their impact, what good looks
like, and by when. State the point in your first two sentences, then listen. Follow up in writing within a day.`,
        resources: [book('Difficult Conversations', 'Douglas Stone, Bruce Patton and Sheila Heen'), shared.hardConversationPrep],
        estimatedHours: 5,
        optional: false,
      },
      {
        title: 'Turn 1:1s into career conversations',
        summary: `Once a quarter, give the 1:1 over to a **career conversation**: where they want to be in two years,
which skills get them there, and one experience you can help them get this quarter. Write the plan in their shared
doc so that the next conversation starts from it rather than from scratch.`,
        resources: [exercise('career-conversation', 'Quarterly career conversation'), shared.progressionFrameworks],
        estimatedHours: 3,
        optional: false,
      },
      {
        title: 'Run skip-levels and team health checks',
        summary: `If you manage managers, hold **skip-level 1:1s**; if not, run a quarterly anonymous team health check.
Look for patterns across answers rather than reacting to a single comment.`,
        resources: [shared.teamEffectiveness, shared.skipLevelGuide],
        estimatedHours: 4,
        optional: true,
      },
    ],
  },
  {
    slug: 'leading-through-a-reorg',
    title: 'Leading through a reorg',
    summary: `A reorg is announced in an hour and absorbed over months. Whether you designed it or are landing one
someone else designed, this path helps you **keep the team pointed at its goals** through the uncertainty:
understand the why, communicate honestly, re-establish ownership and deadlines, and look after people,
yourself included.`,
    author: {
      name: 'Nadia Haddad',
      title: 'SVP of Engineering, Digital Health',
      avatarUrl: null,
    },
    topics: ['change-management', 'leadership', 'communication', 'organizational-design'],
    level: 'advanced',
    steps: [
      {
        title: 'Understand the why before the what',
        summary: `Get the **problem statement** behind the reorg from whoever designed it: what is not working today, and
how will we know the new structure fixed it? If you can't explain the why in two sentences, your team won't
accept the what.`,
        resources: [book('Leading Change', 'John P. Kotter'), exercise('reorg-one-pager', 'Reorg one-pager: problem, change, success signals')],
        estimatedHours: 4,
        optional: false,
      },
      {
        title: 'Map what changes for each person',
        summary: `For every affected person, write down **what changes** (manager, team, scope, on-call) and what stays the
same. Gaps in this table are the questions you will be asked first, so answer them before the announcement.`,
        resources: [exercise('change-impact-table', 'Change impact table')],
        estimatedHours: 4,
        optional: false,
      },
      {
        title: 'Tell people individually first',
        summary: `Anyone whose **manager or role changes** hears it from you in a 1:1 before the group announcement. Keep
it short (what is changing, why, what it means for them, when you will talk again), then listen.`,
        resources: [shared.crucialConversations, shared.hardConversationPrep],
        estimatedHours: 5,
        optional: false,
      },
      {
        title: 'Announce the change to the team',
        summary: `Announce with a short written doc followed by a live Q&A. Be explicit about **what is decided, what is
not, and when it will be**. "I don't know yet; I'll tell you by Friday" builds more trust than a confident guess.`,
        resources: [shared.changeAnnouncement, book('Managing Transitions', 'William Bridges')],
        estimatedHours: 4,
        optional: false,
      },
      {
        title: 'Help people let go of the old structure',
        summary: `Every transition starts with an **ending**. Name what people are losing (a team, a manager, a project),
run a short closing retrospective for teams that are splitting up, and expect a dip in output for four to eight
weeks.`,
        resources: [exercise('closing-retro', "Closing retrospective for a team that's ending")],
        estimatedHours: 4,
        optional: false,
      },
      {
        title: 'Re-establish ownership',
        summary: `Within two weeks, publish an **ownership map**: every service, on-call rotation and in-flight project
has exactly one owning team. Orphaned systems are where incidents and missed deadlines come from.`,
        resources: [shared.teamTopologies, exercise('ownership-map', 'Ownership map')],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Reset goals and deadlines',
        summary: `Re-plan every **in-flight commitment** with the new teams:

1. keep it, move it to another team, or drop it;
2. tell its stakeholders which, and why;
3. set goals for the rest of the quarter that the new structure can actually hit.`,
        resources: [shared.whatMatters, exercise('commitment-triage', 'Commitment triage: keep, move, drop')],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Rebuild team norms',
        summary: `Run a **kickoff for every new or merged team**: working agreements, rituals, how decisions are made and
how to disagree. Do it even when "everyone already knows each other".`,
        resources: [
          { kind: 'article', title: 'Atlassian Team Playbook', url: 'https://www.atlassian.com/team-playbook' },
          shared.teamEffectiveness,
        ],
        estimatedHours: 4,
        optional: false,
      },
      {
        title: 'Watch for attrition signals',
        summary: `In the first 90 days, check in with every affected person **at least twice**. Watch for withdrawn
engagement or a sudden drop in participation, and raise concerns directly rather than hoping they pass.`,
        resources: [exercise('retention-check-in', 'Retention check-in questions')],
        estimatedHours: 3,
        optional: false,
      },
      {
        title: 'Look after yourself',
        summary: `Leading a reorg is emotionally expensive, especially when you disagree with parts of it. Find **one peer
outside the change** to talk to, and decide in advance what you will and won't say about your own view.`,
        resources: [shared.managerVoltron],
        estimatedHours: 2,
        optional: true,
      },
      {
        title: 'Review the reorg after 90 days',
        summary: `Go back to the **success signals** you wrote in the first step and measure them. Share the results openly,
including what did not work, and propose adjustments.`,
        resources: [exercise('reorg-review', 'Reorg 90-day review')],
        estimatedHours: 3,
        optional: false,
      },
    ],
  },
];
