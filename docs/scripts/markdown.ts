// Markdown for the docs: one configured `marked` (headings with anchors, `.md` links to their
// pages, code blocks as plain escaped text) and the code-block extraction the tests share.
import { Marked, type Tokens } from 'marked';

/** HTML-escapes text for element content and attribute values. */
export const escapeHtml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A heading's anchor: lower case, letters, digits and dashes. */
export const slugify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z]+;/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/** A link written for the repository (`auth.md`, `quick-start-blog.md#x`) as the site's page. */
export const pageHref = (href: string): string => (/^[a-z]+:|^\/\//i.test(href) ? href : href.replace(/\.md(#|$)/, '.html$1'));

/**
 * A `marked` instance for one page: headings get ids (unique in the page) and code blocks a
 * `language-*` class; the info string's extra words (```` ```ts node ````) are for the tests.
 * `rawHtml: false` escapes HTML in the source instead of passing it through.
 *
 * @example `createMarked().parse('# Hi')`
 */
export function createMarked({ rawHtml = true } = {}): Marked {
  const used = new Map<string, number>();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }: Tokens.Heading): string {
        const inner = this.parser.parseInline(tokens);
        const base = slugify(inner) || 'section';
        const n = used.get(base) ?? 0;
        used.set(base, n + 1);
        const id = n ? `${base}-${n}` : base;
        return `<h${depth} id="${id}"><a class="anchor" href="#${id}" aria-hidden="true" tabindex="-1">#</a>${inner}</h${depth}>\n`;
      },
      code({ text, lang }: Tokens.Code): string {
        const language = (lang ?? '').split(/\s+/)[0] ?? '';
        // Focusable, so a keyboard can scroll a long line (axe: scrollable-region-focusable).
        return `<pre class="code" tabindex="0"><code${language ? ` class="language-${escapeHtml(language)}"` : ''}>${escapeHtml(text)}</code></pre>\n`;
      },
      checkbox({ checked }: Tokens.Checkbox): string {
        // A checklist to read, not a form: a glyph, not an unlabeled disabled input.
        return `<span class="task" aria-hidden="true">${checked ? '☑' : '☐'}</span> `;
      },
      link({ href, title, tokens }: Tokens.Link): string {
        const inner = this.parser.parseInline(tokens);
        return `<a href="${escapeHtml(pageHref(href))}"${title ? ` title="${escapeHtml(title)}"` : ''}>${inner}</a>`;
      },
    },
  });
  // Text from source comments (the manifest) is shown, never run: a bare `<menteo-x>` stays text.
  if (!rawHtml) marked.use({ renderer: { html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text) } });
  return marked;
}

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
 * The fenced code blocks of a markdown document, in order.
 *
 * @example `codeBlocks('```ts\nconst a = 1;\n```').map((b) => b.lang) // ['ts']`
 */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let offset = 0;
  for (const token of new Marked({ gfm: true }).lexer(markdown)) {
    const at = markdown.indexOf(token.raw, offset);
    if (at >= 0) offset = at;
    if (token.type === 'code' && (token as Tokens.Code).codeBlockStyle !== 'indented') {
      const [lang = '', ...meta] = ((token as Tokens.Code).lang ?? '').split(/\s+/).filter(Boolean);
      blocks.push({ lang, meta, code: (token as Tokens.Code).text, line: markdown.slice(0, offset).split('\n').length });
    }
  }
  return blocks;
}

/** The first `# ` heading of a markdown document. */
export const titleOf = (markdown: string): string => /^# (.+)$/m.exec(markdown)?.[1]?.trim() ?? 'Untitled';

/** The first paragraph after the title, as inline Markdown without its links (for the home page's list). */
export function leadOf(markdown: string): string {
  const token = new Marked().lexer(markdown).find((t) => t.type === 'paragraph');
  return token ? (token as Tokens.Paragraph).text.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1') : '';
}
