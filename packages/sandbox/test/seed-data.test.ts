import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// The seed's prose (bios, roadmap steps, thread posts, room messages) is data: it lives in
// JSON files beside the seeders, with short lines, and the TypeScript only generates and
// links it. A text would otherwise creep back into code as one long string literal.
const src = join(dirname(fileURLToPath(import.meta.url)), '../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** The seed's code: seed/, and every resource's seeder and data loader. */
const seedCode = files(src).filter((f) => f.endsWith('.ts') && (/[\\/]seed[^\\/]*\.ts$/.test(f) || /[\\/]seed(-data)?[\\/]/.test(f)));
const seedData = files(src).filter((f) => f.endsWith('.json') && /[\\/]seed-data|shared-resources|progress/.test(f));

/** String literals (and template texts) of a source file of at least `min` characters, SQL left out. */
function longTexts(file: string, min: number): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let value: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) value = node.text;
    else if (ts.isTemplateExpression(node)) value = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('\u0024{…}');
    // Error messages are the code's own words, not seed prose.
    const inError = node.parent !== undefined && ts.isNewExpression(node.parent) && /Error$/.test(node.parent.expression.getText());
    if (value !== undefined && value.length >= min && !/\b(SELECT|INSERT|UPDATE|DELETE)\b/.test(value) && !inError) {
      found.push(`${relative(src, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${value.slice(0, 60)}…`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('seed data', () => {
  it('keeps the prose in JSON files, not in the seed code', () => {
    assert.ok(
      seedCode.some((f) => f.endsWith('threads/seed.ts')),
      'the scan reads the seeders',
    );
    assert.deepEqual(
      seedCode.flatMap((f) => longTexts(f, 60)),
      [],
    );
  });

  it('writes its JSON files with short lines', () => {
    assert.ok(seedData.length >= 10, `found the data files (${seedData.map((f) => relative(src, f)).join(', ')})`);
    const long = seedData.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, where: `${relative(src, file)}:${i + 1}` }))
        // A URL cannot be broken; every other text can.
        .filter(({ line }) => [...line].length > 100 && !line.includes('https://'))
        .map(({ line, where }) => `${where} (${[...line].length})`),
    );
    assert.deepEqual(long, []);
  });
});
