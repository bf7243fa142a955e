// The one matching rule of a replay: a recorded answer answers a request whose key is the
// same. Recorder and replay key requests the same way, in Node and in the browser.

/**
 * Query parameters whose value is the moment (and place) a request was made, not a choice of
 * the reader's: `<menteo-room-widget>` lists a room's sessions `from` an hour before now, and a
 * mentor's open times from the next full hour for two weeks in the viewer's time zone. A page
 * read on another day, or in another zone, asks with other values; the key keeps their names
 * and writes `*` for the value, so the answer recorded earlier still answers. Every other
 * parameter (and these on any other path) must match exactly.
 */
export const momentParams: readonly { path: RegExp; params: readonly string[] }[] = [
  { path: /^\/v1\/rooms\/[^/]+\/sessions$/, params: ['from'] },
  { path: /^\/v1\/mentors\/[^/]+\/slots$/, params: ['start', 'end', 'timeZone'] },
];

const byNameThenValue = ([a, x]: [string, string], [b, y]: [string, string]): number => {
  if (a !== b) return a < b ? -1 : 1;
  if (x === y) return 0;
  return x < y ? -1 : 1;
};

/**
 * A request's identity for replay: method, path and query, the query decoded and sorted
 * (the SDK sorts its query too, but encodes lists as `a%2Cb`; a browser may write `a,b`), and
 * the {@link momentParams} of its path written as `*`. The origin is not part of it.
 *
 * @example requestKey('GET', new URL('https://demo.menteo.invalid/v1/mentors?limit=1&ids=men_a')) // 'GET /v1/mentors?ids=men_a&limit=1'
 * @example requestKey('GET', new URL('https://demo.menteo.invalid/v1/rooms/room_a/sessions?from=2026-01-01T00%3A00%3A00.000Z')) // 'GET /v1/rooms/room_a/sessions?from=*'
 */
export function requestKey(method: string, url: URL): string {
  const moments = momentParams.find((m) => m.path.test(url.pathname))?.params ?? [];
  const entries = [...url.searchParams.entries()].map(([name, value]): [string, string] => [name, moments.includes(name) ? '*' : value]).sort(byNameThenValue);
  const query = entries.map(([name, value]) => `${name}=${value}`).join('&');
  return `${method.toUpperCase()} ${url.pathname}${query ? `?${query}` : ''}`;
}
