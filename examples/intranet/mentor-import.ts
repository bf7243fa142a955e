// The admin page's mentor import: a CSV file of the HR system's export, read with the scripts'
// CSV reader and mapped with sync-hris's own mapping (examples/scripts/hris-rows.ts), then sent to
// the bulk upsert, first as a dry run (the preview), then for real (apply). A row the mapping
// refuses is never sent; a row the API refuses is refused again on apply and reported again.
import type { BulkMemberRow, Menteo } from '@menteo/sdk';
import { readCsv } from '../scripts/csv.js';
import { hrisColumn, hrisRow, upsertInChunks } from '../scripts/hris-rows.js';

/** Why a row was refused: the export's column (`mentorTimeZone`) and the reason. */
export interface RowError {
  column: string;
  detail: string;
}

/** One row of the file, as the preview table shows it. */
export interface ImportRow {
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  externalId: string;
  name: string;
  status: 'created' | 'updated' | 'unchanged' | 'refused';
  errors: RowError[];
}

/** What an import did (or, in a dry run, would do). */
export interface ImportResult {
  dryRun: boolean;
  rows: ImportRow[];
  summary: Record<ImportRow['status'], number>;
}

/** `mentorCapacity: "99" is not…` (the mapping's words) as a column and a reason. */
function splitError(message: string): RowError {
  const at = message.indexOf(': ');
  return at < 0 ? { column: 'row', detail: message } : { column: message.slice(0, at), detail: message.slice(at + 2) };
}

/**
 * Reads `csv` (throws an `Error` naming the line when it is not CSV with a header row) and runs
 * the bulk upsert of its rows, a dry run unless `apply`. Each row is a mentor of the internal pool
 * unless the file has a `mentor` column saying otherwise.
 *
 * @example
 * ```ts
 * const preview = await importMentors(client, await file.text(), { apply: false });
 * const applied = await importMentors(client, await file.text(), { apply: true });
 * ```
 */
export async function importMentors(client: Menteo, csv: string, { apply }: { apply: boolean }): Promise<ImportResult> {
  const records = readCsv(csv);
  if (records.length === 0) throw new Error('the file has a header row and no people');
  const rows: ImportRow[] = [];
  const sent: { row: BulkMemberRow; preview: ImportRow }[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of records) {
    const values: Record<string, unknown> = { mentor: 'true', ...cells };
    const mapped = hrisRow(values);
    const name = cells.displayName || [cells.givenName, cells.familyName].filter(Boolean).join(' ');
    const preview: ImportRow = { line, externalId: cells.externalId ?? '', name, status: 'refused', errors: [] };
    rows.push(preview);
    if ('errors' in mapped) {
      preview.errors = mapped.errors.map(splitError);
      continue;
    }
    const first = seen.get(mapped.row.externalUserId);
    if (first !== undefined) {
      preview.errors = [{ column: 'externalId', detail: `"${mapped.row.externalUserId}" is already on line ${first}` }];
      continue;
    }
    seen.set(mapped.row.externalUserId, line);
    sent.push({ row: mapped.row, preview });
  }
  for await (const { item, result } of upsertInChunks(client, sent, { dryRun: !apply })) {
    if (result.status === 'failed') {
      item.preview.errors = (result.errors ?? []).map((e) => ({ column: hrisColumn(e.pointer), detail: e.detail }));
    } else {
      item.preview.status = result.status;
    }
  }
  const summary = { created: 0, updated: 0, unchanged: 0, refused: 0 };
  for (const row of rows) summary[row.status]++;
  return { dryRun: !apply, rows, summary };
}
