import type { components } from '@menteo/api';

type PostKind = components['schemas']['PostKind'];

/**
 * One post of a story: a Markdown template. `{name}` takes a value of the thread's
 * `vars` (the same all through one thread), or of the arc's `fresh` pools (a new pick
 * each time), or `{week}` / `{month}` (how long the thread has been going).
 */
export interface Beat {
  kind: PostKind;
  body: string;
}

/** A kind of learning-in-public story; each seeded thread tells one, in its own words. */
export interface Arc {
  key: string;
  titles: string[];
  summaries: string[];
  /** The first two are always used; the rest are sampled. */
  tags: string[];
  /** Lower-case fragments matched against roadmap slugs and titles, to link posts to steps. */
  roadmapHints: string[];
  /** Values that stay the same through one thread; the i-th values of every var go together. */
  vars: Record<string, string[]>;
  fresh: Record<string, string[]>;
  /** In story order. */
  beats: Beat[];
}

/** Posts any story can use between its own beats; they draw on the arc's `fresh` pools. */
export const interludes: Beat[] = [
  {
    kind: 'update',
    body: '**Week {week} check-in.**\n\nWhat went well:\n- {win}\n- kept showing up, even on the slow days\n\nWhat did not: {struggle}.\n\nNext week: {next}.',
  },
  { kind: 'update', body: 'Short one today. {win}, and that was enough to keep me going. Next: {next}.' },
  {
    kind: 'question',
    body: 'Question for people who have been through this: how did you deal with **{struggle}**? I have tried the obvious things and I am out of ideas.',
  },
  {
    kind: 'challenge',
    body: 'Honest update: this week was rough. The culprit: {struggle}. I lost most of Thursday to it.\n\nWriting it down so future me remembers that the dips are part of it.',
  },
  {
    kind: 'update',
    body: 'Reading notes from {resourceLink}:\n\n1. the first half was the useful half\n2. one idea I will steal right away: {next}\n3. one I disagree with, more on that later',
  },
  {
    kind: 'breakthrough',
    body: 'Something clicked today: {win}. Months of "I should" finally turned into "I did". 🎉',
  },
  {
    kind: 'update',
    body: 'Month {month} retro, in three lines:\n\n- **keep:** {win}\n- **stop:** waiting for this one to sort itself out: {struggle}\n- **start:** {next}',
  },
  { kind: 'question', body: 'What is the one resource you would recommend on {topic}? I have {resourceLink} on my list already.' },
  {
    kind: 'challenge',
    body: 'Stuck again. The pattern I keep seeing: {struggle}. My mentor asked me what I would tell a friend in my spot, which was annoyingly useful.',
  },
  { kind: 'milestone', body: '**Small milestone:** {win}. Not glamorous, but it is the kind of thing I could not do in week 1.' },
  {
    kind: 'update',
    body: 'Quiet week on {topic}: travel and a cold. I did manage one thing, {win}. Back to the plan on Monday: {next}.',
  },
  {
    kind: 'update',
    body: 'A few of you asked how I track this. Nothing fancy:\n\n- one note per week, three headings (`tried`, `learned`, `next`)\n- a 20-minute review on Sundays\n- this thread, which keeps me honest',
  },
];

/** Comments by the kind of post they answer. */
export const commentsByKind: Record<PostKind, string[]> = {
  update: [
    'Love seeing the steady progress here.',
    'Thanks for writing these up, they are the most useful thing in my feed.',
    'The weekly format works really well. Stealing it.',
    'Keep going, this is great to follow.',
  ],
  challenge: [
    'Been there. What helped me was writing down the smallest next step and doing only that.',
    'Rooting for you. The fact that you can name the problem is half of it.',
    'This resonates a lot. You are not the only one.',
    'Have you talked to your manager about it? Mine was more helpful than I expected.',
    'Be kind to yourself this week.',
  ],
  breakthrough: [
    'Huge! Congratulations.',
    'This is the kind of post I needed today. Thank you.',
    'So good to see this after the last few weeks. Well earned.',
    'That feeling when it finally clicks. Enjoy it!',
  ],
  milestone: ['Congrats! 🎉', 'Well deserved, you put the work in.', 'Great milestone. What is next?', 'Bookmarking this thread for when I get there.'],
  question: [
    'I would start with the smallest version and see what breaks.',
    'Following, I have the same question.',
    'Ask three people who did it last year. Their answers will disagree, and that is the useful part.',
    'For me it was less about the resource and more about a fixed weekly slot.',
  ],
};

/** The stories the seeded threads tell. */
export const arcs: Arc[] = [
  {
    key: 'new-manager',
    titles: ['My first 90 days as an engineering manager', 'From senior engineer to manager, in public', 'Notes from a brand-new engineering manager'],
    summaries: [
      'I became a manager of {teamSize} people this spring. These are my notes, mistakes included.',
      'Weekly notes from my switch to management: 1:1s, hiring, feedback and the stuff nobody tells you.',
    ],
    tags: ['management', 'leadership', 'one-on-ones', 'feedback', 'hiring'],
    roadmapHints: ['manager', 'management', 'lead'],
    vars: { teamSize: ['five', 'six', 'seven', 'eight'], team: ['the payments team', 'the growth squad', 'the platform team', 'the mobile team'] },
    fresh: {
      topic: ['management', 'running 1:1s', 'giving feedback'],
      win: [
        'a 1:1 where I talked less than 20% of the time',
        'a hard piece of feedback, delivered kindly and on time',
        'our first planning meeting that ended early',
        'a hiring loop with a clear yes',
      ],
      struggle: ['my calendar is now 70% meetings', 'I still grab the interesting tickets myself', 'saying no to another team', 'I do not know what "done" looks like any more'],
      next: ['write a one-page team charter', 'ask each person what they want to learn this quarter', 'block two focus mornings a week', 'practise the feedback conversation out loud'],
      resourceLink: ['[The Manager\'s Path](https://openlibrary.org/search?q=the+managers+path)', '[Radical Candor](https://openlibrary.org/search?q=radical+candor)', '[An Elegant Puzzle](https://openlibrary.org/search?q=an+elegant+puzzle)'],
    },
    beats: [
      {
        kind: 'update',
        body: 'Day one as the manager of {team}. {teamSize} people, most of whom were my peers last week.\n\nMy plan for the first month:\n- **listen** (1:1 with everyone, no agenda of mine)\n- **write down** every surprise\n- change *nothing* until week five',
      },
      {
        kind: 'challenge',
        body: 'First awkward moment: someone asked me to "just decide" on a design debate I used to be part of. I realised I cannot be a participant and the tiebreaker at the same time.',
      },
      {
        kind: 'question',
        body: 'Managers of this thread: how do you structure your **first** 1:1 with someone who used to be your peer? I have a list of questions but it feels like an interview.',
      },
      {
        kind: 'breakthrough',
        body: 'Tried the "three questions, no laptop" format for 1:1s:\n\n1. What is on your mind?\n2. What is getting in your way?\n3. What should I know that I do not?\n\nBest conversations I have had in weeks.',
      },
      {
        kind: 'challenge',
        body: 'Gave my first piece of critical feedback. I rehearsed it, it still came out vague. The person said "ok" and I have no idea whether it landed. Going back tomorrow with the concrete example I should have led with.',
      },
      {
        kind: 'milestone',
        body: '**Milestone:** first hire closed. Seven interviews, one rubric rewrite, and a candidate I am genuinely excited about.',
      },
      {
        kind: 'update',
        body: 'Started keeping a "manager README" so my team knows how I work: when I am reachable, how I like to get bad news (early, unpolished), what I am still learning.',
      },
      {
        kind: 'breakthrough',
        body: 'Delegated the incident review to someone on the team and stayed out of it. It was better than mine would have been. Lesson: my job is the *conditions* for good work, not the work.',
      },
      {
        kind: 'milestone',
        body: 'Three months in. Team survey came back: clarity up, meetings down, and one honest note that I still hover during reviews. Fair.',
      },
    ],
  },
  {
    key: 'portfolio',
    titles: ['Rebuilding my design portfolio from scratch', 'Portfolio rebuild: one case study at a time', 'A product designer rebuilds their portfolio'],
    summaries: [
      'My portfolio is four years old and shows work I would not do today. Rebuilding it in public, case study by case study.',
      'Tracking my portfolio rebuild: fewer projects, deeper stories, real outcomes.',
    ],
    tags: ['design', 'portfolio', 'ux', 'case-studies', 'career'],
    roadmapHints: ['design', 'portfolio', 'ux'],
    vars: { tool: ['Figma', 'Framer', 'Webflow'], project: ['the checkout redesign', 'the onboarding flow', 'the clinic booking app'] },
    fresh: {
      topic: ['portfolio case studies', 'design storytelling', 'presenting design work'],
      win: ['a case study draft that fits on one screen', 'three sketches that finally explain the problem', 'a reviewer said "I get it" in under a minute'],
      struggle: ['I keep polishing visuals instead of writing', 'I cannot share the numbers from my old job', 'every project feels too small to show'],
      next: ['write the problem statement before opening any tool', 'cut one project entirely', 'get two outside reviews'],
      resourceLink: ['[Case Study Club](https://www.casestudy.club)', '[the Nielsen Norman portfolio guide](https://www.nngroup.com/articles/ux-design-portfolios/)'],
    },
    beats: [
      {
        kind: 'update',
        body: 'Audit of the old portfolio: **11 projects**, zero outcomes, lots of gradients. New rule: max four projects, each with a problem, a decision and a result.',
      },
      {
        kind: 'challenge',
        body: 'Writing the story of {project} is much harder than designing it was. I remember the screens, not the *why* behind them.',
      },
      { kind: 'question', body: 'Designers: how do you show impact when you are under NDA? Blurred screens? Rebuilt mocks? Just words?' },
      {
        kind: 'breakthrough',
        body: 'Rewrote {project} as a story in five beats:\n\n1. the messy starting point\n2. what we learned from users\n3. the option we **did not** pick, and why\n4. what shipped\n5. what I would do differently\n\nIt finally reads like design thinking and not a gallery.',
      },
      { kind: 'update', body: 'Moved the whole thing to {tool}. Took a weekend, worth it: I can update a case study in ten minutes now.' },
      {
        kind: 'milestone',
        body: '**Portfolio v2 is live.** Four case studies, each under a five-minute read. Feedback very welcome.',
      },
      { kind: 'challenge', body: 'First round of feedback: "great craft, not sure what *you* did versus the team". Ouch, but correct. Rewriting the role sections.' },
      { kind: 'milestone', body: 'Two recruiter calls in a week, both mentioned {project} by name. The story format works.' },
    ],
  },
  {
    key: 'rust',
    titles: ['Learning Rust after ten years of Python', 'Rust, one borrow-checker fight at a time', 'My Rust year'],
    summaries: ['A Python developer learns Rust by building a small CLI, then a web service. Expect a lot of fighting with lifetimes.', 'Learning Rust in public: notes, small wins and the errors that taught me the most.'],
    tags: ['rust', 'learning', 'systems-programming', 'cli', 'open-source'],
    roadmapHints: ['rust', 'systems', 'backend'],
    vars: { project: ['a log-parsing CLI', 'a tiny key-value store', 'a Markdown link checker'], crate: ['logslice', 'kvlite', 'linkcheck'] },
    fresh: {
      topic: ['Rust', 'ownership and borrowing', 'async Rust'],
      win: ['a whole afternoon without a single `clone()`', 'my first passing `cargo test` run on the real data', 'I read a lifetime error and knew the fix'],
      struggle: ['lifetimes in struct fields', 'choosing between `Box<dyn Error>` and a custom error enum', 'async traits'],
      next: ['rewrite the parser with iterators', 'add `clap` for argument parsing', 'read the chapter on smart pointers again'],
      resourceLink: ['[The Rust Book](https://doc.rust-lang.org/book/)', '[Rust by Example](https://doc.rust-lang.org/rust-by-example/)', '[Rustlings](https://github.com/rust-lang/rustlings)'],
    },
    beats: [
      { kind: 'update', body: 'Starting [The Rust Book](https://doc.rust-lang.org/book/) today. Goal for month one: ship {project} that I would actually use. Working name: `{crate}`.' },
      {
        kind: 'challenge',
        body: 'Day three and I have met the borrow checker. `cannot borrow *self as mutable more than once at a time`. I understand every word and none of the sentence.',
      },
      {
        kind: 'breakthrough',
        body: 'Ownership clicked when I stopped thinking "variables" and started thinking "who is responsible for freeing this". Suddenly the errors read like a code review.',
      },
      { kind: 'question', body: 'Rustaceans: `anyhow` or `thiserror` for a small CLI? Every blog post says "it depends" and I would love a default.' },
      {
        kind: 'update',
        body: 'Rewrote the parser of `{crate}` with iterators:\n\n```\nlines.filter_map(parse).fold(Stats::default(), Stats::add)\n```\n\nShorter, faster and, to my surprise, easier to read than the loop.',
      },
      { kind: 'milestone', body: '**`{crate}` v0.1 is on crates.io.** 412 lines, zero `unsafe`, two very patient reviewers.' },
      { kind: 'challenge', body: 'Tried to make it async "because everyone does". Three days of `Pin` later I reverted. Not every problem needs Tokio.' },
      { kind: 'breakthrough', body: 'Benchmarked against my old Python version: **38× faster** on a 2 GB log file, and memory flat at 6 MB. I see why people get evangelical.' },
      { kind: 'milestone', body: 'First pull request merged into a real Rust project: a small fix to an error message, but it counts.' },
    ],
  },
  {
    key: 'staff-promo',
    titles: ['Road to staff engineer', 'Preparing for a staff promotion, openly', 'Senior to staff: what it actually takes'],
    summaries: ['Documenting a year of working toward a staff engineer promotion: scope, influence, writing, and the packet itself.', 'What I am doing to grow from senior to staff, and what my manager and mentor say about it.'],
    tags: ['staff-engineer', 'promotion', 'career-growth', 'technical-writing', 'influence'],
    roadmapHints: ['staff', 'principal', 'senior'],
    vars: { initiative: ['the service-ownership model', 'the migration off the monolith', 'our on-call redesign'] },
    fresh: {
      topic: ['staff-level impact', 'writing design docs', 'influence without authority'],
      win: ['a design doc approved with comments from four teams', 'a cross-team meeting where I only asked questions', 'my manager used my doc in planning'],
      struggle: ['I still measure my week in pull requests', 'my scope is fuzzy to everyone including me', 'getting time with the directors'],
      next: ['write the one-page strategy for {initiative}', 'find a sponsor outside my org', 'mentor two seniors properly'],
      resourceLink: ['[Staff Engineer by Will Larson](https://staffeng.com/book)', '[The Staff Engineer\'s Path](https://openlibrary.org/search?q=the+staff+engineers+path)', '[StaffEng stories](https://staffeng.com/stories)'],
    },
    beats: [
      {
        kind: 'update',
        body: 'Had the "what would it take" conversation with my manager. Short version: **scope beyond my team**, written strategy, and people who are not my teammates vouching for me. This thread tracks all three.',
      },
      { kind: 'challenge', body: 'My calendar says I am a very productive senior engineer. That is the problem: nothing on it touches other teams.' },
      {
        kind: 'update',
        body: 'Picked my staff-sized problem: {initiative}. It touches six teams, nobody owns it, and everybody complains about it. Perfect.',
      },
      {
        kind: 'breakthrough',
        body: 'Wrote the design doc for {initiative} *before* writing any code. It got more engagement in two days than my last three PRs combined. Writing is the job now.',
      },
      { kind: 'question', body: 'Staff engineers: how did you build your promo packet? Timeline of impact, or themes? My draft is a list and it reads like one.' },
      { kind: 'milestone', body: '**{initiative}: phase one shipped.** Four teams migrated, zero incidents, and I wrote maybe 10% of the code. A year ago that would have felt like failure.' },
      { kind: 'challenge', body: 'Promo committee feedback: "strong technically, influence not yet visible at org level". Disappointing, and also specific enough to act on.' },
      { kind: 'milestone', body: 'Promoted to staff engineer. 🎉 Thank you to everyone who reviewed docs, argued with me and vouched for me.' },
    ],
  },
  {
    key: 'burnout',
    titles: ['Coming back from burnout', 'Recovering from burnout, slowly', 'Rebuilding after burning out'],
    summaries: ['I burned out last winter. Writing about the way back: boundaries, rest, and returning to work I like.', 'A slow, honest log of recovering from burnout while keeping a job in tech.'],
    tags: ['burnout', 'wellbeing', 'boundaries', 'career', 'habits'],
    roadmapHints: ['wellbeing', 'sustainable', 'habit'],
    vars: { habit: ['a 30-minute walk before work', 'no Slack after 6 pm', 'one meeting-free day a week'] },
    fresh: {
      topic: ['recovering from burnout', 'sustainable work habits', 'setting boundaries at work'],
      win: ['a full weekend without opening my laptop', 'I said no to a project and nothing bad happened', 'slept eight hours three nights in a row'],
      struggle: ['guilt about doing less', 'the urge to prove I am "back"', 'a deadline that brought the old patterns back'],
      next: ['keep {habit} for another month', 'talk to my manager about workload', 'plan one thing I enjoy every week'],
      resourceLink: ['[Burnout by Emily and Amelia Nagoski](https://openlibrary.org/search?q=burnout+nagoski)', '[Rest by Alex Soojung-Kim Pang](https://openlibrary.org/search?q=rest+pang)'],
    },
    beats: [
      {
        kind: 'update',
        body: 'Back at work after six weeks off. Writing this thread because I could not find many honest accounts of the *way back*, only of the crash.',
      },
      { kind: 'challenge', body: 'First week back: I read the same email four times. My brain feels like a phone at 3% battery.' },
      {
        kind: 'update',
        body: 'Started {habit}. Not because it is magic, but because it is a promise I can keep, and I need a few of those right now.',
      },
      { kind: 'question', body: 'For people who recovered from burnout: when did you know you were *actually* better, and not just rested?' },
      {
        kind: 'breakthrough',
        body: 'Realised that my burnout was not about hours. It was about **caring a lot about things I could not change**. Changing what I take responsibility for helped more than any holiday.',
      },
      { kind: 'challenge', body: 'Setback: a launch week brought back the 11 pm Slack checks. Caught it after four days instead of four months. Progress?' },
      { kind: 'milestone', body: 'Three months of {habit}. I enjoy parts of my job again, which I honestly did not expect.' },
      { kind: 'update', body: 'What helped, roughly in order:\n\n1. therapy\n2. a manager who took it seriously\n3. {habit}\n4. this thread and your replies' },
    ],
  },
  {
    key: 'public-speaking',
    titles: ['From terrified to my first conference talk', 'Learning public speaking in public', 'Road to my first tech talk'],
    summaries: ['I am scared of public speaking. I also submitted a talk to a conference. Here is how that goes.', 'A year of getting better at presenting: meetups, lightning talks and finally a conference stage.'],
    tags: ['public-speaking', 'conferences', 'communication', 'confidence'],
    roadmapHints: ['speak', 'communication', 'present'],
    vars: { talk: ['"What our outage taught us about retries"', '"Accessibility is a feature"', '"Boring technology, on purpose"'], event: ['a local meetup', 'our company all-hands', 'a regional conference'] },
    fresh: {
      topic: ['public speaking', 'giving tech talks', 'presenting to leadership'],
      win: ['a practice run with no notes', 'I kept to time, to the minute', 'someone asked a question I had prepared for'],
      struggle: ['my hands shake for the first two minutes', 'I write slides instead of rehearsing', 'filler words'],
      next: ['record myself and actually watch it', 'do a five-minute lightning talk at {event}', 'cut a third of the slides'],
      resourceLink: ['[Toastmasters](https://www.toastmasters.org)', '[Presentation Zen](https://openlibrary.org/search?q=presentation+zen)'],
    },
    beats: [
      { kind: 'update', body: 'Submitted {talk} to a conference at 11:58 pm, two minutes before the deadline, mostly to stop myself from backing out.' },
      { kind: 'challenge', body: 'Recorded my first run-through. Counted **47** "so"s in twenty minutes. Painful to watch, also extremely useful.' },
      { kind: 'question', body: 'Speakers: do you memorise your opening? Everyone says yes, but every time I try it sounds robotic.' },
      { kind: 'milestone', body: 'Did a five-minute version of {talk} at {event}. Nobody left, two people asked questions, I remember none of it.' },
      {
        kind: 'breakthrough',
        body: 'The trick that finally helped with nerves: treating the first minute as a *conversation with one person* in the room. Pick a friendly face, talk to them.',
      },
      { kind: 'update', body: '**The talk got accepted.** Now the real work starts: the slides are 80% done, the rehearsals are 0% done.' },
      { kind: 'milestone', body: 'Gave {talk} on the big stage. 200 people, one clicker failure, and a question queue that ran out of time. I want to do it again.' },
    ],
  },
  {
    key: 'career-switch',
    titles: ['Teacher to software developer at 34', 'Career switch diary: classroom to code', 'Switching careers into tech, week by week'],
    summaries: ['Eight years of teaching maths, now learning to code in the evenings. Goal: a junior developer job within a year.', 'Logging my career change into software: courses, projects, applications and rejections.'],
    tags: ['career-switch', 'learning-to-code', 'javascript', 'job-search', 'bootcamp'],
    roadmapHints: ['junior', 'frontend', 'web', 'career'],
    vars: {
      project: ['a lesson-planning app for teachers', 'a homework tracker', 'a quiz generator'],
      app: ['PlanPal', 'DueDate', 'QuizForge'],
      lang: ['JavaScript', 'TypeScript', 'Python'],
    },
    fresh: {
      topic: ['learning to code as an adult', 'the junior developer job search', '{lang}'],
      win: ['I built a form that saves to a real database', 'a technical interview where I explained my thinking out loud', 'my first code review comments, all fair'],
      struggle: ['finding time after marking', 'impostor syndrome during interviews', 'tutorial hell'],
      next: ['deploy {app} somewhere public', 'apply to five jobs this week', 'pair with someone more senior'],
      resourceLink: ['[The Odin Project](https://www.theodinproject.com)', '[freeCodeCamp](https://www.freecodecamp.org)', '[MDN Web Docs](https://developer.mozilla.org)'],
    },
    beats: [
      { kind: 'update', body: 'Decided to switch careers. Teaching taught me to explain hard things simply; I am hoping that transfers. Starting with {lang}, 1 hour a night.' },
      { kind: 'challenge', body: 'Tutorial hell is real. I can follow along with anything, and build nothing on my own. Closing the videos and starting {project} instead.' },
      { kind: 'breakthrough', body: 'Fixed my first bug without Googling the error message. Read the stack trace, found the line, understood *why*. Small, but it felt huge.' },
      { kind: 'milestone', body: '**{app} is live.** Real users: my former colleagues. Their first bug report was better than most I have seen.' },
      { kind: 'question', body: 'Career switchers: did you hide the teaching years on your CV or lean into them? Getting opposite advice from everyone.' },
      { kind: 'challenge', body: 'Fifteen applications, two replies, zero interviews. Rewriting my CV around projects instead of courses.' },
      { kind: 'breakthrough', body: 'Technical interview went well! The secret weapon: explaining my approach like I would to a class of 14-year-olds. Slow, structured, checking for understanding.' },
      { kind: 'milestone', body: 'I got the job. Junior developer, starting next month. To everyone who reviewed my code for free: thank you.' },
    ],
  },
  {
    key: 'system-design',
    titles: ['Getting good at system design', 'System design, from zero to interview-ready', 'Learning system design by building things'],
    summaries: ['Frontend engineer learning distributed systems properly, not just for interviews.', 'My notes from learning system design: reading, building small versions, and mock interviews.'],
    tags: ['system-design', 'distributed-systems', 'interviews', 'backend', 'architecture'],
    roadmapHints: ['system', 'architecture', 'backend', 'distributed'],
    vars: { build: ['a URL shortener', 'a rate limiter', 'a chat service'] },
    fresh: {
      topic: ['system design', 'distributed systems', 'designing for scale'],
      win: ['I explained consistent hashing to a colleague without notes', 'a mock interview with a clear structure from start to end', 'I found the bottleneck in my load test on my own'],
      struggle: ['going too deep on one component', 'back-of-the-envelope maths under pressure', 'knowing when "good enough" is enough'],
      next: ['build {build} with a real queue', 'do two mock interviews', 'read the chapter on replication again'],
      resourceLink: ['[Designing Data-Intensive Applications](https://dataintensive.net)', '[the System Design Primer](https://github.com/donnemartin/system-design-primer)'],
    },
    beats: [
      { kind: 'update', body: 'Starting [Designing Data-Intensive Applications](https://dataintensive.net). One chapter a week, one small build per chapter.' },
      { kind: 'challenge', body: 'Chapter 5 (replication) broke my brain. Leaderless replication sounds like a management style.' },
      { kind: 'update', body: 'Built {build} to make the chapter concrete. First version: one process, one SQLite file. Next: make it survive a restart.' },
      { kind: 'breakthrough', body: 'Load-tested {build}: p99 jumped from 40 ms to 900 ms at 2k rps. Found it myself: a lock around the whole cache. **Measuring first** beats guessing every time.' },
      { kind: 'question', body: 'How do you practise back-of-the-envelope estimates? I freeze when someone asks "how much storage per year".' },
      { kind: 'milestone', body: 'First mock interview I would call good: clarified requirements, sketched the API, estimated load, then went deep on one piece. Structure is everything.' },
    ],
  },
  {
    key: 'writing',
    titles: ['Writing one technical blog post a week', 'A year of writing every week', 'Learning to write about engineering'],
    summaries: ['I committed to one technical post a week for a year. This thread is the behind-the-scenes.', 'Getting better at technical writing by doing it weekly, in public.'],
    tags: ['writing', 'blogging', 'technical-writing', 'habits', 'communication'],
    roadmapHints: ['writing', 'communication'],
    vars: { blog: ['my Substack', 'my personal site', 'the team blog'] },
    fresh: {
      topic: ['technical writing', 'blogging consistently', 'writing clearly'],
      win: ['a post under 800 words that said everything', 'a reader emailed to say a post saved them a day', 'I published on schedule despite a busy week'],
      struggle: ['blank-page Mondays', 'posts that grow to 3,000 words', 'feeling like everything has been written already'],
      next: ['keep an idea list in my notes app', 'write the conclusion first', 'ask a friend to edit one post'],
      resourceLink: ['[On Writing Well](https://openlibrary.org/search?q=on+writing+well)', '[the Google technical writing course](https://developers.google.com/tech-writing)'],
    },
    beats: [
      { kind: 'update', body: 'Post #1 is up on {blog}. The rule: publish every Thursday, good or not. Quality is allowed to come later.' },
      { kind: 'challenge', body: 'Week 4 and I have nothing to say. Turns out "what I learned this week" is an infinite source if you write it down *during* the week.' },
      { kind: 'breakthrough', body: 'Best trick so far: write the post as an answer to a question a colleague actually asked me. Instantly clearer.' },
      { kind: 'milestone', body: '**Ten posts.** One of them reached the front page of a forum and my server survived.' },
      { kind: 'question', body: 'Writers: do you edit the same day or sleep on it? I get better results sleeping on it, but then I miss Thursday.' },
      { kind: 'milestone', body: 'Twenty-six weeks, twenty-six posts. Someone cited one of them in a design review at another company. Surreal.' },
    ],
  },
  {
    key: 'product-management',
    titles: ['Engineer to product manager', 'Learning product management from the inside', 'My switch from engineering to product'],
    summaries: ['After six years as an engineer I moved to product. Notes on discovery, prioritising and letting go of the code.', 'An engineer learning product management on the job.'],
    tags: ['product-management', 'career-switch', 'discovery', 'prioritization'],
    roadmapHints: ['product', 'discovery'],
    vars: { product: ['the billing dashboard', 'the mobile checkout', 'our internal analytics tool'] },
    fresh: {
      topic: ['product discovery', 'prioritisation', 'writing product specs'],
      win: ['five customer interviews in one week', 'a roadmap review where engineering agreed on the order', 'a spec short enough that people read it'],
      struggle: ['I still want to design the solution myself', 'saying no to a senior stakeholder', 'measuring outcomes instead of output'],
      next: ['run a proper opportunity-solution tree', 'shadow support for a day', 'define one success metric for {product}'],
      resourceLink: ['[Continuous Discovery Habits](https://openlibrary.org/search?q=continuous+discovery+habits)', '[Inspired by Marty Cagan](https://openlibrary.org/search?q=inspired+cagan)'],
    },
    beats: [
      { kind: 'update', body: 'First week as the PM for {product}. My engineering instincts are screaming "just fix it". My new job is to find out *what* to fix.' },
      { kind: 'challenge', body: 'Wrote a spec that was basically a technical design. The team politely pointed out I had removed every decision from them.' },
      { kind: 'breakthrough', body: 'Customer interviews changed everything: the feature everyone internally wanted was third on the customers\' list. The first was a *report export*.' },
      { kind: 'question', body: 'PMs: how do you say no to a VP without it becoming a thing? Asking for a friend (me).' },
      { kind: 'milestone', body: 'Shipped the report export for {product}. Support tickets on the topic down 60% in a month. Boring feature, great outcome.' },
    ],
  },
  {
    key: 'open-source',
    titles: ['My first year of open-source contributions', 'Becoming an open-source maintainer', 'Contributing to open source, from zero'],
    summaries: ['From my first typo fix to co-maintaining a library: an open-source journey.', 'Learning to contribute to open source, including the parts that are not code.'],
    tags: ['open-source', 'community', 'github', 'maintainership'],
    roadmapHints: ['open-source', 'open source', 'community'],
    vars: { lib: ['datewise', 'clikit', 'pagesmith'], libDesc: ['a date-handling library', 'a small CLI framework', 'a static site generator'] },
    fresh: {
      topic: ['open-source contribution', 'maintaining a project', 'code review in open source'],
      win: ['a PR merged within a day', 'I triaged ten issues and closed four duplicates', 'a new contributor thanked me for my review'],
      struggle: ['finding issues that are not already claimed', 'reviews that take weeks', 'balancing it with my day job'],
      next: ['write the missing docs page', 'pick up a `good first issue`', 'answer three questions in the discussions'],
      resourceLink: ['[the Open Source Guides](https://opensource.guide)', '[How to Contribute to Open Source](https://opensource.guide/how-to-contribute/)'],
    },
    beats: [
      { kind: 'update', body: 'Goal for the year: become a regular contributor to `{lib}`, {libDesc} I use every day. Starting with the docs, because that is where I got stuck as a user.' },
      { kind: 'milestone', body: 'First PR merged into `{lib}`! It fixed a broken example in the README. Tiny, and I am unreasonably proud.' },
      { kind: 'challenge', body: 'My second PR has been open for three weeks with no review. Learning that maintainers are volunteers with jobs, too.' },
      { kind: 'breakthrough', body: 'Started reviewing *other* people\'s PRs. I learned more about the codebase in two weeks of reviews than in two months of writing code.' },
      { kind: 'question', body: 'Maintainers: how do you say no to a well-meant feature PR without discouraging the contributor?' },
      { kind: 'milestone', body: 'Got commit access to `{lib}`. With it came the triage queue: 214 open issues. Wish me luck.' },
    ],
  },
  {
    key: 'machine-learning',
    titles: ['Learning machine learning as a backend engineer', 'ML from scratch, evenings only', 'Teaching myself machine learning'],
    summaries: ['A backend engineer learning ML properly: maths refresher, courses, and one real project at work.', 'Notes from learning machine learning on the side.'],
    tags: ['machine-learning', 'python', 'data-science', 'learning'],
    roadmapHints: ['machine', 'data', 'ml', 'ai'],
    vars: {
      project: ['a support-ticket classifier', 'a churn prediction model', 'a search ranking tweak'],
      model: ['ticket classifier', 'churn model', 'new ranking model'],
    },
    fresh: {
      topic: ['machine learning', 'linear algebra', 'model evaluation'],
      win: ['I derived gradient descent on paper', 'a model that beat the baseline honestly', 'I caught my own data leak before anyone else did'],
      struggle: ['the maths notation', 'knowing whether a result is real or noise', 'too many courses, not enough projects'],
      next: ['finish the evaluation chapter', 'clean the dataset properly this time', 'present the {model} to my team'],
      resourceLink: ['[fast.ai](https://course.fast.ai)', '[the Andrew Ng course](https://www.coursera.org/specializations/machine-learning-introduction)'],
    },
    beats: [
      { kind: 'update', body: 'Starting with [fast.ai](https://course.fast.ai): top-down, code first. The maths can come when I need it. (It will.)' },
      { kind: 'challenge', body: 'It came. Had to go back to linear algebra basics. Matrix multiplication is fine; *why* it is the right operation is the hard part.' },
      { kind: 'breakthrough', body: 'My first model hit 94% accuracy. Then I found the label was leaking through a feature. Real accuracy: 71%. Best lesson so far.' },
      { kind: 'update', body: 'Picked a real project at work: {project}. Real data is 80% cleaning, as promised by literally everyone.' },
      { kind: 'question', body: 'How do you explain model uncertainty to product people who want a yes or a no?' },
      { kind: 'milestone', body: '**The {model} is in production** behind a feature flag. Beats the rule-based version by 12 points on precision.' },
    ],
  },
];

/** People the seed adds who are not mentors: the voices of the network. */
export const extraPeople: { name: string; headline: string }[] = [
  { name: 'Mara Lindgren', headline: 'Senior frontend engineer' },
  { name: 'Tomás Ferreira', headline: 'Backend developer learning Rust' },
  { name: 'Aisha Bello', headline: 'Product designer' },
  { name: 'Kenji Watanabe', headline: 'New engineering manager' },
  { name: 'Leah Goldberg', headline: 'Former teacher, junior developer' },
  { name: 'Oskar Nowak', headline: 'Site reliability engineer' },
  { name: 'Fatima Zahra El Idrissi', headline: 'Data analyst' },
  { name: 'Jonas Becker', headline: 'Staff engineer in training' },
  { name: 'Chloé Martin', headline: 'UX researcher' },
  { name: 'Samuel Mensah', headline: 'Mobile developer' },
  { name: 'Ines Duarte', headline: 'Engineering manager' },
  { name: 'Ravi Iyer', headline: 'Machine learning engineer' },
  { name: 'Hannah Schulz', headline: 'Technical writer' },
  { name: 'Diego Alvarez', headline: 'Product manager, ex-engineer' },
  { name: 'Nadia Petrova', headline: 'Open-source maintainer' },
  { name: 'Yusuf Demir', headline: 'Full-stack developer' },
  { name: 'Emma Clarke', headline: 'QA engineer moving into development' },
  { name: 'Lukas Hofer', headline: 'Platform engineer' },
  { name: 'Grace Kim', headline: 'Design systems lead' },
  { name: 'Mateo Rossi', headline: 'Developer advocate' },
  { name: 'Zanele Dlamini', headline: 'Cloud engineer' },
  { name: 'Elif Aydın', headline: 'Software engineer, payments' },
  { name: 'Noah Fischer', headline: 'Student, computer science' },
  { name: 'Priscila Santos', headline: 'Bootcamp graduate' },
];

/** The demo mentee's own thread, written out in full (ids fixed so docs can name it). */
export const demoMenteeThread = {
  id: 'thr_learningtolead',
  title: 'Learning to lead: my first year as a tech lead',
  summary: 'Notes from my first year leading a team of six on the payments platform, the awkward parts included.',
  tags: ['leadership', 'tech-lead', 'first-year', 'payments'],
  canonicalUrl: 'https://priya.dev/leading',
  /** `goal` marks the post linked to a goal of Priya's active room; `step` one linked to a roadmap step. */
  posts: [
    {
      kind: 'update',
      body: 'Officially the tech lead of the payments platform team as of today. Six engineers, one on-call rotation, and a migration nobody wants to talk about.\n\nMy plan for the first month:\n- **listen** more than I talk\n- map who depends on us\n- ship one small thing with the team, not for it',
    },
    {
      kind: 'challenge',
      body: 'Caught myself rewriting a teammate\'s pull request "to save time". It did not save time. It cost trust. Apologised the next morning.',
    },
    {
      kind: 'question',
      body: 'Tech leads: how much do you still code? I am at about 50% and feel like I am doing both jobs badly.',
    },
    {
      kind: 'update',
      body: 'Started a mentorship room with an engineering manager I admire. First goal we agreed on: **delegate the on-call process end to end** by the end of the quarter.',
      link: 'goal',
    },
    {
      kind: 'breakthrough',
      body: '**Delegation finally clicked.** I handed the incident review to Sam and stayed out of it.\n\n- the review was better than mine would have been\n- I got two focused afternoons back\n- Sam now owns the runbook, and it shows',
      link: 'step',
    },
    {
      kind: 'challenge',
      body: 'My 1:1s keep turning into status updates. Trying `three questions, no laptop` next week:\n\n1. What is on your mind?\n2. What is in your way?\n3. What should I know?',
    },
    {
      kind: 'milestone',
      body: 'The ledger migration is **done**. Four months, zero data loss, and the team presented it at the engineering all-hands. I said nothing, which was the point.',
    },
    {
      kind: 'update',
      body: 'Reading [The Manager\'s Path](https://openlibrary.org/search?q=the+managers+path) on my mentor\'s advice. The tech lead chapter reads like a diary of my last three months.',
    },
    {
      kind: 'challenge',
      body: 'First time I had to push back on a deadline from product. Wrote it down first: what we can do by then, what we cannot, and what it would cost. The conversation went far better than my nerves predicted.',
    },
    {
      kind: 'breakthrough',
      body: 'We wrote our first team charter together. One page: what we own, how we decide, how we disagree. People reference it in reviews now.',
    },
    {
      kind: 'question',
      body: 'How do you give feedback to someone more senior than you on your own team? Asking for a very specific reason.',
    },
    {
      kind: 'milestone',
      body: 'Six months in. Quarterly survey: the team rated **clarity of priorities** 4.6/5, up from 3.1. Still learning, but this one I am keeping.',
    },
  ] satisfies { kind: PostKind; body: string; link?: 'goal' | 'step' }[],
};
