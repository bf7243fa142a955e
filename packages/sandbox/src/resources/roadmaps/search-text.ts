/**
 * What `q` searches for one roadmap: title, summary and topics, lower-cased; hyphenated
 * topics also as words. Written into `roadmaps.search_text` when a roadmap is seeded.
 *
 * @example
 * ```ts
 * searchTextOf({ title: 'Staff engineer', summary: 'Lead without managing.', topics: ['technical-leadership'] });
 * // 'staff engineer\nlead without managing.\ntechnical-leadership\ntechnical leadership'
 * ```
 */
export function searchTextOf(roadmap: { title: string; summary: string; topics: readonly string[] }): string {
  const topics = roadmap.topics.flatMap((topic) => [topic, topic.replace(/-/g, ' ')]);
  return [roadmap.title, roadmap.summary, ...topics].join('\n').toLowerCase();
}
