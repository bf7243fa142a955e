// Builds the React app with Vite (a production build, against the given API) into a temporary
// folder and serves it as a static host would (static-host.ts): its files, index.html for any
// other path, 400 for a malformed URL, and a strict Content-Security-Policy (no inline script or style; only the API to connect to).
// `pnpm --filter @menteo/example-react dev` is the other way in: Vite's dev server, with HMR.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { staticHost } from './static-host.js';

const here = fileURLToPath(new URL('.', import.meta.url));

export interface ReactExampleOptions {
  /** The port to serve on (0 for any; 4040 by default). */
  port?: number;
  /** The Menteo API (the sandbox in development): `VITE_MENTEO_BASE_URL` of the build. */
  apiUrl: string;
  /** The organization's publishable key (`pk_test_demo` by default): `VITE_MENTEO_PUBLISHABLE_KEY`. */
  publishableKey?: string;
}

/** The running example. */
export interface ReactExample {
  origin: string;
  /** Stops serving and removes the build. */
  close(): Promise<void>;
}

/**
 * Builds the app for `apiUrl` and serves it on `port`; resolves with its origin once it listens.
 *
 * @example
 * ```ts
 * const react = await startReactExample({ port: 0, apiUrl: 'http://127.0.0.1:4010' });
 * console.log(react.origin);
 * await react.close();
 * ```
 */
export async function startReactExample(options: ReactExampleOptions): Promise<ReactExample> {
  const outDir = await mkdtemp(join(tmpdir(), 'menteo-example-react-'));
  try {
    await build({
      root: here,
      configFile: join(here, 'vite.config.ts'),
      logLevel: 'warn',
      // What `VITE_…=… vite build` would read from the environment, without touching this process's.
      define: {
        'import.meta.env.VITE_MENTEO_BASE_URL': JSON.stringify(options.apiUrl),
        'import.meta.env.VITE_MENTEO_PUBLISHABLE_KEY': JSON.stringify(options.publishableKey ?? 'pk_test_demo'),
      },
      build: { outDir, emptyOutDir: true, reportCompressedSize: false },
    });
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }

  const csp = `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${options.apiUrl}; img-src 'self' https: data:; base-uri 'none'; form-action 'none'`;
  const server = createServer(staticHost(outDir, csp));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4040, '127.0.0.1', resolve);
  });
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : options.port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const example = await startReactExample({
    port: Number(process.env.REACT_PORT ?? 4040),
    apiUrl: process.env.MENTEO_BASE_URL ?? 'http://127.0.0.1:4010',
  });
  console.log(`react: ${example.origin}/`);
  const stop = () => void example.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
