import { type BaseCore, Roadmaps } from '@menteo/sdk';
import type { PageState } from './page-state.js';
import '../roadmap-stepper/define.js';
import { renderElement, type ServerAttributes } from './render-element.js';

/**
 * The attributes of a server-rendered `<menteo-roadmap-stepper>`.
 *
 * @example
 * ```ts
 * const attributes: RoadmapStepperAttributes = { roadmapId: 'senior-engineer-to-engineering-manager', publishableKey: 'pk_live_…' };
 * ```
 */
export interface RoadmapStepperAttributes extends ServerAttributes {
  /** The roadmap: its id or slug (`roadmap-id`). */
  roadmapId: string;
}

/**
 * Fetches the roadmap `<menteo-roadmap-stepper>` shows to a reader who is not signed in.
 *
 * @example
 * ```ts
 * const state = await fetchRoadmapStepperState(core, { roadmapId: 'senior-engineer-to-engineering-manager' });
 * ```
 */
export async function fetchRoadmapStepperState(core: BaseCore, { roadmapId }: { roadmapId: string }): Promise<PageState> {
  const roadmap = await new Roadmaps(core).retrieve(roadmapId);
  return { entries: [{ key: ['roadmap', roadmapId], data: roadmap }] };
}

/**
 * Renders `<menteo-roadmap-stepper>` to HTML: the roadmap's steps in a Declarative Shadow DOM,
 * and the state for the browser.
 *
 * @example
 * ```ts
 * const markup = await renderRoadmapStepper(state, { roadmapId: 'senior-engineer-to-engineering-manager', publishableKey: 'pk_live_…' });
 * ```
 */
export function renderRoadmapStepper(state: PageState, attributes: RoadmapStepperAttributes): Promise<string> {
  return renderElement('menteo-roadmap-stepper', { ...attributes }, state);
}
