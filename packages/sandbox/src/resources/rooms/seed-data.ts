import type { RoomStatus } from './state-machine.js';

/**
 * The seeded rooms, written as stories. Times are relative to the seed's "now":
 * `day` is whole days before today (negative: after), `hour` the UTC hour of that day.
 */

export type Side = 'mentor' | 'mentee';

export interface SeedGoal {
  title: string;
  successCriteria: string | null;
  /** Days from now of the target date (negative: in the past); null: no date. */
  targetInDays: number | null;
  progress: number;
  status: 'open' | 'achieved' | 'dropped';
  createdDay: number;
  updatedDay: number;
}

export interface SeedSession {
  day: number;
  hour: number;
  status: 'completed' | 'cancelled' | 'no_show';
  bookedBy: Side;
  agenda: string | null;
  notes: string | null;
  cancelReason?: string;
}

export interface SeedMessage {
  from: Side;
  day: number;
  hour: number;
  body: string;
}

/** Who a room's people are; resolved by the seeder. */
export type SeedMentor = 'demo' | 'public-a' | 'public-b' | 'acme';
export type SeedMentee = 'demo-mentee' | 'acme-employee' | { name: string; headline: string; email: string };

export interface SeedRoom {
  mentor: SeedMentor;
  mentee: SeedMentee;
  goal: string;
  cadence: 'weekly' | 'biweekly' | 'monthly';
  termWeeks: number;
  agreement: string | null;
  status: RoomStatus;
  statusReason: string | null;
  createdDay: number;
  startedDay?: number;
  pausedDay?: number;
  closedDay?: number;
  goals: SeedGoal[];
  sessions: SeedSession[];
  /** A session in the mentor's next open slot at least two days ahead. */
  upcoming?: { status: 'pending' | 'accepted'; bookedBy: Side; agenda: string };
  messages: SeedMessage[];
  /** How many of the last messages from the other side each participant has not read. */
  unread: { mentor: number; mentee: number };
}

const flagshipAgreement = `- We meet every other week for an hour; Priya sends an agenda the day before.
- Between sessions we use the room's messages, and answer within two working days.
- Anything said in a session stays between us unless we agree otherwise.
- Either of us can pause the room with a week's notice.`;

/** Priya (demo-mentee) and Daniel (demo-mentor): the room both demo people see, from either side. */
const flagship: SeedRoom = {
  mentor: 'demo',
  mentee: 'demo-mentee',
  goal: 'Step into my first tech-lead role on the payments platform: run planning for a team of five, grow the two new engineers, and stop being the bottleneck on every code review.',
  cadence: 'biweekly',
  termWeeks: 24,
  agreement: flagshipAgreement,
  status: 'active',
  statusReason: null,
  createdDay: 72,
  startedDay: 70,
  goals: [
    {
      title: 'Run Q3 planning end to end',
      successCriteria: 'The plan is agreed with product by the second week of the quarter, and the team estimated its own epics.',
      targetInDays: -30,
      progress: 100,
      status: 'achieved',
      createdDay: 69,
      updatedDay: 44,
    },
    {
      title: 'Hand code-review ownership to the team',
      successCriteria: 'Two engineers other than me approve most pull requests in payments-core; my share of reviews drops below 30%.',
      targetInDays: 30,
      progress: 45,
      status: 'open',
      createdDay: 69,
      updatedDay: 14,
    },
    {
      title: 'Give a talk at the engineering all-hands',
      successCriteria: 'A 15-minute talk on how we run the ledger migration.',
      targetInDays: null,
      progress: 10,
      status: 'dropped',
      createdDay: 55,
      updatedDay: 27,
    },
  ],
  sessions: [
    {
      day: 69,
      hour: 15,
      status: 'completed',
      bookedBy: 'mentee',
      agenda: 'Where my week goes versus where it should go.',
      notes: '- Priya reviews every PR in payments-core and is pulled into most incidents.\n- Try one week without reviewing outside her own area.\n- Draft the Q3 plan herself, but let the team estimate its own epics.',
    },
    {
      day: 55,
      hour: 15,
      status: 'completed',
      bookedBy: 'mentee',
      agenda: 'Product wants the ledger migration and new payout methods in the same quarter.',
      notes: '- Give options, not a no: "A by August, or B by September, or both by November".\n- Role-played the conversation with the product lead.',
    },
    {
      day: 41,
      hour: 15,
      status: 'completed',
      bookedBy: 'mentor',
      agenda: 'Jonas is struggling: skills or onboarding?',
      notes: '- Assume onboarding until proven otherwise.\n- Pair with Jonas on one real ticket end to end.\n- Move from ad-hoc check-ins to a weekly 1:1.',
    },
    {
      day: 34,
      hour: 15,
      status: 'cancelled',
      bookedBy: 'mentee',
      agenda: 'Follow-up on Jonas.',
      notes: null,
      cancelReason: 'Payments incident, I am on the bridge all afternoon. Sorry!',
    },
    {
      day: 27,
      hour: 15,
      status: 'completed',
      bookedBy: 'mentee',
      agenda: 'Dropping the all-hands talk; how to start delegating reviews.',
      notes: '- Priya talked to her manager: the talk is off the list for this half.\n- Idea: a rotating review captain per sprint.',
    },
    {
      day: 13,
      hour: 15,
      status: 'completed',
      bookedBy: 'mentee',
      agenda: 'First sprint of the review rotation.',
      notes: "- Priya's review share went from about 70% to 45% in one sprint.\n- Keep the rotation for two sprints, then ask the team what to change.",
    },
  ],
  upcoming: {
    status: 'accepted',
    bookedBy: 'mentee',
    agenda: 'Review-share numbers after two sprints of the rotation, and one thing to stop doing next quarter.',
  },
  messages: [
    { from: 'mentee', day: 72, hour: 8, body: "Hi Daniel, I was promoted to tech lead of the payments platform team last month and the jump is harder than I expected. Your post on leading without the title described my week exactly. Would you mentor me through the first six months?" },
    { from: 'mentor', day: 70, hour: 9, body: "Hi Priya, happy to. I've been exactly where you are. Before our first session, could you write down the three things that take most of your week right now, and the three that *should*? No need to polish it." },
    { from: 'mentee', day: 70, hour: 18, body: "Honest list. Taking most of my week:\n1. reviewing every PR in payments-core\n2. incident calls\n3. product's \"quick questions\"\n\nShould be:\n1. planning Q3 with product\n2. unblocking the two new hires\n3. thinking about the ledger migration" },
    { from: 'mentor', day: 69, hour: 17, body: "Good first session. What we agreed: you draft the Q3 plan, but the team estimates its own epics. And one week where you don't review anything outside your own area. It will feel uncomfortable; tell me how it goes." },
    { from: 'mentee', day: 64, hour: 19, body: 'A week without reviews: survived, barely. Two PRs waited a day longer than usual and nobody died. Mateus caught a bug I would have missed.' },
    { from: 'mentor', day: 63, hour: 8, body: "That's the lesson in one sentence: the day of delay is the price of the team owning quality. Write down the Mateus story; it's what you'll tell your manager when you ask for support with this." },
    { from: 'mentee', day: 57, hour: 12, body: "Question before our session: product wants the ledger migration AND the new payout methods in Q3. Our estimates say we can do one. How do I push back without sounding like I'm not a team player?" },
    { from: 'mentor', day: 57, hour: 14, body: "Don't push back, give options: \"We can do A by August, or B by September, or both by November. Which matters more?\" Bring the estimates and let them choose. We can role-play it in the session." },
    { from: 'mentee', day: 55, hour: 17, body: 'The role-play was really useful, thank you. The meeting with product is on Monday.' },
    { from: 'mentee', day: 51, hour: 16, body: "It worked! They picked payouts first; the migration starts in September. First planning meeting I've left without feeling I'd lost something." },
    { from: 'mentor', day: 50, hour: 8, body: "Excellent. Notice what you did: you made the trade-off visible and let the people who own the priority decide. That's most of the job. Mark the planning goal achieved once the plan is signed off." },
    { from: 'mentee', day: 44, hour: 17, body: "Plan signed off, goal marked as achieved. Next thing keeping me up: Jonas, one of the new hires, is struggling and I can't tell whether it's skills or onboarding." },
    { from: 'mentor', day: 43, hour: 9, body: "Usually onboarding until proven otherwise. Ask him what he'd change about his first month, and pair with him on one real ticket end to end. Let's dig into it next session." },
    { from: 'mentee', day: 41, hour: 17, body: "Notes from today are on the session. I'm replacing the ad-hoc check-ins with a weekly 1:1 with Jonas." },
    { from: 'mentor', day: 36, hour: 10, body: 'How did the pairing go?' },
    { from: 'mentee', day: 35, hour: 18, body: "Better than expected. Nobody had ever shown him our deploy pipeline. I wrote it up as an onboarding doc and he reviewed it." },
    { from: 'mentor', day: 34, hour: 8, body: "Great artifact, and since he reviewed it he owns part of it. Sorry you're stuck on the incident today; let's skip this week." },
    { from: 'mentee', day: 29, hour: 13, body: "I'd like to drop the all-hands talk goal. It was my manager's idea more than mine, and the prep eats time I'd rather spend on the team. Is that a cop-out?" },
    { from: 'mentor', day: 28, hour: 9, body: "Not a cop-out if you say it out loud and say why. Talk to your manager first, then drop it here. Goals that aren't yours don't survive a busy quarter." },
    { from: 'mentee', day: 27, hour: 17, body: 'Talked to my manager, she agreed, so I dropped it. Next up: delegating reviews properly.' },
    { from: 'mentor', day: 20, hour: 11, body: "Reading for before our next session: the chapter on \"tours of duty\" in *The Alliance*. It's about giving people ownership with an end date, and could work for reviews." },
    { from: 'mentee', day: 14, hour: 18, body: "Read it. Trying a rotating review captain each sprint, Mateus first. My share of reviews went from about 70% to 45% in one sprint." },
    { from: 'mentor', day: 13, hour: 17, body: 'Great session. Keep the rotation for two sprints, then ask the team what to change. Book our next session once you have the numbers.' },
    { from: 'mentor', day: 3, hour: 10, body: 'Read the rotation retro notes you shared. Newer engineers feeling safe to approve PRs is the real win here.' },
    { from: 'mentor', day: 1, hour: 16, body: 'Looking forward to our next session. Bring the review-share numbers and one thing you want to stop doing next quarter.' },
  ],
  unread: { mentor: 0, mentee: 2 },
};

/** Every seeded room. The demo mentor's rooms cover every status a mentor sees. */
export const roomStories: SeedRoom[] = [
  flagship,
  {
    mentor: 'public-a',
    mentee: 'demo-mentee',
    goal: 'Write design docs and RFCs that get read and decided on: my last two proposals stalled in comments for weeks.',
    cadence: 'monthly',
    termWeeks: 12,
    agreement: null,
    status: 'requested',
    statusReason: null,
    createdDay: 3,
    goals: [],
    sessions: [],
    messages: [
      { from: 'mentee', day: 3, hour: 9, body: 'Hi! Your RFC template is the one our platform team adopted. I would love help getting my own proposals to a decision faster; a monthly session would be plenty.' },
    ],
    unread: { mentor: 1, mentee: 0 },
  },
  {
    mentor: 'public-b',
    mentee: 'demo-mentee',
    goal: 'Prepare for the senior engineer promotion: build a promotion packet with real evidence and close my gap in system design.',
    cadence: 'biweekly',
    termWeeks: 12,
    agreement: '- Biweekly, one hour.\n- Priya brings one design to critique each time.',
    status: 'completed',
    statusReason: 'Both goals met, and the promotion came through. Congratulations!',
    createdDay: 200,
    startedDay: 198,
    closedDay: 112,
    goals: [
      { title: 'Promotion packet with three strong examples', successCriteria: 'My manager agrees the packet is ready to submit.', targetInDays: -120, progress: 100, status: 'achieved', createdDay: 197, updatedDay: 128 },
      { title: 'Lead one design review end to end', successCriteria: 'I present a design for the refunds service and incorporate feedback.', targetInDays: -130, progress: 100, status: 'achieved', createdDay: 197, updatedDay: 140 },
    ],
    sessions: [
      { day: 196, hour: 14, status: 'completed', bookedBy: 'mentee', agenda: 'What a promotion packet needs.', notes: '- Evidence beats adjectives: link to docs and PRs.' },
      { day: 182, hour: 14, status: 'completed', bookedBy: 'mentee', agenda: 'Critique: the refunds service design.', notes: '- Split the read and write paths.\n- Name the failure modes explicitly.' },
      { day: 168, hour: 14, status: 'no_show', bookedBy: 'mentor', agenda: 'Packet draft review.', notes: null },
      { day: 154, hour: 14, status: 'completed', bookedBy: 'mentee', agenda: 'Packet draft review.', notes: '- Two examples are strong; the third is about the team, not Priya.' },
      { day: 140, hour: 14, status: 'completed', bookedBy: 'mentee', agenda: 'Dry run of the design review.', notes: '- Open with the decision you need, not the history.' },
      { day: 126, hour: 14, status: 'completed', bookedBy: 'mentee', agenda: 'Last session: what next.', notes: '- Next: find a mentor for the tech-lead transition.' },
    ],
    messages: [
      { from: 'mentee', day: 200, hour: 10, body: 'Hi, I am going for senior in the next cycle and my system design is the weak spot. Could you help me prepare?' },
      { from: 'mentor', day: 198, hour: 8, body: 'Happy to. Send me the last design you wrote before our first session.' },
      { from: 'mentee', day: 168, hour: 15, body: 'Sorry, I missed today completely: an on-call page at the worst time. Can we move to next week?' },
      { from: 'mentor', day: 167, hour: 9, body: 'No problem, booked for the same time in two weeks.' },
      { from: 'mentee', day: 113, hour: 12, body: 'The promotion came through! Thank you so much for these three months.' },
      { from: 'mentor', day: 112, hour: 9, body: 'Well deserved. Marking our room as completed. Good luck as a tech lead, you will be great.' },
    ],
    unread: { mentor: 0, mentee: 0 },
  },
  {
    mentor: 'demo',
    mentee: { name: 'Aisha Bello', headline: 'Senior backend engineer, logistics', email: 'aisha.bello@demo.example' },
    goal: "I have been asked to lead a new three-person team in January and I have never managed anyone. I want a plan for my first 90 days and someone to sanity-check how I run 1:1s and give feedback.",
    cadence: 'weekly',
    termWeeks: 12,
    agreement: null,
    status: 'requested',
    statusReason: null,
    createdDay: 2,
    goals: [],
    sessions: [],
    messages: [
      { from: 'mentee', day: 2, hour: 11, body: 'Hi Daniel, a colleague recommended you for first-time managers. Weekly for the first three months would help most; happy to adapt to your schedule.' },
    ],
    unread: { mentor: 1, mentee: 0 },
  },
  {
    mentor: 'demo',
    mentee: { name: 'Tomás Herrera', headline: 'Staff engineer, data platform', email: 'tomas.herrera@demo.example' },
    goal: 'Decide within six months whether the engineering-manager track is right for me, and if it is, move into it without losing my technical credibility.',
    cadence: 'monthly',
    termWeeks: 24,
    agreement: null,
    status: 'requested',
    statusReason: null,
    createdDay: 9,
    goals: [],
    sessions: [],
    messages: [
      { from: 'mentee', day: 9, hour: 16, body: 'Hello! My director offered me a manager role and I have not said yes yet. I would value an outside view from someone who made the same move.' },
    ],
    unread: { mentor: 1, mentee: 0 },
  },
  {
    mentor: 'demo',
    mentee: { name: 'Lena Fischer', headline: 'Engineering manager, growth', email: 'lena.fischer@demo.example' },
    goal: 'Handle my first performance-improvement conversation well, and build a fair, documented feedback practice for my team of seven.',
    cadence: 'biweekly',
    termWeeks: 16,
    agreement: '- Every other Tuesday.\n- Lena brings a real situation each time, anonymised.',
    status: 'paused',
    statusReason: 'Parental leave until the end of next month; I will resume when I am back.',
    createdDay: 64,
    startedDay: 62,
    pausedDay: 20,
    goals: [
      { title: 'Run the performance conversation with one engineer', successCriteria: 'Expectations written down and agreed, with a check-in date.', targetInDays: 40, progress: 60, status: 'open', createdDay: 61, updatedDay: 22 },
      { title: 'Write the team feedback guide', successCriteria: 'A one-page guide the team reviewed.', targetInDays: 60, progress: 25, status: 'open', createdDay: 61, updatedDay: 35 },
    ],
    sessions: [
      { day: 61, hour: 16, status: 'completed', bookedBy: 'mentee', agenda: 'The situation, and what I have tried.', notes: '- Separate the behaviour from the person.\n- Write the expectations before the meeting.' },
      { day: 47, hour: 16, status: 'completed', bookedBy: 'mentee', agenda: 'Rehearse the conversation.', notes: '- Lena will hold it next week, with HR informed.' },
      { day: 33, hour: 16, status: 'completed', bookedBy: 'mentor', agenda: 'How it went.', notes: '- It went well; the engineer agreed to the plan.\n- Start the feedback guide.' },
    ],
    messages: [
      { from: 'mentee', day: 64, hour: 9, body: 'Hi Daniel, I need to start a performance conversation soon and I have never done one. Could you help?' },
      { from: 'mentor', day: 62, hour: 10, body: 'Yes. Write down what you have observed, with dates, before our first session.' },
      { from: 'mentee', day: 32, hour: 18, body: 'The conversation went better than I feared. Thank you for the rehearsal.' },
      { from: 'mentee', day: 20, hour: 12, body: 'My leave starts earlier than planned, so I am pausing our room. Back in about two months!' },
      { from: 'mentor', day: 20, hour: 15, body: 'Congratulations, and enjoy the time. The room will be here when you are back.' },
    ],
    unread: { mentor: 0, mentee: 0 },
  },
  {
    mentor: 'demo',
    mentee: { name: 'Marcus Chen', headline: 'Frontend engineer, design systems', email: 'marcus.chen@demo.example' },
    goal: 'Design the frontend architecture for a micro-frontend migration across four product teams, and get it approved by the architecture group.',
    cadence: 'weekly',
    termWeeks: 8,
    agreement: null,
    status: 'declined',
    statusReason: 'Thanks for asking, Marcus. Frontend architecture is not where I can help most; look for a mentor who specialises in it.',
    createdDay: 11,
    closedDay: 8,
    goals: [],
    sessions: [],
    messages: [
      { from: 'mentee', day: 11, hour: 10, body: 'Hi, I am leading our micro-frontend migration and would love a mentor for the architecture side.' },
      { from: 'mentor', day: 8, hour: 9, body: 'Thanks Marcus, this is a great project, but not my area. I have added a note on why.' },
    ],
    unread: { mentor: 0, mentee: 0 },
  },
  {
    mentor: 'demo',
    mentee: { name: 'Yuki Tanaka', headline: 'Site reliability engineer', email: 'yuki.tanaka@demo.example' },
    goal: 'Build the confidence to run incident reviews and present postmortems to the leadership team.',
    cadence: 'biweekly',
    termWeeks: 10,
    agreement: '- Biweekly.\n- Yuki shares the postmortem draft two days before.',
    status: 'completed',
    statusReason: null,
    createdDay: 120,
    startedDay: 118,
    closedDay: 40,
    goals: [
      { title: 'Facilitate three blameless incident reviews', successCriteria: 'Reviews end with owned action items.', targetInDays: -60, progress: 100, status: 'achieved', createdDay: 117, updatedDay: 62 },
      { title: 'Present a postmortem to leadership', successCriteria: 'Present the March outage postmortem at the leadership sync.', targetInDays: -45, progress: 100, status: 'achieved', createdDay: 117, updatedDay: 46 },
    ],
    sessions: [
      { day: 117, hour: 9, status: 'completed', bookedBy: 'mentee', agenda: 'How I run reviews today.', notes: '- Ask "what made this possible", not "who".' },
      { day: 103, hour: 9, status: 'completed', bookedBy: 'mentee', agenda: 'Review of the first facilitated incident review.', notes: '- Timebox the timeline; spend the time on contributing factors.' },
      { day: 75, hour: 9, status: 'completed', bookedBy: 'mentee', agenda: 'Postmortem draft for leadership.', notes: '- Lead with customer impact and the one decision you need.' },
      { day: 47, hour: 9, status: 'completed', bookedBy: 'mentor', agenda: 'Dry run.', notes: '- Ready. Cut slides 6 to 9.' },
    ],
    messages: [
      { from: 'mentee', day: 120, hour: 8, body: 'Hi Daniel, I have been asked to run our incident reviews and I freeze when leadership joins. Could you help?' },
      { from: 'mentor', day: 118, hour: 9, body: 'Happy to. Bring the last postmortem you wrote.' },
      { from: 'mentee', day: 45, hour: 17, body: 'Presented to leadership today. They asked good questions and I did not freeze!' },
      { from: 'mentor', day: 40, hour: 10, body: 'Proud of you. Both goals achieved, so I am marking the room completed. Keep in touch.' },
    ],
    unread: { mentor: 0, mentee: 0 },
  },
  {
    mentor: 'demo',
    mentee: { name: 'Olu Adeyemi', headline: 'Senior engineer, mobile', email: 'olu.adeyemi@demo.example' },
    goal: 'Get better at estimating work and communicating delivery timelines to stakeholders, so that our mobile releases stop slipping.',
    cadence: 'biweekly',
    termWeeks: 12,
    agreement: null,
    status: 'closed_early',
    statusReason: 'I have moved into a product management role and want to find a PM mentor. Thank you for the sessions so far!',
    createdDay: 75,
    startedDay: 73,
    closedDay: 30,
    goals: [
      { title: 'Ship two releases on the date we announced', successCriteria: null, targetInDays: -10, progress: 30, status: 'open', createdDay: 72, updatedDay: 45 },
    ],
    sessions: [
      { day: 72, hour: 12, status: 'completed', bookedBy: 'mentee', agenda: 'Why our releases slip.', notes: '- Estimates are single numbers; try ranges with a confidence.' },
      { day: 58, hour: 12, status: 'completed', bookedBy: 'mentee', agenda: 'Ranges in practice.', notes: '- Stakeholders took ranges better than expected.' },
      { day: 44, hour: 12, status: 'no_show', bookedBy: 'mentee', agenda: 'Release retro.', notes: null },
    ],
    messages: [
      { from: 'mentee', day: 75, hour: 9, body: 'Hi Daniel, our mobile releases keep slipping and I am the one announcing the dates. Could you help me get better at this?' },
      { from: 'mentor', day: 73, hour: 8, body: 'Sure. Let us start with how you estimate today.' },
      { from: 'mentee', day: 31, hour: 14, body: 'News: I am moving to product management next month. I think I need a different kind of mentor now.' },
      { from: 'mentor', day: 30, hour: 9, body: 'Congratulations! That makes sense; closing the room so you are free to find the right person.' },
    ],
    unread: { mentor: 0, mentee: 0 },
  },
  {
    mentor: 'acme',
    mentee: 'acme-employee',
    goal: 'Move from visual design into product design leadership: run design critiques for the checkout squad and mentor our junior designer.',
    cadence: 'weekly',
    termWeeks: 12,
    agreement: '- Weekly, 60 minutes, Thursdays when possible.\n- Sam brings work in progress, not finished work.',
    status: 'active',
    statusReason: null,
    createdDay: 33,
    startedDay: 31,
    goals: [
      { title: 'Run a weekly design critique for the checkout squad', successCriteria: 'Four critiques in a row, with engineers and the PM attending.', targetInDays: 21, progress: 60, status: 'open', createdDay: 30, updatedDay: 6 },
      { title: 'Set up a growth plan with our junior designer', successCriteria: 'A written plan we both agreed on.', targetInDays: 45, progress: 20, status: 'open', createdDay: 30, updatedDay: 16 },
    ],
    sessions: [
      { day: 30, hour: 13, status: 'completed', bookedBy: 'mentee', agenda: 'What a good critique looks like.', notes: '- Critique against the goal of the design, not taste.' },
      { day: 23, hour: 13, status: 'completed', bookedBy: 'mentee', agenda: 'First critique retro.', notes: '- Invite engineering earlier.' },
      { day: 16, hour: 13, status: 'completed', bookedBy: 'mentor', agenda: 'Mentoring the junior designer.', notes: '- Ask what she wants to be known for in a year.' },
      { day: 9, hour: 13, status: 'cancelled', bookedBy: 'mentee', agenda: 'Critique format v2.', notes: null, cancelReason: 'Company offsite moved to this week.' },
    ],
    upcoming: { status: 'pending', bookedBy: 'mentee', agenda: 'Critique format v2, and the growth plan draft.' },
    messages: [
      { from: 'mentee', day: 33, hour: 10, body: 'Hi! People say you built the critique culture in payments design. Could you help me do the same for checkout?' },
      { from: 'mentor', day: 31, hour: 9, body: 'Gladly. Weekly works for me. Bring something in progress to the first session.' },
      { from: 'mentee', day: 22, hour: 16, body: 'Second critique: two engineers came and the PM stayed for the whole hour.' },
      { from: 'mentor', day: 21, hour: 9, body: 'That is the sign it is working. Keep the format stable for a few weeks before changing it.' },
      { from: 'mentee', day: 9, hour: 8, body: 'Sorry, the offsite moved to this week, so I cancelled Thursday. I will book the next open slot.' },
      { from: 'mentor', day: 6, hour: 11, body: 'No problem. Let us look at the growth plan draft next time.' },
    ],
    unread: { mentor: 0, mentee: 1 },
  },
];
