// RFC 4180 CSV, in a dozen lines: copy this file next to export-mentors-csv.ts.
//
// - Fields that contain a comma, a double quote, CR or LF are wrapped in double quotes, and
//   quotes inside are doubled: He said "hi", ok  ->  "He said ""hi"", ok"
// - Records end with CRLF (what RFC 4180 and Excel expect); line breaks inside a field are kept.
// - Formula-injection guard (on by default): a text cell that starts with = + - @ (or a tab or
//   CR) would run as a formula in Excel, Sheets or LibreOffice, so it is prefixed with a single
//   quote, which spreadsheets show as text. Numbers are never touched (-3 stays -3).

/** A cell: text, a number, a boolean, nothing (null/undefined → empty) or a list (joined with "; "). */
export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

export interface CsvOptions {
  /** Prefix text cells starting with = + - @ \t \r with `'` (default true). */
  formulaGuard?: boolean;
}

const needsQuotes = /[",\r\n]/;
const formulaStart = /^[=+\-@\t\r]/;

/** One field, quoted when it must be. */
export function csvField(value: CsvValue, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = typeof value === 'string' ? value : value.join('; ');
  if ((options.formulaGuard ?? true) && formulaStart.test(text)) text = `'${text}`;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRow(values: readonly CsvValue[], options: CsvOptions = {}): string {
  return `${values.map((v) => csvField(v, options)).join(',')}\r\n`;
}
