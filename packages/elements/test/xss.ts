// The page-level trap of the XSS tests: every payload calls `window.__xssHit(label)` if it
// ever runs; `dangerousNodes` walks rendered shadow DOM for what must never be there.
export { xssPayloads } from '../src/thread-feed/xss-payloads.js';

declare global {
  interface Window {
    __xssHit(label: string): void;
  }
}

/** The labels of payloads that ran (must stay empty). */
export const xssHits: string[] = [];
window.__xssHit = (label) => void xssHits.push(label);

/**
 * Every element under `root` (descending into shadow roots) that could run script: a
 * `<script>`/`<iframe>`/`<object>`/`<embed>`, an `on*` attribute, or a `javascript:`/`data:`/
 * `vbscript:` URL in `href`, `src`, `action`, `formaction` or `xlink:href`.
 */
export function dangerousNodes(root: ParentNode): string[] {
  const found: string[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      const tag = el.localName;
      if (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta'].includes(tag)) found.push(`<${tag}>`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
        if (/^(href|src|action|formaction|xlink:href|srcdoc)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value))
          found.push(`${tag}[${attr.name}=${attr.value.slice(0, 30)}]`);
        if (attr.name === 'srcdoc') found.push(`${tag}[srcdoc]`);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}
