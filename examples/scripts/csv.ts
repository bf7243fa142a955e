// RFC 4180 CSV, in a dozen lines: copy this file next to export-mentors-csv.ts.
//
// - Fields that contain a comma, a double quote, CR or LF are wrapped in double quotes, and
//   quotes inside are doubled: He said "hi", ok  ->  "He said ""hi"", ok"
// - Records end with CRLF (what RFC 4180 and Excel expect); line breaks inside a field are kept.
// - Formula-injection guard (on by default): a text cell that starts with = + - @ (or a tab or
//   CR) would run as a formula in Excel, Sheets or LibreOffice, so it is prefixed with a single
//   quote, which spreadsheets show as text. Numbers are never touched (-3 stays -3).
//   A spreadsheet may also read the file with another separator (Excel takes `;` in much of
//   Europe, a tab for pasted text), and then `a;=cmd|…` is two cells, the second a formula:
//   so, as OWASP advises, the same quote goes before a formula character wherever a cell may
//   start: after every , ; tab or line break inside a text cell (spaces and quotes between count
//   as nothing: `a; =b` becomes `a; '=b`).

/** A cell: text, a number, a boolean, nothing (null/undefined → empty) or a list (joined with "; "). */
export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

export interface CsvOptions {
  /** Put `'` before = + - @ \t \r at the start of a text cell or after a , ; \t \r \n in it (default true). */
  formulaGuard?: boolean;
}

const needsQuotes = /[",\r\n]/;
// A formula character (past spaces and quotes) where a spreadsheet may start a cell: the field's
// start, or after any separator it might pick. A tab is both, so `\t=1` gets two quotes.
const formulaFirst = /^[ "]*(?=[=+\-@\t\r])/;
const formulaAfterSeparator = /[,;\t\r\n][ "]*(?=[=+\-@\t\r])/g;

/** One field, quoted when it must be. */
export function csvField(value: CsvValue, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = typeof value === 'string' ? value : value.join('; ');
  if (options.formulaGuard ?? true) text = text.replace(formulaFirst, "$&'").replace(formulaAfterSeparator, "$&'");
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRow(values: readonly CsvValue[], options: CsvOptions = {}): string {
  return `${values.map((v) => csvField(v, options)).join(',')}\r\n`;
}
