// A file dropped on a page as a person drags it from their desktop: a real DragEvent sequence
// (dragenter, dragover, drop) whose DataTransfer holds a File, dispatched on the drop target.
// Playwright has no OS-level file drag; a DataTransfer built in the page is what the page's drop
// handler reads either way (event.dataTransfer.files).
import type { Locator } from 'playwright-core';

/**
 * Drops a file named `name` holding `text` (of MIME `type`) on `target`.
 *
 * @example
 * ```ts
 * await dropFile(page.locator('#drop-zone'), 'mentors.csv', 'externalId,displayName\nE-1,Sam Lee\n');
 * ```
 */
export async function dropFile(target: Locator, name: string, text: string, type = 'text/csv'): Promise<void> {
  await target.evaluate(
    (element, file) => {
      const data = new DataTransfer();
      data.items.add(new File([file.text], file.name, { type: file.type }));
      for (const kind of ['dragenter', 'dragover', 'drop']) element.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name, text, type },
  );
}
