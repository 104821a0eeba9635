import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/server/csv';

const cell = (value: string) => toCsv(['x'], [[value]]).split('\r\n')[1];

describe('CSV exports opened in a spreadsheet', () => {
  it('defuse a formula even behind white space', () => {
    expect(cell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    for (const start of [' =1+1', '\t=1+1', '\n+1', '  -2', '\u00a0@SUM(A1)', '\u3000=1', '\uff1dcmd|calc'])
      expect(cell(start)).toBe(`"'${start}"`);
  });

  it('replace raw control characters, keeping tabs and line breaks inside a reply', () => {
    expect(cell('Nice\u0000 one\u001b[31m')).toBe('"Nice\ufffd one\ufffd[31m"');
    expect(cell('line one\nline\ttwo')).toBe('"line one\nline\ttwo"');
  });

  it('leave ordinary text alone', () => {
    expect(cell('Ada Lovelace')).toBe('"Ada Lovelace"');
    expect(cell('a-b = c')).toBe('"a-b = c"');
  });
});
