import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { seedStores } from '@menteo/sdk/stores';
import { html, unsafeStatic } from 'lit/static-html.js';
import { sharedConnection } from '../internal/connection.js';
import type { PageState } from './page-state.js';

/**
 * The attributes every server-rendered element takes. The key and origin are required: a
 * server has no `<menteo-provider>` nor page defaults, and the browser must reach the same API.
 *
 * @example
 * ```ts
 * const connection: ServerAttributes = { publishableKey: 'pk_live_…', baseUrl: 'https://api.menteo.dev' };
 * ```
 */
export interface ServerAttributes {
  /** The publishable key the element uses in the browser (`publishable-key`). */
  publishableKey: string;
  /** The API origin (`base-url`); unset, the SDK's default. */
  baseUrl?: string | undefined;
  /** `light`, `dark` or `auto` (`theme`). */
  theme?: 'light' | 'dark' | 'auto' | undefined;
  /** The level of the element's main heading (`heading-level`). */
  headingLevel?: number | undefined;
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `camelCase` property names as the elements' `kebab-case` attributes. */
const attributeName = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The attributes as HTML: strings and numbers as values, `true` as a bare attribute; `false`
 * and `undefined` left out.
 *
 * @example `attributesHtml({ threadId: 'thr_1', compact: true })` → `thread-id="thr_1" compact`
 */
export function attributesHtml(attributes: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? attributeName(name) : `${attributeName(name)}="${escapeAttribute(String(value))}"`))
    .join(' ');
}

/**
 * The state as the content of a `<script type="application/json">`: `<` escaped, so no text
 * of the data (a post's `</script>`) can end the script early.
 *
 * @example `stateScript({ entries: [] })` → `<script type="application/json" data-menteo-state>{"entries":[]}</script>`
 */
export function stateScript(state: PageState): string {
  const json = JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" data-menteo-state>${json}</script>`;
}

/**
 * Renders an element on the server: its stores (those of the connection the attributes name,
 * as the element resolves it) are seeded with `state`, Lit SSR renders the element into a
 * Declarative Shadow DOM `<template shadowrootmode="open">`, and the state follows as a JSON
 * child for the browser's stores. The element's module must have been imported (defined).
 *
 * @example
 * ```ts
 * const markup = await renderElement('menteo-mentor-card', { mentorId: 'men_demomentor', publishableKey: 'pk_test_demo' }, state);
 * ```
 */
export async function renderElement(
  tag: string,
  attributes: ServerAttributes & Record<string, string | number | boolean | undefined>,
  state: PageState,
): Promise<string> {
  const { stores } = sharedConnection({ publishableKey: attributes.publishableKey, baseUrl: attributes.baseUrl });
  seedStores(stores, state.entries);
  const open = unsafeStatic(`${tag} ${attributesHtml(attributes)}`);
  const close = unsafeStatic(tag);
  const child = unsafeStatic(stateScript(state));
  return collectResult(render(html`<${open}>${child}</${close}>`));
}
