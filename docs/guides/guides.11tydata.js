// Every guide's page: guides/<name>.md → guides/<name>.html in the guide layout, its title the
// first `# ` heading, its lead the first paragraph (the home page lists them), and the page's
// scripts when it holds a live demo or the token table.
import { leadOf, markdownTokens, titleOf } from '../scripts/markdown.ts';

/** The token table (`<!-- menteo:tokens -->`) holds a live card. */
const hasTokenTable = (markdown) => markdown.includes('<!-- menteo:tokens -->');

/** Raw HTML naming an element (code is text, not a demo), or the token table's card. */
const hasDemo = (markdown) =>
  hasTokenTable(markdown) ||
  markdownTokens(markdown).some(
    (token) =>
      (token.type === 'html_block' && /<menteo-[a-z-]+[\s>]/.test(token.content)) ||
      token.children?.some((child) => child.type === 'html_inline' && /<menteo-[a-z-]+[\s>]/.test(child.content)),
  );

export default {
  layout: 'guide.njk',
  permalink: (data) => `guides/${data.page.fileSlug}.html`,
  eleventyComputed: {
    title: (data) => titleOf(data.page.rawInput),
    lead: (data) => leadOf(data.page.rawInput),
    demo: (data) => hasDemo(data.page.rawInput),
    scripts: (data) => (hasTokenTable(data.page.rawInput) ? ['assets/tokens.js'] : []),
  },
};
