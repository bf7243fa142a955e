import { css } from 'lit';
import { controlTokens } from '../styles/control-tokens.js';
import { button, filled } from '../styles/controls.js';
import { field } from '../styles/field.js';
import { token } from '../styles/tokens.js';
import { wrapRow } from '../styles/layout.js';

/** Component tokens (`--menteo-search-*`) over system tokens, read through private `--_*` ones. */
export const styles = css`
  :host {
    ${controlTokens}
    --_gap: var(--menteo-search-gap, ${token('space-4')});
    --_card-min: var(--menteo-search-card-min-width, 260px);
    --_filters-width: var(--menteo-search-filters-width, 240px);
    --_bg: var(--menteo-search-field-background, ${token('color-surface')});
    --_border: var(--menteo-search-border-color, ${token('color-outline')});
    --_fg: ${token('color-on-surface')};
    --_muted: ${token('color-on-surface-muted')};
    --_radius: ${token('radius')};
    display: block;
    container-type: inline-size;
  }

  [part~='base'] {
    display: grid;
    gap: var(--_gap);
    color: var(--_fg);
    line-height: 1.4;
  }

  [part~='toolbar'] {
    ${wrapRow}
    align-items: end;
    gap: ${token('space-3')};
  }
  [part~='search'] {
    flex: 1 1 16rem;
    display: grid;
    gap: ${token('space-1')};
  }
  [part~='search-label'],
  [part~='sort'] > span {
    font-weight: 600;
    font-size: ${token('font-size-small')};
  }
  [part~='sort'] {
    display: grid;
    gap: ${token('space-1')};
  }
  input[type='search'],
  select {
    ${field}
    padding: ${token('space-2')} ${token('space-3')};
    inline-size: 100%;
  }
  [part~='facet-search'] {
    margin-block-end: ${token('space-1')};
  }
  [part~='facet-empty'] {
    margin: 0;
    color: var(--_muted);
    font-size: ${token('font-size-small')};
  }
  input[type='search']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  .layout {
    display: grid;
    gap: var(--_gap);
    align-items: start;
  }
  .main {
    display: grid;
    gap: ${token('space-3')};
    min-inline-size: 0;
  }

  /* Narrow: the filters hide behind a toggle, so results are not pushed below the fold. */
  .layout:not(.filters-open) [part~='filters'] {
    display: none;
  }
  [part~='filters-toggle'] {
    align-self: end;
  }
  [part~='filters'] {
    ${wrapRow}
    gap: ${token('space-3')};
  }
  [part~='facet'] {
    flex: 1 1 12rem;
    margin: 0;
    padding: ${token('space-3')};
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: 2px;
    align-content: start;
  }
  [part~='facet-legend'] {
    padding-inline: ${token('space-1')};
    font-weight: 600;
  }
  [part~='more-toggle'] {
    flex: 1 1 100%;
    justify-self: start;
  }
  [part~='more-filters'] {
    flex: 1 1 100%;
    margin: 0;
    padding: ${token('space-3')};
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: ${token('space-2')} ${token('space-3')};
  }
  [part~='more-filters'][hidden] {
    display: none;
  }
  [part~='refinement-select'] {
    display: grid;
    gap: ${token('space-1')};
  }
  [part~='refinement-select'] > span {
    font-size: ${token('font-size-small')};
    font-weight: 600;
  }
  [part~='facet-option'],
  [part~='refinement-option'] {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    min-block-size: 40px;
    cursor: pointer;
  }
  [part~='facet-option'] input,
  [part~='refinement-option'] input {
    margin: 0;
    inline-size: 18px;
    block-size: 18px;
    accent-color: var(--_primary);
  }
  .facet-label {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  [part~='facet-count'] {
    color: var(--_muted);
    font-size: ${token('font-size-small')};
    font-variant-numeric: tabular-nums;
  }

  [part~='chips'],
  [part~='chips'] ul {
    ${wrapRow}
    align-items: center;
    gap: ${token('space-2')};
  }
  [part~='chips'] ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='chip'] {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-2')};
    padding-inline: ${token('space-3')};
    background: ${token('color-surface-muted')};
    border-color: var(--_border);
    color: var(--_fg);
  }
  .chip-x {
    font-size: 1.2em;
    line-height: 1;
  }
  [part~='clear-all'] {
    border: none;
    padding-inline: ${token('space-2')};
    text-decoration: underline;
  }

  [part~='count'] {
    margin: 0;
    font-weight: 600;
    min-block-size: 1.4em;
  }

  [part~='results'],
  .grid {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_card-min), 100%), 1fr));
    gap: ${token('space-3')};
  }
  /* New results on their way: a line above the old ones (fading them would break contrast). */
  [part~='results'].busy {
    cursor: progress;
    box-shadow: 0 -3px 0 0 var(--_primary);
  }
  [part~='result'] {
    border-radius: var(--_radius);
  }
  [part~='result'] menteo-mentor-card {
    block-size: 100%;
  }

  button {
    ${button}
  }
  [part~='load-more'] {
    ${filled}
    justify-self: center;
  }
  [part~='load-more'][aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  [part~='facet-toggle'] {
    justify-self: start;
    border: none;
    padding-inline: ${token('space-1')};
    text-decoration: underline;
  }

  [part~='empty'],
  [part~='error'] {
    display: grid;
    gap: ${token('space-2')};
    justify-items: start;
    padding: ${token('space-5')};
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  [part~='empty'] p,
  [part~='error'] p {
    margin: 0;
  }
  .empty-title {
    font-weight: 600;
    font-size: ${token('font-size-large')};
  }

  .bone-card {
    display: grid;
    gap: ${token('space-2')};
    padding: ${token('space-4')};
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-block-size: 180px;
    align-content: start;
  }
  .bone.round {
    inline-size: 56px;
    block-size: 56px;
    border-radius: 50%;
  }

  /* Wide: filters in a column beside the results. */
  @container (min-width: 760px) {
    .layout {
      grid-template-columns: var(--_filters-width) minmax(0, 1fr);
    }
    [part~='filters-toggle'] {
      display: none;
    }
    .layout:not(.filters-open) [part~='filters'],
    [part~='filters'] {
      display: flex;
      flex-direction: column;
      flex-wrap: nowrap;
    }
    [part~='facet'],
    [part~='more-filters'],
    [part~='more-toggle'] {
      flex: none;
    }
    [part~='more-filters'] {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  @media (forced-colors: active) {
    [part~='facet'],
    [part~='more-filters'],
    .bone-card {
      border-color: CanvasText;
    }
  }
`;
