import { article, book, exercise, shared } from './resources.js';
import type { CuratedRoadmap } from './types.js';

/** Leadership paths for people who manage engineers, or are about to. */
export const engineeringManagementRoadmaps: CuratedRoadmap[] = [
  {
    slug: 'senior-engineer-to-engineering-manager',
    title: 'Senior engineer to engineering manager',
    summary: `The jump from senior engineer to manager is **a career change, not a promotion**. This path takes you
from testing the waters while you are still an individual contributor, through your first 1:1s, delivery and
hiring, to deciding, honestly, whether management is for you.

Plan on three to six months at a steady pace. Most steps pair a reading with something you do with your team
the same week.`,
    author: {
      name: 'Priya Raman',
      title: 'VP of Engineering, Payments Platform',
      avatarUrl: 'https://cdn.menteo.dev/avatars/authors/priya-raman.jpg',
    },
    topics: ['engineering-management', 'leadership', 'career-growth'],
    level: 'intermediate',
    steps: [
      {
        title: 'Decide why you want to manage',
        summary: `Before you ask for the role, write **one page on why you want it** and what you would miss about
writing code every day. Then ask two managers you respect to walk you through the worst week of their last
quarter. If your reasons are mostly *status* or *escaping a frustrating tech lead*, write that down too: it is
useful to know before you commit.`,
        resources: [shared.engineerManagerPendulum, exercise('why-manage-letter', 'Why I want to manage: a one-page letter')],
        estimatedHours: 3,
        optional: false,
      },
      {
        title: 'Lead without the title first',
        summary: `Ask your manager for a **stretch scope** that looks like management: run a project with two or three
engineers, own the on-call rotation, or guide a new hire through onboarding. Keep a short weekly log of what
energized you and what drained you. This work is essential and easy to overlook, so make yours visible.`,
        resources: [shared.beingGlue, shared.bragDocument],
        estimatedHours: 12,
        optional: false,
      },
      {
        title: 'Read the map of the job',
        summary: `Read the first five chapters of *The Manager's Path* and *The Making of a Manager* end to end.
As you read, list the **three responsibilities that surprise you most** and bring them to your next 1:1 with
your own manager: how do they handle each one?`,
        resources: [shared.managersPath, shared.makingOfAManager],
        estimatedHours: 14,
        optional: false,
      },
      {
        title: 'Run your first 1:1s',
        summary: `Start **weekly 30-minute 1:1s** with each person on your team, and make clear the agenda is theirs,
not yours. Use the first one to learn how each person likes to receive feedback and recognition, and write
their answers down. After four weeks, ask everyone what to keep and what to change about the format.`,
        resources: [shared.firstOneOnOneQuestions, shared.updateVentDisaster, shared.oneOnOneNotes],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Give feedback early and specifically',
        summary: `Practice **situation, behavior, impact** on positive feedback first: it is easier, and it builds the
trust that harder conversations need. Aim for one specific piece of feedback per person per week, and keep
your notes in the [feedback log exercise](https://menteo.dev/exercises/feedback-log). When it is
corrective, give it within 48 hours and in private.`,
        resources: [shared.radicalCandor, exercise('sbi-feedback-week', 'Feedback reps: one week of situation, behavior, impact')],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Own delivery, not the keyboard',
        summary: `Take yourself **off the critical path**: no tickets that block a release. Own the plan instead
(scope, milestones, risks) and make it visible in a short written update to stakeholders every week. Before the
next project kicks off, run a 30-minute *pre-mortem*: imagine it failed and list why.`,
        resources: [
          article('Performing a Project Premortem (Gary Klein, Harvard Business Review)', 'https://hbr.org/2007/09/performing-a-project-premortem'),
          shared.makersSchedule,
          exercise('weekly-update', 'Weekly stakeholder update'),
        ],
        estimatedHours: 10,
        optional: false,
      },
      {
        title: 'Learn the management operating system',
        summary: `Read *High Output Management*, paying attention to **managerial leverage**: a manager's output is the
output of their team plus the teams they influence. Then audit one week of your calendar and label every
meeting as information-gathering, decision-making or nudging. Cancel or shorten one that is none of the three.`,
        resources: [book('High Output Management', 'Andrew S. Grove'), exercise('calendar-audit', 'One-week calendar audit')],
        estimatedHours: 10,
        optional: false,
      },
      {
        title: 'Interview and hire well',
        summary: `Shadow three interviews, then run three alongside a calibrated partner. Before each one, write down
**what signal every question is meant to produce**, and write your feedback before you read anyone else's.
Finally, walk through one hiring loop end to end with your recruiter.`,
        resources: [exercise('structured-interview', 'Design a structured interview'), book('Who: The A Method for Hiring', 'Geoff Smart and Randy Street')],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Handle your first hard conversation',
        summary: `Sooner or later someone on your team will be **underperforming, upset, or leaving**. Prepare a short
written plan: the facts, their impact, the outcome you want, and the first sentence you will say. Role-play it
with your manager or a peer before the real conversation.`,
        resources: [shared.crucialConversations, shared.hardConversationPrep],
        estimatedHours: 5,
        optional: false,
      },
      {
        title: 'Build your support network',
        summary: `Management is lonely by default. Assemble your own **"manager Voltron"**: a peer manager, a mentor one
level up, and a coach or a community of practice. Book a recurring monthly chat with at least two of them.`,
        resources: [shared.managerVoltron, exercise('support-network-map', 'Map your support network')],
        estimatedHours: 3,
        optional: true,
      },
      {
        title: 'Review your first 90 days',
        summary: `At day 90, ask your team and your manager three questions: *what should I start, stop and continue
doing?* Compare the answers with the letter you wrote in the first step. Then decide with your manager whether
to **commit, adjust the scope, or swing back to IC work**. All three are good outcomes.`,
        resources: [exercise('manager-90-day-retro', '90-day manager retrospective'), shared.engineerManagerPendulum],
        estimatedHours: 4,
        optional: false,
      },
    ],
  },
  {
    slug: 'from-manager-to-director',
    title: 'From manager to director',
    summary: `A director manages managers, owns an **organization's results**, and spends more time on the system
than on any single team. This path focuses on the shifts that trip up new directors: leading through other
managers, writing strategy, setting goals and budgets, designing the org, and managing up and across.

Written for managers with two or more years of experience who have been asked to take on a second team.`,
    author: {
      name: 'Aisha Rahman',
      title: 'Chief Technology Officer, Logistics scale-up',
      avatarUrl: 'https://cdn.menteo.dev/avatars/authors/aisha-rahman.jpg',
    },
    topics: ['engineering-management', 'leadership', 'strategy', 'organizational-design'],
    level: 'advanced',
    steps: [
      {
        title: 'Understand what changes at director',
        summary: `Write down how you spend your time today, then ask a director at your company how they spend theirs.
The biggest shift: **your teams' problems are no longer yours to solve**; your job is to make sure the right
manager solves them. Read the opening chapters of *The Engineering Executive's Primer* for the vocabulary.`,
        resources: [book("The Engineering Executive's Primer", 'Will Larson'), exercise('director-time-audit', 'Time audit: manager versus director')],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Manage managers',
        summary: `Turn your 1:1s with managers from status reports into **coaching on their team's health**. Agree with
each manager on their top two goals for the quarter. Hold monthly skip-levels with their reports, to listen,
never to overrule the manager.`,
        resources: [shared.managersPath, shared.skipLevelGuide],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Write a strategy people can use',
        summary: `Draft a **two-page strategy** for your area: the diagnosis, the guiding policy and the coherent
actions, as *Good Strategy Bad Strategy* frames it. Share it with your managers and two peers for written
comments before you present it anywhere.`,
        resources: [book('Good Strategy Bad Strategy', 'Richard Rumelt'), shared.goodStrategyIsBoring],
        estimatedHours: 12,
        optional: false,
      },
      {
        title: 'Set goals that cascade',
        summary: `Translate the strategy into **three to five outcomes per quarter**. Each of your managers writes
theirs so that they visibly support yours. Review progress monthly, and retire goals that stopped mattering
instead of letting them quietly rot.`,
        resources: [shared.whatMatters, book('Measure What Matters', 'John Doerr')],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Design the organization',
        summary: `Sketch your current org chart and, separately, the **team boundaries your architecture needs**. Where
the two disagree, expect friction. Use team-size heuristics (a manager per six to eight engineers) and
*Team Topologies* patterns to propose changes, and test them with your managers before announcing anything.`,
        resources: [article('Sizing engineering teams (Will Larson)', 'https://lethain.com/sizing-engineering-teams/'), shared.teamTopologies],
        estimatedHours: 10,
        optional: false,
      },
      {
        title: 'Own headcount and budget',
        summary: `Learn how your company plans headcount and spend. Build a **one-page budget model** for your org
(people, tools, cloud) and walk your finance partner through it. Tie every requested hire to one of the goals
you set.`,
        resources: [exercise('headcount-plan', 'Headcount and budget plan')],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Manage up and across',
        summary: `Your peers are now your **first team**. Hold a monthly 1:1 with each peer director and with your product
and design counterparts. Send your manager a short weekly note: what went well, what worries you, what you need
from them.`,
        resources: [book('The Five Dysfunctions of a Team', 'Patrick Lencioni'), exercise('manager-weekly-note', 'Weekly note to your manager')],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Build a bench of leaders',
        summary: `For each of your managers, name a **potential successor** and one growth step for them in the next six
months. Sponsor, don't just mentor: put someone's name forward for a visible project this quarter.`,
        resources: [book('Multipliers', 'Liz Wiseman'), shared.progressionFrameworks],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Communicate change at scale',
        summary: `**Write before you speak.** Every significant change gets a short doc (what is changing, why, what it
means for each group, what stays the same) before the all-hands. Collect anonymous questions in advance and
answer all of them, including the awkward ones.`,
        resources: [shared.googleTechWriting, shared.changeAnnouncement],
        estimatedHours: 5,
        optional: false,
      },
      {
        title: 'Find your own coach',
        summary: `Directors get less honest feedback than almost anyone in the org. Find an **executive coach** or a
director-level peer group and meet at least monthly. *Trillion Dollar Coach* shows what good coaching of
leaders looks like.`,
        resources: [book('Trillion Dollar Coach', 'Eric Schmidt, Jonathan Rosenberg and Alan Eagle')],
        estimatedHours: 4,
        optional: true,
      },
    ],
  },
];
