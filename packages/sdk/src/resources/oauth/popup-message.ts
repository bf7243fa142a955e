/** What the API's hosted popup callback posts to the page that opened it. */
export interface PopupMessage {
  type: 'menteo:oauth';
  state: string;
  code?: string;
  error?: string;
}

/**
 * The sign-in answer in a `message` event, or undefined when the event is not it: it must come
 * from the API's origin, from the popup this sign-in opened, and carry this sign-in's state.
 * Anything else — another frame, another origin, a replayed or forged answer — is ignored.
 *
 * @example
 * ```ts
 * addEventListener('message', (event) => {
 *   const answer = signInAnswer(event, { origin: 'https://api.menteo.dev', source: popup, state });
 *   if (answer) finish(answer);
 * });
 * ```
 */
export function signInAnswer(
  event: Pick<MessageEvent, 'origin' | 'source' | 'data'>,
  expected: { origin: string; source: unknown; state: string },
): PopupMessage | undefined {
  const data = event.data as Partial<PopupMessage> | null;
  if (event.origin !== expected.origin || event.source !== expected.source) return undefined;
  if (data?.type !== 'menteo:oauth' || data.state !== expected.state) return undefined;
  return data as PopupMessage;
}
