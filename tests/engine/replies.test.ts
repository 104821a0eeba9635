// The simulated audience answers what was posted: its lines fit the post and the run
// before it, no line comes back within a screenful, each account says one thing, and a
// written reply's own words are quoted back.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText } from '../support/problems';
import {
  allPaths,
  linePool,
  loadScenario,
  LOCALES,
  play,
  replyLine,
  WINDOW,
  type Decision,
  type Outcome,
  type Scenario,
  type StepOutcome,
  type TaggedReplyLine,
} from '../../src/engine';
import { WITH_ANALYSER } from '../support/analyser';
import { loadFile, runOf } from './support/scenarios';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

/** Every step and choice of a scenario, each reached along the first path that makes it, and written reference replies. */
function everyDecision(scenario: Scenario): { label: string; decisions: Decision[] }[] {
  const seen = new Set<string>();
  const out: { label: string; decisions: Decision[] }[] = [];
  for (const path of allPaths(scenario)) {
    path.forEach((d, i) => {
      const key = `${d.step}/${d.choice}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ label: key, decisions: path.slice(0, i + 1) });
      // The step's reference replies, written after the same route: their moves too must be answered rightly.
      const step = scenario.steps.find((s) => s.id === d.step)!;
      for (const [n, e] of (step.freeText?.exemplars ?? []).entries()) {
        const key = `${d.step}/written-${n}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          label: `${key} (${e.verdict}, ${e.locale}: ${e.text})`,
          decisions: [...path.slice(0, i), { step: d.step, text: e.text, locale: e.locale }],
        });
      }
    });
  }
  return out;
}

/** What the step's post carries, as the tags name it: features from 0.3, and the moves read in a written reply. */
function carriedBy(step: StepOutcome): Set<string> {
  const carried = new Set<string>(
    Object.entries(step.features)
      .filter(([, v]) => v >= 0.3)
      .map(([k]) => k),
  );
  for (const m of step.written?.moves ?? []) carried.add(m.move);
  return carried;
}

/** Why a line may not answer this step of the run, or null when it may. */
function contradiction(line: TaggedReplyLine, outcome: Outcome, index: number): string | null {
  const step = outcome.steps[index]!;
  const now = carriedBy(step);
  const earlier = new Set(outcome.steps.slice(0, index).flatMap((s) => [...carriedBy(s)]));
  const missing = (line.requires ?? []).filter((a) => !now.has(a));
  if (missing.length > 0) return `requires ${missing.join(', ')}`;
  if (line.anyOf && !line.anyOf.some((a) => now.has(a))) return `needs one of ${line.anyOf.join(', ')}`;
  const against = (line.contradicts ?? []).filter((a) => now.has(a));
  if (against.length > 0) return `contradicts ${against.join(', ')}`;
  if (line.steps && !line.steps.includes(step.step)) return `belongs to ${line.steps.join(', ')}`;
  if (line.after && !outcome.steps.slice(0, index).some((s) => line.after!.includes(s.step)))
    return `comes after ${line.after.join(', ')}`;
  const notYet = (line.earlier ?? []).filter((a) => !earlier.has(a));
  if (notYet.length > 0) return `needs an earlier post with ${notYet.join(', ')}`;
  return null;
}

describe('replies composed from what was posted', () => {
  for (const file of files) {
    describe(file, () => {
      const scenario = loadFile(`scenarios/${file}`);
      const pool = linePool(scenario);
      const runs = everyDecision(scenario).flatMap(({ label, decisions }) =>
        [1, 2, 3].map((seed) => ({
          label: `${label}, seed ${seed}`,
          outcome: play(
            scenario,
            { scenarioId: scenario.id, scenarioVersion: scenario.version, decisions },
            seed,
            WITH_ANALYSER,
          ),
        })),
      );

      it('says no line whose tags contradict the post, in the first 40 replies to every step and choice', () => {
        let checked = 0;
        for (const { label, outcome } of runs) {
          const last = outcome.steps.length - 1;
          for (const reply of outcome.steps[last]!.replies.slice(0, 40)) {
            const line = pool.lines[reply.line]!.line;
            const why = contradiction(line, outcome, last);
            if (why) expect.fail(`${label}: "${replyLine(scenario, reply, 'en')}" ${why}`);
            checked++;
          }
        }
        expect(checked).toBeGreaterThan(0);
      });

      it('repeats no line within 10 replies in a row, in the 40 shown and in a storm of 400', () => {
        for (const { label, outcome } of runs) {
          for (const s of outcome.steps) expectNoRepeat(scenario, s, label);
        }
        for (const { label, decisions } of everyDecision(scenario).slice(0, 6)) {
          const storm = play(scenario, { scenarioId: scenario.id, scenarioVersion: scenario.version, decisions }, 9, {
            ...WITH_ANALYSER,
            visibleReplies: 400,
          });
          for (const s of storm.steps) expectNoRepeat(scenario, s, `${label}, 400 replies`);
        }
      });

      it('gives each reply of a reaction its own account: no name twice', () => {
        for (const { label, decisions } of everyDecision(scenario).slice(0, 6)) {
          const storm = play(scenario, { scenarioId: scenario.id, scenarioVersion: scenario.version, decisions }, 4, {
            ...WITH_ANALYSER,
            visibleReplies: 400,
          });
          for (const s of storm.steps) {
            const names = s.replies.map((r) => r.name);
            expect(new Set(names).size, `${label}, ${s.step}`).toBe(names.length);
          }
        }
      });
    });
  }
});

function expectNoRepeat(scenario: Scenario, step: StepOutcome, label: string): void {
  const texts = step.replies.map((r) => replyLine(scenario, r, 'en'));
  for (let i = 0; i < texts.length; i++) {
    const again = texts.slice(i + 1, i + WINDOW).indexOf(texts[i]!);
    if (again >= 0) expect.fail(`${label}, ${step.step}: "${texts[i]}" at replies ${i + 1} and ${i + 2 + again}`);
  }
}

describe('what the issue saw, answered', () => {
  const seeds = Array.from({ length: 25 }, (_, i) => i + 1);
  const said = (scenario: Scenario, choices: string[], at = choices.length - 1) =>
    seeds.flatMap((seed) =>
      play(scenario, runOf(scenario, ...choices), seed).steps[at]!.replies.map((r) => replyLine(scenario, r, 'en')),
    );

  it("never calls Rippon's innuendo clean", () => {
    const rippon = loadFile('scenarios/rippon-kondo.json');
    for (const choice of ['witty', 'edgy'])
      expect(said(rippon, [choice])).not.toContain('Clever AND clean. Well played.');
  });

  it('thanks no one for dropping Qwikster at its launch', () => {
    const qwikster = loadFile('scenarios/qwikster-2011.json');
    for (const choice of ['post-as-drafted', 'announce-without-handle'])
      expect(said(qwikster, [choice]).join('\n')).not.toMatch(/actually listening/);
    // Where the brand does drop it, members may.
    expect(said(qwikster, ['check-first', 'say-not-us', 'answer-the-complaint', 'you-were-right']).join('\n')).toMatch(
      /actually listening/,
    );
  });

  it('quotes no "I messed up" before an apology has been made', () => {
    const prices = loadFile('scenarios/price-hike-apology-2011.json');
    for (const path of [
      ['just-announce'],
      ['explain-the-reasons', 'answer-one-by-one'],
      ['just-announce', 'canned-reply', 'no-apology'],
    ]) {
      expect(said(prices, path).join('\n'), path.join(' → ')).not.toMatch(/messed up/);
    }
  });

  it("calls no helpful answer an ad, and meets a sincere fix with no 'burn'", () => {
    const cinema = loadFile('scenarios/broadcast-or-conversation.json');
    expect(said(cinema, ['book-now', 'answer-mo'])).not.toContain('cool ad. anyone home?');
    const wendys = loadFile('scenarios/wendys-sassy-voice.json');
    expect(said(wendys, ['defend-the-fries', 'fix-it-in-voice']).join('\n')).not.toMatch(/burn/);
  });
});

describe('a written reply quoted back', () => {
  const rippon = loadFile('scenarios/rippon-kondo.json');
  const texts = {
    en: '@Adaripp Marie would check which organs spark joy, but this is a family website 😉',
    fr: '@Adaripp Marie vérifierait quels organes suscitent la joie, mais on est sur un site familial 😉',
    it: '@Adaripp Marie controllerebbe quali organi danno gioia, ma questo è un sito per famiglie 😉',
  };

  for (const locale of LOCALES) {
    it(`quotes words of a written reply in ${locale}, in every language the feed is read in`, () => {
      for (const seed of [1, 2, 3, 4, 5]) {
        const outcome = play(
          rippon,
          {
            scenarioId: rippon.id,
            scenarioVersion: rippon.version,
            decisions: [{ step: 'the-joke', text: texts[locale], locale }],
          },
          seed,
          WITH_ANALYSER,
        );
        const quoting = outcome.steps[0]!.replies.slice(0, 40).filter((r) => r.quote !== undefined);
        expect(quoting.length, `seed ${seed}`).toBeGreaterThan(0);
        for (const r of quoting) {
          expect(texts[locale]).toContain(r.quote);
          for (const feed of LOCALES) expect(replyLine(rippon, r, feed)).toContain(r.quote);
        }
      }
    });
  }

  it('quotes nothing of a picked reply, whose words the analyser did not read', () => {
    const outcome = play(rippon, runOf(rippon, 'witty'), 1);
    expect(
      outcome.steps[0]!.replies.every((r) => r.quote === undefined && !replyLine(rippon, r, 'en').includes('{quote}')),
    ).toBe(true);
  });
});

describe('tagged reply lines in a scenario file', () => {
  const source = (lines: unknown[]) => {
    const file = JSON.parse(JSON.stringify(loadFile('scenarios/rippon-kondo.json'))) as {
      audience: { segments: { replies?: unknown }[] };
    };
    file.audience.segments[0]!.replies = { positive: lines };
    return JSON.stringify(file, null, 2);
  };

  it('accepts plain lines and tagged ones', () => {
    const result = loadScenario(
      source(['Nice.', { text: { en: 'Ha', fr: 'Ha', it: 'Ah' }, requires: ['humour'], steps: ['the-joke'] }]),
      'tagged.json',
    );
    expect(result.ok).toBe(true);
  });

  it('names what is wrong with a tag, for the instructor', () => {
    const messages = (lines: unknown[]) => {
      const result = loadScenario(source(lines), 'tagged.json');
      return result.ok ? [] : result.problems.map((p) => `${p.path}: ${problemText(p)}`);
    };
    expect(messages([{ text: 'Ha', requires: ['humor'] }]).join('\n')).toMatch(
      /requires\[0\]: must be one of: "humour", "edge"/,
    );
    expect(messages([{ text: 'Ha', steps: ['the-jokes'] }]).join('\n')).toMatch(
      /no step has the id "the-jokes"; name one of "the-joke"/,
    );
    expect(messages([{ text: { en: '“{quote}” lol', fr: 'mdr', it: 'ahah' } }]).join('\n')).toMatch(
      /put "\{quote\}" in every language of the line, or in none/,
    );
  });
});
