/**
 * Skills and industries are kebab-case tags in the API (`system-design`); these write
 * them for people, in bios, headlines and match reasons.
 */

const known: Record<string, string> = {
  nodejs: 'Node.js',
  typescript: 'TypeScript',
  okrs: 'OKRs',
  sql: 'SQL',
  mlops: 'MLOps',
  api: 'API',
  ux: 'UX',
  llm: 'LLM',
  saas: 'SaaS',
  'e-commerce': 'e-commerce',
};

/** A tag inside a sentence: `api-design` → `API design`, `team-building` → `team building`. */
export function inlineLabel(tag: string): string {
  return (
    known[tag] ??
    tag
      .split('-')
      .map((word) => known[word] ?? word)
      .join(' ')
  );
}

/** A tag at the start of a sentence or on its own: `system-design` → `System design`. */
export function label(tag: string): string {
  const text = inlineLabel(tag);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
