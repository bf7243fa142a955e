import { MenteoCore } from '@menteo/sdk';
import { createStoreContext } from '@menteo/sdk/stores';
import type { Connection, MenteoConfig } from '../context.js';
import { pageChanged } from './defaults.js';

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

/** Who signed in on each connection through the hosted sign-in. */
const readers = new WeakMap<Connection, Reader>();

/** Whoever holds each connection (the page's map, or a provider): how to hand elements its successor. */
const owners = new WeakMap<Connection, (next: Connection) => void>();

/**
 * The reader signed in on a connection through the hosted sign-in, if any.
 *
 * @example `const reader = readerOf(connection); if (reader) say(reader.name);`
 */
export const readerOf = (connection: Connection | undefined): Reader | undefined => (connection ? readers.get(connection) : undefined);

/**
 * Whether a connection speaks for a person: a provider's token, or a reader who signed in.
 *
 * @example `if (!signedInOn(connection)) askToSignIn();`
 */
export const signedInOn = (connection: Connection | undefined): boolean =>
  connection !== undefined && (connection.config.token !== undefined || readers.has(connection));

/**
 * Says who hands a connection to its elements, so a sign-in on it can replace it (a provider
 * calls it for each connection it makes).
 *
 * @example `own(connection, (next) => provider.setValue(next));`
 */
export function own(connection: Connection, handOver: (next: Connection) => void): void {
  owners.set(connection, handOver);
}

/**
 * After a reader signed in or out on a connection's client: the same client and configuration
 * with new, empty stores, handed to every element of the old one. Fresh stores, not the old ones
 * revalidated: what they held was loaded as someone else (their reactions, their progress).
 *
 * @example `reconnect(connection, { userId: 'usr_1', name: 'Priya Raman' });`
 */
export function reconnect(old: Connection, reader: Reader | undefined): Connection {
  const next: Connection = { client: old.client, stores: createStoreContext(old.client), config: old.config };
  if (reader) readers.set(next, reader);
  const handOver = owners.get(old);
  if (handOver) owners.set(next, handOver);
  handOver?.(next);
  old.stores.dispose();
  return next;
}

/**
 * Makes one client and one set of stores from a configuration.
 *
 * @example `const { stores } = connect({ publishableKey: 'pk_test_demo' });`
 */
export function connect(config: MenteoConfig): Connection {
  // The transport alone, not `Menteo`: each element brings only the resources and store domains it uses.
  // No ETag cache: the stores already keep every answer and revalidate it (stale-while-revalidate).
  const { publishableKey, baseUrl, token, fetch, headers, timeout } = config;
  const client = new MenteoCore({ publishableKey, baseUrl, token, fetch, headers, timeout });
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
    own(connection, (next) => {
      shared.set(key, next);
      pageChanged();
    });
  }
  return connection;
}
