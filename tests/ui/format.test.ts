import { describe, expect, it } from 'vitest';
import { formatCount, formatDelta, formatSourceDate } from '../../scenes/ui/format';

describe('numbers and dates in the player\'s language', () => {
  it('groups digits the way each language does', () => {
    expect(formatCount(6_001_279, 'en')).toBe('6,001,279');
    expect(formatCount(6_001_279, 'fr')).toBe('6\u202f001\u202f279');
    expect(formatCount(6_001_279, 'it')).toBe('6.001.279');
  });

  it('signs a change with a real minus sign', () => {
    expect(formatDelta(1254, 'en')).toBe('+1,254');
    expect(formatDelta(-1348, 'en')).toBe('−1,348');
    expect(formatDelta(0, 'en')).toBe('0');
  });

  it('writes a source\'s date with the month\'s name', () => {
    expect(formatSourceDate('2019-02', 'en')).toBe('February 2019');
    expect(formatSourceDate('2019-02', 'fr')).toBe('février 2019');
    expect(formatSourceDate('2017-12-11', 'it')).toBe('11 dicembre 2017');
    expect(formatSourceDate('2011', 'en')).toBe('2011');
  });
});
