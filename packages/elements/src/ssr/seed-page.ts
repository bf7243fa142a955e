// Seeds the stores from the page's server-rendered elements as soon as this module runs: before
// the element modules imported after it define (and so upgrade) the elements.
import { seedServerRendered } from './page-state.js';

seedServerRendered();
