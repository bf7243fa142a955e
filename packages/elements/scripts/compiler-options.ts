// tsconfig.build.json's options (what the npm build compiles with), for compiling one module at a
// time: the embed bundle's rollup plugin and the benches' esbuild plugin (scripts/esbuild-literals.ts)
// transpile src/ file by file with the literal minifier, as scripts/build.ts does with the whole program.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The build's compiler options for single-file ES modules, with or without a source map.
 *
 * @example `ts.transpileModule(code, { fileName, compilerOptions: singleModuleOptions({ sourceMap: true }) })`
 */
export function singleModuleOptions({ sourceMap }: { sourceMap: boolean }): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(fileURLToPath(new URL('../tsconfig.build.json', import.meta.url)), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!config) throw new Error('tsconfig.build.json could not be read');
  return {
    ...config.options,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    declaration: false,
    declarationMap: false,
    sourceMap,
    inlineSourceMap: false,
    inlineSources: false,
  };
}
