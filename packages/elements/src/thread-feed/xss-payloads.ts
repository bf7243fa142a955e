/**
 * Known cross-site scripting payloads, as a post body (or any user text) might carry them.
 * Each one, if it ever ran, would call `window.__xssHit(<its label>)`, so a test can set a
 * page-level trap and assert that nothing fired. Covers raw HTML (script, event handlers,
 * svg, iframe srcdoc, object/embed, style/expression, meta refresh, form actions), script
 * URLs in Markdown links and autolinks (with case, whitespace, control-character, entity
 * and encoding tricks), Markdown image and reference tricks, data: URLs, template-injection
 * syntaxes of common frameworks, and Unicode tricks.
 *
 * @example
 * ```ts
 * for (const { label, body } of xssPayloads) await client.threads.posts.create(threadId, { kind: 'update', body });
 * ```
 */
export const xssPayloads: readonly { label: string; body: string }[] = [
  // Raw HTML.
  ['script', '<script>window.__xssHit("script")</script>'],
  ['script-src', '<script src="data:text/javascript,window.__xssHit(%22script-src%22)"></script>'],
  ['script-upper', '<SCRIPT>window.__xssHit("script-upper")</SCRIPT>'],
  ['script-split', '<scr<script>ipt>window.__xssHit("script-split")</scr</script>ipt>'],
  ['img-onerror', '<img src=x onerror="window.__xssHit(\'img-onerror\')">'],
  ['img-onerror-noquote', '<img src=x onerror=window.__xssHit("img-onerror-noquote")>'],
  ['img-onerror-slash', '<img/src/onerror=window.__xssHit("img-onerror-slash")>'],
  ['svg-onload', '<svg onload="window.__xssHit(\'svg-onload\')"></svg>'],
  ['svg-script', '<svg><script>window.__xssHit("svg-script")</script></svg>'],
  ['svg-animate', '<svg><animate onbegin="window.__xssHit(\'svg-animate\')" attributeName="x" dur="1s"/></svg>'],
  ['svg-a-href', '<svg><a href="javascript:window.__xssHit(\'svg-a-href\')"><text y="20">click</text></a></svg>'],
  ['body-onload', '<body onload="window.__xssHit(\'body-onload\')">'],
  ['details-ontoggle', '<details open ontoggle="window.__xssHit(\'details-ontoggle\')"><summary>x</summary></details>'],
  ['input-autofocus', '<input autofocus onfocus="window.__xssHit(\'input-autofocus\')">'],
  ['video-onerror', '<video><source onerror="window.__xssHit(\'video-onerror\')"></video>'],
  ['marquee', '<marquee onstart="window.__xssHit(\'marquee\')">x</marquee>'],
  ['iframe-srcdoc', '<iframe srcdoc="<script>parent.__xssHit(\'iframe-srcdoc\')</script>"></iframe>'],
  ['iframe-js', '<iframe src="javascript:parent.__xssHit(\'iframe-js\')"></iframe>'],
  ['object-data', '<object data="javascript:window.__xssHit(\'object-data\')"></object>'],
  ['embed-src', '<embed src="data:text/html,<script>parent.__xssHit(\'embed-src\')</script>">'],
  ['style-expression', '<div style="width: expression(window.__xssHit(\'style-expression\'))">x</div>'],
  ['style-tag', '<style>@import "javascript:window.__xssHit(\'style-tag\')";</style>'],
  ['link-import', '<link rel="import" href="data:text/html,<script>window.__xssHit(\'link-import\')</script>">'],
  ['meta-refresh', '<meta http-equiv="refresh" content="0;url=javascript:window.__xssHit(\'meta-refresh\')">'],
  ['form-action', '<form action="javascript:window.__xssHit(\'form-action\')"><button>go</button></form>'],
  ['button-formaction', '<button formaction="javascript:window.__xssHit(\'button-formaction\')">go</button>'],
  ['a-href-html', '<a href="javascript:window.__xssHit(\'a-href-html\')">click</a>'],
  ['base-href', '<base href="javascript:window.__xssHit(\'base-href\')//">'],
  ['comment-breakout', '<!--><img src=x onerror=window.__xssHit("comment-breakout")>-->'],
  ['cdata', '<![CDATA[<script>window.__xssHit("cdata")</script>]]>'],
  ['noscript-breakout', '<noscript><p title="</noscript><img src=x onerror=window.__xssHit(\'noscript-breakout\')>"></noscript>'],
  ['math-mglyph', '<math><mtext><table><mglyph><style><img src=x onerror=window.__xssHit("math-mglyph")>'],
  // Markdown links and autolinks with script URLs.
  ['md-js', '[click](javascript:window.__xssHit("md-js"))'],
  ['md-js-case', '[click](JaVaScRiPt:window.__xssHit("md-js-case"))'],
  ['md-js-space', '[click]( javascript:window.__xssHit("md-js-space"))'],
  ['md-js-tab', '[click](java\tscript:window.__xssHit("md-js-tab"))'],
  ['md-js-newline', '[click](java\nscript:window.__xssHit("md-js-newline"))'],
  ['md-js-nul', '[click](\u0000javascript:window.__xssHit("md-js-nul"))'],
  ['md-js-entity-colon', '[click](javascript&#58;window.__xssHit("md-js-entity-colon"))'],
  ['md-js-entity-j', '[click](&#106;avascript:window.__xssHit("md-js-entity-j"))'],
  ['md-js-hex-entity', '[click](&#x6A;&#x61;&#x76;&#x61;script:window.__xssHit("md-js-hex-entity"))'],
  ['md-js-percent', '[click](javascript%3Awindow.__xssHit("md-js-percent"))'],
  ['md-js-angle', '[click](<javascript:window.__xssHit("md-js-angle")>)'],
  ['md-js-title', '[click](javascript:window.__xssHit("md-js-title") "title")'],
  ['md-vbscript', '[click](vbscript:window.__xssHit("md-vbscript"))'],
  ['md-data-html', '[click](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3NIaXQoJ21kLWRhdGEtaHRtbCcpPC9zY3JpcHQ+)'],
  ['md-data-svg', '[click](data:image/svg+xml,<svg onload=parent.__xssHit("md-data-svg")>)'],
  ['md-autolink-js', '<javascript:window.__xssHit("md-autolink-js")>'],
  ['md-bare-js', 'javascript:window.__xssHit("md-bare-js")'],
  ['md-reference', '[click][x]\n\n[x]: javascript:window.__xssHit("md-reference")'],
  ['md-link-in-link', '[[inner](javascript:window.__xssHit("md-link-in-link"))](https://example.com)'],
  ['md-label-html', '[<img src=x onerror=window.__xssHit("md-label-html")>](https://example.com)'],
  ['md-url-quote-breakout', '[click](https://example.com/"onmouseover="window.__xssHit(\'md-url-quote-breakout\'))'],
  ['md-url-angle-breakout', 'https://example.com/<img/src/onerror=window.__xssHit("md-url-angle-breakout")>'],
  // Markdown images.
  ['md-img-js', '![x](javascript:window.__xssHit("md-img-js"))'],
  ['md-img-onerror', '![x" onerror="window.__xssHit(\'md-img-onerror\')](https://example.invalid/x.png)'],
  ['md-img-data', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9InBhcmVudC5fX3hzc0hpdCgnbWQtaW1nLWRhdGEnKSIvPg==)'],
  // Code that must stay code.
  ['md-code-html', '`<img src=x onerror=window.__xssHit("md-code-html")>`'],
  ['md-fence-html', '```html\n<script>window.__xssHit("md-fence-html")</script>\n```'],
  ['md-quote-html', '> <img src=x onerror=window.__xssHit("md-quote-html")>'],
  ['md-list-html', '- <svg onload=window.__xssHit("md-list-html")>'],
  ['md-heading-html', '# <img src=x onerror=window.__xssHit("md-heading-html")>'],
  ['md-emphasis-html', '**<img src=x onerror=window.__xssHit("md-emphasis-html")>**'],
  // HTML entities that decode to markup.
  ['entity-lt', '&lt;img src=x onerror=window.__xssHit("entity-lt")&gt;'],
  ['entity-numeric', '&#60;script&#62;window.__xssHit("entity-numeric")&#60;/script&#62;'],
  // Template injection of frameworks that may run on the embedding page.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is this text, a template expression a page might evaluate.
  ['template-lit', '${window.__xssHit("template-lit")}'],
  ['template-angular', '{{constructor.constructor("window.__xssHit(\'template-angular\')")()}}'],
  ['template-vue', '{{ _c.constructor("window.__xssHit(\'template-vue\')")() }}'],
  ['template-handlebars', '{{#with "s" as |string|}}{{string.constructor "window.__xssHit(\'template-handlebars\')"}}{{/with}}'],
  // Unicode tricks.
  ['unicode-fullwidth', '＜script＞window.__xssHit("unicode-fullwidth")＜/script＞'],
  ['unicode-rtl-override', '[\u202Eexe.txt](javascript:window.__xssHit("unicode-rtl-override"))'],
  ['unicode-zero-width', '[click](java\u200Bscript:window.__xssHit("unicode-zero-width"))'],
  ['unicode-escape', '[click](\\u006Aavascript:window.__xssHit("unicode-escape"))'],
  ['unicode-homoglyph', '[click](јavascript:window.__xssHit("unicode-homoglyph"))'],
].map(([label, body]) => ({ label: label!, body: body! }));
