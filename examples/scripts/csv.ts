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

/** A record read by {@link readCsv}: its cells by header name, and the line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: Record<string, string>;
}

/**
 * Reads CSV with a header row, as HR systems export it: CRLF or LF line ends, quoted fields (with
 * `""`, commas and line breaks inside), a UTF-8 BOM and blank lines skipped, header names trimmed.
 * Lenient where spreadsheets are (a stray quote inside a bare field is a character); a row with
 * another number of cells than the header, or an unterminated quote, throws naming its line.
 *
 * @example
 * ```ts
 * const rows = readCsv('externalId,displayName\nE-1,"Lee, Sam"\n'); // [{ line: 2, cells: { externalId: 'E-1', displayName: 'Lee, Sam' } }]
 * ```
 */
export function readCsv(text: string): CsvRecord[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1; // the line the current record started on
  let quoted = false;
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted && c === '"') {
      if (src[i + 1] === '"') {
        field += '"'; // a doubled quote is one quote
        i++;
      } else {
        quoted = false;
      }
    } else if (quoted) {
      if (c === '\n') line++;
      field += c;
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && src[i + 1] !== '\n')) {
      endRecord();
      line++;
      start = line;
    } else if (c !== '\r') {
      field += c;
    }
  }
  if (quoted) throw new Error(`line ${start}: a quoted field is never closed`);
  endRecord();
  const [header, ...rows] = records;
  if (!header) throw new Error('no header row');
  const names = header.fields.map((name) => name.trim());
  return rows.map(({ line: at, fields: cells }) => {
    if (cells.length !== names.length) throw new Error(`line ${at}: ${cells.length} cells under a header of ${names.length}`);
    return { line: at, cells: Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])) };
  });
}
