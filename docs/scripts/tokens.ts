// The system tokens (`--menteo-*`) with their light and dark values, read from the elements'
// source (packages/elements/src/styles/tokens.ts) so the theming page can never drift from it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const tokensPath = fileURLToPath(new URL('../../packages/elements/src/styles/tokens.ts', import.meta.url));

/** One system token: its custom property, its light value and its dark one (when the dark theme changes it). */
export interface SystemToken {
  property: `--menteo-${string}`;
  light: string;
  dark: string | undefined;
}

/** The string entries of the object literal assigned to `const <name>` (through `as const` and type annotations). */
function objectEntries(source: ts.SourceFile, name: string): Map<string, string> {
  const entries = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer) {
      let init: ts.Expression = node.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
      if (!ts.isObjectLiteralExpression(init)) throw new Error(`${tokensPath}: \`${name}\` is not an object literal`);
      for (const p of init.properties) {
        if (!ts.isPropertyAssignment(p)) continue;
        const key = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined;
        if (key && (ts.isStringLiteral(p.initializer) || ts.isNoSubstitutionTemplateLiteral(p.initializer))) entries.set(key, p.initializer.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return entries;
}

/**
 * Reads the system tokens from the source of `tokens.ts` (`const light = {…}`, `const dark = {…}`).
 *
 * @example `readSystemTokens().find((t) => t.property === '--menteo-color-primary')?.light // '#4338ca'`
 */
export function readSystemTokens(path = tokensPath): SystemToken[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const light = objectEntries(source, 'light');
  const dark = objectEntries(source, 'dark');
  if (light.size === 0) throw new Error(`${path}: found no system tokens in \`const light\``);
  return [...light].map(([name, value]) => ({ property: `--menteo-${name}`, light: value, dark: dark.get(name) }));
}
