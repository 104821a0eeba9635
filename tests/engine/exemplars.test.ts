import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText } from '../support/problems';
import { loadScenario, play, routeTo, transcriptOf } from '../../src/engine';
import { WITH_ANALYSER } from '../support/analyser';
import { readScenarioFolder } from '../../src/library/scenario-folder';

const FILE = 'rippon-kondo.json';
const original = JSON.parse(readFileSync(`scenarios/${FILE}`, 'utf8'));

/** The Rippon file with these exemplars on its free-text step. */
function withExemplars(exemplars: unknown): ReturnType<typeof loadScenario> {
  const data = structuredClone(original);
  data.steps[0].freeText.exemplars = exemplars;
  return loadScenario(JSON.stringify(data, null, 2), FILE);
}
const messages = (r: ReturnType<typeof loadScenario>) =>
  r.ok ? [] : r.problems.map((p) => `${p.path}: ${problemText(p)}`);

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
      'steps[0].freeText.exemplars[0].verdict: must be one of "good", "weak", "harmful", not the text "great"',
    ]);
    expect(messages(withExemplars([{ locale: 'en', text: 'x'.repeat(281), verdict: 'good', why: 'x' }]))).toEqual([
      'steps[0].freeText.exemplars[0].text: may have at most 280 characters; this one has 281',
    ]);
    expect(messages(withExemplars([{ locale: 'en', text: '   ', verdict: 'good', why: 'x' }]))).toEqual([
      'steps[0].freeText.exemplars[0].text: must not be empty',
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

describe('the score orders every step’s reference replies as their author judged them', () => {
  const rank = { good: 2, weak: 1, harmful: 0 } as const;
  /** Every pair of a step's reference replies in one language where the author ranked one above the other, scored. */
  const pairs = readScenarioFolder('scenarios').entries.flatMap(({ scenario }) =>
    scenario.steps
      .filter((s) => (s.freeText?.exemplars ?? []).length > 1)
      .flatMap((step) => {
        const route = routeTo(scenario, step.id)!;
        return scenario.locales.flatMap((locale) => {
          const scored = step
            .freeText!.exemplars!.filter((e) => e.locale === locale)
            .map((e) => ({
              ...e,
              score: play(scenario, transcriptOf(scenario, [...route, { step: step.id, text: e.text, locale }]), 1, {
                ...WITH_ANALYSER,
                visibleReplies: 0,
              }).score.total,
            }));
          return scored.flatMap((a) =>
            scored
              .filter((b) => rank[b.verdict] < rank[a.verdict])
              .map((b) => ({ where: `${scenario.id}/${step.id} (${locale})`, better: a, worse: b })),
          );
        });
      }),
  );
  const describePair = (p: (typeof pairs)[number]) =>
    `${p.where}: ${p.better.verdict} “${p.better.text}” ${p.better.score} against ${p.worse.verdict} “${p.worse.text}” ${p.worse.score}`;

  it('puts every good reply above every weak and harmful one of its step', () => {
    const wrong = pairs.filter((p) => p.better.verdict === 'good' && p.better.score <= p.worse.score);
    expect(pairs.length).toBeGreaterThan(100);
    expect(wrong.map(describePair)).toEqual([]);
  });

  it('puts a harmful reply below a weak one in all but a few of the library’s pairs', () => {
    // The ones left need pragmatics a lexicon does not hold (a nickname that mocks, a taunt about money);
    // the closing figures name them, and this bound keeps them from growing.
    const weakPairs = pairs.filter((p) => p.better.verdict === 'weak');
    const wrong = weakPairs.filter((p) => p.better.score <= p.worse.score);
    expect(weakPairs.length).toBeGreaterThan(10);
    expect(wrong.length, wrong.map(describePair).join('\n')).toBeLessThanOrEqual(1);
  });
});
