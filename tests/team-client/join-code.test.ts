import { describe, expect, it } from 'vitest';
import { normalizeJoinCode } from '../../src/protocol/join-code';

describe('a join code as the player types it', () => {
  it('is read without its case, dashes and spaces, as the server stores it', () => {
    expect(normalizeJoinCode('6CYJ44UNU4')).toBe('6CYJ44UNU4');
    expect(normalizeJoinCode('6cyj-44unu4')).toBe('6CYJ44UNU4');
    expect(normalizeJoinCode(' 6CYJ 44UNU4 ')).toBe('6CYJ44UNU4');
    expect(normalizeJoinCode('abcd - efgh')).toBe('ABCDEFGH');
  });

  it('drops the dashes a phone or a copied page puts in, and tabs or no-break spaces', () => {
    expect(normalizeJoinCode('ABCD–EFGH')).toBe('ABCDEFGH'); // en dash
    expect(normalizeJoinCode('ABCD—EFGH')).toBe('ABCDEFGH'); // em dash
    expect(normalizeJoinCode('ABCD\u2011EFGH')).toBe('ABCDEFGH'); // non-breaking hyphen
    expect(normalizeJoinCode('ABCD\u00a0EFGH\t')).toBe('ABCDEFGH');
  });

  it('keeps every other character, so that a wrong code stays wrong', () => {
    expect(normalizeJoinCode('ABCD_EFGH')).toBe('ABCD_EFGH');
    expect(normalizeJoinCode('ab.cd')).toBe('AB.CD');
    expect(normalizeJoinCode('- -')).toBe('');
  });
});
