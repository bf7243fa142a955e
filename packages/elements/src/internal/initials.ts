/**
 * A person's initials for an avatar without a photo: the first letters of the first two words
 * of their name, upper-cased.
 *
 * @example initials('Daniel Okafor') // 'DO'
 */
export const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0])
    .slice(0, 2)
    .join('')
    .toUpperCase();
