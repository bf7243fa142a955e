// The hosted sign-in's page side, loaded on a reader's first "Sign in" (or "Sign out"): the SDK's
// popup and PKCE code come with it, so an anonymous reader's page does not carry them.
import { Auth, Me, SignInError } from '@menteo/sdk';
import { identify, signOut } from '@menteo/sdk/stores';
import type { Connection } from '../context.js';
import { readerOf, reconnect } from './connection.js';

/** The sign-in under way on each connection: a second click joins it instead of opening another popup. */
const pending = new WeakMap<Connection, Promise<string | undefined>>();

/**
 * Signs a reader in through the API's hosted popup on a connection's client, then hands every
 * element of the connection new stores that speak for the reader. Resolves `undefined` once
 * signed in, else why not (`popup_closed`, `access_denied`, `popup_blocked`, … or `failed`).
 *
 * @example `const failure = await popupSignIn(connection);`
 */
export function popupSignIn(connection: Connection, window?: Window): Promise<string | undefined> {
  let signing = pending.get(connection);
  if (!signing) {
    signing = signIn(connection, window).finally(() => pending.delete(connection));
    pending.set(connection, signing);
  }
  return signing;
}

async function signIn(connection: Connection, window: Window | undefined): Promise<string | undefined> {
  const { client } = connection;
  try {
    await new Auth(client).signIn(window ? { popup: true, window } : { popup: true });
    const me = await new Me(client).retrieve();
    reconnect(connection, { userId: me.id, name: me.name });
    return undefined;
  } catch (error) {
    return error instanceof SignInError ? error.code : 'failed';
  }
}

/**
 * Signs the reader of a connection out: their unsent writes and drafts deleted (the stores'
 * `signOut`), their sign-in revoked at the API, and every element of the connection handed empty,
 * anonymous stores. Never rejects: if the API cannot be reached, the tokens are forgotten anyway.
 *
 * @example `await signOutReader(connection);`
 */
export async function signOutReader(connection: Connection): Promise<void> {
  if (!readerOf(connection)) return;
  const { stores, client } = connection;
  // Whose unsent writes to delete: learned while the token still works. Then the revoke, before
  // the stores' sign-out, which forgets the token: a request in between would refresh it.
  await identify(stores).catch(() => undefined);
  await new Auth(client).signOut().catch(() => undefined);
  await signOut(stores).catch(() => undefined);
  reconnect(connection, undefined);
}
