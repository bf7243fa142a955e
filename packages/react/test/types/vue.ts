// `@menteo/elements/types/vue`: the elements in Vue's `GlobalComponents` (what Volar / vue-tsc
// check templates against).
import type {} from '@menteo/elements/types/vue';
import type { GlobalComponents } from 'vue';

type CardProps = GlobalComponents['menteo-mentor-card'] extends new (...args: never[]) => { $props: infer P } ? P : never;
export const props: CardProps = { 'mentor-id': 'men_demomentor', variant: 'full' };
// @ts-expect-error -- not a variant
export const wrong: CardProps = { variant: 'huge' };
