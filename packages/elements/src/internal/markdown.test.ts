import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { hostilePosts } from '../../bench/markdown-posts.js';
import { markdownWork, parseMarkdown, renderMarkdown, safeHref } from './markdown.js';

/** Renders Markdown into a detached element and returns it. */
function md(source: string): HTMLElement {
  const div = document.createElement('div');
  render(renderMarkdown(source), div);
  return div;
}

/** The rendered HTML without Lit's comment markers, for structure checks. */
const shape = (el: Element) => el.innerHTML.replace(/<!--[^>]*-->/g, '');

describe('markdown subset', () => {
  it('renders paragraphs, line breaks, strong, em and code', () => {
    const el = md('**Listen** more, *talk* less, _really_.\nSecond line  \nThird\\\nFourth\n\nNew `a <b> c` paragraph with snake_case_name');
    expect(shape(el)).to.equal(
      '<p><strong>Listen</strong> more, <em>talk</em> less, <em>really</em>.<br>Second line<br>Third<br>Fourth</p><p>New <code>a &lt;b&gt; c</code> paragraph with snake_case_name</p>',
    );
    expect(shape(md('__strong__ and \\*not em\\*'))).to.equal('<p><strong>strong</strong> and *not em*</p>');
  });

  it('renders fenced code, quotes, lists, rules and headings as strong paragraphs', () => {
    const el = md('# Title\n\n```js\nconst a = "<b>";\n  indented\n```\n> quoted **words**\n> more\n\n- one\n- two\n  continued\n\n3. three\n4. four\n\n---');
    expect(el.querySelector('h1,h2,h3,h4,h5,h6')).to.be.null;
    expect(shape(el)).to.equal(
      '<p><strong>Title</strong></p>' +
        '<pre><code>const a = "&lt;b&gt;";\n  indented</code></pre>' +
        '<blockquote><p>quoted <strong>words</strong><br>more</p></blockquote>' +
        '<ul><li>one</li><li>two<br>continued</li></ul>' +
        '<ol start="3"><li>three</li><li>four</li></ol>' +
        '<hr>',
    );
  });

  it('links http(s) and mailto only, autolinks bare URLs, with rel and target', () => {
    const el = md(
      'See [the guide](https://menteo.dev/guide "Guide"), https://example.com/a_(b). and [mail](mailto:me@example.com). Not [this](/relative) or [that](javascript:alert(1)).',
    );
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['the guide', 'https://menteo.dev/guide'],
      ['https://example.com/a_(b)', 'https://example.com/a_(b)'],
      ['mail', 'mailto:me@example.com'],
    ]);
    for (const a of links) {
      expect(a.getAttribute('rel')).to.equal('noopener nofollow ugc');
      expect(a.getAttribute('target')).to.equal('_blank');
    }
    expect(el.textContent).to.contain('Not this or that).');
  });

  it('refuses every other scheme, however it is written', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'javascript&#58;alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative',
      'https&#58;//example.com',
    ]) {
      expect(safeHref(href), href).to.equal(undefined);
    }
    expect(safeHref('HTTPS://Example.com/a b')).to.equal('https://example.com/a%20b');
  });

  it('shows raw HTML as text and images as their alt text', () => {
    const el = md('<script>window.__xssHit?.()</script>\n<img src=x onerror=alert(1)>\n![alt text](https://example.com/pixel.gif)');
    expect(el.querySelector('script,img')).to.be.null;
    expect(el.textContent).to.equal('<script>window.__xssHit?.()</script><img src=x onerror=alert(1)>alt text');
  });

  it('keeps unmatched markers and bounds nesting', () => {
    expect(shape(md('2 * 3 * 4 and ** alone and `open'))).to.equal('<p>2 * 3 * 4 and ** alone and `open</p>');
    const deep = `${'>'.repeat(200)} deep`;
    expect(md(deep).querySelectorAll('blockquote').length).to.be.at.most(5);
    expect(parseMarkdown(`${'['.repeat(5000)}x`)).to.have.length(1);
    for (const evil of [
      '*a'.repeat(3000),
      `*${'``'.repeat(3000)}`,
      `_${'\\'.repeat(5000)}`,
      `**a${' *'.repeat(3000)}`,
      `${'['.repeat(3000)}](`,
      `https://${'a'.repeat(9000)}${')'.repeat(500)}`,
    ]) {
      expect(md(evil).textContent!.length).to.be.greaterThan(0);
    }
  });

  // Work, not time: a clock makes a flaky test. `pnpm run bench:markdown` prints the times.
  it('does work in proportion to the length of a hostile post, not its square', () => {
    const workOf = (source: string, soft?: boolean) => {
      const before = markdownWork();
      parseMarkdown(source, 0, soft);
      return markdownWork() - before;
    };
    const growth = hostilePosts.map(({ name, make, soft }) => {
      const small = workOf(make(4_000), soft);
      return { name, perChar: small / 4_000, growth: workOf(make(8_000), soft) / small };
    });
    // Twice the length, about twice the work (a quadratic scan would be 4×), and a few
    // characters looked at per character of the post.
    expect(growth.filter((g) => g.growth > 2.2 || g.perChar > 8)).to.deep.equal([]);
  });

  it('reads the same as before on the shapes the hostile posts are made of', () => {
    expect(parseMarkdown('[a]( "t")')).to.deep.equal([{ t: 'p', c: ['a'] }]);
    expect(parseMarkdown('[a](<https://x.dev> "t" )')).to.deep.equal([{ t: 'p', c: [{ t: 'link', href: 'https://x.dev/', c: ['a'] }] }]);
    expect(parseMarkdown('# a #  \n#\ta b ##\n# ##\n#### x#')).to.deep.equal([
      { t: 'h', c: ['a'] },
      { t: 'h', c: ['a b'] },
      { t: 'h', c: ['##'] },
      { t: 'h', c: ['x#'] },
    ]);
    expect(parseMarkdown('#   \u2028')).to.deep.equal([{ t: 'p', c: ['#   \u2028'] }]);
    expect(parseMarkdown('x ```a`` `b` ``c``')).to.deep.equal([
      { t: 'p', c: ['x `', { t: 'code', v: 'a' }, ' ', { t: 'code', v: 'b' }, ' ', { t: 'code', v: 'c' }] },
    ]);
    expect(parseMarkdown('**a*** _a_b_ *`*`*')).to.deep.equal([
      { t: 'p', c: [{ t: 'strong', c: ['a*'] }, ' _a_b_ ', { t: 'em', c: [{ t: 'code', v: '*' }] }] },
    ]);
    expect(parseMarkdown('see http://a.b/(c))).  and ok', 0, true)).to.deep.equal([
      { t: 'p', c: ['see ', { t: 'link', href: 'http://a.b/(c)', c: ['http://a.b/(c)'] }, ')).  and ok'] },
    ]);
  });
});

describe('renderMarkdown with softBreaks (authored text)', () => {
  it('joins wrapped lines, so emphasis may span them; two trailing spaces still break', () => {
    const blocks = parseMarkdown('write **what you\nown** and get\nit agreed  \nin writing', 0, true);
    expect(blocks).to.deep.equal([{ t: 'p', c: ['write ', { t: 'strong', c: ['what you own'] }, ' and get it agreed', { t: 'br' }, 'in writing'] }]);
  });
});
