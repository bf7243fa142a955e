// What the intranet's room chooser calls each room: the other person, and where the two stand.
// Its own module so that the example's tests check the words the page shows.

/**
 * The chooser's label of room `r`, as the viewer sees it: the other person's name and, in
 * brackets, "requested" while the mentor has not accepted yet (so a pending request never reads
 * as a mentorship), else "your mentor" or "you mentor".
 *
 * @example
 * ```js
 * roomLabel({ status: 'requested', viewerRole: 'mentee', mentor: { name: 'Daniel Okafor' }, mentee: { name: 'Priya Raman' } });
 * // 'Daniel Okafor (requested)'
 * ```
 *
 * @param {{ status: string, viewerRole: 'mentee' | 'mentor', mentor: { name: string }, mentee: { name: string } }} r
 * @returns {string}
 */
export function roomLabel(r) {
  const other = r.viewerRole === 'mentor' ? r.mentee.name : r.mentor.name;
  if (r.status === 'requested') return `${other} (requested)`;
  return `${other} (${r.viewerRole === 'mentor' ? 'you mentor' : 'your mentor'})`;
}
