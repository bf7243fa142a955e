import type { StoreContext } from '@menteo/sdk/stores';
import { html, type TemplateResult } from 'lit';

// Only the thread's owner sees reports: the panel's module (its element, styles and actions) is
// fetched the first time an owner's feed renders, so a reader's page never loads it.
let requested = false;

function load(): void {
  if (requested) return;
  requested = true;
  void import('./owner-reports.js').then(
    ({ MenteoThreadReports }) => MenteoThreadReports.define('menteo-thread-reports'),
    () => {
      requested = false;
    },
  );
}

/**
 * The owner's "Reports (N)" disclosure, for the feed's header. Its module loads on the first
 * call (the element upgrades when it arrives; a failed load is tried again on the next render).
 *
 * @example
 * ```ts
 * html`<header>… ${thread.viewer?.isOwner ? ownerReports(thread.id, stores, this.headingLevel + 1) : nothing}</header>`;
 * ```
 */
export function ownerReports(threadId: string, stores: StoreContext | undefined, headingLevel: number): TemplateResult {
  load();
  return html`<menteo-thread-reports
    exportparts="reports-toggle, reports-panel, report, report-excerpt, report-actions, report-outcome"
    .threadId=${threadId}
    .stores=${stores}
    .headingLevel=${headingLevel}
  ></menteo-thread-reports>`;
}
