import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { newId } from '../../ids.js';
import { demo } from '../../demo.js';
import type { SeedContext } from '../../seed-context.js';
import type { Rng } from '../../rng.js';
import { insertUser } from '../../users.js';
import {
  acmeThreadStory,
  arcs,
  commentsByKind,
  delegationComment,
  demoMenteeThread,
  extraPeople,
  interludes,
  privateThreadStory,
  unlistedThreadStory,
  type Arc,
  type Beat,
  type FixedThread,
} from './seed-data.js';
import { setThreadTags } from './tags.js';
import { reactionKinds } from './views.js';

type PostKind = components['schemas']['PostKind'];
type Visibility = components['schemas']['ThreadVisibility'];
type ReactionKind = components['schemas']['ReactionKind'];

const day = 86_400_000;
/** Public threads told from the arcs: three per arc. */
const threadsPerArc = 3;

interface Person {
  id: string;
  orgId: string | null;
}

interface SeedPost {
  kind: PostKind;
  body: string;
  at: Date;
  link?: { kind: 'roadmap_step'; roadmapId: string; stepId: string } | { kind: 'room_goal'; roomId: string; goalId: string };
}

interface SeedThread {
  id: string;
  owner: Person;
  title: string;
  summary: string | null;
  tags: string[];
  visibility: Visibility;
  canonicalUrl: string | null;
  createdAt: Date;
  posts: SeedPost[];
  /** Who may react, comment and follow (people who can see the thread). */
  crowd: Person[];
  /** 0–1: how much attention the thread gets. */
  popularity: number;
}

/**
 * Seeds the growth threads: 36 public threads told from the story arcs (owned by public
 * mentors and a few extra people), the demo mentee's own thread (linked to her room's goal),
 * an Acme `organization` thread, a private and an unlisted one; then followers, reactions and
 * comments from people who can see each thread. Runs last, so it reads mentors, roadmaps and
 * rooms straight from their tables. Only `ctx.rng` and `ctx.now`: the same seed, the same world.
 */
export function seedThreads(ctx: SeedContext): void {
  const { db, rng, now } = ctx;
  const extras = extraPeople.map((p) => {
    const person: Person = { id: newId('usr', rng), orgId: null };
    insertUser(db, {
      id: person.id,
      orgId: null,
      name: p.name,
      headline: p.headline,
      avatarUrl: null,
      createdAt: iso(new Date(now.getTime() - rng.int(200, 600) * day)),
    });
    return person;
  });
  const publicMentors = mentorUsers(db, 'public');
  const acmePeople = [{ id: demo.users.acmeEmployee.id, orgId: demo.orgs.acme }, ...mentorUsers(db, demo.orgs.acme)];
  const demoPeople: Person[] = [
    { id: demo.users.mentee.id, orgId: demo.orgs.demo },
    { id: demo.users.mentor.id, orgId: demo.orgs.demo },
  ];
  const network = [...extras, ...publicMentors.slice(0, 80), ...demoPeople, acmePeople[0]!];
  const roadmaps = roadmapSteps(db);

  // Two mentors, then one of the extra people: most threads belong to mentors, some to the rest.
  const ownerPool = interleave(publicMentors.slice(0, 48), extras, 2);
  const threads: SeedThread[] = [];
  let n = 0;
  for (let round = 0; round < threadsPerArc; round++) {
    for (const arc of arcs) {
      const owner = ownerPool[n % ownerPool.length]!;
      threads.push(storyThread(db, rng, now, arc, round, owner, network, roadmaps));
      n++;
    }
  }
  threads.push(menteeThread(db, rng, now, network, roadmaps));
  threads.push(acmeThread(rng, now, acmePeople));
  threads.push(privateThread(now));
  threads.push(unlistedThread(now, network));

  for (const thread of threads) writeThread(db, rng, now, thread);
  seedDemoFollows(db, rng, now, threads);
}

function iso(date: Date): string {
  return date.toISOString();
}

/** Seeded instants fall on whole minutes: they read like real posts, not like a clock. */
function wholeMinute(ms: number): Date {
  return new Date(Math.floor(ms / 60_000) * 60_000);
}

/** The people behind mentor profiles: of the public network, or of one organization's pool. */
function mentorUsers(db: Db, pool: 'public' | string): Person[] {
  if (!tableExists(db, 'mentors')) return [];
  const rows =
    pool === 'public'
      ? prepared(db, 'SELECT DISTINCT m.user_id AS id, u.org_id FROM mentors m JOIN users u ON u.id = m.user_id WHERE m.org_id IS NULL ORDER BY m.id').all()
      : prepared(db, 'SELECT DISTINCT m.user_id AS id, u.org_id FROM mentors m JOIN users u ON u.id = m.user_id WHERE m.org_id = ? ORDER BY m.id').all(pool);
  // The demo people write their own stories; everyone else joins the crowd once.
  const taken = new Set<string>([demo.users.mentee.id, demo.users.mentor.id, demo.users.acmeEmployee.id]);
  const unique = new Map((rows as { id: string; org_id: string | null }[]).filter((r) => !taken.has(r.id)).map((r) => [r.id, r.org_id] as const));
  return [...unique].map(([id, orgId]) => ({ id, orgId }));
}

function tableExists(db: Db, name: string): boolean {
  return prepared(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** Roadmaps with their steps in order, to link posts to the step a story is at. */
function roadmapSteps(db: Db): { id: string; text: string; steps: string[] }[] {
  if (!tableExists(db, 'roadmaps') || !tableExists(db, 'roadmap_steps')) return [];
  const roadmaps = prepared(db, 'SELECT id, slug, title FROM roadmaps ORDER BY id').all() as { id: string; slug: string; title: string }[];
  const steps = prepared(db, 'SELECT id FROM roadmap_steps WHERE roadmap_id = ? ORDER BY position');
  return roadmaps
    .map((r) => ({ id: r.id, text: `${r.slug} ${r.title}`.toLowerCase(), steps: (steps.all(r.id) as { id: string }[]).map((s) => s.id) }))
    .filter((r) => r.steps.length > 0);
}

/** The first roadmap matching one of the hints (hints in order of preference). */
function roadmapFor(roadmaps: { id: string; text: string; steps: string[] }[], hints: readonly string[]) {
  for (const hint of hints) {
    const found = roadmaps.find((r) => r.text.includes(hint));
    if (found) return found;
  }
  return undefined;
}

/** `perB` items of `a`, then one of `b`, and so on until both run out. */
function interleave<T>(a: readonly T[], b: readonly T[], perB: number): T[] {
  const out: T[] = [];
  for (let i = 0; i * perB < a.length || i < b.length; i++) {
    out.push(...a.slice(i * perB, (i + 1) * perB));
    if (i < b.length) out.push(b[i]!);
  }
  return out;
}

/**
 * Fills `{name}` from the thread's fixed vars, the arc's fresh pools and the computed ones;
 * fresh values may hold placeholders themselves. Fresh picks avoid values the thread used
 * already (`used`) until a pool runs dry, and a value that opens a sentence is capitalised.
 */
function fill(template: string, rng: Rng, fixed: Record<string, string>, fresh: Record<string, string[]>, used: Set<string>): string {
  let text = template;
  for (let pass = 0; pass < 3 && text.includes('{'); pass++) {
    text = text.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string, offset: number, all: string) => {
      let value: string;
      if (name in fixed) {
        value = fixed[name]!;
      } else {
        const pool = fresh[name];
        if (!pool || pool.length === 0) return whole;
        const unused = pool.filter((v) => !used.has(v));
        value = rng.pick(unused.length > 0 ? unused : pool);
        used.add(value);
      }
      return opensSentence(all.slice(0, offset)) ? value.charAt(0).toUpperCase() + value.slice(1) : value;
    });
  }
  return text;
}

/** Whether text following `before` starts a sentence (start, after `. ! ?`, a new line, or an opening `**`). */
function opensSentence(before: string): boolean {
  return /(^|[.!?]\s+|\n|(^|\n)\*\*)$/.test(before);
}

/** Post instants between `start` and `end`, sorted, on whole minutes. */
function spread(rng: Rng, start: number, end: number, count: number): Date[] {
  const times = Array.from({ length: count }, () => start + rng.next() * (end - start));
  times.sort((a, b) => a - b);
  return times.map(wholeMinute);
}

/** Picks a story's beats in order and slots interludes between them up to `count` posts. */
function storyBeats(rng: Rng, arc: Arc, count: number): Beat[] {
  const ownCount = Math.min(count, arc.beats.length);
  // Always the opening beat; the rest a sorted sample, so the story keeps its order.
  const rest = rng
    .sample(
      arc.beats.slice(1).map((_, i) => i + 1),
      ownCount - 1,
    )
    .sort((a, b) => a - b);
  const beats: Beat[] = [arc.beats[0]!, ...rest.map((i) => arc.beats[i]!)];
  const fillers = rng.sample(interludes, interludes.length);
  // Interludes go after the opening two beats and, when there is room, before the ending.
  for (let i = 0; beats.length < count; i++) {
    const low = Math.min(2, beats.length);
    beats.splice(rng.int(low, Math.max(low, beats.length - 1)), 0, fillers[i % fillers.length]!);
  }
  return beats;
}

function storyThread(
  db: Db,
  rng: Rng,
  now: Date,
  arc: Arc,
  round: number,
  owner: Person,
  network: Person[],
  roadmaps: { id: string; text: string; steps: string[] }[],
): SeedThread {
  // Each of an arc's threads takes another variant, so no two tell the same details.
  const fixed: Record<string, string> = {};
  for (const [name, values] of Object.entries(arc.vars)) fixed[name] = values[round % values.length]!;
  const used = new Set<string>();
  const createdAt = wholeMinute(now.getTime() - rng.int(30, 240) * day - rng.int(0, 1439) * 60_000);
  const lastAt = now.getTime() - rng.int(0, 20) * day - rng.int(60, 1439) * 60_000;
  const count = rng.int(5, 25);
  const times = spread(rng, createdAt.getTime() + 3_600_000, Math.max(lastAt, createdAt.getTime() + 2 * 3_600_000), count);
  const roadmap = roadmapFor(roadmaps, arc.roadmapHints);
  const posts = storyBeats(rng, arc, count).map((beat, i): SeedPost => {
    const at = times[i]!;
    const elapsed = at.getTime() - createdAt.getTime();
    const vars = { ...fixed, week: String(Math.floor(elapsed / (7 * day)) + 1), month: String(Math.floor(elapsed / (30 * day)) + 1) };
    const post: SeedPost = { kind: beat.kind, body: fill(beat.body, rng, vars, arc.fresh, used), at };
    if (roadmap && beat.kind !== 'question' && beat.kind !== 'challenge' && rng.chance(0.35)) {
      // The step the story has reached: further along the roadmap as the thread goes on.
      const index = Math.min(roadmap.steps.length - 1, Math.floor(((i + 0.5) / count) * roadmap.steps.length));
      post.link = { kind: 'roadmap_step', roadmapId: roadmap.id, stepId: roadmap.steps[index]! };
    }
    return post;
  });
  const tags = [...arc.tags.slice(0, 2), ...rng.sample(arc.tags.slice(2), rng.int(0, 2))];
  const handle = slugOf(personName(db, owner.id));
  return {
    id: newId('thr', rng),
    owner,
    title: arc.titles[round % arc.titles.length]!,
    summary: rng.chance(0.9) ? fill(rng.pick(arc.summaries), rng, fixed, arc.fresh, new Set()) : null,
    tags,
    visibility: 'public',
    canonicalUrl: rng.chance(0.4) ? `https://${handle}.dev/${arc.key}` : null,
    createdAt,
    posts,
    crowd: network.filter((p) => p.id !== owner.id),
    popularity: rng.next(),
  };
}

function personName(db: Db, id: string): string {
  return (prepared(db, 'SELECT name FROM users WHERE id = ?').get(id) as { name: string }).name;
}

/** `Tomás Ferreira` → `tomasferreira`, for a plausible blog address. */
function slugOf(name: string): string {
  return (
    name
      .normalize('NFD')
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .slice(0, 24) || 'blog'
  );
}

/** Priya's thread: written out in full, one post linked to a goal of her active room. */
function menteeThread(db: Db, rng: Rng, now: Date, network: Person[], roadmaps: { id: string; text: string; steps: string[] }[]): SeedThread {
  const owner: Person = { id: demo.users.mentee.id, orgId: demo.orgs.demo };
  const createdAt = wholeMinute(now.getTime() - 200 * day);
  const end = now.getTime() - 2 * day;
  const room = tableExists(db, 'goals')
    ? (prepared(
        db,
        `SELECT g.id AS goal_id, r.id AS room_id, r.created_at FROM goals g JOIN rooms r ON r.id = g.room_id
         WHERE r.mentee_id = ? AND r.status = 'active' ORDER BY r.created_at, r.id, g.created_at, g.id LIMIT 1`,
      ).get(owner.id) as { goal_id: string; room_id: string; created_at: string } | undefined)
    : undefined;
  const posts = demoMenteeThread.posts;
  const goalIndex = posts.findIndex((p) => 'link' in p && p.link === 'goal');
  // Even spacing, except that the post about the room comes after the room began.
  const times = posts.map((_, i) => createdAt.getTime() + 3 * 3_600_000 + ((end - createdAt.getTime()) * i) / posts.length);
  const roomStart = room ? Date.parse(room.created_at) + 3_600_000 : NaN;
  if (room && roomStart > times[goalIndex]! && roomStart < end) {
    const remaining = posts.length - goalIndex;
    for (let i = goalIndex; i < posts.length; i++) times[i] = roomStart + ((end - roomStart) * (i - goalIndex)) / remaining;
  }
  const roadmap = roadmapFor(roadmaps, ['tech-lead', 'tech lead', 'lead', 'manag']);
  return {
    id: demoMenteeThread.id,
    owner,
    title: demoMenteeThread.title,
    summary: demoMenteeThread.summary,
    tags: [...demoMenteeThread.tags],
    visibility: 'public',
    canonicalUrl: demoMenteeThread.canonicalUrl,
    createdAt,
    posts: posts.map((p, i): SeedPost => {
      const post: SeedPost = { kind: p.kind, body: p.body, at: wholeMinute(times[i]!) };
      const link = 'link' in p ? p.link : undefined;
      if (link === 'goal' && room) post.link = { kind: 'room_goal', roomId: room.room_id, goalId: room.goal_id };
      if (link === 'step' && roadmap) {
        post.link = { kind: 'roadmap_step', roadmapId: roadmap.id, stepId: roadmap.steps[Math.floor(roadmap.steps.length / 2)]! };
      }
      return post;
    }),
    crowd: network.filter((p) => p.id !== owner.id),
    popularity: 0.8 + rng.next() * 0.2,
  };
}

/** An Acme thread only Acme's people can see. */
function acmeThread(rng: Rng, now: Date, acmePeople: Person[]): SeedThread {
  const createdAt = wholeMinute(now.getTime() - 75 * day);
  const story = acmeThreadStory;
  const times = spread(rng, createdAt.getTime() + 3_600_000, now.getTime() - day, story.posts.length);
  return {
    id: story.id,
    owner: { id: demo.users.acmeEmployee.id, orgId: demo.orgs.acme },
    title: story.title,
    summary: story.summary,
    tags: story.tags,
    visibility: 'organization',
    canonicalUrl: null,
    createdAt,
    posts: story.posts.map(({ kind, body }, i) => ({ kind, body, at: times[i]! })),
    crowd: acmePeople.slice(1),
    popularity: 0.6,
  };
}

/** A written-out thread's posts, each at its `afterHours` after the thread's creation. */
function postsAfter(story: FixedThread, createdAt: Date): SeedPost[] {
  return story.posts.map(({ kind, body, afterHours = 0 }) => ({ kind, body, at: new Date(createdAt.getTime() + afterHours * 3_600_000) }));
}

/** Priya's private notes: no one else sees them. */
function privateThread(now: Date): SeedThread {
  const createdAt = wholeMinute(now.getTime() - 40 * day);
  const story = privateThreadStory;
  return {
    id: story.id,
    owner: { id: demo.users.mentee.id, orgId: demo.orgs.demo },
    title: story.title,
    summary: story.summary,
    tags: story.tags,
    visibility: 'private',
    canonicalUrl: null,
    createdAt,
    posts: postsAfter(story, createdAt),
    crowd: [],
    popularity: 0,
  };
}

/** Daniel's unlisted draft: readable by link, never listed. */
function unlistedThread(now: Date, network: Person[]): SeedThread {
  const createdAt = wholeMinute(now.getTime() - 12 * day);
  const story = unlistedThreadStory;
  return {
    id: story.id,
    owner: { id: demo.users.mentor.id, orgId: demo.orgs.demo },
    title: story.title,
    summary: story.summary,
    tags: story.tags,
    visibility: 'unlisted',
    canonicalUrl: null,
    createdAt,
    posts: postsAfter(story, createdAt),
    crowd: network.filter((p) => p.id !== demo.users.mentor.id).slice(0, 6),
    popularity: 0.2,
  };
}

/** How many people react to a post: mostly a few, sometimes many. */
function reactorCount(rng: Rng, popularity: number, crowd: number): number {
  const base = rng.weighted<[number, number]>([
    [[0, 2], 3],
    [[3, 8], 5],
    [[9, 20], 3],
    [[21, 45], 1],
  ]);
  return Math.min(crowd, Math.round(rng.int(base[0], base[1]) * (0.4 + popularity)));
}

/** The reactions one person gives a post: at least one, by what the post is. */
function kindsFor(rng: Rng, kind: PostKind): ReactionKind[] {
  const odds: Record<ReactionKind, number> = {
    cheer: kind === 'milestone' || kind === 'breakthrough' ? 0.85 : 0.45,
    insightful: kind === 'breakthrough' || kind === 'update' ? 0.35 : 0.15,
    support: kind === 'challenge' ? 0.8 : kind === 'question' ? 0.3 : 0.1,
    bookmark: 0.12,
  };
  const chosen = reactionKinds.filter((k) => rng.chance(odds[k]));
  return chosen.length > 0 ? chosen : [kind === 'challenge' ? 'support' : 'cheer'];
}

function writeThread(db: Db, rng: Rng, now: Date, t: SeedThread): void {
  const created = iso(t.createdAt);
  prepared(
    db,
    `INSERT INTO threads (id, owner_id, owner_org_id, title, summary, tags, visibility, canonical_url, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(t.id, t.owner.id, t.owner.orgId, t.title, t.summary, JSON.stringify(t.tags), t.visibility, t.canonicalUrl, created, created);
  setThreadTags(db, t.id, t.tags);

  const insertPost = prepared(
    db,
    `INSERT INTO posts (id, thread_id, author_id, kind, body, link_kind, link_roadmap_id, link_step_id, link_room_id, link_goal_id, created_at, edited_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReaction = prepared(db, 'INSERT OR IGNORE INTO reactions (post_id, user_id, kind, created_at) VALUES (?, ?, ?, ?)');
  const insertComment = prepared(db, 'INSERT INTO comments (id, post_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)');
  const latest = now.getTime();

  for (const p of t.posts) {
    const postId = newId('post', rng);
    const link = p.link;
    const edited = rng.chance(0.08) ? iso(new Date(Math.min(latest, p.at.getTime() + rng.int(5, 90) * 60_000))) : null;
    insertPost.run(
      postId,
      t.id,
      t.owner.id,
      p.kind,
      p.body,
      link?.kind ?? null,
      link?.kind === 'roadmap_step' ? link.roadmapId : null,
      link?.kind === 'roadmap_step' ? link.stepId : null,
      link?.kind === 'room_goal' ? link.roomId : null,
      link?.kind === 'room_goal' ? link.goalId : null,
      iso(p.at),
      edited,
    );
    // Reactions and comments arrive over the two days after a post, never in the future.
    const after = (maxMinutes: number) => iso(new Date(Math.min(latest, p.at.getTime() + rng.int(2, maxMinutes) * 60_000)));
    for (const person of rng.sample(t.crowd, reactorCount(rng, t.popularity, t.crowd.length))) {
      for (const kind of kindsFor(rng, p.kind)) insertReaction.run(postId, person.id, kind, after(2880));
    }
    if (t.crowd.length > 0 && rng.chance(0.25 + t.popularity * 0.35)) {
      const texts = rng.sample(commentsByKind[p.kind], rng.int(1, 3));
      const times = texts.map(() => after(2880)).sort();
      for (const [i, text] of texts.entries()) insertComment.run(newId('cmt', rng), postId, rng.pick(t.crowd).id, text, times[i]!);
    }
  }

  const followers = rng.sample(t.crowd, Math.round(rng.int(0, 40) * t.popularity));
  const follow = prepared(db, 'INSERT OR IGNORE INTO thread_follows (thread_id, user_id, created_at) VALUES (?, ?, ?)');
  for (const person of followers) {
    follow.run(t.id, person.id, iso(new Date(t.createdAt.getTime() + rng.next() * (latest - t.createdAt.getTime()))));
  }
}

/** The demo people follow a few threads, so "following" has something to show from the start. */
function seedDemoFollows(db: Db, rng: Rng, now: Date, threads: SeedThread[]): void {
  const follow = prepared(db, 'INSERT OR IGNORE INTO thread_follows (thread_id, user_id, created_at) VALUES (?, ?, ?)');
  const at = iso(new Date(now.getTime() - 5 * day));
  const open = threads.filter((t) => t.visibility === 'public' && t.owner.id !== demo.users.mentee.id);
  for (const t of rng.sample(open, 4)) follow.run(t.id, demo.users.mentee.id, at);
  for (const t of rng.sample(open, 2)) follow.run(t.id, demo.users.acmeEmployee.id, at);
  follow.run(demoMenteeThread.id, demo.users.mentor.id, at);
  // Daniel's encouragement on Priya's delegation post, as in the docs' examples.
  const delegation = prepared(db, "SELECT id, created_at FROM posts WHERE thread_id = ? AND kind = 'breakthrough' ORDER BY created_at LIMIT 1").get(
    demoMenteeThread.id,
  ) as { id: string; created_at: string } | undefined;
  if (delegation) {
    prepared(db, 'INSERT INTO comments (id, post_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)').run(
      newId('cmt', rng),
      delegation.id,
      demo.users.mentor.id,
      delegationComment,
      iso(new Date(Math.min(now.getTime(), Date.parse(delegation.created_at) + 51 * 60_000))),
    );
  }
}
