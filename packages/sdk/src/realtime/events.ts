import { Resource } from '../resources/resource.js';

/** Realtime events (SSE). Implementation in progress. */
export class Events extends Resource {}
