// The Italian interface speaks to the trainee as "tu" (Scegli, Scrivi la tua risposta): a scenario's
// own texts must not switch to "voi" between screens. What the brand or its audience say (posts,
// replies, feed posts, reference replies) keep their "voi" to the followers: they are not read here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenarioFolder } from '../../src/library/scenario-folder';
import { problemText } from '../support/problems';
import type { Scenario } from '../../src/engine/schema/scenario';
import { loadScenario } from '../../src/engine/schema/load';
import type { Text } from '../../src/engine/schema/text';

/** Second-person plural forms that, in a text addressed to one trainee, give the switch away. */
const PLURAL_YOU = [
  'voi',
  'vi',
  've',
  'vostro',
  'vostra',
  'vostri',
  'vostre',
  'avete',
  'siete',
  'avevate',
  'eravate',
  'gestite',
  'rispondete',
  'rispondiate',
  'pubblicate',
  'pubblichiate',
  'scegliete',
  'fate',
  'dite',
  'potete',
  'volete',
  'dovete',
  'sapete',
  'riusciate',
  'fermiate',
  'controllate',
  'cambiate',
  'ridete',
  'promettete',
  'mantenete',
  'sorprendete',
  'ascoltate',
  'vedrete',
  'incontrerete',
  'prenderete',
  'capirete',
];

/** A marker as a whole word, also after an elided article or pronoun ("l’avete promesso"). */
const MARKER = new RegExp(`(?<!\\p{L})(${PLURAL_YOU.join('|')})(?!\\p{L})`, 'giu');

/**
 * A scenario's texts that the game addresses to the trainee, by JSON path: the briefing, the
 * steps' situations, prompts, option labels and notes, the thread's question, the debrief.
 */
function trainee(scenario: Scenario): [string, Text][] {
  return [
    ['title', scenario.title],
    ['summary', scenario.summary],
    ['briefing', scenario.briefing],
    ...scenario.steps.flatMap((step, s): [string, Text][] => [
      [`steps[${s}].title`, step.title],
      [`steps[${s}].situation`, step.situation],
      [`steps[${s}].prompt`, step.prompt],
      ...step.feed.flatMap((item, f): [string, Text][] =>
        item.note === undefined ? [] : [[`steps[${s}].feed[${f}].note`, item.note]],
      ),
      ...step.choices.map((choice, c): [string, Text] => [`steps[${s}].choices[${c}].label`, choice.label]),
      ...(step.thread
        ? [
            [`steps[${s}].thread.prompt`, step.thread.prompt] as [string, Text],
            ...step.thread.askers.flatMap((asker, a) =>
              asker.answers.map((answer, n): [string, Text] => [
                `steps[${s}].thread.askers[${a}].answers[${n}].label`,
                answer.label,
              ]),
            ),
          ]
        : []),
    ]),
    ['debrief.outcome', scenario.debrief.outcome],
    ['debrief.lesson', scenario.debrief.lesson],
  ];
}

/** The plural forms of a text, outside quotations (« » and “ ”), which may give the brand's or a source's own words. */
function pluralYou(text: string): string[] {
  const unquoted = text.replace(/«[^»]*»/g, ' ').replace(/“[^”]*”/g, ' ');
  return [...unquoted.matchAll(MARKER)].map((m) => m[1] ?? '');
}

/** Every "voi" addressed to the trainee in a scenario, as "scenario path: «word» in text". */
function slips(scenario: Scenario): string[] {
  if (!scenario.locales.includes('it')) return [];
  return trainee(scenario).flatMap(([path, text]) => {
    if (typeof text === 'string' || text.it === undefined) return [];
    return pluralYou(text.it).map((word) => `${scenario.id} ${path}: «${word}» in “${text.it}”`);
  });
}

const library = readScenarioFolder('scenarios').entries.map((e) => e.scenario);

/** The example the authoring guide walks through, which a new author copies. */
function documentedExample(): Scenario {
  const loaded = loadScenario(readFileSync('docs/examples/cold-fries.json', 'utf8'), 'cold-fries.json');
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => problemText(p)).join('\n'));
  return loaded.scenario;
}

describe('the Italian texts addressed to the trainee', () => {
  it('reads the whole library', () => {
    expect(library.length).toBeGreaterThanOrEqual(7);
    expect(library.filter((s) => s.locales.includes('it')).length).toBeGreaterThanOrEqual(7);
  });

  it.each([...library, documentedExample()].map((s) => [s.id, s] as const))(
    '%s speaks to the trainee as "tu"',
    (_, scenario) => {
      const found = slips(scenario);
      expect(found, `"voi" addressed to the trainee:\n${found.join('\n')}`).toEqual([]);
    },
  );
});

describe('the plural "you" finder', () => {
  it('finds the verbs, pronouns and possessives of "voi"', () => {
    expect(pluralYou('Gestite l’account di Netflix US')).toEqual(['Gestite']);
    expect(pluralYou('Qual è il vostro primo post della settimana? Cosa fate?')).toEqual(['vostro', 'fate']);
    expect(pluralYou('i vostri follower guardano se ve ne accorgete')).toEqual(['vostri', 've']);
    expect(pluralYou('I fan a cui l’avevate promesso vi rinfacciano la promessa')).toEqual(['avevate', 'vi']);
  });

  it('leaves "tu", and words that merely contain a marker, alone', () => {
    expect(pluralYou('Gestisci l’account di Netflix US. Qual è il tuo primo post? Cosa fai?')).toEqual([]);
    expect(pluralYou('La rete, la sete, le date del tour, avevi promesso, vivere')).toEqual([]);
  });

  it('leaves quotations of the brand and of sources alone', () => {
    expect(pluralYou('Il brand scrive «Guardate il film, vi piacerà» e l’articolo dice “non dovete”.')).toEqual([]);
  });
});
