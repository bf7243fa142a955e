/**
 * Defines every element (`package.json` lists this module under `sideEffects`, so bundlers keep it).
 *
 * @example `import '@menteo/elements'; // imports this`
 */
import './provider/define.js';
import './mentor-card/define.js';
import './mentor-search/define.js';
import './need-finder/define.js';
import './roadmap-stepper/define.js';
import './room-widget/define.js';
import './thread-feed/define.js';
