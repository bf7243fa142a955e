// The CSV writer the export uses, field by field, and read back by a strict RFC 4180 parser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvField, csvRow, readCsv } from '../csv.js';
import { parseCsv, spreadsheetCells } from './helpers.js';

describe('csvField', () => {
  it('leaves plain text, numbers and booleans bare', () => {
    assert.equal(csvField('Daniel Okafor'), 'Daniel Okafor');
    assert.equal(csvField("I'm a tech lead"), "I'm a tech lead");
    assert.equal(csvField(4.7), '4.7');
    assert.equal(csvField(0), '0');
    assert.equal(csvField(false), 'false');
    assert.equal(csvField('  padded  '), '  padded  '); // spaces are data in RFC 4180
  });

  it('writes null, undefined and empty text as an empty field', () => {
    assert.equal(csvField(null), '');
    assert.equal(csvField(undefined), '');
    assert.equal(csvField(''), '');
  });

  it('quotes fields with a comma, a quote, CR or LF, and doubles inner quotes', () => {
    assert.equal(csvField('Engineering Manager, Platform'), '"Engineering Manager, Platform"');
    assert.equal(csvField('He said "ship it"'), '"He said ""ship it"""');
    assert.equal(csvField('"'), '""""');
    assert.equal(csvField('line 1\nline 2'), '"line 1\nline 2"');
    assert.equal(csvField('line 1\r\nline 2'), '"line 1\r\nline 2"');
  });

  it('joins lists with "; "', () => {
    assert.equal(csvField(['hiring', 'delegation']), 'hiring; delegation');
    assert.equal(csvField([]), '');
  });

  it('guards text that a spreadsheet would run as a formula, and nothing else', () => {
    assert.equal(csvField('=HYPERLINK("http://evil.example","x")'), `"'=HYPERLINK(""http://evil.example"",""x"")"`);
    assert.equal(csvField('+1 555 0100'), "'+1 555 0100");
    assert.equal(csvField('-2+3'), "'-2+3");
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvField('\t=1'), "'\t'=1"); // the tab starts a cell of its own when read as tab-separated
    assert.equal(csvField('\r=1'), `"'\r'=1"`); // so does a line break
    assert.equal(csvField('a=b'), 'a=b'); // only a leading character counts
    assert.equal(csvField(-300), '-300'); // numbers are numbers
    assert.equal(csvField(['=x', 'y']), "'=x; y"); // a list is one cell: its start counts
  });

  it('writes formulas as they are with formulaGuard: false', () => {
    assert.equal(csvField('=1+1', { formulaGuard: false }), '=1+1');
    assert.equal(csvField('=A1,B1', { formulaGuard: false }), '"=A1,B1"');
  });
});

describe('csvRow', () => {
  it('ends every record with CRLF', () => {
    assert.equal(csvRow(['a', 1, null, true]), 'a,1,,true\r\n');
  });

  it('round-trips awkward text through an RFC 4180 parser', () => {
    const awkward = ['plain', 'a,b', 'say "hi"', 'two\nlines', 'crlf\r\ninside', '', ' spaced ', '"', ',', '\n', 'üñí ☕ 🎉', '""quoted""'];
    const text = csvRow(awkward, { formulaGuard: false }) + csvRow([...awkward].reverse(), { formulaGuard: false });
    assert.deepEqual(parseCsv(text), [awkward, [...awkward].reverse()]);
  });

  it('round-trips guarded cells as the text with one leading quote', () => {
    const [row] = parseCsv(csvRow(['=cmd|"/c calc"!A1', '@x', 'fine']));
    assert.deepEqual(row, [`'=cmd|"/c calc"!A1`, "'@x", 'fine']);
  });
});

describe('formula guard, whatever separator the spreadsheet picks', () => {
  const separators = [',', ';', '\t'];
  /**
   * A cell a spreadsheet could run: = + - @ first once white space and stray quotes are trimmed,
   * or a tab or lone CR first. (A CRLF first is a record's end, seen by a reader that the
   * quotes put out of step: the next record's first cell is guarded in its own right.)
   */
  const runs = (cell: string) => /^[\s"]*[=+\-@]/.test(cell) || /^[ "]*(?:\t|\r(?!\n))/.test(cell);

  it("guards a formula after a ';' inside a cell, for a spreadsheet that splits on ';'", () => {
    const row = csvRow(['Priya Raman', "a;=cmd|' /C calc'!A0", 'ok']);
    assert.deepEqual(spreadsheetCells(row, ';'), ['Priya Raman,a', "'=cmd|' /C calc'!A0,ok", '']);
    assert.deepEqual(parseCsv(row), [['Priya Raman', "a;'=cmd|' /C calc'!A0", 'ok']]);
  });

  it('guards after a comma, a tab, a line break, spaces and quotes too, and in every list item', () => {
    assert.equal(csvField('a,=1'), `"a,'=1"`);
    assert.equal(csvField('a\t@SUM(A1)'), "a\t'@SUM(A1)");
    assert.equal(csvField('a\n-1+2'), `"a\n'-1+2"`);
    assert.equal(csvField('a; "=1'), `"a; ""'=1"`);
    assert.equal(csvField(' =1'), " '=1");
    assert.equal(csvField(['x', '=y', '+z']), "x; '=y; '+z");
    assert.equal(csvField('a;b, c-d, e@f.example'), '"a;b, c-d, e@f.example"'); // nothing to guard
    assert.equal(csvField('a;=1', { formulaGuard: false }), 'a;=1');
  });

  it('leaves no cell that starts a formula, for any of , ; or tab, in rows of hostile text', () => {
    const alphabet = ['=', '+', '-', '@', '\t', '\r', '\n', '\r\n', ',', ';', '"', ' ', 'a', 'cmd|'];
    let seed = 9;
    // A Lehmer generator: the same hostile rows on every run.
    const next = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    for (let round = 0; round < 3000; round++) {
      // Two records: a reader out of step with the quotes carries that into the next one.
      const record = () => Array.from({ length: 1 + next(4) }, () => Array.from({ length: next(8) }, () => alphabet[next(alphabet.length)]).join(''));
      const fields = [record(), record()];
      const text = fields.map((f) => csvRow(f)).join('');
      for (const separator of separators) {
        const bad = spreadsheetCells(text, separator).filter(runs);
        assert.deepEqual(bad, [], `${JSON.stringify(fields)} read with ${JSON.stringify(separator)}`);
      }
    }
  });
});

describe('the test parser itself', () => {
  it('rejects what RFC 4180 does not allow', () => {
    assert.throws(() => parseCsv('a"b,c\r\n'), /quote inside an unquoted field/);
    assert.throws(() => parseCsv('"ab"c,d\r\n'), /after a closing quote/);
    assert.throws(() => parseCsv('"open,d\r\n'), /unterminated/);
    assert.throws(() => parseCsv('a,b\nc,d\r\n'), /bare LF/);
  });

  it('reads cells as a spreadsheet with another separator would', () => {
    assert.deepEqual(spreadsheetCells('a;"b;""c"d;e\r\nf', ';'), ['a', 'b;"cd', 'e', 'f']);
    assert.deepEqual(spreadsheetCells('x,"a;b"', ';'), ['x,"a', 'b"']);
  });
});

describe('readCsv', () => {
  it('reads an HR export: LF or CRLF, a BOM, quoted commas, quotes and line breaks, blank lines; each record with its line', () => {
    const text = '\uFEFFexternalId, displayName ,title\n"E-1","Lee, Sam","Staff ""SRE"""\r\n\nE-2,Rosa,"Head of\nPlatform"\nE-3,,\n';
    assert.deepEqual(readCsv(text), [
      { line: 2, cells: { externalId: 'E-1', displayName: 'Lee, Sam', title: 'Staff "SRE"' } },
      { line: 4, cells: { externalId: 'E-2', displayName: 'Rosa', title: 'Head of\nPlatform' } },
      { line: 6, cells: { externalId: 'E-3', displayName: '', title: '' } },
    ]);
  });

  it('reads back what csvRow writes', () => {
    const values = ['Lee, Sam', 'a "quote"', 'two\r\nlines', ''];
    const text = csvRow(['a', 'b', 'c', 'd']) + csvRow(values, { formulaGuard: false });
    assert.deepEqual(Object.values(readCsv(text)[0]!.cells), values);
  });

  it('names the line of a row with the wrong number of cells, or of an unclosed quote', () => {
    assert.throws(() => readCsv('a,b\n1,2\n3\n'), /^Error: line 3: 1 cells under a header of 2$/);
    assert.throws(() => readCsv('a,b\n1,"2\n'), /^Error: line 2: a quoted field is never closed$/);
    assert.throws(() => readCsv(''), /no header row/);
  });
});
