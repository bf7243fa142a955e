import { css } from 'lit';
import { controlTokens } from '../styles/control-tokens.js';
import { button, chip, filled } from '../styles/controls.js';
import { field } from '../styles/field.js';
import { surfaceBox, surfaceTokens } from '../styles/surface.js';
import { token } from '../styles/tokens.js';
import { wrapRow } from '../styles/layout.js';

/** Component tokens (`--menteo-feed-*`) over system tokens, read through private `--_*` ones. */
export const styles = css`
  :host {
    ${controlTokens}
    ${surfaceTokens('feed')}
    --_primary: var(--menteo-feed-accent-color, ${token('color-primary')});
    --_small: ${token('font-size-small')};
    --_gap: ${token('space-3')};
  }
  :host([compact]) {
    --_pad: var(--menteo-feed-padding, ${token('space-3')});
    --_gap: ${token('space-2')};
    font-size: var(--_small);
  }

  [part~='base'] {
    ${surfaceBox}
    gap: var(--_gap);
    box-shadow: ${token('shadow')};
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  h2,
  p {
    margin: 0;
  }
  [part~='header'] {
    display: grid;
    gap: 2px;
  }
  [part~='title'] {
    font-size: ${token('font-size-large')};
    font-weight: 650;
    line-height: 1.25;
  }
  :host([compact]) [part~='title'] {
    font-size: inherit;
  }
  [part~='owner'],
  [part~='counts'],
  [part~='date'],
  .muted,
  .edited,
  .hint {
    color: var(--_muted);
    font-size: var(--_small);
  }
  [part~='counts'] {
    ${wrapRow}
    gap: ${token('space-1')};
  }

  button,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  [part~='feed'] {
    display: block;
  }
  /* A windowed feed keeps the post being read in place itself (internal/windowed-list.ts): the
     browser's own scroll anchoring would correct the same shifts a second time. A short thread's
     feed leaves it to the browser. */
  [part~='base']:has(> .windowed) {
    overflow-anchor: none;
  }
  [part~='post'] {
    display: grid;
    gap: ${token('space-2')};
    inline-size: 100%;
    padding-block: var(--_gap);
    border-block-start: 1px solid var(--_border);
    border-radius: 4px;
  }
  [part~='post']:focus-visible {
    outline-offset: -3px;
  }
  [part~='post-pending'] [part~='body'] {
    opacity: 0.7;
  }
  .post-head {
    ${wrapRow}
    align-items: center;
    gap: ${token('space-2')};
  }

  /* A kind is its icon and its name, with a colour that only adds to them. */
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
    /* Toward the text colour: readable on light and dark surfaces alike. */
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

  [part~='body'] {
    display: grid;
    gap: ${token('space-2')};
  }
  [part~='body'].clamped {
    max-block-size: 7.5em;
    overflow: hidden;
    mask-image: linear-gradient(to bottom, black 60%, transparent);
  }
  [part~='body'] :is(p, ul, ol, pre, blockquote),
  .comment-body :is(p, ul, ol, pre, blockquote) {
    margin: 0;
  }
  [part~='body'] :is(ul, ol) {
    padding-inline-start: 1.4em;
  }
  blockquote {
    padding-inline-start: ${token('space-3')};
    border-inline-start: 3px solid var(--_border);
    color: var(--_muted);
  }
  pre,
  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    font-size: 0.9em;
    background: var(--_chip-bg);
    border-radius: 4px;
  }
  code {
    padding: 0 0.25em;
  }
  pre {
    padding: ${token('space-2')};
    overflow-x: auto;
  }
  pre code {
    padding: 0;
  }
  hr {
    border: 0;
    border-block-start: 1px solid var(--_border);
    inline-size: 100%;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 2px;
  }

  .link {
    justify-self: start;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font-size: var(--_small);
    text-decoration: underline;
    text-underline-offset: 2px;
  }

  [part~='reactions'] {
    ${wrapRow}
    gap: ${token('space-1')};
  }
  /* Each reaction's tooltip: on hover and on keyboard focus alike (a title shows on hover only).
     Generated content, not an element per button; its alternative text is empty ("/ ''"), so
     screen readers do not hear it after the button's name. */
  .tipped {
    position: relative;
  }
  /* Only while shown: hidden, it would still be a box whose text is laid out, four per post. */
  .tipped:is(:hover, :focus-visible)::after {
    content: attr(data-tip) / '';
    position: absolute;
    inset-block-end: calc(100% + 4px);
    inset-inline-start: 0;
    z-index: 1;
    padding: 2px ${token('space-2')};
    border-radius: 4px;
    background: var(--_fg);
    color: var(--_bg);
    white-space: nowrap;
    pointer-events: none;
  }
  /* The last one (Save, the longest tip) opens toward the start: from its start edge it left a
     narrow feed (300 px) by a hundred pixels. */
  .tipped:last-child::after {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  [part~='follow-button'] {
    justify-self: start;
    margin-block-start: ${token('space-1')};
  }
  [part~='visibility'],
  [part~='post-link'] {
    color: var(--_muted);
    font-size: var(--_small);
  }
  .tools {
    ${wrapRow}
    gap: ${token('space-3')};
  }
  .post-form {
    display: grid;
    gap: ${token('space-1')};
  }
  .post-form fieldset {
    display: grid;
    gap: 2px;
    margin: 0;
    border: 0;
    padding: 0;
  }
  .actions {
    ${wrapRow}
    justify-content: end;
    gap: ${token('space-2')};
  }
  .actions button {
    ${button}
    padding: ${token('space-1')} ${token('space-3')};
  }
  .actions .send {
    ${filled}
  }
  [part~='post-delete'] .send {
    background: var(--_danger);
    border-color: var(--_danger);
  }
  .count {
    font-variant-numeric: tabular-nums;
  }
  /* Narrow: icons and counts; the names stay for screen readers. */
  @container (max-width: 420px) {
    .reaction-name {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }

  [part~='comments'] {
    display: grid;
    gap: ${token('space-2')};
    padding-inline-start: ${token('space-3')};
    border-inline-start: 2px solid var(--_border);
  }
  [part~='comments'] ol {
    display: grid;
    gap: ${token('space-2')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='comment-form'] {
    display: grid;
    gap: ${token('space-1')};
  }
  [part~='comment-button'] {
    ${button}
    justify-self: end;
    padding: ${token('space-1')} ${token('space-3')};
    font-size: var(--_small);
    font-weight: 600;
  }
  .comment-head {
    font-size: var(--_small);
  }
  .comment-head time {
    color: var(--_muted);
  }

  [part~='new-posts-banner'] {
    ${button}
    ${filled}
    justify-self: center;
    box-shadow: ${token('shadow')};
  }

  [part~='composer'] {
    display: grid;
    gap: ${token('space-1')};
    padding: ${token('space-3')};
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_chip-bg);
  }
  .composer-row {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
  }
  label {
    font-size: var(--_small);
    font-weight: 600;
  }
  select,
  textarea {
    ${field}
    padding: ${token('space-1')} ${token('space-2')};
  }
  textarea,
  [part~='composer-link'] {
    inline-size: 100%;
  }
  textarea {
    resize: vertical;
  }
  [part~='composer-button'],
  [part~='retry-button'] {
    ${button}
    justify-self: end;
    padding: ${token('space-1')} ${token('space-4')};
  }
  [part~='composer-button'] {
    ${filled}
  }
  [part~='retry-button'] {
    justify-self: start;
  }

  [part~='pending'],
  [part~='sign-in-required'],
  [part~='status'],
  [part~='empty'] {
    color: var(--_muted);
    font-size: var(--_small);
  }
  [part~='empty'] {
    padding-block: ${token('space-4')};
    text-align: center;
  }
  [part~='error'],
  [part~='post-error'],
  [part~='reaction-error'] {
    display: grid;
    gap: ${token('space-1')};
    justify-items: start;
  }
  [part~='post-error'],
  [part~='reaction-error'] {
    color: var(--_danger);
    border-inline-start: 3px solid var(--_danger);
    padding-inline-start: ${token('space-2')};
    font-size: var(--_small);
  }

  .bones {
    display: grid;
    gap: ${token('space-2')};
  }
  .bone {
    background: var(--_chip-bg);
    border-radius: 6px;
    block-size: 0.9em;
    inline-size: 40%;
    animation: pulse 1.4s ease-in-out infinite;
  }
  .bone.title {
    inline-size: 75%;
    block-size: 1.3em;
  }
  .bone.post {
    inline-size: 100%;
    block-size: 5em;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .badge {
      border-width: 2px;
    }
  }
`;
