// One seeded world for every test sandbox: seeding (500 mentors, each one's free slots worked
// out in its own time zone) was a large part of starting a sandbox, and every test file starts
// at least one. The world is seeded once per version of the sandbox's code and stored as a
// serialized database in the system's temporary folder; each sandbox opens a copy of it.
// Seeding is deterministic (a PRNG seed and an instant), so a copy is the world the sandbox
// would have seeded itself.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSandbox } from '../sandbox.js';

/** What a world is seeded from, besides the code. */
export interface SeedInputs {
  seed: number;
  mentors: number;
  /** The seed's "today". */
  now: string;
}

const codeDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const images = new Map<string, Buffer>();
let code: string | undefined;

/** A digest of every file of the sandbox's code (schema, seed code and data), once per process. */
function codeDigest(): string {
  if (code === undefined) {
    const hash = createHash('sha256');
    const files = readdirSync(codeDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) hash.update(file.slice(codeDir.length)).update(readFileSync(file));
    code = hash.digest('hex');
  }
  return code;
}

const prefix = 'menteo-sandbox-world-';

/** The image's file: named by the code's digest, then the inputs'. */
function imageFile(inputs: SeedInputs): string {
  const of = createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 12);
  return join(tmpdir(), `${prefix}${codeDigest().slice(0, 16)}-${of}.db`);
}

/**
 * Removes the images of other versions of the code (each edit of the sandbox makes one) once
 * they are ten minutes old: another checkout running its tests now keeps its own.
 */
function removeOldImages(): void {
  const current = `${prefix}${codeDigest().slice(0, 16)}-`;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(prefix) || name.startsWith(current)) continue;
    const file = join(tmpdir(), name);
    try {
      if (Date.now() - statSync(file).mtimeMs > 10 * 60_000) rmSync(file, { force: true });
    } catch {
      // Removed by another test process meanwhile.
    }
  }
}

/**
 * The seeded world for these inputs as a serialized database: from memory, else from the
 * temporary folder, else seeded now and stored there (written aside and renamed, so a test
 * file running at the same time reads a whole image or none).
 *
 * @example
 * ```ts
 * const image = seededImage({ seed: 42, mentors: 500, now: testNow() });
 * const sandbox = createSandbox({ db: ':memory:', image, now: testClock() });
 * ```
 */
export function seededImage(inputs: SeedInputs): Buffer {
  const file = imageFile(inputs);
  const known = images.get(file);
  if (known) return known;
  let image: Buffer;
  try {
    image = readFileSync(file);
  } catch {
    // Seeded as any sandbox seeds its world (the seed is the sandbox's alone to run), at the instant.
    const sandbox = createSandbox({ db: ':memory:', seed: inputs.seed, mentors: inputs.mentors, now: inputs.now, log: () => {} });
    // Secrets (the cursors' key) are each database's own: none may be shared through the image.
    sandbox.db.exec('DROP TABLE IF EXISTS sandbox_secrets');
    image = sandbox.db.serialize();
    void sandbox.close();
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, image);
    renameSync(partial, file);
    removeOldImages();
  }
  images.set(file, image);
  return image;
}
