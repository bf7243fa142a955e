import type { HandlerMap } from '../../http/handler.js';
import { listDeliveries, redeliver } from './webhook-deliveries.js';
import { createEndpoint, listEndpoints, presentEndpoint, requireEndpoint, rotateSecret, updateEndpoint } from './webhook-endpoints.js';

type WebhookOperationId =
  | 'listWebhookEndpoints'
  | 'createWebhookEndpoint'
  | 'retrieveWebhookEndpoint'
  | 'updateWebhookEndpoint'
  | 'rotateWebhookEndpointSecret'
  | 'listWebhookDeliveries'
  | 'redeliverWebhookDelivery';

/**
 * The organization's webhook endpoints and their deliveries (#14), for its admin (secret key).
 * Every query is scoped to the key's organization; delivery itself is events/webhook-managed.ts.
 */
export const webhookEndpointHandlers: HandlerMap<WebhookOperationId> = {
  listWebhookEndpoints(ctx) {
    return { status: 200, body: listEndpoints(ctx.db, ctx.principal.orgId, ctx.query, ctx.now) };
  },

  createWebhookEndpoint(ctx) {
    return { status: 201, body: presentEndpoint(createEndpoint(ctx.db, ctx.principal.orgId, ctx.body, ctx.now), ctx.now) };
  },

  retrieveWebhookEndpoint(ctx) {
    return { status: 200, body: presentEndpoint(requireEndpoint(ctx.db, ctx.principal.orgId, ctx.params.endpointId), ctx.now) };
  },

  updateWebhookEndpoint(ctx) {
    const row = requireEndpoint(ctx.db, ctx.principal.orgId, ctx.params.endpointId);
    return { status: 200, body: presentEndpoint(updateEndpoint(ctx.db, row, ctx.body, ctx.now), ctx.now) };
  },

  rotateWebhookEndpointSecret(ctx) {
    const row = requireEndpoint(ctx.db, ctx.principal.orgId, ctx.params.endpointId);
    return { status: 200, body: presentEndpoint(rotateSecret(ctx.db, row, ctx.now), ctx.now) };
  },

  listWebhookDeliveries(ctx) {
    const endpoint = requireEndpoint(ctx.db, ctx.principal.orgId, ctx.params.endpointId);
    return { status: 200, body: listDeliveries(ctx.db, endpoint, ctx.query) };
  },

  redeliverWebhookDelivery(ctx) {
    const endpoint = requireEndpoint(ctx.db, ctx.principal.orgId, ctx.params.endpointId);
    return { status: 202, body: redeliver(ctx.db, endpoint, ctx.params.deliveryId, ctx.now) };
  },
};
