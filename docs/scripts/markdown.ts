// Markdown for the docs: the markdown-it Eleventy renders the guides with (headings with anchors,
// `.md` links to their pages, task lists as glyphs), an inline renderer for the manifest's
// descriptions, and the code-block extraction the tests share. markdown-it is Eleventy's own copy:
// the docs render with exactly the parser the site is built with.
import { createRequire } from 'node:module';

/** The parts of a markdown-it token the docs read and write. */
export interface MdToken {
  type: string;
  tag: string;
  info: string;
  content: string;
  map: [number, number] | null;
  children: MdToken[] | null;
  attrGet(name: string): string | null;
  attrSet(name: string, value: string): void;
}

type RenderRule = (tokens: MdToken[], index: number, options: object, env: object, self: MdRenderer) => string;

interface MdRenderer {
  rules: Record<string, RenderRule | undefined>;
  renderToken(tokens: MdToken[], index: number, options: object): string;
}

/** The parts of a markdown-it instance the docs use (markdown-it 14 ships no types). */
export interface Markdown {
  render(source: string, env?: object): string;
  renderInline(source: string, env?: object): string;
  parse(source: string, env: object): MdToken[];
  set(options: object): Markdown;
  disable(rule: string): Markdown;
  core: {
    ruler: { push(name: string, rule: (state: { tokens: MdToken[]; Token: new (type: string, tag: string, nesting: number) => MdToken }) => void): void };
  };
  renderer: MdRenderer;
}

type MarkdownIt = new (options: { html: boolean; typographer?: boolean }) => Markdown;
const MarkdownIt = createRequire(createRequire(import.meta.url).resolve('@11ty/eleventy'))('markdown-it') as MarkdownIt;

/** A heading's anchor: lower case, letters, digits and dashes (as the site always made them: links keep working). */
export const slugify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z]+;/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/** A link written for the repository (`auth.md`, `quick-start-blog.md#x`) as the site's page. */
export const pageHref = (href: string): string => (/^[a-z]+:|^\/\//i.test(href) ? href : href.replace(/\.md(#|$)/, '.html$1'));

/** Gives each heading an id (unique in the document) and a `#` anchor link before its text. */
function headingIds(md: Markdown): void {
  md.core.ruler.push('menteo_heading_ids', (state) => {
    const used = new Map<string, number>();
    for (const [i, token] of state.tokens.entries()) {
      if (token.type !== 'heading_open') continue;
      const inline = state.tokens[i + 1]!;
      const base = slugify(md.renderInline(inline.content)) || 'section';
      const n = used.get(base) ?? 0;
      used.set(base, n + 1);
      const id = n ? `${base}-${n}` : base;
      token.attrSet('id', id);
      const anchor = new state.Token('html_inline', '', 0);
      anchor.content = `<a class="anchor" href="#${id}" aria-hidden="true" tabindex="-1" data-pagefind-ignore>#</a>`;
      inline.children?.unshift(anchor);
    }
  });
}

/** `- [ ] item` as a glyph: a checklist to read, not a form of unlabeled disabled inputs. */
function taskGlyphs(md: Markdown): void {
  md.core.ruler.push('menteo_task_glyphs', (state) => {
    for (const [i, token] of state.tokens.entries()) {
      if (token.type !== 'inline' || state.tokens[i - 2]?.type !== 'list_item_open') continue;
      const first = token.children?.[0];
      const match = first?.type === 'text' ? /^\[([ xX])\] /.exec(first.content) : null;
      if (!first || !match) continue;
      first.content = first.content.slice(match[0].length);
      const glyph = new state.Token('html_inline', '', 0);
      glyph.content = `<span class="task" aria-hidden="true">${match[1] === ' ' ? '☐' : '☑'}</span> `;
      token.children!.unshift(glyph);
    }
  });
}

/** Links to `x.md` become `x.html`, as the guides link each other by their repository file names. */
function mdLinks(md: Markdown): void {
  const render = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    token.attrSet('href', pageHref(token.attrGet('href') ?? ''));
    return render ? render(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
  };
}

/**
 * The markdown-it the guides are rendered with: raw HTML passes (the guides' live demos),
 * headings get ids, `.md` links point at pages, and indented code is not code (Eleventy's default).
 * `html: false` escapes HTML in the source instead (text from source comments, never run).
 *
 * @example `createMarkdown().render('# Hi') // '<h1 id="hi"><a class="anchor" …>#</a>Hi</h1>\n'`
 */
export function createMarkdown({ html = true } = {}): Markdown {
  const md = new MarkdownIt({ html });
  md.disable('code');
  headingIds(md);
  taskGlyphs(md);
  mdLinks(md);
  return md;
}

const inlineMarkdown = createMarkdown({ html: false });

/**
 * A manifest description as inline HTML: backticks and links rendered, tags shown as text.
 *
 * @example `inlineHtml('Fires \`menteo-retry\`.') // 'Fires <code>menteo-retry</code>.'`
 */
export const inlineHtml = (text: string | undefined): string => (text ? inlineMarkdown.renderInline(text.replace(/\n/g, ' ')) : '');

/** A fenced code block of a markdown file. */
export interface CodeBlock {
  /** The first word of the info string (`ts`, `html`, `sh`). */
  lang: string;
  /** The words after it (`node`: the tests run this snippet against a sandbox). */
  meta: string[];
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
}

/**
 * The tokens of a markdown document, as the site's parser reads it (nested ones in `children`).
 *
 * @example `markdownTokens('<div>x</div>').some((t) => t.type === 'html_block') // true`
 */
export const markdownTokens = (markdown: string): MdToken[] => createMarkdown().parse(markdown, {});

/**
 * The fenced code blocks of a markdown document, in order.
 *
 * @example `codeBlocks('```ts\nconst a = 1;\n```').map((b) => b.lang) // ['ts']`
 */
export function codeBlocks(markdown: string): CodeBlock[] {
  return markdownTokens(markdown)
    .filter((token) => token.type === 'fence')
    .map((token) => {
      const [lang = '', ...meta] = token.info.split(/\s+/).filter(Boolean);
      return { lang, meta, code: token.content, line: (token.map?.[0] ?? 0) + 1 };
    });
}

/** The first `# ` heading of a markdown document. */
export const titleOf = (markdown: string): string => /^# (.+)$/m.exec(markdown)?.[1]?.trim() ?? 'Untitled';

/** The first paragraph after the title, as inline Markdown without its links (for the home page's list). */
export function leadOf(markdown: string): string {
  const tokens = markdownTokens(markdown);
  const paragraph = tokens.findIndex((t) => t.type === 'paragraph_open');
  return paragraph >= 0 ? tokens[paragraph + 1]!.content.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1') : '';
}
