import { describe, expect, it } from 'vitest';
import { formatCount, formatDelta } from '../../scenes/ui/format';

describe("numbers in the player's language", () => {
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
});
