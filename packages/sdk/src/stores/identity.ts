import type { WritableAtom } from 'nanostores';
import { APIError } from '../core/errors.js';
import { Me } from '../resources/users.js';
import { domain, type StoreContext } from './context.js';
import { personKey } from './storage.js';

/**
 * Who a context's requests speak for: the signed-in person's user id, and the exact
 * `Authorization` value it was learned for. A request sent with that value (the
 * `authorization` request option) acts as that person and no one else.
 *
 * @example
 * ```ts
 * const who = await identify(context);
 * if (who) await client.threads.posts.create(threadId, body, { authorization: who.authorization });
 * ```
 */
export interface Identity {
  /** The person's user id (`usr_…`), from `GET /v1/me`. */
  userId: string;
  /** The `Authorization` value of the token it was learned for. */
  authorization: string;
}

/** Tokens are opaque: the person behind each is asked for once (`GET /v1/me`), by `Authorization` value. */
const stateOf = /* @__PURE__ */ domain(() => ({ known: new Map<string, Promise<string>>(), signOuts: 0 }));

/**
 * Learns whom the client's current token belongs to and records it in `context.user`.
 * Resolves `undefined` when the client sends a key rather than a user token; rejects when the
 * token function fails or the API cannot be reached. The outbox asks before each sending run,
 * the drafts when first used. Pass `expired`, an `Authorization` value the API answered
 * `token_expired` to, to have the token function asked for a fresh token first.
 *
 * @example
 * ```ts
 * const who = await identify(context);
 * console.log(who ? `signed in as ${who.userId}` : 'anonymous');
 * ```
 */
export async function identify(context: StoreContext, expired?: string): Promise<Identity | undefined> {
  if (expired) {
    stateOf(context).known.delete(expired);
    await context.core.refreshToken(expired);
  }
  return ask(context, false);
}

async function ask(context: StoreContext, retried: boolean): Promise<Identity | undefined> {
  const { core } = context;
  const state = stateOf(context);
  const signOuts = state.signOuts;
  const authorization = await core.authorization();
  // A key speaks for no one (the API's keys say what they are by their prefix).
  if (/^Bearer [ps]k_(test|live)_/.test(authorization)) return undefined;
  let asked = state.known.get(authorization);
  if (!asked) {
    asked = new Me(core).retrieve({ authorization }).then((me) => me.id);
    state.known.set(authorization, asked);
    asked.catch(() => state.known.delete(authorization)); // asked again next time
  }
  try {
    const userId = await asked;
    // A sign-out meanwhile wins: the person it signed out is not brought back.
    if (signOuts !== state.signOuts) return undefined;
    (context.user as WritableAtom<string | undefined>).set(userId);
    return { userId, authorization };
  } catch (error) {
    if (!retried && error instanceof APIError && error.code === 'token_expired' && (await core.refreshToken(authorization))) return ask(context, true);
    throw error;
  }
}

/**
 * Signs the person out of a context's stores: deletes their unsent posts and messages and
 * their drafts (in memory and in storage), forgets the client's token (the next request asks
 * the token function again) and empties every store, so nothing of theirs is shown or sent
 * after them. Call it from your own sign-out, before the next person signs in.
 *
 * @example
 * ```ts
 * signOutButton.onclick = async () => {
 *   await signOut(context); // or stores.signOut()
 *   location.assign('/signed-out');
 * };
 * ```
 */
export async function signOut(context: StoreContext): Promise<void> {
  const state = stateOf(context);
  // Whose storage to clear: known, or asked now (the token still works).
  const who = context.user.get() ?? (await identify(context).catch(() => undefined))?.userId;
  state.signOuts++;
  state.known.clear();
  context.core.forgetToken();
  if (who) {
    for (const what of ['outbox', 'drafts']) {
      try {
        context.storage.removeItem(personKey(what, context.scope, who));
      } catch {
        // Refused storage holds nothing of theirs.
      }
    }
  }
  // The outbox and drafts in memory, and every store's data, follow `user`.
  (context.user as WritableAtom<string | undefined>).set(undefined);
}
