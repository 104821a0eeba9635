/**
 * The runs the golden master records: every path of picked choices through a
 * scenario, and at every step that accepts writing a reply written in each
 * language, reached by the first path through that step and finished by the
 * first choice at each later step; and at every step with a thread, each answer to each asker
 * alone, on the first path through that step that posts. Pure, so Node and Chromium play the same list.
 */
import {
  allPaths,
  DEBRIEF,
  play,
  threadVariants,
  type Analyser,
  type Decision,
  type Locale,
  type Scenario,
  type Transcript,
} from '../../src/engine';

/** The seed every golden run is played with (it varies only the texture: which accounts reply, with which lines). */
export const GOLDEN_SEED = 1;

/** Replies written at each free-text step: an apology that moves the talk to a private channel in each language, and a joke. */
export const GOLDEN_REPLIES: { locale: Locale; text: string }[] = [
  {
    locale: 'en',
    text: "We're sorry, you're right to be upset. Thank you for telling us: we'll fix it today, and DM us if we can help 🙏",
  },
  { locale: 'en', text: "Haha we'd tell you which ones spark joy, but this is a family website 😂 @everyone" },
  {
    locale: 'fr',
    text: "Désolés, vous avez raison d'être agacés. Merci de nous l'avoir dit : on corrige ça aujourd'hui, écrivez-nous en privé si besoin 🙏",
  },
  {
    locale: 'it',
    text: 'Ci dispiace, avete ragione a essere arrabbiati. Grazie per avercelo detto: lo sistemiamo oggi, scriveteci in privato se serve 🙏',
  },
];

/** One recorded run: its transcript and seed. */
export interface GoldenCase {
  transcript: Transcript;
  seed: number;
}

/** Every run the golden master records for this scenario, in a fixed order (`analyser` reads the written replies). */
export function goldenCases(scenario: Scenario, analyser: Analyser): GoldenCase[] {
  const run = (decisions: Decision[]): GoldenCase => ({
    transcript: { scenarioId: scenario.id, scenarioVersion: scenario.version, decisions },
    seed: GOLDEN_SEED,
  });
  const paths = allPaths(scenario);
  const cases = paths.map(run);
  for (const step of scenario.steps.filter((s) => s.freeText)) {
    const through = paths.find((p) => p.some((d) => d.step === step.id));
    if (!through) continue;
    const prefix = through.slice(
      0,
      through.findIndex((d) => d.step === step.id),
    );
    for (const { locale, text } of GOLDEN_REPLIES) {
      const decisions: Decision[] = [...prefix, { step: step.id, text, locale }];
      // The written reply's branch is the engine's to say; the run then takes each later step's first choice.
      let next = play(scenario, run(decisions).transcript, GOLDEN_SEED, { visibleReplies: 0, analyser }).steps.at(
        -1,
      )!.next;
      const seen = new Set(decisions.map((d) => d.step));
      while (next !== DEBRIEF && !seen.has(next)) {
        const at = scenario.steps.find((s) => s.id === next)!;
        seen.add(next);
        decisions.push({ step: at.id, choice: at.choices[0]!.id });
        next = at.choices[0]!.next;
      }
      cases.push(run(decisions));
    }
  }
  for (const step of scenario.steps.filter((s) => s.thread)) {
    const through = paths.find((p) => p.some((d) => d.step === step.id && threadVariants(step, d.choice).length > 1));
    if (!through) continue;
    const at = through.findIndex((d) => d.step === step.id);
    for (const thread of threadVariants(step, through[at]!.choice).slice(1))
      cases.push(run(through.map((d, i) => (i === at ? { ...d, thread } : d))));
  }
  return cases;
}

/** One line of a golden file: the run and its whole outcome, as JSON. */
export function goldenLine(scenario: Scenario, c: GoldenCase, analyser: Analyser): string {
  return JSON.stringify({
    decisions: c.transcript.decisions,
    seed: c.seed,
    outcome: play(scenario, c.transcript, c.seed, { analyser }),
  });
}
