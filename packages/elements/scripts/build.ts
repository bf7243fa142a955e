// The npm build: what `tsc -p tsconfig.build.json` emits (per-module JS, .d.ts, declaration maps,
// source maps into dist/), through the compiler API so that Lit's css/html/svg literals are
// minified on the way (scripts/minify-literals.ts, the same transformer as the embed bundle's).
// Prints diagnostics as tsc does; exits 1 on any error.
import ts from 'typescript';
import { fileURLToPath } from 'node:url';
import { LiteralMinifyError, minifyLiterals } from './minify-literals.js';

const configPath = fileURLToPath(new URL('../tsconfig.build.json', import.meta.url));
const formatHost: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (name) => name,
  getCurrentDirectory: () => process.cwd(),
  getNewLine: () => ts.sys.newLine,
};

/** Prints diagnostics the way tsc does (with context and colour on a terminal). */
function report(diagnostics: readonly ts.Diagnostic[]): void {
  if (diagnostics.length === 0) return;
  const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
  process.stdout.write(format(diagnostics, formatHost));
}

const config = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
    report([diagnostic]);
    process.exit(1);
  },
});
if (!config) process.exit(1);

const program = ts.createProgram({
  rootNames: config.fileNames,
  options: config.options,
  projectReferences: config.projectReferences,
  configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(config),
});

let emitted: ts.EmitResult;
try {
  emitted = program.emit(undefined, undefined, undefined, false, { before: [minifyLiterals()] });
} catch (error) {
  if (!(error instanceof LiteralMinifyError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}

const diagnostics = ts.sortAndDeduplicateDiagnostics([...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics]);
report(diagnostics);
const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).length;
if (errors > 0) {
  console.log(`${ts.sys.newLine}Found ${errors} error${errors === 1 ? '' : 's'}.`);
  process.exit(1);
}
