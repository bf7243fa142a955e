import { commentStores } from '@menteo/sdk/stores/comments';
import { moderationStores } from '@menteo/sdk/stores/moderation';
import { threadEditStores } from '@menteo/sdk/stores/thread-edits';
import type { PagedState, Report, StoreContext } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { requestIdLine } from '../internal/load-error.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { MenteoElement } from '../internal/menteo-element.js';
import { states } from '../internal/states.js';
import { PagedStoreController } from '../internal/paged-store-controller.js';
import { controlStyles } from '../styles/controls.js';
import { baseStyles } from '../styles/tokens.js';
import { commentAuthor } from './owner-reports-author.js';
import { styles } from './owner-reports.styles.js';
import { strings } from './owner-reports.strings.js';

/** What the owner can do about a report (the API has no "dismiss"). */
type Action = 'hide' | 'lock' | 'block';

/** What the owner did about one report here, and what was refused. */
interface Outcome {
  hide?: true;
  lock?: true;
  /** The name of the person blocked. */
  block?: string;
  /** The comment was gone when its author was looked up. */
  noAuthor?: true;
  error?: unknown;
}

/**
 * The thread owner's reports panel inside `<menteo-thread-feed>`'s header: a "Reports (N)"
 * button that opens the list of what readers reported on the thread, newest first — post or
 * comment, its excerpt as it reads now, the reason and note, who reported it and when — with
 * what the owner can do: hide the comment (readers' pages drop it live), lock comments on the
 * post, block the comment's author from the thread. The API sends no event for a new report,
 * so the list is asked again each time it is opened. The feed loads this module only for the
 * owner (owner-reports-mount.ts).
 *
 * @example
 * ```ts
 * const panel = document.createElement('menteo-thread-reports');
 * Object.assign(panel, { threadId: thread.id, stores, headingLevel: 3 });
 * ```
 */
export class MenteoThreadReports extends MenteoElement {
  static override styles = [baseStyles, controlStyles, styles];

  static override properties = {
    threadId: { attribute: false },
    stores: { attribute: false },
    headingLevel: { attribute: false, type: Number },
    ...states('open', 'acting', 'outcomes'),
  };

  constructor() {
    super();
    this.headingLevel = 3;
    this.open = false;
    this.acting = {};
    this.outcomes = {};
  }

  /** The owner's thread. */
  declare threadId: string | undefined;
  /** The feed's store context (the owner's). */
  declare stores: StoreContext | undefined;
  /** The level of the panel's heading (the feed's own plus one). */
  declare headingLevel: number;

  declare private open: boolean;
  /** The action running on each report, by report id. */
  declare private acting: Record<string, Action>;
  declare private outcomes: Record<string, Outcome>;

  protected readonly l10n = new LocalizeController(this, strings);

  #reports = new PagedStoreController<PagedState<Report>>(this, () =>
    this.stores && this.threadId ? moderationStores(this.stores).threadReports(this.threadId) : undefined,
  );

  protected override render(): TemplateResult {
    const l = this.l10n;
    const state = this.#reports.state;
    const count = state?.items.length ?? 0;
    return html`<div dir=${l.dir}>
      <button part="reports-toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="reports-panel" @click=${this.#toggle}>
        <span aria-hidden="true">⚑</span> ${l.msg('reportsToggle', { count, more: !!state?.hasMore })}
      </button>
      <section part="reports-panel" id="reports-panel" aria-labelledby="reports-heading" ?hidden=${!this.open}>
        <h3 id="reports-heading" aria-level=${this.headingLevel}>${l.msg('reportsTitle')}</h3>
        <p class="muted small"><bdi>${l.msg('reportsReopenHint')}</bdi></p>
        ${this.open ? this.#renderList(state) : nothing}
      </section>
    </div>`;
  }

  #renderList(state: PagedState<Report> | undefined): TemplateResult {
    const l = this.l10n;
    if (!state || (!state.loaded && !state.error)) return html`<p role="status">${l.msg('reportsLoading')}</p>`;
    if (!state.loaded) {
      return html`<div part="error" role="alert">
        <p>${l.msg('reportsLoadError')}</p>
        ${requestIdLine(l, state.error) ?? html`<p>${l.msg('connectionError')}</p>`}
        <button part="retry-button" type="button" @click=${() => void this.#reports.refetch()}>${l.msg('retry')}</button>
      </div>`;
    }
    if (!state.items.length) return html`<p part="reports-empty" role="status">${l.msg('reportsNone')}</p>`;
    return html`<ol part="report-list">
        ${state.items.map((report) => this.#renderReport(report))}
      </ol>
      ${state.hasMore ? html`<button part="reports-more" type="button" @click=${() => void this.#reports.loadMore()}>${l.msg('reportsMore')}</button>` : nothing}`;
  }

  #renderReport(report: Report): TemplateResult {
    const l = this.l10n;
    const outcome = this.outcomes[report.id] ?? {};
    const busy = this.acting[report.id];
    const comment = report.commentId !== null;
    const button = (action: Action, label: string, done: unknown) =>
      done
        ? nothing
        : html`<button part="report-action report-${action}" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.#act(report, action)}>${label}</button>`;
    return html`<li part="report" data-report-id=${report.id}>
      <p class="what">
        <span part="report-kind" class="chip">${l.msg(comment ? 'reportsOnComment' : 'reportsOnPost')}</span>
        <span part="report-reason"><span class="muted">${l.msg('reportsReason')}:</span> ${l.msg(`reportsReason_${report.reason}`)}</span>
      </p>
      <blockquote part="report-excerpt" dir="auto">${report.excerpt}</blockquote>
      ${report.note ? html`<p part="report-note" dir="auto"><span class="muted">${l.msg('reportsNote')}:</span> ${report.note}</p>` : nothing}
      <p part="report-by" class="muted small">${l.msg('reportsBy', { name: report.reporter.name, date: l.date(report.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
      <div part="report-actions" role="group" aria-label=${l.msg('reportsActions', { name: report.reporter.name })}>
        ${comment ? button('hide', l.msg('reportsHide'), outcome.hide) : nothing}
        ${button('lock', l.msg('reportsLock'), outcome.lock)}
        ${comment ? button('block', l.msg('reportsBlock'), outcome.block || outcome.noAuthor) : nothing}
      </div>
      <div part="report-outcome" role="status">
        ${outcome.hide ? html`<p>${l.msg('reportsHidden')}</p>` : nothing}
        ${outcome.lock ? html`<p>${l.msg('reportsLocked')}</p>` : nothing}
        ${outcome.block ? html`<p>${l.msg('reportsBlocked', { name: outcome.block })}</p>` : nothing}
        ${outcome.noAuthor ? html`<p>${l.msg('reportsNoAuthor')}</p>` : nothing}
      </div>
      ${
        outcome.error
          ? html`<div part="report-error" role="alert">
            <p>${l.msg('reportsActionError')}</p>
            ${requestIdLine(l, outcome.error) ?? nothing}
          </div>`
          : nothing
      }
    </li>`;
  }

  #toggle(): void {
    this.open = !this.open;
    // No event tells of a new report: opening the list asks again.
    if (this.open && this.#reports.state?.loaded) void this.#reports.refetch();
  }

  async #act(report: Report, action: Action): Promise<void> {
    const stores = this.stores;
    if (!stores || this.acting[report.id]) return;
    this.acting = { ...this.acting, [report.id]: action };
    const { error: _, ...was } = this.outcomes[report.id] ?? {};
    try {
      const done = await this.#run(stores, report, action);
      this.outcomes = { ...this.outcomes, [report.id]: { ...was, ...done } };
    } catch (error) {
      this.outcomes = { ...this.outcomes, [report.id]: { ...was, error } };
    } finally {
      const { [report.id]: _done, ...others } = this.acting;
      this.acting = others;
    }
    // The pressed button is gone once done: focus stays in the report, on what it now says.
    await this.updateComplete;
    const row = this.renderRoot.querySelector<HTMLElement>(`[data-report-id="${CSS.escape(report.id)}"]`);
    if (row && !row.contains(this.shadowRoot?.activeElement ?? null)) row.querySelector<HTMLElement>('[part~="report-action"]')?.focus();
  }

  async #run(stores: StoreContext, report: Report, action: Action): Promise<Outcome> {
    if (action === 'lock') {
      await threadEditStores(stores).lockComments(report.postId, true);
      return { lock: true };
    }
    const commentId = report.commentId!;
    if (action === 'hide') {
      await commentStores(stores).hideComment(commentId);
      return { hide: true };
    }
    const author = await commentAuthor(stores, report.postId, commentId);
    if (!author) return { noAuthor: true };
    await moderationStores(stores).blockUser(report.threadId, author.id);
    return { block: author.name };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-thread-reports': MenteoThreadReports;
  }
}
