// The docs site on Eleventy: guides (guides/*.md) through markdown-it, the home page, the elements'
// index and one page per manifest element (pages/, paginated over the `elements` data) in the
// Nunjucks layouts of layouts/. scripts/build.ts runs it, with the data the demo capture found,
// then adds the demos' assets, the SDK reference and the Pagefind index.
import type { CollectionItem, UserConfig } from '@11ty/eleventy';
import syntaxHighlight from '@11ty/eleventy-plugin-syntaxhighlight';
import { createMarkdown, inlineHtml } from './scripts/markdown.js';
import { guideOrder } from './scripts/site-data.js';

/** A guide's place in the navigation: the listed ones in order, then the rest by name. */
const guideRank = (item: CollectionItem): number => guideOrder.indexOf(item.fileSlug) + 1 || guideOrder.length + 1;

export default function (config: UserConfig) {
  config.setLibrary('md', createMarkdown());
  // Code blocks are focusable, so a keyboard can scroll a long line (axe: scrollable-region-focusable).
  config.addPlugin(syntaxHighlight, { preAttributes: { tabindex: 0, class: ({ language }) => `code language-${language}` } });
  config.addFilter('inline', (text: string | undefined) => inlineHtml(text));
  // Pages link by relative paths (the site works from any folder of a static host).
  config.addFilter('root', (url: string) => '../'.repeat(Math.max(0, url.split('/').length - 2)));
  config.addCollection('guides', (api) =>
    api.getFilteredByGlob('./guides/*.md').sort((a, b) => guideRank(a) - guideRank(b) || (a.fileSlug < b.fileSlug ? -1 : 1)),
  );
  for (const ignored of ['README.md', 'test/**', 'site/**', 'scripts/**', 'src/**']) config.ignores.add(ignored);
  return {
    dir: { includes: 'layouts' },
    templateFormats: ['md', 'njk'],
    // The guides' code samples hold `{{ }}` and `{% %}`: Markdown is Markdown only.
    markdownTemplateEngine: false,
  };
}
