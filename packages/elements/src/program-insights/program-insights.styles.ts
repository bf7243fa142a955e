import { css } from 'lit';
import { button } from '../styles/controls.js';
import { token } from '../styles/tokens.js';

/** Component tokens (`--menteo-insights-*`) over system tokens, read through private `--_*` ones. */
export const styles = css`
  :host {
    --_series-1: var(--menteo-insights-series-1, ${token('color-primary')});
    --_series-2: var(--menteo-insights-series-2, ${token('color-star')});
    --_level: var(--menteo-insights-level, ${token('color-on-surface')});
    --_border: ${token('color-outline')};
    --_muted: ${token('color-on-surface-muted')};
    --_focus: ${token('color-focus')};
    --_radius: ${token('radius')};
    display: block;
    container-type: inline-size;
    color: ${token('color-on-surface')};
    background: ${token('color-surface')};
  }
  [part~='base'] {
    display: grid;
    gap: ${token('space-4')};
    padding: ${token('space-4')};
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
    font-size: ${token('font-size')};
  }
  .range,
  .note,
  [part~='summary'] {
    color: var(--_muted);
    font-size: ${token('font-size-small')};
  }
  [part~='figures'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    gap: ${token('space-3')};
    margin: 0;
  }
  [part~='figures'] div {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: ${token('space-3')};
  }
  dt {
    color: var(--_muted);
    font-size: ${token('font-size-small')};
  }
  dd {
    margin: 0;
    font-size: ${token('font-size-large')};
    font-weight: 600;
  }
  .charts {
    display: grid;
    gap: ${token('space-4')};
  }
  @container (min-width: 42rem) {
    .charts {
      grid-template-columns: 1fr 1fr;
    }
    .requests,
    .sessions {
      grid-column: 1 / -1;
    }
  }
  [part~='chart'] {
    display: grid;
    gap: ${token('space-2')};
    align-content: start;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: ${token('space-3')};
  }
  svg {
    display: block;
    width: 100%;
    height: 9rem;
  }
  /* Bars run in reading order: a right-to-left page reads the weeks from the right. */
  [dir='rtl'] svg {
    transform: scaleX(-1);
  }
  .series-1 {
    fill: var(--_series-1);
    background: var(--_series-1);
  }
  .series-2 {
    fill: var(--_series-2);
    background: var(--_series-2);
  }
  .suppressed {
    fill: none;
    stroke: var(--_muted);
    stroke-dasharray: 2 2;
    vector-effect: non-scaling-stroke;
  }
  .level,
  .baseline {
    stroke: var(--_level);
    stroke-width: 3px;
    vector-effect: non-scaling-stroke;
  }
  .baseline {
    stroke: var(--_border);
    stroke-width: 1px;
  }
  .axis {
    /* One equal column a bar, as many as there are labels: no style attribute to count them,
       which a page's CSP without 'unsafe-inline' (style-src-attr) would block. */
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
    font-size: ${token('font-size-small')};
    color: var(--_muted);
    text-align: center;
    overflow-wrap: anywhere;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: ${token('font-size-small')};
  }
  .swatch {
    display: inline-block;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    margin-inline-end: ${token('space-1')};
    border-radius: 2px;
    vertical-align: middle;
  }
  .swatch.level {
    block-size: 3px;
    background: var(--_level);
  }
  summary {
    cursor: pointer;
    font-size: ${token('font-size-small')};
  }
  summary:focus-visible,
  [part~='retry-button']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    margin-block-start: ${token('space-2')};
    font-size: ${token('font-size-small')};
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: ${token('space-1')} ${token('space-2')};
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  [part~='retry-button'] {
    ${button}
  }
`;
