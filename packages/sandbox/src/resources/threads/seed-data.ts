import type { components } from '@menteo/api';
import { withTexts } from '../../seed-text.js';
import data from './seed-data.json' with { type: 'json' };

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

/** The demo mentee's own thread; `link` marks a post linked to a goal of Priya's active room (`goal`) or to a roadmap step (`step`). */
export interface DemoThread {
  id: string;
  title: string;
  summary: string;
  tags: string[];
  canonicalUrl: string;
  posts: { kind: PostKind; body: string; link?: 'goal' | 'step' }[];
}

/** A thread the seed writes out in full; `afterHours` places a post after the thread's creation. */
export interface FixedThread {
  id: string;
  title: string;
  summary: string;
  tags: string[];
  posts: { kind: PostKind; body: string; afterHours?: number }[];
}

/** The shape of `seed-data.json`. */
interface ThreadSeedData {
  interludes: Beat[];
  commentsByKind: Record<PostKind, string[]>;
  arcs: Arc[];
  extraPeople: { name: string; headline: string }[];
  demoMenteeThread: DemoThread;
  acmeThread: FixedThread;
  privateThread: FixedThread;
  unlistedThread: FixedThread;
  delegationComment: string;
}

const seed = withTexts<ThreadSeedData>(data, [
  'interludes[].body',
  'commentsByKind.*[]',
  'arcs[].titles[]',
  'arcs[].summaries[]',
  'arcs[].vars.*[]',
  'arcs[].fresh.*[]',
  'arcs[].beats[].body',
  'demoMenteeThread.summary',
  'demoMenteeThread.posts[].body',
  'acmeThread.summary',
  'acmeThread.posts[].body',
  'privateThread.posts[].body',
  'unlistedThread.posts[].body',
  'delegationComment',
]);

/** Posts any story can use between its own beats; they draw on the arc's `fresh` pools. */
export const interludes: Beat[] = seed.interludes;

/** Comments by the kind of post they answer. */
export const commentsByKind: Record<PostKind, string[]> = seed.commentsByKind;

/** The stories the seeded threads tell. */
export const arcs: Arc[] = seed.arcs;

/** People the seed adds who are not mentors: the voices of the network. */
export const extraPeople: { name: string; headline: string }[] = seed.extraPeople;

/** The demo mentee's own thread, written out in full (ids fixed so docs can name it). */
export const demoMenteeThread: DemoThread = seed.demoMenteeThread;

/** Acme's accessibility audit: an `organization` thread only Acme's people see. */
export const acmeThreadStory: FixedThread = seed.acmeThread;

/** Priya's private notes: no one else sees them. */
export const privateThreadStory: FixedThread = seed.privateThread;

/** Daniel's unlisted draft: readable by link, never listed. */
export const unlistedThreadStory: FixedThread = seed.unlistedThread;

/** Daniel's comment on Priya's delegation post, as in the docs' examples. */
export const delegationComment: string = seed.delegationComment;
