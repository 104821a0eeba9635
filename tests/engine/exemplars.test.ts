import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine';
import { readScenarioFolder } from '../../src/library/scenario-folder';

const FILE = 'rippon-kondo.json';
const original = JSON.parse(readFileSync(`scenarios/${FILE}`, 'utf8'));

/** The Rippon file with these exemplars on its free-text step. */
function withExemplars(exemplars: unknown): ReturnType<typeof loadScenario> {
  const data = structuredClone(original);
  data.steps[0].freeText.exemplars = exemplars;
  return loadScenario(JSON.stringify(data, null, 2), FILE);
}
const messages = (r: ReturnType<typeof loadScenario>) => (r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`));

describe('reference replies on a step that accepts writing', () => {
  it('are read with their language, verdict and reason', () => {
    const r = withExemplars([
      {
        locale: 'fr',
        text: '  Marie Kondo remercierait chaque organe ❤ ',
        verdict: 'good',
        why: 'drôle, chaleureux, sans vulgarité',
      },
    ]);
    expect(r.ok && r.scenario.steps[0]!.freeText!.exemplars).toEqual([
      {
        locale: 'fr',
        text: 'Marie Kondo remercierait chaque organe ❤',
        verdict: 'good',
        why: 'drôle, chaleureux, sans vulgarité',
      },
    ]);
  });

  it('are refused with a message an author understands', () => {
    expect(messages(withExemplars([{ locale: 'en', text: 'ok', verdict: 'great', why: 'x' }]))).toEqual([
      'steps[0].freeText.exemplars[0].verdict: judge the reply: "good", "weak", "harmful"',
    ]);
    expect(messages(withExemplars([{ locale: 'en', text: 'x'.repeat(281), verdict: 'good', why: 'x' }]))).toEqual([
      'steps[0].freeText.exemplars[0].text: a reference reply must fit the feed: at most 280 characters',
    ]);
    expect(messages(withExemplars([{ locale: 'en', text: '   ', verdict: 'good', why: 'x' }]))).toEqual([
      'steps[0].freeText.exemplars[0].text: write the reply: it must not be empty',
    ]);
  });

  it('are given to every step of the library that accepts writing, a good and a harmful one in each of its languages', () => {
    for (const { scenario } of readScenarioFolder('scenarios').entries) {
      for (const step of scenario.steps.filter((s) => s.freeText)) {
        for (const locale of scenario.locales) {
          const verdicts = (step.freeText!.exemplars ?? []).filter((e) => e.locale === locale).map((e) => e.verdict);
          expect(verdicts, `${scenario.id}/${step.id} (${locale})`).toContain('good');
          expect(verdicts, `${scenario.id}/${step.id} (${locale})`).toContain('harmful');
        }
      }
    }
  });
});
