// The CSV writer the export uses, field by field, and read back by a strict RFC 4180 parser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvField, csvRow } from '../csv.js';
import { parseCsv } from './helpers.js';

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
    assert.equal(csvField('\t=1'), "'\t=1");
    assert.equal(csvField('\r=1'), `"'\r=1"`);
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

describe('the test parser itself', () => {
  it('rejects what RFC 4180 does not allow', () => {
    assert.throws(() => parseCsv('a"b,c\r\n'), /quote inside an unquoted field/);
    assert.throws(() => parseCsv('"ab"c,d\r\n'), /after a closing quote/);
    assert.throws(() => parseCsv('"open,d\r\n'), /unterminated/);
    assert.throws(() => parseCsv('a,b\nc,d\r\n'), /bare LF/);
  });
});
