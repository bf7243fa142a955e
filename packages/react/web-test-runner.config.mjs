// The wrappers in real Chromium, against the real elements and one seeded sandbox (started
// here in Node, reached by the page over HTTP with CORS), as in packages/elements.
// React ships CommonJS only: it is bundled once to ES modules with esbuild (one copy shared by
// `react` and `react-dom/client`, or hooks would see two Reacts).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromium } from '../../test/support/chromium.mjs';
import { freePort, sandboxForTests } from '../../test/support/wtr-sandbox.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

/** The elements and the SDK from source: their dist is a build product the tests must not lag behind. */
const aliases = {
  '@menteo/sdk': '/packages/sdk/src/index.ts',
  '@menteo/sdk/stores': '/packages/sdk/src/stores/index.ts',
  '@menteo/sdk/internal': '/packages/sdk/src/internal.ts',
  '@menteo/elements': '/packages/elements/src/index.ts',
  react: '/__react/react.js',
  'react-dom/client': '/__react/react-dom-client.js',
};

const sandbox = sandboxForTests({
  resolveImport({ source }) {
    const element = /^@menteo\/elements\/([a-z-]+)$/.exec(source)?.[1];
    if (element) return `/packages/elements/src/${element}/define.ts`;
    if (source.startsWith('@menteo/sdk/stores/')) return `/packages/sdk/src/stores/${source.slice('@menteo/sdk/stores/'.length)}.ts`;
    return aliases[/** @type {keyof typeof aliases} */ (source)];
  },
});

/**
 * Each CommonJS module's names, re-exported from the one bundle. Read here, when the config
 * loads: React's development build patches `console` when required, which breaks the runner's
 * console once it runs.
 */
const reexport = (name, module) => {
  const names = Object.keys(require(module)).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  return `import { ${name} } from '/__react/bundle.js';\nexport default ${name};\nexport const { ${names.join(', ')} } = ${name};\n`;
};
const reactModules = {
  '/__react/react.js': reexport('React', 'react'),
  '/__react/react-dom-client.js': reexport('ReactDOMClient', 'react-dom/client'),
};

const reactPlugin = {
  name: 'react-esm',
  /** @type {Promise<string> | undefined} */
  bundle: undefined,
  async serve({ path }) {
    if (path in reactModules) return { body: reactModules[/** @type {keyof typeof reactModules} */ (path)], type: 'js' };
    if (path !== '/__react/bundle.js') return undefined;
    this.bundle ??= build({
      stdin: {
        contents: "import * as React from 'react'; import * as ReactDOMClient from 'react-dom/client'; export { React, ReactDOMClient };",
        resolveDir: here,
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((result) => result.outputFiles[0].text);
    return { body: await this.bundle, type: 'js' };
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: repoRoot,
  // Any free port: other packages' browser tests may run at the same time on a developer's machine.
  port: await freePort(),
  files: [`${here}test/**/*.test.tsx`],
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  plugins: [sandbox.plugin, reactPlugin, esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: `${here}tsconfig.json` })],
  testFramework: { config: { timeout: 20_000 } },
  testRunnerHtml: sandbox.html,
  browsers: [chromium()],
};
