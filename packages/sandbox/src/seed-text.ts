/**
 * Prose in a seed data file: a string, or pieces that concatenate to it. A long paragraph is
 * written as pieces that end after a space or a newline, so the data files keep short lines
 * (JSON has no multi-line strings) and the text itself stays exactly what it was.
 *
 * @example
 * ```json
 * "body": ["Started a mentorship room with an engineering manager I admire. ", "First goal: **delegate**."]
 * ```
 */
export type Text = string | readonly string[];

/**
 * The string a {@link Text} stands for.
 *
 * @example
 * ```ts
 * text(['Hello, ', 'world.']); // 'Hello, world.'
 * ```
 */
export function text(value: Text): string {
  return typeof value === 'string' ? value : value.join('');
}

/**
 * Data read from a seed data file, with the {@link Text} at each of `paths` joined into its
 * string. A path names keys with dots; `[]` means every item of a list and `*` every value of
 * a record (`stories[].messages[].body`, `needSentences.*[]`). Paths that lead nowhere (an
 * optional field left out, a `null`) are skipped.
 *
 * @example
 * ```ts
 * const { stories } = withTexts<{ stories: SeedRoom[] }>(data, ['stories[].goal', 'stories[].messages[].body']);
 * ```
 */
export function withTexts<T>(data: unknown, paths: readonly string[]): T {
  let result = data;
  for (const path of paths) result = joinAt(result, path.replace(/\[\]/g, '.[]').split('.').filter(Boolean));
  return result as T;
}

function joinAt(node: unknown, path: readonly string[]): unknown {
  if (node === null || node === undefined) return node;
  const [step, ...rest] = path;
  if (step === undefined) return Array.isArray(node) ? text(node as readonly string[]) : node;
  if (step === '[]') {
    if (!Array.isArray(node)) throw new TypeError(`seed data: expected a list at [] (${path.join('.')})`);
    return node.map((item) => joinAt(item, rest));
  }
  if (typeof node !== 'object' || Array.isArray(node)) throw new TypeError(`seed data: expected a record at ${path.join('.')}`);
  const record = node as Record<string, unknown>;
  if (step === '*') return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, joinAt(value, rest)]));
  // Replacing an existing key keeps its place, so the order of keys (which the seed may iterate) is kept.
  return step in record ? { ...record, [step]: joinAt(record[step], rest) } : record;
}
