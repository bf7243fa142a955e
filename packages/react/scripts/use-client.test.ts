// The wrappers are client components for React Server Components (Next.js's App Router): the
// built modules an app imports each begin with the 'use client' directive — the rule RSC
// bundlers apply — so a Server Component may render <MenteoMentorCard> and the element code
// stays on the client. Read from dist/ as an app's bundler reads it, parsed, not pattern-matched.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import ts from 'typescript';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** The directive prologue of a module: the string-literal statements before any other. */
function directives(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false, ts.ScriptKind.JS);
  const out: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    out.push(statement.expression.text);
  }
  return out;
}

describe("'use client'", () => {
  it('begins the package entry and every wrapper module', () => {
    const modules = [
      'index.js',
      ...readdirSync(join(dist, 'generated'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `generated/${f}`),
    ];
    assert.ok(modules.length >= 10, `only ${modules.length} modules built`);
    for (const module of modules) assert.deepEqual(directives(join(dist, module)), ['use client'], `${module} is not a client module`);
  });

  it('the check would see a module without it', () => {
    const without = join(fileURLToPath(new URL('.', import.meta.url)), 'use-client.test.ts');
    assert.deepEqual(directives(without), []);
  });
});
