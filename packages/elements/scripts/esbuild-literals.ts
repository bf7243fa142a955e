// An esbuild plugin that compiles the elements' source (src/*.ts) as the npm build and the embed
// bundle do: with the TypeScript API and the Lit literal minifier (scripts/minify-literals.ts). The
// benches bundle src/ with esbuild; without it they measured template strings as written, with
// every newline and indentation, not the minified ones users get (the DOM is the same: a
// whitespace run becomes one space, still one text node).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import ts from 'typescript';
import { singleModuleOptions } from './compiler-options.js';
import { minifyLiterals } from './minify-literals.js';

const source = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Compiles `src/**\/*.ts` with the literal minifier; everything else is left to esbuild.
 *
 * @example `await esbuild.build({ entryPoints, bundle: true, plugins: [shippedLiterals()] })`
 */
export function shippedLiterals(): Plugin {
  return {
    name: 'menteo-literals',
    setup(build) {
      const options = singleModuleOptions({ sourceMap: false });
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        if (!path.startsWith(source)) return undefined;
        const { outputText, diagnostics = [] } = ts.transpileModule(await readFile(path, 'utf8'), {
          fileName: path,
          compilerOptions: options,
          reportDiagnostics: true,
          transformers: { before: [minifyLiterals()] },
        });
        const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
        if (errors.length > 0) return { errors: errors.map((d) => ({ text: ts.flattenDiagnosticMessageText(d.messageText, '\n') })) };
        return { contents: outputText, loader: 'js' };
      });
    },
  };
}
