import { css } from 'lit';
import { controlTokens } from '../styles/control-tokens.js';
import { button, chip } from '../styles/controls.js';
import { bareList, wrapRow } from '../styles/layout.js';
import { spacingTokens } from '../styles/spacing-tokens.js';
import { surfaceBox, surfaceTokens } from '../styles/surface.js';
import { token } from '../styles/tokens.js';

/** Component tokens (`--menteo-reading-list-*`) over system tokens, read through private `--_*` ones. */
export const styles = css`
  :host {
    ${controlTokens}
    ${surfaceTokens('reading-list')}
    --_primary: var(--menteo-reading-list-accent-color, ${token('color-primary')});
    ${spacingTokens}
  }
  [part~='base'] {
    ${surfaceBox}
    gap: var(--_s3);
    line-height: 1.45;
    min-inline-size: 0;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: ${token('font-size-large')};
  }
  h3 {
    font-size: 1rem;
    font-weight: 650;
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: var(--_small);
  }
  .strong {
    font-weight: 650;
  }
  ul {
    ${bareList}
    display: grid;
  }
  [part~='entry'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'title remove' 'meta meta' 'excerpt excerpt' 'error error';
    gap: var(--_s2) var(--_s3);
    align-items: start;
    padding-block: var(--_s3);
    border-block-start: 1px solid var(--_border);
    min-inline-size: 0;
  }
  .entry-title {
    grid-area: title;
    align-self: center;
  }
  .meta {
    grid-area: meta;
  }
  [part~='excerpt'] {
    grid-area: excerpt;
  }
  [part~='remove-error'] {
    grid-area: error;
  }
  [part~='remove-button'] {
    grid-area: remove;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 2px;
  }
  .meta {
    ${wrapRow}
    align-items: center;
    gap: var(--_s2);
  }
  .badge {
    --_kind: var(--menteo-feed-badge-update, #2563eb);
    ${chip}
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    border: 1px solid var(--_kind);
    background: color-mix(in srgb, var(--_kind) 14%, var(--_bg));
    font-weight: 600;
  }
  .badge > span {
    color: color-mix(in srgb, var(--_kind) 70%, var(--_fg));
  }
  .challenge {
    --_kind: var(--menteo-feed-badge-challenge, #c2410c);
  }
  .breakthrough {
    --_kind: var(--menteo-feed-badge-breakthrough, #7c3aed);
  }
  .milestone {
    --_kind: var(--menteo-feed-badge-milestone, #15803d);
  }
  .question {
    --_kind: var(--menteo-feed-badge-question, #0f766e);
  }
  [part~='excerpt'] {
    display: grid;
    gap: var(--_s1);
    overflow-wrap: anywhere;
  }
  [part~='excerpt'] :is(p, ul, ol, pre, blockquote) {
    margin: 0;
  }
  [part~='excerpt'] pre {
    overflow-x: auto;
  }
  [part~='remove-button'],
  [part~='sign-in-button'],
  [part~='load-more'],
  [part~='retry-button'] {
    ${button}
  }
  /* A dense control beside each title: still a 32px target. */
  [part~='remove-button'] {
    min-block-size: 32px;
    padding-block: var(--_s1);
    padding-inline: var(--_s3);
    font-size: var(--_small);
  }
  [part~='sign-in'] {
    display: grid;
    gap: var(--_s2);
    justify-items: start;
  }
  [part~='error'],
  [part~='remove-error'] {
    font-size: var(--_small);
  }
  .bones {
    display: grid;
    gap: var(--_s3);
  }
  .bone {
    background: ${token('color-surface-muted')};
    border-radius: 6px;
  }
  .bone.title {
    block-size: 1.4em;
    inline-size: 50%;
  }
  .bone.entry {
    block-size: 5.5em;
  }
`;
