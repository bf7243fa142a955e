// The insights' charts: plain SVG written by Lit, no charting library. The element draws five
// small bar charts (one with a level line) that never animate, zoom or take pointer input; each
// has its data table and summary beside it, which is what assistive technology reads. What that
// needs is a scale and some rectangles: a few dozen lines here, against 50–200 KB min+gzip for
// Chart.js, ECharts or Vega-Lite (and canvas output, which has no DOM to theme with our tokens or
// flip for right-to-left). Labels are HTML under the SVG, so they wrap, translate and follow `dir`.
import { html, nothing, svg, type TemplateResult } from 'lit';

/** One bar: its axis label and its stacked segments, bottom first (`null`: a suppressed figure). */
export interface Bar {
  label: string;
  segments: readonly (number | null)[];
}

/** Height of the drawing in viewBox units; bars use up to 90 % of it, leaving room for the level line. */
const height = 100;
const slot = 10;

/**
 * A bar chart as SVG (hidden from assistive technology: the table beside it is the data), with
 * an optional level per bar on a 0–1 scale (the acceptance rate). A suppressed bar is a short
 * hatched outline, so "fewer than 5" never looks like a 0.
 *
 * @example
 * ```ts
 * barChart([{ label: 'W48', segments: [8, 1] }, { label: 'W49', segments: [null, null] }], [0.75, null]);
 * ```
 */
export function barChart(bars: readonly Bar[], levels?: readonly (number | null)[]): TemplateResult {
  const totals = bars.map((bar) => (bar.segments.includes(null) ? null : bar.segments.reduce<number>((sum, v) => sum + (v ?? 0), 0)));
  const max = Math.max(1, ...totals.map((t) => t ?? 0));
  const width = Math.max(1, bars.length) * slot;
  const drawn = bars.map((bar, i) => {
    const x = i * slot + 2;
    if (totals[i] === null) return svg`<rect class="suppressed" x=${x} y=${height - 12} width=${slot - 4} height="12"></rect>`;
    let top = height;
    return bar.segments.map((value, s) => {
      const h = ((value ?? 0) / max) * height * 0.9;
      top -= h;
      return svg`<rect class=${`series-${s + 1}`} x=${x} y=${top} width=${slot - 4} height=${h}></rect>`;
    });
  });
  const marks = (levels ?? []).map((level, i) =>
    level === null
      ? nothing
      : svg`<line class="level" x1=${i * slot + 1} x2=${i * slot + slot - 1} y1=${height - level * height * 0.95} y2=${height - level * height * 0.95}></line>`,
  );
  // Long ranges label every few bars: 53 weeks of labels would only overlap.
  const every = Math.ceil(bars.length / 13);
  return html`<div class="chart" aria-hidden="true">
    <svg viewBox=${`0 0 ${width} ${height}`} preserveAspectRatio="none" focusable="false">
      <line class="baseline" x1="0" x2=${width} y1=${height} y2=${height}></line>
      ${drawn}${marks}
    </svg>
    <div class="axis">${bars.map((bar, i) => html`<span>${i % every ? '' : bar.label}</span>`)}</div>
  </div>`;
}

/**
 * The legend of a chart's series (and of its level line), as HTML.
 *
 * @example
 * ```ts
 * legend(['Sessions held', 'No-shows'], 'Accepted');
 * ```
 */
export function legend(series: readonly string[], level?: string): TemplateResult {
  return html`<ul class="legend" aria-hidden="true">
    ${series.map((name, i) => html`<li><span class=${`swatch series-${i + 1}`}></span>${name}</li>`)}
    ${level ? html`<li><span class="swatch level"></span>${level}</li>` : nothing}
  </ul>`;
}
