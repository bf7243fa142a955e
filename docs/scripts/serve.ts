// Serves the built site (docs/site) as any static host would: `pnpm --filter @menteo/docs run serve`.
// The live demos need http(s) (service workers do not run on file://); no API server is involved.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultSiteDir } from './build.js';
import { serveStatic } from './static-server.js';

if (!existsSync(defaultSiteDir)) {
  process.stderr.write('docs: no site yet; build it with `pnpm run docs`\n');
  process.exit(2);
}
const { origin } = await serveStatic(defaultSiteDir, Number(process.env.PORT ?? 4050));
console.log(`docs: ${origin}/index.html (serving ${fileURLToPath(new URL('../site', import.meta.url))})`);
