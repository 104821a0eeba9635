import { describe, expect, it } from 'vitest';
import { KERNEL_MIXTURE, mixtureCdf, seismicCdf } from '../../src/engine/cascade/kernel';

describe("SEISMIC's memory kernel", () => {
  it('integrates to 1 with the published defaults', () => {
    expect(seismicCdf(Number.POSITIVE_INFINITY)).toBeCloseTo(1, 4);
  });

  it('has a median reaction delay of about 41 minutes, as the research notes report', () => {
    expect(seismicCdf(40 * 60)).toBeLessThan(0.5);
    expect(seismicCdf(42 * 60)).toBeGreaterThan(0.5);
  });

  it('is matched by its exponential mixture within 0.2% at every 15-minute mark up to 72 hours', () => {
    let worst = 0;
    for (let t = 900; t <= 72 * 3600; t += 900) worst = Math.max(worst, Math.abs(mixtureCdf(t) / seismicCdf(t) - 1));
    expect(worst).toBeLessThan(0.002);
    expect(KERNEL_MIXTURE.every((c) => c.weight >= 0)).toBe(true);
  });
});
