// The browser side of a server-rendered page (built as dist/menteo-ssr.js, one file): Lit's
// hydration support first — it must patch LitElement before any element class is made — then
// the state the elements carry goes to their stores, then the three elements
// `@menteo/elements/ssr` renders are defined (and hydrate). One copy of Lit serves all. Never
// part of the elements' other bundles: only a page with server-rendered elements loads it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './seed-page.js';
import '../thread-feed/define.js';
import '../roadmap-stepper/define.js';
import '../mentor-card/define.js';
