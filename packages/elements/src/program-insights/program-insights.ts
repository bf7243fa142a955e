import type { InsightFigure, ProgramInsights } from '@menteo/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ThemeController } from '../internal/host-theme.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { MenteoElement } from '../internal/menteo-element.js';
import { states } from '../internal/states.js';
import { controlStyles } from '../styles/controls.js';
import { baseStyles } from '../styles/tokens.js';
import { barChart, legend } from './program-insights-charts.js';
import { strings } from './program-insights.strings.js';
import { styles } from './program-insights.styles.js';

/**
 * @summary For an organization's admin page: the mentoring program's figures as charts — requests
 * and acceptance over time, sessions per week, need mix, goal outcomes, mentor load — each with a
 * one-sentence summary and its data as a table, and the key figures of the range.
 *
 * The figures are the organization's private data, read with its secret key: the element never
 * calls the API. Your backend reads them (`client.admin.insights.retrieve()`) and your page hands
 * them over, as the `insights` property or from your own endpoint named in `src` (fetched with the
 * page's cookies, `credentials: 'same-origin'`). A figure made up by fewer than 5 people comes
 * suppressed and shows as "fewer than 5", never as 0.
 *
 * @csspart base - The element's frame.
 * @csspart header - The title, the range and the privacy note.
 * @csspart figures - The key figures of the range.
 * @csspart chart - Each chart's section (title, summary, drawing, legend and table).
 * @csspart summary - A chart's one-sentence summary.
 * @csspart table - A chart's data table.
 * @csspart status - The loading, empty or error line.
 * @csspart retry-button - The retry button after a load error.
 *
 * @cssprop --menteo-insights-series-1 - The first series' color (default `--menteo-color-primary`).
 * @cssprop --menteo-insights-series-2 - The second series' color (default `--menteo-color-star`).
 * @cssprop --menteo-insights-level - The acceptance line's color (default `--menteo-color-on-surface`).
 *
 * @example
 * ```html
 * <menteo-program-insights src="/admin/insights?from=2026-09-07&to=2026-11-29"></menteo-program-insights>
 * <script type="module">
 *   // or, with data your backend fetched with client.admin.insights.retrieve():
 *   document.querySelector('menteo-program-insights').insights = await (await fetch('/admin/insights')).json();
 * </script>
 * ```
 */
export class MenteoProgramInsights extends MenteoElement {
  static override styles = [baseStyles, controlStyles, styles];

  static override properties = {
    insights: { attribute: false },
    src: {},
    theme: { reflect: true },
    ...states('failed', 'loading'),
  };

  /** The figures, as `GET /v1/org/insights` answers them (your backend reads them with its secret key). */
  declare insights: ProgramInsights | undefined;

  /** Your own endpoint that answers the insights JSON; fetched with the page's cookies when set. */
  declare src: string | undefined;

  /** `light`, `dark` or `auto`; unset, the element follows the page's or its provider's. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  declare protected failed: boolean;
  declare protected loading: boolean;

  protected readonly l10n = new LocalizeController(this, strings);
  #abort: AbortController | undefined;

  constructor() {
    super();
    this.failed = false;
    this.loading = false;
    new ThemeController(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.#load(this.src);
  }

  async #load(src: string): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.loading = true;
    this.failed = false;
    try {
      const response = await fetch(src, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: abort.signal });
      if (!response.ok) throw new Error(`${response.status}`);
      this.insights = (await response.json()) as ProgramInsights;
    } catch {
      if (abort.signal.aborted) return;
      this.failed = true;
    }
    this.loading = false;
  }

  protected override render(): TemplateResult {
    const l = this.l10n;
    const data = this.insights;
    let body: TemplateResult;
    if (this.failed) {
      body = html`<p part="status" role="alert">${l.msg('insightsLoadError')}
          <button part="retry-button" type="button" @click=${() => this.src && this.#load(this.src)}>${l.msg('retry')}</button></p>`;
    } else if (!data) {
      body = html`<p part="status" role="status">${this.loading ? l.msg('insightsLoading') : l.msg('insightsEmpty')}</p>`;
    } else {
      body = this.#renderInsights(data);
    }
    return html`<section part="base" dir=${l.dir} aria-labelledby="title" aria-busy=${this.loading ? 'true' : 'false'}>
      <header part="header">
        <h2 id="title">${l.msg('insightsTitle')}</h2>
        ${data ? html`<p class="range">${l.msg('insightsRange', { from: this.#day(data.from), to: this.#day(data.to) })}</p>` : nothing}
        <p class="note">${l.msg('insightsPrivacy')}</p>
      </header>
      ${body}
    </section>`;
  }

  #renderInsights(data: ProgramInsights): TemplateResult {
    const l = this.l10n;
    const t = data.totals;
    const weeks = data.buckets.length;
    const weekRow = (week: string) => `${week.slice(5)}`;
    const figures: [string, string][] = [
      [l.msg('insightsRequests'), this.#count(t.requests)],
      [l.msg('insightsAcceptance'), this.#share(t.acceptanceRate)],
      [l.msg('insightsMedianAccept'), this.#hours(t.medianHoursToAccept)],
      [l.msg('insightsActiveRooms'), this.#count(t.activeRooms)],
      [l.msg('insightsSessionsHeld'), this.#count(t.sessionsHeld)],
      [l.msg('insightsGoalsAchieved'), this.#count(t.goalsAchieved)],
      [l.msg('insightsSteps'), this.#count(t.roadmapStepsCompleted)],
      [l.msg('insightsHatFit'), this.#share(t.hatFit.fitRate)],
      [l.msg('insightsEfficacy'), this.#signed(t.selfEfficacyChange)],
    ];
    const load = data.mentorLoad.distribution;
    return html`<dl part="figures">
        ${figures.map(([name, value]) => html`<div><dt>${name}</dt><dd>${value}</dd></div>`)}
      </dl>
      <div class="charts">
        ${this.#chart(
          'requests',
          l.msg('insightsRequestsChart'),
          l.msg('insightsRequestsSummary', { requests: this.#count(t.requests), rate: this.#share(t.acceptanceRate), weeks }),
          barChart(
            data.buckets.map((b) => ({ label: weekRow(b.week), segments: [b.figures.requests.value] })),
            data.buckets.map((b) => b.figures.acceptanceRate.value),
          ),
          legend([l.msg('insightsRequests')], l.msg('insightsAcceptance')),
          [l.msg('insightsWeek'), l.msg('insightsRequests'), l.msg('insightsAcceptance')],
          data.buckets.map((b) => [b.week, this.#count(b.figures.requests), this.#share(b.figures.acceptanceRate)]),
        )}
        ${this.#chart(
          'sessions',
          l.msg('insightsSessionsChart'),
          l.msg('insightsSessionsSummary', { held: this.#count(t.sessionsHeld), noShows: this.#count(t.noShows), weeks }),
          barChart(data.buckets.map((b) => ({ label: weekRow(b.week), segments: [b.figures.sessionsHeld.value, b.figures.noShows.value] }))),
          legend([l.msg('insightsSessionsHeld'), l.msg('insightsNoShows')]),
          [l.msg('insightsWeek'), l.msg('insightsSessionsHeld'), l.msg('insightsNoShows')],
          data.buckets.map((b) => [b.week, this.#count(b.figures.sessionsHeld), this.#count(b.figures.noShows)]),
        )}
        ${this.#categories(
          'needs',
          l.msg('insightsNeedChart'),
          l.msg('insightsNeedSummary', {
            leadership: this.#count(t.needMix.leadership),
            mentorship: this.#count(t.needMix.mentorship),
          }),
          [
            [l.msg('need_leadership'), t.needMix.leadership],
            [l.msg('need_mentorship'), t.needMix.mentorship],
          ],
        )}
        ${this.#categories(
          'goals',
          l.msg('insightsGoalsChart'),
          l.msg('insightsGoalsSummary', {
            achieved: this.#count(t.goalsAchieved),
            dropped: this.#count(t.goalsDropped),
          }),
          [
            [l.msg('insightsGoalsAchieved'), t.goalsAchieved],
            [l.msg('insightsGoalsDropped'), t.goalsDropped],
          ],
        )}
        ${this.#categories(
          'load',
          l.msg('insightsLoadChart'),
          l.msg('insightsLoadSummary', {
            mentors: this.#count(data.mentorLoad.mentors),
            idle: this.#count(load[0]?.mentors),
            busy: this.#count(load[4]?.mentors),
          }),
          load.map((share) => [l.msg('insightsMentees', { count: share.activeMentees }), share.mentors]),
        )}
      </div>`;
  }

  /** A chart of named figures (need mix, goal outcomes, mentor load): one bar each. */
  #categories(id: string, title: string, summary: string, rows: [string, InsightFigure | undefined][]): TemplateResult {
    const l = this.l10n;
    return this.#chart(
      id,
      title,
      summary,
      barChart(rows.map(([label, figure]) => ({ label, segments: [figure?.value ?? null] }))),
      nothing,
      [l.msg('insightsCategory'), l.msg('insightsValue')],
      rows.map(([label, figure]) => [label, this.#count(figure)]),
    );
  }

  #chart(
    id: string,
    title: string,
    summary: string,
    drawing: TemplateResult,
    key: TemplateResult | typeof nothing,
    head: string[],
    rows: string[][],
  ): TemplateResult {
    return html`<section part="chart" class=${id} aria-labelledby=${`${id}-title`}>
      <h3 id=${`${id}-title`}>${title}</h3>
      <p part="summary">${summary}</p>
      ${drawing}${key}
      <details>
        <summary>${this.l10n.msg('insightsShowTable')}</summary>
        <table part="table">
          <caption>${title}</caption>
          <thead><tr>${head.map((name) => html`<th scope="col">${name}</th>`)}</tr></thead>
          <tbody>${rows.map(([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
        </table>
      </details>
    </section>`;
  }

  #count(figure: InsightFigure | undefined): string {
    return figure?.value == null ? this.l10n.msg('insightsFewer') : this.l10n.number(figure.value);
  }

  #share(figure: InsightFigure): string {
    return figure.value === null ? this.l10n.msg('insightsFewer') : this.l10n.number(figure.value, { style: 'percent' });
  }

  #hours(figure: InsightFigure): string {
    return figure.value === null ? this.l10n.msg('insightsFewer') : this.l10n.msg('insightsHours', { hours: this.l10n.number(figure.value) });
  }

  #signed(figure: InsightFigure): string {
    return figure.value === null ? this.l10n.msg('insightsFewer') : this.l10n.number(figure.value, { signDisplay: 'exceptZero' });
  }

  #day(day: string): string {
    return this.l10n.date(`${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-program-insights': MenteoProgramInsights;
  }
}
