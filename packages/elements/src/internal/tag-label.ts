// Skills and industries are kebab-case tags in the API (`api-design`, `nodejs`); people read
// them as words, with the acronyms and brand names spelled the way their owners spell them.
const spelled: Record<string, string> = {
  nodejs: 'Node.js',
  typescript: 'TypeScript',
  okrs: 'OKRs',
  sql: 'SQL',
  mlops: 'MLOps',
  api: 'API',
  ux: 'UX',
  llm: 'LLM',
  saas: 'SaaS',
  ai: 'AI',
  ios: 'iOS',
  'e-commerce': 'E-commerce',
};

/**
 * A tag as a label: `api-design` → `API design`, `nodejs` → `Node.js`, `team-building` → `Team building`.
 *
 * @example `tagLabel('llm-applications') // 'LLM applications'`
 */
export function tagLabel(tag: string): string {
  const text =
    spelled[tag] ??
    tag
      .split('-')
      .map((word) => spelled[word] ?? word)
      .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
