import { BaseCore, createStoreContext } from '@menteo/sdk/internal';
import type { Connection, MenteoConfig } from '../context.js';

/**
 * A reader signed in through the hosted sign-in (`sign-in="popup"`): their tokens live in the
 * connection's client, in memory.
 */
export interface Reader {
  /** Their user id (`usr_…`). */
  userId: string;
  /** Their name, as "Signed in as" shows it. */
  name: string;
}

/** Who signed in on each connection through the hosted sign-in (internal/sign-in-flow.ts keeps it). */
export const readers = new WeakMap<Connection, Reader>();

/**
 * Whether a connection speaks for a person: a provider's token, or a reader who signed in.
 *
 * @example `if (!signedInOn(connection)) askToSignIn();`
 */
export const signedInOn = (connection: Connection | undefined): boolean =>
  connection !== undefined && (connection.config.token !== undefined || readers.has(connection));

/**
 * Makes one client and one set of stores from a configuration.
 *
 * @example `const { stores } = connect({ publishableKey: 'pk_test_demo' });`
 */
export function connect(config: MenteoConfig): Connection {
  // The transport alone, not `Menteo`: each element brings only the resources and store domains it uses.
  // No ETag cache: the stores already keep every answer and revalidate it (stale-while-revalidate).
  const { publishableKey, baseUrl, token, fetch, headers, timeout } = config;
  const client = new BaseCore({ publishableKey, baseUrl, token, fetch, headers, timeout });
  return { client, stores: createStoreContext(client), config: { ...config } };
}

const shared = new Map<string, Connection>();

/**
 * The connection of a configuration without a token (page defaults, element attributes),
 * shared by every element that resolves to it, so their requests batch and their data is
 * cached once.
 *
 * @example `sharedConnection({ publishableKey: 'pk_test_demo', baseUrl }) === sharedConnection({ publishableKey: 'pk_test_demo', baseUrl });`
 */
export function sharedConnection(config: MenteoConfig): Connection {
  // Tokens are per person: such configurations come from providers, which own their connection.
  const key = `${config.publishableKey ?? ''}\n${config.baseUrl ?? ''}`;
  let connection = shared.get(key);
  if (!connection) {
    connection = connect({ publishableKey: config.publishableKey, baseUrl: config.baseUrl });
    shared.set(key, connection);
  }
  return connection;
}
