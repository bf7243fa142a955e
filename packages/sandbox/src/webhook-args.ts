import type { WebhookEndpointOption } from './events/webhook-endpoints.js';
import { legacyWebhookOrg } from './events/webhook-endpoints.js';

/** The CLI's webhook flags, as `parseArgs` gives them. */
export interface WebhookFlags {
  /** `--webhook ORG=URL`, repeatable. */
  webhook?: string[];
  /** `--webhook-secret ORG=whsec_…` (repeatable), or a bare `whsec_…`: org_demo's. */
  'webhook-secret'?: string[];
  /** `--webhook-url URL`: org_demo's endpoint (the documented demo). */
  'webhook-url'?: string;
}

/** A flag the CLI cannot make sense of; the message names it. */
export class WebhookFlagError extends Error {}

function pair(flag: string, value: string): [org: string, rest: string] {
  const at = value.indexOf('=');
  if (at <= 0 || at === value.length - 1) throw new WebhookFlagError(`--${flag} takes ORG=VALUE, e.g. --${flag} org_acme=… (got ${value})`);
  return [value.slice(0, at), value.slice(at + 1)];
}

/**
 * Turns the webhook flags into `createSandbox`'s `webhooks`: one endpoint per organization.
 * A secret that starts with `whsec_` (so it cannot be an `ORG=` pair) is org_demo's, as
 * `--webhook-secret` always was; without an org_demo endpoint it is only reported back
 * (`demoSecret`), as before.
 *
 * @example
 * ```ts
 * webhooksFromFlags({ webhook: ['org_acme=http://127.0.0.1:9001/hook'], 'webhook-secret': ['org_acme=whsec_…'], 'webhook-url': 'http://127.0.0.1:9000/hook' });
 * // { webhooks: { org_acme: { url: 'http://127.0.0.1:9001/hook', secret: 'whsec_…' }, org_demo: { url: 'http://127.0.0.1:9000/hook' } }, demoSecret: undefined }
 * ```
 */
export function webhooksFromFlags(flags: WebhookFlags): { webhooks: Record<string, WebhookEndpointOption>; demoSecret: string | undefined } {
  const endpoints: Record<string, WebhookEndpointOption> = {};
  for (const value of flags.webhook ?? []) {
    const [org, url] = pair('webhook', value);
    if (endpoints[org]) throw new WebhookFlagError(`--webhook ${org}=… is given twice: one endpoint per organization`);
    endpoints[org] = { url };
  }
  if (flags['webhook-url'] !== undefined) {
    if (endpoints[legacyWebhookOrg])
      throw new WebhookFlagError(`--webhook-url is ${legacyWebhookOrg}'s endpoint, and --webhook ${legacyWebhookOrg}=… sets it too: give one`);
    endpoints[legacyWebhookOrg] = { url: flags['webhook-url'] };
  }
  let demoSecret: string | undefined;
  for (const value of flags['webhook-secret'] ?? []) {
    const bare = value.startsWith('whsec_') || !value.includes('=');
    const [org, secret] = bare ? [legacyWebhookOrg, value] : pair('webhook-secret', value);
    if (org === legacyWebhookOrg) demoSecret = secret;
    const endpoint = endpoints[org];
    if (endpoint) endpoint.secret = secret;
    else if (!bare) throw new WebhookFlagError(`--webhook-secret for ${org}, which has no endpoint: add --webhook ${org}=URL`);
  }
  return { webhooks: endpoints, demoSecret };
}
