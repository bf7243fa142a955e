import { css } from 'lit';
import { controlTokens } from '../styles/control-tokens.js';
import { button, chip } from '../styles/controls.js';
import { chipList } from '../styles/chip-list.js';
import { bareList, wrapRow } from '../styles/layout.js';
import { surfaceBox, surfaceTokens } from '../styles/surface.js';
import { token } from '../styles/tokens.js';

/** Component tokens (`--menteo-stepper-*`) over system tokens, read through private `--_*` ones. */
export const styles = css`
  :host {
    ${controlTokens}
    ${surfaceTokens('stepper')}
    --_bar: var(--menteo-stepper-bar-color, ${token('color-primary')});
    --_done: var(--menteo-stepper-done-color, ${token('color-primary')});
    --_accent-bg: ${token('color-accent-surface')};
    --_accent-fg: ${token('color-on-accent-surface')};
  }

  [part~='base'] {
    ${surfaceBox}
    gap: ${token('space-4')};
    box-shadow: ${token('shadow')};
    line-height: 1.45;
  }

  h2,
  h3,
  p {
    margin: 0;
  }
  [part~='header'] {
    display: grid;
    gap: ${token('space-1')};
  }
  [part~='title'] {
    font-size: ${token('font-size-large')};
    font-weight: 650;
    line-height: 1.25;
  }
  [part~='author'] {
    color: var(--_muted);
    font-size: ${token('font-size-small')};
  }
  ul {
    ${bareList}
  }
  [part~='meta'] {
    ${chipList}
  }
  [part~='meta-item'],
  [part~='step-state'] {
    ${chip}
    background: var(--_chip-bg);
  }

  [part~='steps'] {
    ${bareList}
    display: grid;
    gap: ${token('space-2')};
  }
  [part~='step'] {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  [part~='step-current'] {
    border-color: var(--_primary);
    box-shadow: inset 3px 0 0 var(--_primary);
  }
  [dir='rtl'] [part~='step-current'] {
    box-shadow: inset -3px 0 0 var(--_primary);
  }
  h3 {
    font-size: inherit;
    font-weight: inherit;
  }
  [part~='step-header'] {
    ${wrapRow}
    align-items: center;
    gap: ${token('space-2')};
    inline-size: 100%;
    padding: ${token('space-2')} ${token('space-3')};
    background: transparent;
    color: inherit;
    border: 0;
    border-radius: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .position {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 1.75em;
    block-size: 1.75em;
    border-radius: 50%;
    background: var(--_chip-bg);
    font-size: ${token('font-size-small')};
    font-weight: 600;
  }
  [part~='step-done'] .position {
    background: var(--_done);
    color: var(--_on-primary);
  }
  .step-title {
    flex: 1 1 12em;
    font-weight: 600;
  }
  .tag {
    color: var(--_muted);
    font-size: ${token('font-size-small')};
  }
  .tag.current {
    color: var(--_primary);
    font-weight: 600;
  }
  [part~='step-state'] {
    white-space: nowrap;
  }
  .state-doing,
  .state-done {
    background: var(--_accent-bg);
    color: var(--_accent-fg);
    font-weight: 600;
  }
  .state-skipped {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }
  .chevron {
    inline-size: 0.55em;
    block-size: 0.55em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 150ms ease;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(225deg);
  }

  [part~='step-panel'] {
    display: grid;
    gap: ${token('space-3')};
    padding: 0 ${token('space-3')} ${token('space-3')};
  }
  /* The summary is Markdown (paragraphs, lists, emphasis, code, links). */
  [part~='summary'] {
    display: grid;
    gap: ${token('space-2')};
  }
  [part~='summary'] :is(p, ul, ol, pre, blockquote) {
    margin: 0;
  }
  [part~='summary'] :is(ul, ol) {
    padding-inline-start: 1.4em;
  }
  [part~='summary'] code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  [part~='summary'] a {
    color: var(--_primary, ${token('color-primary')});
  }
  [part~='resources'] {
    display: grid;
    gap: ${token('space-1')};
  }
  .kind {
    color: var(--_muted);
    font-size: ${token('font-size-small')};
    margin-inline-end: ${token('space-1')};
  }
  a {
    color: var(--_primary);
    text-underline-offset: 2px;
  }
  .external {
    margin-inline-start: 2px;
  }
  [dir='rtl'] .external {
    display: inline-block;
    transform: scaleX(-1);
  }

  [part~='sign-in-button'],
  [part~='sign-out-button'],
  [part~='retry-button'] {
    ${button}
  }
  [part~='sign-in-required'],
  [part~='account'] {
    ${wrapRow}
    align-items: center;
    gap: ${token('space-2')};
    margin: 0;
    color: var(--_muted);
    font-size: ${token('font-size-small')};
  }
  [part~='error'] {
    display: grid;
    gap: ${token('space-2')};
    justify-items: start;
  }

  .bones {
    display: grid;
    gap: ${token('space-2')};
  }
  .bone.title {
    block-size: 1.3em;
  }
  .bone.bar {
    block-size: 10px;
    margin-block: ${token('space-2')};
  }
  .bone.row {
    block-size: 2.5em;
  }

  /* Narrow: the state moves under the title. */
  @container (max-width: 360px) {
    [part~='step-state'] {
      margin-inline-start: calc(1.75em + ${token('space-2')});
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    [part~='base'],
    [part~='step'] {
      border-color: CanvasText;
    }
  }
`;
