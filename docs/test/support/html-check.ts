// Checks HTML against the custom elements manifest: every `<menteo-…>` tag must be an element
// it declares, and every attribute one of that element's attributes (or a global one).
import { elementsOf, readManifest } from '../../scripts/manifest.js';

/** Attributes any element takes (HTML's global attributes). */
const globalAttribute = /^(id|class|style|lang|dir|hidden|slot|part|exportparts|title|tabindex|role|inert|autofocus|translate|aria-[a-z]+|data-[\w-]+)$/;

let elements: Map<string, Set<string>> | undefined;

/**
 * The `<menteo-*>` tags and attributes in `html` that the manifest does not declare.
 *
 * @example `unknownMarkup('<menteo-mentor-card mentorid="x">', 'x.md').problems // ['x.md: <menteo-mentor-card> has no attribute "mentorid"']`
 */
export function unknownMarkup(html: string, where: string): { problems: string[]; checked: number } {
  elements ??= new Map(elementsOf(readManifest()).map((e) => [e.tagName, new Set((e.attributes ?? []).map((a) => a.name))]));
  const problems: string[] = [];
  let checked = 0;
  for (const [, tag, attrs] of html.matchAll(/<(menteo-[a-z0-9-]+)(\s[^>]*)?>/g)) {
    checked++;
    const known = elements.get(tag!);
    if (!known) {
      problems.push(`${where}: <${tag}> is not an element of the manifest`);
      continue;
    }
    for (const [, name] of (attrs ?? '').matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g)) {
      if (!known.has(name!) && !globalAttribute.test(name!)) problems.push(`${where}: <${tag}> has no attribute "${name}"`);
    }
  }
  return { problems, checked };
}
