import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText } from '../support/problems';
import { loadScenario, localize, LOCALES, type Scenario } from '../../src/engine';
import { withoutPlaceholders } from '../../src/engine/schema/figures';
import { loadCatalogues } from '../../src/i18n';
import { stepText } from '../../src/i18n/step-text';
import { createGameStore } from '../../src/store/game-store';
import { choose, figuresBefore, loadCatalog, reactionUntil, startRun } from '../../src/store/actions';
import { figuresAt } from '../../src/store/figures';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

function load(raw: string, file: string): Scenario {
  const loaded = loadScenario(raw, file);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => problemText(p)).join('\n'));
  return loaded.scenario;
}

/**
 * A count of what the trainee's own post drew, in words: "13 replies", "no likes", "a few likes",
 * "personne ne vous parle", "nessuna risposta". Facts from the sources (an article's figures) are
 * about other things (prices, viewers) and do not match.
 */
const OWN_COUNTS = [
  /\b(\d+|no|a few|few|zero|dozens of|hundreds of|thousands of)\s+(likes?|replies|reply|retweets?|reshares?|new followers)\b/i,
  /\bnobody is (talking|replying)\b/i,
  /\b(\d+|aucun|aucune|quelques|zéro|des centaines de|des milliers de)\s+(j[’']aime|réponses?|partages?|nouveaux abonnés)\b/i,
  /\bpersonne ne vous (parle|répond)\b/i,
  /\b(\d+|nessun|nessuna|qualche|pochi|poche|zero|centinaia di|migliaia di)\s+(mi piace|rispost[ae]|condivisioni|nuovi follower)\b/i,
  /\bnessuno vi (rivolge la parola|risponde)\b/i,
];

describe("a step's text that speaks of the previous post", () => {
  it('states no count of what the run drew, except by the placeholders the game fills (every library step, en/fr/it)', () => {
    const found: string[] = [];
    for (const file of files) {
      const scenario = load(readFileSync(`scenarios/${file}`, 'utf8'), file);
      for (const step of scenario.steps)
        for (const locale of LOCALES)
          for (const field of ['title', 'situation', 'prompt'] as const) {
            const text = withoutPlaceholders(localize(step[field], locale));
            if (OWN_COUNTS.some((re) => re.test(text))) found.push(`${file} ${step.id} ${field} (${locale}): ${text}`);
          }
    }
    expect(found).toEqual([]);
  });

  it('quotes the counts the reaction showed when the step came, in each language', async () => {
    await loadCatalogues();
    const raw = readFileSync('scenarios/broadcast-or-conversation.json', 'utf8');
    const store = createGameStore();
    await loadCatalog(store, async (url: string) => ({
      ok: true,
      status: 200,
      text: async () => (url.endsWith('index.json') ? '["broadcast-or-conversation.json"]' : raw),
    }));
    const scenario = store.getState().catalog.entries[0]!.scenario;
    const quiet = scenario.steps.find((s) => s.id === 'quiet-feed')!;
    for (const seed of [1, 2, 3]) {
      startRun(store, scenario.id, seed);
      choose(store, 'book-now');
      const run = store.getState().run!;
      const last = run.outcome!.steps.at(-1)!;
      const figures = figuresBefore(store)!;
      // The same counts the reaction's counters show when it stops at this decision.
      expect(figures).toEqual(figuresAt(run.outcome!, last, reactionUntil(store)));
      const replies = last.totals.replies.positive + last.totals.replies.neutral + last.totals.replies.negative;
      expect(figures.replies).toBeLessThanOrEqual(replies);
      const en = stepText(quiet.situation, 'en', figures);
      const count = (n: number, one: string, other: string, none: string) =>
        n === 0 ? none : `${new Intl.NumberFormat('en').format(n)} ${n === 1 ? one : other}`;
      expect(en).toContain(
        `Your Monday post has drawn ${count(figures.likes, 'like', 'likes', 'no likes')} and ${count(figures.replies, 'reply', 'replies', 'no replies')} so far.`,
      );
      expect(stepText(quiet.situation, 'fr', figures)).toMatch(
        /^Votre message de lundi a reçu jusqu’ici (aucun j’aime|[\d\u202f\u00a0]+ j’aime) et (aucune réponse|1 réponse|[\d\u202f\u00a0]+ réponses)\./,
      );
      expect(stepText(quiet.situation, 'it', figures)).toMatch(
        /^Il tuo post di lunedì ha raccolto finora (nessun mi piace|[\d.]+ mi piace) e (nessuna risposta|1 risposta|[\d.]+ risposte)\./,
      );
    }
    expect(stepText(quiet.situation, 'en', { likes: 0, replies: 1, reshares: 0, quotes: 0 })).toContain(
      'has drawn no likes and 1 reply so far.',
    );
  });

  it('refuses a placeholder the game does not fill, and one on the first step, in a sentence', () => {
    const raw = JSON.parse(readFileSync('scenarios/broadcast-or-conversation.json', 'utf8'));
    raw.steps.find((s: { id: string }) => s.id === 'quiet-feed').prompt.en = 'You have {followers} followers.';
    raw.steps[0].situation.en = 'Last week drew {likes} likes.';
    const loaded = loadScenario(JSON.stringify(raw), 'figures.json');
    expect(loaded.ok).toBe(false);
    const messages = loaded.ok ? [] : loaded.problems.map((p) => problemText(p));
    expect(messages.some((m) => m.includes('has the placeholder "{followers}"'))).toBe(true);
    expect(messages.some((m) => m.includes('quotes "{likes}", but it is the first step'))).toBe(true);
  });
});
