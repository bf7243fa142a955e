import { type BaseCore, retrieveMentor } from '@menteo/sdk';
import type { PageState } from './page-state.js';
import '../mentor-card/define.js';
import { renderElement, type ServerAttributes } from './render-element.js';

/**
 * The attributes of a server-rendered `<menteo-mentor-card>`.
 *
 * @example
 * ```ts
 * const attributes: MentorCardAttributes = { mentorId: 'men_demomentor', publishableKey: 'pk_live_…', variant: 'compact' };
 * ```
 */
export interface MentorCardAttributes extends ServerAttributes {
  /** The mentor (`mentor-id`). */
  mentorId: string;
  /** `compact` or `full` (`variant`). */
  variant?: 'compact' | 'full' | undefined;
  /** Where the mentor's name leads, with `{id}` (`profile-href`). */
  profileHref?: string | undefined;
}

/**
 * Fetches the mentor `<menteo-mentor-card>` shows.
 *
 * @example
 * ```ts
 * const state = await fetchMentorCardState(core, { mentorId: 'men_demomentor' });
 * ```
 */
export async function fetchMentorCardState(core: BaseCore, { mentorId }: { mentorId: string }): Promise<PageState> {
  const mentor = await retrieveMentor(core, mentorId);
  return { entries: [{ key: ['mentor', mentorId], data: mentor }] };
}

/**
 * Renders `<menteo-mentor-card>` to HTML: the mentor's name, role, rating and skills in a
 * Declarative Shadow DOM, and the state for the browser.
 *
 * @example
 * ```ts
 * const markup = await renderMentorCard(state, { mentorId: 'men_demomentor', publishableKey: 'pk_live_…' });
 * ```
 */
export function renderMentorCard(state: PageState, attributes: MentorCardAttributes): Promise<string> {
  return renderElement('menteo-mentor-card', { ...attributes }, state);
}
