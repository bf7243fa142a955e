// The program admin page's script: who is signed in, then its parts (insights, the mentor
// import, the mentor pool, roadmaps). Each part is its own module; all of them call only this
// intranet's backend (/admin/api/*), which holds the secret key.
import './admin-import.js';
import { startInsights } from './admin-insights.js';
import { startMentors } from './admin-mentors.js';
import { startRoadmaps } from './admin-roadmaps.js';

const session = await (await fetch('/session', { credentials: 'same-origin' })).json();
document.querySelector('#who').textContent = session ? `Signed in as ${session.name}` : 'Not signed in';

await Promise.all([startInsights(), startMentors(), startRoadmaps()]);
