// The golden master: every path of every library scenario, and written replies in three
// languages at every step that accepts writing, must play to exactly the outcome recorded
// under tests/golden/outcomes/. A change of the model shows here as a difference to review;
// once reviewed, `npm run golden` records the new outcomes.
import { describe, expect, it } from 'vitest';
import { goldenCases, goldenLine } from '../golden/cases';
import { firstDifference, libraryFiles, readGolden } from '../golden/files';
import { loadFile } from './support/scenarios';
import { TEST_ANALYSER } from '../support/analyser';

describe('the golden master', () => {
  for (const file of libraryFiles()) {
    it(`plays every recorded run of ${file} to its recorded outcome, byte for byte`, () => {
      const scenario = loadFile(`scenarios/${file}`);
      const recorded = readGolden(scenario.id);
      expect(recorded, `no golden outcomes for ${scenario.id}: run npm run golden`).not.toBeNull();
      const cases = goldenCases(scenario, TEST_ANALYSER);
      expect(cases.length, 'the number of recorded runs').toBe(recorded!.length);
      const written = cases.filter((c) => c.transcript.decisions.some((d) => 'text' in d)).length;
      if (scenario.steps.some((s) => s.freeText)) expect(written).toBeGreaterThan(0);
      cases.forEach((c, i) => {
        const now = goldenLine(scenario, c, TEST_ANALYSER);
        if (now !== recorded![i]) {
          const route = c.transcript.decisions
            .map((d) => ('text' in d ? `written(${d.locale})` : d.choice))
            .join(' → ');
          expect.fail(`${scenario.id}, run ${i + 1} (${route}) differs at ${firstDifference(recorded![i]!, now)}`);
        }
      });
    }, 120_000);
  }
});
