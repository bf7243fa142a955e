import { prepared, type Db } from '../db/database.js';
import { defaultWebhookSecretFor, type WebhookEndpoint } from './webhooks.js';

/** One organization's webhook endpoint, as configured (`createSandbox({ webhooks })`, `--webhook`). */
export interface WebhookEndpointOption {
  url: string;
  /** `whsec_…`; default: the organization's own sandbox secret (see `defaultWebhookSecretFor`). */
  secret?: string;
}

/** The webhook settings of `SandboxOptions`. */
export interface WebhookSettings {
  webhooks?: Record<string, WebhookEndpointOption>;
  webhookUrl?: string;
  webhookSecret?: string;
}

/** The organization `webhookUrl` (`--webhook-url`) delivers for: the documented demo's. */
export const legacyWebhookOrg = 'org_demo';

/**
 * The endpoints to deliver to, one per organization: `webhooks` as given, plus `webhookUrl`
 * (with `webhookSecret`) as org_demo's. Throws on an organization the database does not
 * know (a typo would otherwise deliver nothing, silently) or on org_demo configured twice.
 *
 * @example
 * ```ts
 * webhookEndpoints(db, { webhooks: { org_acme: { url: 'http://127.0.0.1:9001/hook' } }, webhookUrl: 'http://127.0.0.1:9000/hook' });
 * // [{ orgId: 'org_acme', url: 'http://127.0.0.1:9001/hook', secret: 'whsec_…acme' }, { orgId: 'org_demo', url: 'http://127.0.0.1:9000/hook', secret: 'whsec_…demo' }]
 * ```
 */
export function webhookEndpoints(db: Db, settings: WebhookSettings): WebhookEndpoint[] {
  const configured: Record<string, WebhookEndpointOption> = { ...settings.webhooks };
  if (settings.webhookUrl !== undefined) {
    if (configured[legacyWebhookOrg])
      throw new RangeError(`webhookUrl is ${legacyWebhookOrg}'s endpoint, and webhooks.${legacyWebhookOrg} sets it too: give one`);
    configured[legacyWebhookOrg] = { url: settings.webhookUrl, ...(settings.webhookSecret !== undefined ? { secret: settings.webhookSecret } : {}) };
  }
  const known = new Set(prepared(db, 'SELECT id FROM organizations ORDER BY id').pluck().all() as string[]);
  return Object.entries(configured).map(([orgId, option]) => {
    if (!known.has(orgId)) throw new RangeError(`No organization ${orgId} for a webhook endpoint (known: ${[...known].join(', ')})`);
    if (!/^https?:\/\//.test(option.url)) throw new RangeError(`The webhook endpoint of ${orgId} must be an http(s) URL (got ${option.url})`);
    return { orgId, url: option.url, secret: option.secret ?? defaultWebhookSecretFor(orgId) };
  });
}
