import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/base-core.js';
import { list, type PagePromise } from '../../core/pagination.js';
import type { BodyOf, QueryOf, Schema } from '../../core/types.js';
import { Resource, seg } from '../resource.js';

/**
 * One of your organization's webhook endpoints: its `url`, the `enabledEvents` it gets (`null`
 * for all), whether it is `enabled`, its signing `secret`, and `previousSecretExpiresAt` while a
 * rotation's window is open (deliveries then carry a signature for each secret).
 *
 * @example
 * ```ts
 * const endpoint: WebhookEndpoint = await client.admin.webhookEndpoints.retrieve('whe_9Kq2Lm7Xw3Nz5Tb8');
 * await saveSecret(endpoint.secret); // your receiver verifies with it
 * ```
 */
export type WebhookEndpoint = Schema<'WebhookEndpoint'>;

/**
 * One event sent to one endpoint: `status` (`pending`, `succeeded`, `failed`), `attempts`, the
 * receiver's last `responseStatus`, and when it was created, last tried, next due and delivered.
 *
 * @example
 * ```ts
 * const { data } = await client.admin.webhookEndpoints.deliveries(endpoint.id, { status: 'failed' });
 * for (const delivery of data) console.log(delivery.eventId, delivery.responseStatus);
 * ```
 */
export type WebhookDelivery = Schema<'WebhookDelivery'>;

const endpoints = '/v1/org/webhook-endpoints';

/**
 * Your organization's webhook endpoints (secret key): register, list, update or disable, rotate a
 * secret (the old one keeps verifying for 24 hours), and look at recent deliveries and send one
 * again. An endpoint gets only your organization's events; verify them with `Menteo.webhooks`.
 *
 * @example
 * ```ts
 * const endpoint = await client.admin.webhookEndpoints.create({ url: 'https://hooks.acme.example/menteo', enabledEvents: ['room.requested'] });
 * const rotated = await client.admin.webhookEndpoints.rotateSecret(endpoint.id);
 * // until rotated.previousSecretExpiresAt, verify with either: await Menteo.webhooks.verify(body, headers, [rotated.secret, endpoint.secret]);
 * ```
 */
export class AdminWebhookEndpoints extends Resource {
  /**
   * Registers an endpoint: https, or `http://localhost` / `http://127.0.0.1` while developing
   * (anything else is an `UnprocessableEntityError` naming `/url`). The answer holds its `secret`.
   *
   * @example
   * ```ts
   * const { id, secret } = await client.admin.webhookEndpoints.create({ url: 'https://hooks.acme.example/menteo' });
   * ```
   */
  create(body: BodyOf<'createWebhookEndpoint'>, options?: RequestOptions): APIPromise<WebhookEndpoint> {
    return this.core.request({ ...options, method: 'POST', path: endpoints, body });
  }

  /**
   * Your endpoints, oldest first, a page at a time or with `for await`.
   *
   * @example
   * ```ts
   * for await (const endpoint of client.admin.webhookEndpoints.list()) console.log(endpoint.url, endpoint.enabled);
   * ```
   */
  list(params: Omit<QueryOf<'listWebhookEndpoints'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<WebhookEndpoint> {
    return list(this.core, endpoints, params, options);
  }

  /**
   * One endpoint by id (another organization's is a `NotFoundError`).
   *
   * @example
   * ```ts
   * const endpoint = await client.admin.webhookEndpoints.retrieve('whe_9Kq2Lm7Xw3Nz5Tb8');
   * ```
   */
  retrieve(endpointId: string, options?: RequestOptions): APIPromise<WebhookEndpoint> {
    return this.core.request({ ...options, method: 'GET', path: `${endpoints}/${seg(endpointId)}` });
  }

  /**
   * Changes the fields sent: `url`, `description`, `enabledEvents` (`null`: every type), `enabled`.
   *
   * @example
   * ```ts
   * await client.admin.webhookEndpoints.update(endpoint.id, { enabledEvents: ['room.requested', 'room.updated'] });
   * ```
   */
  update(endpointId: string, body: BodyOf<'updateWebhookEndpoint'>, options?: RequestOptions): APIPromise<WebhookEndpoint> {
    return this.core.request({ ...options, method: 'PATCH', path: `${endpoints}/${seg(endpointId)}`, body });
  }

  /**
   * Stops new deliveries to the endpoint; `update(id, { enabled: true })` starts it again (from
   * then on: events in between are not sent).
   *
   * @example
   * ```ts
   * await client.admin.webhookEndpoints.disable(endpoint.id);
   * ```
   */
  disable(endpointId: string, options?: RequestOptions): APIPromise<WebhookEndpoint> {
    return this.update(endpointId, { enabled: false }, options);
  }

  /**
   * A new secret; the previous one keeps signing (beside it) for 24 hours, so receivers can move
   * to the new one at their pace.
   *
   * @example
   * ```ts
   * const { secret, previousSecretExpiresAt } = await client.admin.webhookEndpoints.rotateSecret(endpoint.id);
   * ```
   */
  rotateSecret(endpointId: string, options?: RequestOptions): APIPromise<WebhookEndpoint> {
    return this.core.request({ ...options, method: 'POST', path: `${endpoints}/${seg(endpointId)}/rotate-secret` });
  }

  /**
   * The endpoint's deliveries, newest event first; filter by `status`.
   *
   * @example
   * ```ts
   * for await (const delivery of client.admin.webhookEndpoints.deliveries(endpoint.id, { status: 'failed' })) console.log(delivery.id);
   * ```
   */
  deliveries(endpointId: string, params: Omit<QueryOf<'listWebhookDeliveries'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<WebhookDelivery> {
    return list(this.core, `${endpoints}/${seg(endpointId)}/deliveries`, params, options);
  }

  /**
   * Sends a delivery again now (same `webhook-id`, current secrets), retries starting over. A
   * delivery still queued is a `ConflictError`.
   *
   * @example
   * ```ts
   * const queued = await client.admin.webhookEndpoints.redeliver(endpoint.id, delivery.id); // queued.status === 'pending'
   * ```
   */
  redeliver(endpointId: string, deliveryId: string, options?: RequestOptions): APIPromise<WebhookDelivery> {
    return this.core.request({ ...options, method: 'POST', path: `${endpoints}/${seg(endpointId)}/deliveries/${seg(deliveryId)}/redeliver` });
  }
}
