import type { components } from '@menteo/api';
import { liveStep } from './visibility.js';

type Schemas = components['schemas'];
export type Roadmap = Schemas['Roadmap'];
export type RoadmapSummary = Schemas['RoadmapSummary'];
export type RoadmapStep = Schemas['RoadmapStep'];
export type RoadmapResource = Schemas['RoadmapResource'];
export type RoadmapLevel = Schemas['RoadmapLevel'];
export type RoadmapStepState = Schemas['RoadmapStepState'];
export type RoadmapProgress = Schemas['RoadmapProgress'];
export type MentorNeed = Schemas['MentorNeed'];

/** A `roadmaps` row with its derived totals, as the summary queries select it. */
export interface RoadmapRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  author_name: string;
  author_title: string;
  author_avatar_url: string | null;
  topics: string;
  level: RoadmapLevel;
  serves_needs: string;
  serves_skills: string;
  created_at: string;
  updated_at: string;
  step_count: number;
  estimated_hours: number;
}

/** A `roadmap_steps` row. */
export interface StepRow {
  id: string;
  position: number;
  title: string;
  summary: string;
  resources: string;
  estimated_hours: number;
  optional: 0 | 1;
}

/**
 * The columns of a roadmap summary. Totals are computed from the steps on every read,
 * so `estimatedHours` and `stepCount` can never disagree with the steps themselves
 * (removed steps of an organization's roadmap left out, as readers never see them).
 */
export const summaryColumns = `r.id, r.slug, r.title, r.summary, r.author_name, r.author_title, r.author_avatar_url,
  r.topics, r.level, r.serves_needs, r.serves_skills, r.created_at, r.updated_at,
  (SELECT COUNT(*) FROM roadmap_steps s WHERE s.roadmap_id = r.id AND ${liveStep}) AS step_count,
  (SELECT TOTAL(s.estimated_hours) FROM roadmap_steps s WHERE s.roadmap_id = r.id AND ${liveStep}) AS estimated_hours`;

/** A roadmap row as the contract's `RoadmapSummary`. */
export function summaryOf(row: RoadmapRow): RoadmapSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    author: { name: row.author_name, title: row.author_title, avatarUrl: row.author_avatar_url },
    topics: JSON.parse(row.topics) as string[],
    level: row.level,
    estimatedHours: row.estimated_hours,
    stepCount: row.step_count,
    serves: { needs: JSON.parse(row.serves_needs) as MentorNeed[], skills: JSON.parse(row.serves_skills) as string[] },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A step row as the contract's `RoadmapStep`. */
export function stepOf(row: StepRow): RoadmapStep {
  return {
    id: row.id,
    position: row.position,
    title: row.title,
    summary: row.summary,
    resources: JSON.parse(row.resources) as RoadmapResource[],
    estimatedHours: row.estimated_hours,
    optional: row.optional === 1,
  };
}
