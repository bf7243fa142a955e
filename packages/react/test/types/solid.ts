// `@menteo/elements/types/solid`: the elements for Solid's JSX (an app adds them with
// `declare module 'solid-js' { namespace JSX { interface IntrinsicElements extends CustomElements {} } }`),
// with `on:` events typed from the elements' own event map and `prop:` properties.
import type { CustomElements } from '@menteo/elements/types/solid';

type Card = CustomElements['menteo-mentor-card'];
export const props: Card = {
  'mentor-id': 'men_demomentor',
  'on:menteo-request-mentorship': (event) => event.detail.mentorId.toUpperCase(),
};
// @ts-expect-error -- not a variant
export const wrong: Card = { variant: 'huge' };
