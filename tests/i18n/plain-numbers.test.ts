import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';

describe('a number a message prints as it is', () => {
  it('takes the decimal mark of the reader’s language', () => {
    expect(t('en', 'problem.shares-sum', { total: 1.55 })).toContain('add up to 1.55;');
    expect(t('fr', 'problem.shares-sum', { total: 1.55 })).toContain('totalisent 1,55');
    expect(t('it', 'problem.shares-sum', { total: 1.55 })).toContain('sommano a 1,55;');
  });

  it('is never grouped: a line of a file stays a line', () => {
    const place = { file: 'big.json', line: 12345, column: 7, path: 'none', message: '…' };
    expect(t('it', 'problem.place', place)).toBe('big.json:12345:7  …');
    expect(t('en', 'problem.place', place)).toBe('big.json:12345:7  …');
  });

  it('leaves plurals to the plural rules, with the number they print', () => {
    expect(t('fr', 'threadLapsed', { n: 1 })).toContain('1 commentaire qui vous interpellait est resté');
    expect(t('fr', 'threadLapsed', { n: 2 })).toContain('2 commentaires qui vous interpellaient sont restés');
  });
});
