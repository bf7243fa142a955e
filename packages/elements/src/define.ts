// Generated from the element folders of src/ by scripts/entries.ts (`pnpm run manifest`). Do not edit.
/**
 * Defines every element and exports their classes (`package.json` lists this module under
 * `sideEffects`, so bundlers keep it). The provider comes first: the elements ask it for a connection.
 *
 * @example `import '@menteo/elements'; // imports this`
 */
export * from './provider/define.js';
export * from './inbox-badge/define.js';
export * from './mentor-card/define.js';
export * from './mentor-profile/define.js';
export * from './mentor-search/define.js';
export * from './need-finder/define.js';
export * from './program-insights/define.js';
export * from './reading-list/define.js';
export * from './roadmap-stepper/define.js';
export * from './room-list/define.js';
export * from './room-widget/define.js';
export * from './thread-feed/define.js';
