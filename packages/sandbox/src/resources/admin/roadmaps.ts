import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import { type Problem, problem } from '../../http/problem.js';
import { newId } from '../../ids.js';

type Schemas = components['schemas'];
export type OrgRoadmap = Schemas['OrgRoadmap'];
type OrgRoadmapStatus = Schemas['OrgRoadmapStatus'];
type StepInput = Schemas['OrgRoadmapStepInput'];

/** A step of a roadmap's content: what the admin wrote, with its stable id. */
export interface ContentStep {
  id: string;
  title: string;
  summary: string;
  resources: Schemas['RoadmapResource'][];
  estimatedHours: number;
  optional: boolean;
}

/** What a roadmap says: its working copy, or one published version of it. */
export interface RoadmapContent {
  title: string;
  summary: string;
  level: Schemas['RoadmapLevel'];
  topics: string[];
  serves: Schemas['RoadmapServes'];
  author: { name: string; title: string };
  steps: ContentStep[];
}

/** An `org_roadmaps` row. */
export interface OrgRoadmapRow {
  id: string;
  org_id: string;
  slug: string;
  status: OrgRoadmapStatus;
  version: number;
  draft: string;
  published: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

/** The content as stored and compared: one JSON text per content, keys in one order. */
export function contentText(content: RoadmapContent): string {
  const { title, summary, level, topics, serves, author, steps } = content;
  return JSON.stringify({
    title,
    summary,
    level,
    topics,
    serves: { needs: serves.needs, skills: serves.skills },
    author: { name: author.name, title: author.title },
    steps: steps.map(({ id, title, summary, resources, estimatedHours, optional }) => ({
      id,
      title,
      summary,
      resources: resources.map(({ kind, title, url }) => ({ kind, title, url })),
      estimatedHours,
      optional,
    })),
  });
}

/** The organization's roadmap row, or a 404 (another organization's roadmaps are not found either). */
export function requireOrgRoadmapRow(db: Db, orgId: string, roadmapId: string): OrgRoadmapRow {
  const row = prepared(db, 'SELECT * FROM org_roadmaps WHERE id = ? AND org_id = ?').get(roadmapId, orgId) as OrgRoadmapRow | undefined;
  if (!row) throw problem.notFound(`No roadmap ${roadmapId} in your organization.`);
  return row;
}

/** A row as the contract's `OrgRoadmap`: its working copy, state and removed steps. */
export function presentOrgRoadmap(db: Db, row: OrgRoadmapRow): OrgRoadmap {
  const draft = JSON.parse(row.draft) as RoadmapContent;
  const removedSteps = prepared(
    db,
    `SELECT x.step_id AS id, s.title, x.removed_in_version AS removedInVersion FROM removed_roadmap_steps x
     JOIN roadmap_steps s ON s.id = x.step_id WHERE x.roadmap_id = ? ORDER BY x.removed_in_version, s.position`,
  ).all(row.id) as OrgRoadmap['removedSteps'];
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    version: row.version,
    hasUnpublishedChanges: row.published !== row.draft,
    title: draft.title,
    summary: draft.summary,
    author: { ...draft.author, avatarUrl: null },
    topics: draft.topics,
    level: draft.level,
    serves: draft.serves,
    steps: draft.steps.map((step, index) => ({ ...step, position: index + 1 })),
    removedSteps,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
  };
}

/** A page of the organization's roadmaps, newest first. */
export function listOrgRoadmaps(
  db: Db,
  orgId: string,
  query: { limit?: number; cursor?: string; status?: OrgRoadmapStatus },
): { data: OrgRoadmap[]; nextCursor: string | null } {
  const list = 'org-roadmaps';
  const limit = query.limit ?? 20;
  const [createdAt, id] = query.cursor ? decodeCursor(list, query.cursor, 2) : [null, null];
  const rows = prepared(
    db,
    `SELECT * FROM org_roadmaps WHERE org_id = :org AND (:status IS NULL OR status = :status)
       AND (:created IS NULL OR (created_at, id) < (:created, :id))
     ORDER BY created_at DESC, id DESC LIMIT :take`,
  ).all({ org: orgId, status: query.status ?? null, created: createdAt ?? null, id: id ?? null, take: limit + 1 }) as OrgRoadmapRow[];
  const page = pageOf(rows, limit, list, (r) => [r.created_at, r.id]);
  return { data: page.items.map((row) => presentOrgRoadmap(db, row)), nextCursor: page.nextCursor };
}

/**
 * The steps a write sends, as content steps: a step with an `id` keeps that step (it must be one
 * of `known`, the roadmap's steps past and present), a step without one gets a new id.
 */
export function stepsFrom(inputs: readonly StepInput[], known: ReadonlySet<string>): ContentStep[] {
  const seen = new Set<string>();
  return inputs.map((input, index) => {
    if (input.id !== undefined) {
      const pointer = `/steps/${index}/id`;
      if (!known.has(input.id)) throw problem.invalidField(pointer, `${input.id} is not a step of this roadmap (leave id out for a new step)`);
      if (seen.has(input.id)) throw problem.invalidField(pointer, `${input.id} appears twice`);
      seen.add(input.id);
    }
    return {
      id: input.id ?? newId('stp'),
      title: input.title,
      summary: input.summary ?? '',
      resources: input.resources ?? [],
      estimatedHours: input.estimatedHours ?? 0,
      optional: input.optional ?? false,
    };
  });
}

/** The step ids a write may send for `roadmapId`: its working copy's and every published one's, removed ones included. */
export function knownStepIds(db: Db, roadmapId: string, draft: RoadmapContent): Set<string> {
  const published = prepared(db, 'SELECT id FROM roadmap_steps WHERE roadmap_id = ?').pluck().all(roadmapId) as string[];
  return new Set([...draft.steps.map((s) => s.id), ...published]);
}

/**
 * A readable slug that stays unique: the title in kebab-case and the id's first characters.
 *
 * @example
 * ```ts
 * slugFor('Your first 30 days at Acme!', 'rdm_Ob3Kq8Lm2Xw7Nz4T'); // 'your-first-30-days-at-acme-ob3kq8'
 * ```
 */
export function slugFor(title: string, id: string): string {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${words || 'roadmap'}-${id.slice(4, 10).toLowerCase()}`;
}

/** The author readers see when the admin names none: the organization. */
export function defaultAuthor(db: Db, orgId: string): { name: string; title: string } {
  const name = prepared(db, 'SELECT name FROM organizations WHERE id = ?').pluck().get(orgId) as string | undefined;
  return { name: name ?? orgId, title: 'Organization roadmap' };
}

/** Creates a draft; returns its row. */
export function createOrgRoadmap(db: Db, orgId: string, body: Schemas['CreateOrgRoadmapRequest'], now: Date): OrgRoadmapRow {
  const id = newId('rdm');
  const content: RoadmapContent = {
    title: body.title,
    summary: body.summary,
    level: body.level,
    topics: body.topics ?? [],
    serves: body.serves ?? { needs: [], skills: [] },
    author: body.author ?? defaultAuthor(db, orgId),
    steps: stepsFrom(body.steps ?? [], new Set()),
  };
  const at = now.toISOString();
  prepared(
    db,
    `INSERT INTO org_roadmaps (id, org_id, slug, status, version, draft, published, created_at, updated_at, published_at)
     VALUES (?, ?, ?, 'draft', 0, ?, NULL, ?, ?, NULL)`,
  ).run(id, orgId, slugFor(body.title, id), contentText(content), at, at);
  return requireOrgRoadmapRow(db, orgId, id);
}

/** Applies an edit to the working copy; sending what is there changes nothing, not even `updatedAt`. */
export function updateOrgRoadmap(db: Db, row: OrgRoadmapRow, body: Schemas['UpdateOrgRoadmapRequest'], now: Date): OrgRoadmapRow {
  const draft = JSON.parse(row.draft) as RoadmapContent;
  const next: RoadmapContent = {
    title: body.title ?? draft.title,
    summary: body.summary ?? draft.summary,
    level: body.level ?? draft.level,
    topics: body.topics ?? draft.topics,
    serves: body.serves ?? draft.serves,
    author: body.author ?? draft.author,
    steps: body.steps ? stepsFrom(body.steps, knownStepIds(db, row.id, draft)) : draft.steps,
  };
  const text = contentText(next);
  if (text === row.draft) return row;
  prepared(db, 'UPDATE org_roadmaps SET draft = ?, updated_at = ? WHERE id = ?').run(text, now.toISOString(), row.id);
  return requireOrgRoadmapRow(db, row.org_id, row.id);
}

/** Takes a published roadmap away from readers (a no-op otherwise). */
export function unpublishOrgRoadmap(db: Db, row: OrgRoadmapRow, now: Date): OrgRoadmapRow {
  if (row.status !== 'published') return row;
  prepared(db, "UPDATE org_roadmaps SET status = 'unpublished', updated_at = ? WHERE id = ?").run(now.toISOString(), row.id);
  return requireOrgRoadmapRow(db, row.org_id, row.id);
}

/** Refuses an edit the contract allows but a roadmap cannot be published with. */
export function publishProblems(content: RoadmapContent): Problem | undefined {
  if (content.steps.length === 0) return problem.invalidField('/steps', 'a roadmap needs at least one step to be published');
  return undefined;
}
