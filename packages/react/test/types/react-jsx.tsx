// `@menteo/elements/types/react`: the elements as React 19 intrinsic elements (attributes,
// properties and `on<event>` props typed from the manifest).
import type {} from '@menteo/elements/types/react';
import type { Mentor } from '@menteo/sdk';

declare const mentor: Mentor;

export const card = (
  <menteo-mentor-card
    mentor-id="men_demomentor"
    variant="compact"
    heading-level={2}
    mentor={mentor}
    onmenteo-request-mentorship={(event) => event.detail.mentorId.toUpperCase()}
  />
);
export const provider = (
  <menteo-provider publishable-key="pk_test_demo" theme="auto">
    <menteo-mentor-search sync-url page-size={6} onmenteo-search-change={(event) => event.detail.q} />
    <menteo-need-finder limit={3} onmenteo-matches-ready={(event) => event.detail.mentorIds.length} />
    <menteo-roadmap-stepper roadmap-id="senior-engineer-to-engineering-manager" onmenteo-progress-change={(event) => event.detail.state} />
  </menteo-provider>
);
// @ts-expect-error -- not a variant
export const wrongVariant = <menteo-mentor-card variant="huge" />;
// @ts-expect-error -- the detail has no such field
export const wrongDetail = <menteo-mentor-card onmenteo-request-mentorship={(event) => event.detail.nope} />;
