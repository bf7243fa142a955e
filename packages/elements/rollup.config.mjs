// The embed bundle: dist/menteo.js, one self-contained ES module (Lit, @lit/context, the SDK,
// its stores, nanostores, ky) that defines every element — what a blogger
// loads with one <script type="module">. npm users get dist/ from tsc instead (per-module,
// dependencies left to their bundler). No eval, source maps, license banner.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const sdk = fileURLToPath(new URL('../sdk/src/', import.meta.url));

const banner = `/*! @menteo/elements ${pkg.version} — menteo.js, the embed bundle | MIT License | (c) Menteo
 *  Bundles lit, @lit/reactive-element, lit-html, lit-element, @lit/context (BSD-3-Clause,
 *  Google LLC), ky (MIT, Sindre Sorhus), nanostores (MIT, Andrey Sitnik) and
 *  @menteo/sdk (MIT). Their license texts: node_modules/<name>/LICENSE, or the npm registry. */`;

/** Resolves `@menteo/sdk` to its source, so the bundle never depends on the SDK having been built. */
const sdkSource = {
  name: 'menteo-sdk-source',
  resolveId(source) {
    if (source === '@menteo/sdk') return `${sdk}index.ts`;
    if (source === '@menteo/sdk/stores') return `${sdk}stores/index.ts`;
    return null;
  },
};

export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/menteo.js',
    format: 'es',
    sourcemap: true,
    banner,
    inlineDynamicImports: true,
  },
  plugins: [
    sdkSource,
    nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] }),
    // nanostores reads process.env.NODE_ENV: a page has no `process`.
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json' }),
    // Terser keeps our banner (`/*!`) and drops the per-module license headers it summarizes.
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: /^!/ } }),
  ],
};
