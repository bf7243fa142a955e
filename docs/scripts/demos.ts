// The elements' live demos, one file per element in scripts/demos/ named for its folder in
// packages/elements/src (`mentor-card.ts` demos `<menteo-mentor-card>`): the markup the element
// page shows, what it says about it, and the requests whose answers the capture records for it
// (scripts/capture.ts runs them against the seeded sandbox). A new element's demo is a new file;
// the build, the capture and the tests find it here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Menteo } from '@menteo/sdk';

/** What the captures found that a demo's markup names (ids the seeded sandbox makes up), by name. */
export type DemoContext = Readonly<Record<string, string>>;

/** What a demo's capture is given: clients whose answers are recorded for the replay. */
export interface CaptureContext {
  /** The SDK with the demo organization's publishable key (what the page's `<meta>` gives the elements); its answers are recorded. */
  client: Menteo;
  /**
   * Signs a seeded person in (the token is minted with the secret key, in this process only):
   * `client` is recorded, as what the page's provider asks with her token; `lookup` is not, for
   * finding what the demo shows.
   */
  signIn(person: { externalUserId: string; name: string }): Promise<{ client: Menteo; lookup: Menteo }>;
  /** What the demo's markup names (ids the seeded sandbox makes up): the `html` function is given them. */
  found: Record<string, string>;
}

/** One element's live demo. */
export interface Demo {
  /** The markup placed in the page (the elements read the page's `<meta>` defaults); a function when it names what the capture found. */
  html: string | ((context: DemoContext) => string);
  /** Said above the demo (text). */
  note: string;
  /** Said above the demo after the note (HTML, written here). */
  more?: string;
  /** The made-up user token the demo script gives the demo's `<menteo-provider>`s. */
  token?: string;
  /** What the code sample adds after the markup: how a real page does what the demo script does. */
  script?: string;
  /**
   * Asks, through `context`'s clients, everything the demo's markup will ask, so that the replay
   * can answer it; writes what the markup names to `context.found` (`roomId`).
   */
  capture(context: CaptureContext): Promise<void>;
}

const demosDir = fileURLToPath(new URL('./demos/', import.meta.url));

/**
 * Every demo in scripts/demos/, by the tag it demos (`menteo-<file name>`), in file name order.
 *
 * @example `Object.keys(await loadDemos()) // ['menteo-mentor-card', 'menteo-mentor-search', …]`
 */
export async function loadDemos(dir = demosDir): Promise<Record<string, Demo>> {
  const demos: Record<string, Demo> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { demo?: Demo };
    if (!module.demo) throw new Error(`docs/scripts/demos/${file} exports no \`demo\``);
    demos[`menteo-${file.slice(0, -3)}`] = module.demo;
  }
  return demos;
}

/**
 * A demo's markup for the room (etc.) the capture found.
 *
 * @example `demoHtml(demos['menteo-room-widget']!, { roomId: 'room_abc' })`
 */
export const demoHtml = (demo: Demo, context: DemoContext): string => (typeof demo.html === 'string' ? demo.html : demo.html(context));
