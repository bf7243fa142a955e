import { article, book, course, exercise, shared, video } from './resources.js';
import type { CuratedRoadmap } from './types.js';

/** Personal-growth paths: less about a role, more about who you become. */
export const personalGrowthRoadmaps: CuratedRoadmap[] = [
  {
    slug: 'returning-to-work-after-a-career-break',
    title: 'Returning to work after a career break',
    summary: `Whether you stepped away for caregiving, health, study or travel, a career break is **part of your story,
not a gap to hide**. This path helps you rebuild confidence and skills, reconnect with your network, tell your
story with ease, and find a role, including returnships designed for people in exactly your position.`,
    author: {
      name: 'Claire Dubois',
      title: 'Engineering Manager and Returnship Program Lead',
      avatarUrl: 'https://cdn.menteo.dev/avatars/authors/claire-dubois.jpg',
    },
    topics: ['career-break', 'career-change', 'personal-growth'],
    level: 'beginner',
    steps: [
      {
        title: 'Take stock of where you are',
        summary: `List what you did during your break (**caregiving, volunteering, learning, projects**) and the skills
each one used. Then list what you want from your next role: hours, flexibility, the kind of work. Be honest about
your constraints.`,
        resources: [exercise('career-break-inventory', 'Career break inventory'), book('Designing Your Life', 'Bill Burnett and Dave Evans')],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Refresh your skills with a small project',
        summary: `Pick **one skill that changed in your field** while you were away and build something small with it in
two to four weeks. Finishing something real matters more than finishing a course.`,
        resources: [course('freeCodeCamp curriculum', 'https://www.freecodecamp.org/learn'), exercise('refresh-project', 'A two-week refresh project')],
        estimatedHours: 30,
        optional: false,
      },
      {
        title: 'Reconnect with your network',
        summary: `Message **ten former colleagues**: a short hello, what you have been doing, and what you are looking for
next. Ask for a 20-minute chat, not a job. Many returners find their next role through people rather than job
postings.`,
        resources: [exercise('reconnection-messages', 'Reconnection message templates')],
        estimatedHours: 5,
        optional: false,
      },
      {
        title: 'Tell your career break story',
        summary: `Write a **two-sentence explanation** of your break (what you did, and why you are returning now) and
practice saying it until it feels matter-of-fact. Put it on your CV and profile instead of leaving an unexplained
gap.`,
        resources: [exercise('career-break-story', 'Your career break story')],
        estimatedHours: 3,
        optional: false,
      },
      {
        title: 'Explore returnship programs',
        summary: `Many companies run **paid returnships**: structured re-entry roles with mentoring and training built in.
Directories such as [Path Forward](https://www.pathforward.org/) list them by company. Shortlist five programs and
note their application windows.`,
        resources: [article('Path Forward', 'https://www.pathforward.org/'), article('iRelaunch', 'https://www.irelaunch.com/')],
        estimatedHours: 4,
        optional: false,
      },
      {
        title: 'Prepare for interviews',
        summary: `Prepare **three stories of recent impact** (your refresh project counts) using situation, task, action,
result. Do two mock interviews with a mentor before your first real one.`,
        resources: [exercise('star-stories', 'Three STAR stories')],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Negotiate a role that fits',
        summary: `Decide your **must-haves** (hours, remote days, start date) before any offer arrives. Negotiate pay from
current market data, not from what you earned before your break.`,
        resources: [exercise('offer-must-haves', 'Offer must-haves and trade-offs')],
        estimatedHours: 3,
        optional: false,
      },
      {
        title: 'Plan your first 90 days back',
        summary: `Agree with your manager on **what success looks like at 30, 60 and 90 days**, and schedule regular
check-ins. Expect a few tiring weeks; pace yourself and celebrate the small wins.`,
        resources: [shared.firstNinetyDays],
        estimatedHours: 3,
        optional: false,
      },
      {
        title: 'Quiet the impostor voice',
        summary: `Start a **wins file** on day one: everything you shipped, learned or helped with. Read it when your inner
critic gets loud, and find other returners to talk to; you are far from alone.`,
        resources: [
          video('The power of vulnerability (Brené Brown, TED)', 'https://www.ted.com/talks/brene_brown_the_power_of_vulnerability'),
          exercise('wins-file', 'Start a wins file'),
        ],
        estimatedHours: 2,
        optional: true,
      },
    ],
  },
  {
    slug: 'building-a-growth-mindset',
    title: 'Building a growth mindset',
    summary: `A growth mindset is the belief that **abilities are built, not fixed**, and, more usefully, a set of habits
that turn setbacks into learning. This path goes from understanding the idea to practicing it every day: noticing
your fixed-mindset triggers, asking for feedback, learning deliberately, and helping your team do the same.`,
    author: {
      name: 'Noah Feldman',
      title: 'Executive Coach, former VP of Engineering',
      avatarUrl: null,
    },
    topics: ['mindset', 'personal-growth', 'learning'],
    level: 'beginner',
    steps: [
      {
        title: 'Understand the idea',
        summary: `Read *Mindset* or watch [Carol Dweck's talk](https://www.ted.com/talks/carol_dweck_the_power_of_believing_that_you_can_improve), then write down **one area where you hold a fixed mindset**
("I'm not a people person", "I'm bad at math"). Be specific; everyone has a few.`,
        resources: [
          book('Mindset: The New Psychology of Success', 'Carol S. Dweck'),
          video(
            'The power of believing that you can improve (Carol Dweck, TED)',
            'https://www.ted.com/talks/carol_dweck_the_power_of_believing_that_you_can_improve',
          ),
        ],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Spot your fixed-mindset triggers',
        summary: `For two weeks, note every moment you felt **defensive, avoided a challenge, or compared yourself** with
someone else. Then look for the pattern: is it criticism, an unfamiliar domain, a particular person?`,
        resources: [exercise('trigger-journal', 'Two-week trigger journal')],
        estimatedHours: 3,
        optional: false,
      },
      {
        title: 'Reframe your self-talk',
        summary: `Add the word **"yet"** to each fixed statement and follow it with a next step: *"I can't run a workshop
yet; I'll co-facilitate one next month."* Share one reframe with a mentor and ask them to hold you to the step.`,
        resources: [exercise('reframing', 'Reframing practice')],
        estimatedHours: 2,
        optional: false,
      },
      {
        title: 'Practice deliberately',
        summary: `Pick one skill and practice it **at the edge of your ability, with fast feedback**, for 30 minutes four
times a week. Track the repetitions, not only the results.`,
        resources: [book('Peak: Secrets from the New Science of Expertise', 'Anders Ericsson and Robert Pool')],
        estimatedHours: 12,
        optional: false,
      },
      {
        title: 'Build habits that stick',
        summary: `Attach your practice to an **existing routine** and make it small enough that you cannot fail; two
minutes counts. Track your streak for a month.`,
        resources: [book('Atomic Habits', 'James Clear')],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Seek feedback on purpose',
        summary: `Ask three people for **one thing you could do better** in a specific area, and thank them without
explaining yourself. Act on one piece within a week, and tell them you did.`,
        resources: [shared.thanksForTheFeedback],
        estimatedHours: 4,
        optional: false,
      },
      {
        title: 'Learn from setbacks with a blameless review',
        summary: `Pick a recent setback and write a **blameless review**: what happened, what you knew at the time, and
what you would do differently. Focus on decisions and circumstances, not on blame.`,
        resources: [shared.postmortemCulture, exercise('personal-postmortem', 'Personal blameless review')],
        estimatedHours: 3,
        optional: false,
      },
      {
        title: 'Stay with long goals',
        summary: `Choose one goal that takes **more than six months** and break it into monthly milestones. Review it on the
first of every month; adjust the plan, not the goal.`,
        resources: [
          video(
            'Grit: the power of passion and perseverance (Angela Lee Duckworth, TED)',
            'https://www.ted.com/talks/angela_lee_duckworth_grit_the_power_of_passion_and_perseverance',
          ),
        ],
        estimatedHours: 3,
        optional: true,
      },
      {
        title: 'Help your team grow',
        summary: `Praise **effort, strategy and progress** rather than talent, and share your own learning openly in team
meetings. Psychological safety is what lets a whole team take on hard problems.`,
        resources: [shared.teamEffectiveness, book('The Fearless Organization', 'Amy C. Edmondson')],
        estimatedHours: 5,
        optional: false,
      },
    ],
  },
];
