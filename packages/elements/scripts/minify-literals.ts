// Minifies Lit's css`…`, html`…` and svg`…` template literals at build time: one TypeScript
// `before` transformer, used by the npm build (scripts/build.ts) and by the embed bundle
// (rollup.config.mjs), so what npm users and dist/menteo.js ship is the same minified text.
//
// CSS goes through esbuild's CSS minifier with a placeholder for each `${…}`; anything that does
// not come back exactly (an esbuild warning or error, a placeholder lost, moved or doubled, a
// `/*! */` comment dropped) fails the build with the file and line. HTML is only touched where
// the result is certainly equivalent: whitespace runs that contain a newline become one space
// (outside quoted attribute values), and `<!-- -->` comments go. A template with content inside
// `<pre>`, `<textarea>`, `<script>`, `<style>` or `<title>` is left as written.
import { transformSync, type Message } from 'esbuild';
import ts from 'typescript';

/** The modules whose `css`, `html` and `svg` tags are rewritten. */
const litModules = new Set(['lit', 'lit-html', 'lit-element']);
type Kind = 'css' | 'html' | 'svg';
const kinds = new Set<string>(['css', 'html', 'svg']);

/** A literal the minifier refuses: the build must stop rather than ship something different. */
export class LiteralMinifyError extends Error {
  override name = 'LiteralMinifyError';
}

// --- CSS ------------------------------------------------------------------------------------

const marker = '__menteo_';
const placeholder = (index: number): string => `${marker}${index}__`;
/** A value placeholder (`__menteo_3__`) or a statement one (`@__menteo_3__;`, `;` dropped before `}`). */
const placeholders = /@__menteo_(\d+)__;?|__menteo_(\d+)__/g;

/**
 * Minifies the static parts of a css`…` template with esbuild and returns them in the same number,
 * for the same interpolations.
 *
 * An interpolation at the start of a statement (after `{`, `}`, `;` or at the top, and followed by
 * whitespace, `;`, `}` or nothing) stands for whole declarations or rules (`${declare(…)}`,
 * `${themeStyles}`) and becomes an unknown at-rule `@__menteo_N__;`, which esbuild keeps in place
 * in a rule list and in a declaration list alike. Anywhere else (a value, part of a selector) it
 * becomes the identifier `__menteo_N__`.
 *
 * @throws {LiteralMinifyError} when esbuild warns or fails, or the placeholders do not come back intact.
 * @example minifyCss([':host { color: ', '; }']) // [':host{color:', '}']
 */
export function minifyCss(strings: readonly string[]): string[] {
  if (strings.some((s) => s.includes(marker))) throw new LiteralMinifyError(`the text contains "${marker}", the minifier's placeholder`);
  const statement: boolean[] = [];
  let text = strings[0]!;
  for (let i = 1; i < strings.length; i++) {
    const isStatement = atStatementStart(text) && /^(\s|;|}|$)/.test(strings[i]!);
    statement.push(isStatement);
    text += (isStatement ? `@${placeholder(i - 1)};` : placeholder(i - 1)) + strings[i];
  }

  let code: string;
  try {
    const result = transformSync(text, { loader: 'css', minify: true, logLevel: 'silent' });
    if (result.warnings.length > 0) throw new LiteralMinifyError(`esbuild warns: ${describe(result.warnings)}`);
    code = result.code.replace(/\n$/, '');
  } catch (error) {
    if (error instanceof LiteralMinifyError) throw error;
    const errors = (error as { errors?: Message[] }).errors;
    throw new LiteralMinifyError(`esbuild fails: ${errors ? describe(errors) : String(error)}`);
  }

  const legal = (css: string) => css.match(/\/\*![\s\S]*?\*\//g) ?? [];
  if (legal(code).length !== legal(text).length)
    throw new LiteralMinifyError(`esbuild dropped a /*! */ comment (kept ${legal(code).length} of ${legal(text).length})`);

  const out: string[] = [];
  let last = 0;
  let expected = 0;
  for (const match of code.matchAll(placeholders)) {
    const [whole, statementIndex, valueIndex] = match;
    const isStatement = statement[expected];
    if (Number(statementIndex ?? valueIndex) !== expected || isStatement === undefined || (statementIndex !== undefined) !== isStatement) {
      throw new LiteralMinifyError(
        `placeholder ${whole} came back where ${isStatement === undefined ? 'none' : placeholder(expected)} was expected, in: ${code}`,
      );
    }
    out.push(code.slice(last, match.index));
    last = match.index + whole.length;
    expected++;
  }
  out.push(code.slice(last));
  if (out.length !== strings.length) throw new LiteralMinifyError(`${strings.length - 1} placeholders went in, ${out.length - 1} came back, in: ${code}`);
  // After a statement interpolation, give back what its own text may lean on: the `;` written after
  // it (`${decls};`) and a space before what follows (`${themeStyles} :host`, `${prefix} .x` alike).
  for (let i = 1; i < out.length; i++) {
    if (!statement[i - 1]) continue;
    const after = strings[i]!;
    if (/^\s*;/.test(after) && !out[i]!.startsWith(';')) out[i] = `;${out[i]}`;
    else if (/^\s/.test(after) && !/^[;}]/.test(out[i]!) && (out[i] !== '' || i < out.length - 1)) out[i] = ` ${out[i]}`;
  }
  return out;
}

/** Whether CSS text ends where a declaration or a rule may start (comments and whitespace aside). */
function atStatementStart(css: string): boolean {
  let rest = css.trimEnd();
  while (rest.endsWith('*/') && rest.includes('/*')) rest = rest.slice(0, rest.lastIndexOf('/*')).trimEnd();
  return rest === '' || /[{};]$/.test(rest);
}

/** esbuild's messages, each with its line and column inside the template. */
function describe(messages: Message[]): string {
  return messages
    .map((m) => {
      const where = m.location ? ` (template line ${m.location.line}, column ${m.location.column}: ${JSON.stringify(m.location.lineText.trim())})` : '';
      return `${m.text}${where}`;
    })
    .join('; ');
}

// --- HTML / SVG -----------------------------------------------------------------------------

/** Elements whose content is text the page shows or runs as written: a template with any is left alone. */
const rawTextElements = new Set(['pre', 'textarea', 'script', 'style', 'title', 'listing', 'xmp', 'plaintext']);
const whitespace = /[ \t\n\r\f]/;

/**
 * Minifies the static parts of an html`…` or svg`…` template: a whitespace run that contains a
 * newline becomes one space (as the browser renders it) outside quoted attribute values, and an
 * HTML comment with no `${…}` in it goes. Returns `undefined` to leave the template as written
 * when one of {@link rawTextElements} has content (a textarea's initial text, a pre's lines).
 *
 * @example minifyHtml(['<ul>\n  <li>', '</li>\n</ul>']) // ['<ul> <li>', '</li> </ul>']
 */
export function minifyHtml(strings: readonly string[]): string[] | undefined {
  type State = 'text' | 'tag' | 'quoted' | 'comment' | 'raw';
  let state: State = 'text';
  let quote = '';
  let tagName = '';
  let raw = '';
  const out: string[] = [];
  for (const s of strings) {
    let result = '';
    let i = 0;
    while (i < s.length) {
      const c = s[i]!;
      if (state === 'quoted') {
        const end = s.indexOf(quote, i);
        if (end === -1) {
          result += s.slice(i);
          break;
        }
        result += s.slice(i, end + 1);
        i = end + 1;
        state = 'tag';
      } else if (state === 'comment') {
        // A comment with an interpolation in it stays as written.
        const end = s.indexOf('-->', i);
        if (end === -1) {
          result += s.slice(i);
          break;
        }
        result += s.slice(i, end + 3);
        i = end + 3;
        state = 'text';
      } else if (state === 'raw') {
        const close = s.toLowerCase().indexOf(`</${raw}`, i);
        if (close !== i) return undefined;
        state = 'tag';
        tagName = '';
      } else if (whitespace.test(c)) {
        let end = i;
        while (end < s.length && whitespace.test(s[end]!)) end++;
        const run = s.slice(i, end);
        result += /[\n\r]/.test(run) ? ' ' : run;
        i = end;
      } else if (state === 'tag') {
        if (c === '"' || c === "'") {
          quote = c;
          state = 'quoted';
        } else if (c === '>') {
          state = rawTextElements.has(tagName) ? 'raw' : 'text';
          raw = tagName;
        }
        result += c;
        i++;
      } else if (s.startsWith('<!--', i)) {
        const end = s.indexOf('-->', i + 4);
        if (end === -1) {
          state = 'comment';
          result += s.slice(i);
          break;
        }
        // Lit's own markers never appear in source; if one does, it stays.
        if (s.startsWith('<!--?lit$', i)) result += s.slice(i, end + 3);
        i = end + 3;
      } else if (c === '<' && /^[a-zA-Z]/.test(s.slice(i + 1, i + 2))) {
        tagName = /^[a-zA-Z][^\s/>]*/.exec(s.slice(i + 1))![0].toLowerCase();
        state = 'tag';
        result += c;
        i++;
      } else if (c === '<' && /^[/!?]/.test(s.slice(i + 1, i + 2))) {
        tagName = '';
        state = 'tag';
        result += c;
        i++;
      } else {
        result += c;
        i++;
      }
    }
    // An interpolation inside raw-text content: leave the template alone.
    if (state === 'raw' && out.length < strings.length - 1) return undefined;
    out.push(result);
  }
  return out;
}

// --- The transformer ------------------------------------------------------------------------

/**
 * The TypeScript `before` transformer: rewrites every css`…`, html`…` and svg`…` whose tag is
 * imported from `lit` (`lit-html`, `lit-element`), keeping source positions for source maps.
 * Throws a {@link LiteralMinifyError} naming the file and line of a template it refuses.
 *
 * @example program.emit(undefined, undefined, undefined, false, { before: [minifyLiterals()] });
 */
export function minifyLiterals(): ts.TransformerFactory<ts.SourceFile> {
  return (context) => (sourceFile) => {
    const tags = litTags(sourceFile);
    if (tags.size === 0) return sourceFile;
    const { factory } = context;

    const visit = (node: ts.Node): ts.Node => {
      const visited = ts.visitEachChild(node, visit, context);
      if (!ts.isTaggedTemplateExpression(visited) || !ts.isIdentifier(visited.tag)) return visited;
      const kind = tags.get(visited.tag.text);
      if (!kind) return visited;

      const template = visited.template;
      const literals = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
      // A literal with an invalid escape (text left raw): Lit gets `undefined` for it; not ours to fix.
      if (literals.some((l) => l.rawText?.includes('\\') && l.rawText === l.text)) return visited;
      const strings = literals.map((l) => l.text);

      let minified: string[] | undefined;
      try {
        minified = kind === 'css' ? minifyCss(strings) : minifyHtml(strings);
      } catch (error) {
        const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
        const message = error instanceof Error ? error.message : String(error);
        throw new LiteralMinifyError(`${sourceFile.fileName}:${line + 1}:${character + 1}: cannot minify this ${kind}\`…\`: ${message}`);
      }
      if (!minified || minified.every((s, i) => s === strings[i])) return visited;

      const rawOf = (i: number) => toRaw(minified[i]!);
      let replacement: ts.TemplateLiteral;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        replacement = factory.createNoSubstitutionTemplateLiteral(minified[0]!, rawOf(0));
      } else {
        const last = template.templateSpans.length - 1;
        replacement = factory.createTemplateExpression(
          ts.setTextRange(factory.createTemplateHead(minified[0]!, rawOf(0)), template.head),
          template.templateSpans.map((span, i) =>
            ts.setTextRange(
              factory.createTemplateSpan(
                span.expression,
                ts.setTextRange(
                  i === last ? factory.createTemplateTail(minified[i + 1]!, rawOf(i + 1)) : factory.createTemplateMiddle(minified[i + 1]!, rawOf(i + 1)),
                  span.literal,
                ),
              ),
              span,
            ),
          ),
        );
      }
      ts.setTextRange(replacement, template);
      return factory.updateTaggedTemplateExpression(visited, visited.tag, visited.typeArguments, replacement);
    };
    return ts.visitEachChild(sourceFile, visit, context);
  };
}

/** The local names of `css`, `html` and `svg` imported from Lit in one file. */
function litTags(sourceFile: ts.SourceFile): Map<string, Kind> {
  const tags = new Map<string, Kind>();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !litModules.has(statement.moduleSpecifier.text)) continue;
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings)) continue;
    for (const element of clause.namedBindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (!element.isTypeOnly && kinds.has(imported)) tags.set(element.name.text, imported as Kind);
    }
  }
  return tags;
}

/** The raw text of a template literal whose cooked value is `cooked`. */
export function toRaw(cooked: string): string {
  return cooked.replace(/\\|`|\$\{|\r/g, (m) => (m === '\r' ? '\\r' : `\\${m}`));
}
