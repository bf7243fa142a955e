/**
 * Who may read a roadmap. Menteo's curated roadmaps are everyone's; an organization's own
 * (a row in `org_roadmaps`, 090-org-roadmaps.sql) only its own credentials', and only while
 * published. A clause on `roadmaps r`, with one `?`: the reader's organization.
 *
 * @example
 * ```ts
 * prepared(db, `SELECT r.id FROM roadmaps r WHERE r.id = ? AND ${visibleTo}`).get(roadmapId, principal.orgId);
 * ```
 */
export const visibleTo = `NOT EXISTS (SELECT 1 FROM org_roadmaps o WHERE o.id = r.id AND (o.org_id <> ? OR o.status <> 'published'))`;

/**
 * A step readers see: not removed by a published edit of its roadmap (removed steps keep their
 * row, so people's progress on them stays). A clause on `roadmap_steps s`.
 *
 * @example
 * ```ts
 * prepared(db, `SELECT s.id FROM roadmap_steps s WHERE s.roadmap_id = ? AND ${liveStep} ORDER BY s.position`).all(roadmapId);
 * ```
 */
export const liveStep = liveStepAs('s');

/**
 * {@link liveStep} on another alias of `roadmap_steps` (`o` to count a step's live siblings).
 *
 * @example
 * ```ts
 * `(SELECT count(*) FROM roadmap_steps o WHERE o.roadmap_id = s.roadmap_id AND ${liveStepAs('o')})`
 * ```
 */
export function liveStepAs(alias: string): string {
  return `NOT EXISTS (SELECT 1 FROM removed_roadmap_steps x WHERE x.step_id = ${alias}.id)`;
}
