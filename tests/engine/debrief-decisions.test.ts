import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allPaths,
  CHECK_ONLY,
  LOCALES,
  type Locale,
  play,
  transcriptOf,
  type Outcome,
  type Scenario,
  type SegmentReaction,
} from '../../src/engine';
import { explainBand, explainDecisions, reconcile } from '../../src/i18n/decisions';
import { explainPart, stepTitle } from '../../src/i18n/debrief';
import { weightedSentiment } from '../../src/engine/score/sentiment';
import { loadFile, runOf } from './support/scenarios';

const library: Scenario[] = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .map((f) => loadFile(`scenarios/${f}`));
const wendys = library.find((s) => s.id === 'wendys-sassy-voice')!;
const rippon = library.find((s) => s.id === 'rippon-kondo')!;

/** Every path of a scenario, played once for its score (no replies drawn: the score does not depend on them). */
const played = new Map<string, Outcome[]>();
function playedPaths(scenario: Scenario): Outcome[] {
  if (!played.has(scenario.id))
    played.set(
      scenario.id,
      allPaths(scenario).map((decisions) => play(scenario, transcriptOf(scenario, decisions), 1, CHECK_ONLY)),
    );
  return played.get(scenario.id)!;
}
const against = (o: Outcome) => o.score.band.reasons.filter((r) => r.key === 'band-against').map((r) => r.step);

describe('the debrief, decision by decision', () => {
  it("names Wendy's roast of the rival's customers, though the run's total is high", () => {
    const outcome = play(wendys, runOf(wendys, 'defend-the-fries', 'fix-it-in-voice', 'mock-their-customers'), 1);
    // Higher than most runs that never go against the lesson: the total alone would not say it.
    expect(outcome.score.total).toBeGreaterThan(600);
    const lines = explainDecisions(wendys, outcome, 'en');
    expect(lines.map((l) => l.verdict)).toEqual(['follows', 'follows', 'against']);
    expect(lines[2]).toMatchObject({ title: 'A rival joins in', posted: 'You chose “Roast the people who eat there”' });
    expect(lines[2]!.lesson).toMatch(/^Went against the lesson: mocking customers/);
    expect(lines[2]!.reactions).toContain('Families: outrage');
    expect(explainDecisions(wendys, outcome, 'fr')[2]!.lesson).toMatch(
      /^À l’encontre de la leçon\u00a0: la moquerie envers les clients/,
    );
    expect(explainDecisions(wendys, outcome, 'it')[2]!.lesson).toMatch(
      /^Contro la lezione: la presa in giro dei clienti/,
    );
    // The lesson part names it first, before what the replies did well.
    const lesson = explainPart(wendys, outcome.score.parts.find((p) => p.id === 'lesson')!, 'en');
    expect(lesson[0]).toBe('At “A rival joins in”, your reply went against the lesson');
  });

  it('names, in every library scenario, the decision against the lesson of its highest-scoring such path', () => {
    for (const scenario of library) {
      const worst = playedPaths(scenario)
        .filter((o) => against(o).length > 0)
        .sort((a, b) => b.score.total - a.score.total)[0]!;
      for (const locale of LOCALES) {
        const lines = explainDecisions(scenario, worst, locale);
        const named = lines.filter((l) => l.verdict === 'against').map((l) => l.step);
        expect(named, `${scenario.id} (${locale})`).toEqual(against(worst));
        expect(explainBand(scenario, worst.score.band, locale).reasons.length).toBeGreaterThanOrEqual(named.length);
      }
    }
  });

  it('says what a silent decision posted and why silence went against the lesson', () => {
    const prince = library.find((s) => s.id === 'christmas-prince-53')!;
    const outcome = play(prince, runOf(prince, 'we-see-you', 'say-nothing', 'delete-quietly'), 1);
    const [, second] = explainDecisions(prince, outcome, 'en');
    expect(second).toMatchObject({
      posted: 'You chose “Say nothing and let it blow over”: nothing was posted',
      verdict: 'against',
      lesson: 'Went against the lesson: saying nothing',
    });
  });
});

describe("the answers in a decision's thread", () => {
  /** Wendy's run with the first step's thread answered as given. */
  const answered = (thread: { asker: string; answer: string }[]) => {
    const run = runOf(wendys, 'defend-the-fries', 'fix-it-in-voice', 'back-to-the-customer');
    run.decisions[0] = { ...run.decisions[0]!, thread };
    return play(wendys, run, 3);
  };

  it('names an answer that mocks a customer as going against the lesson, and who was left unanswered', () => {
    const outcome = answered([{ asker: 'fries-question', answer: 'snap-back' }]);
    const [first, second] = explainDecisions(wendys, outcome, 'en');
    expect(first!.thread).toEqual({
      text: expect.stringMatching(
        /^In the thread: Tasha Greene: answered, against the lesson \(mocking[^)]*\) · Kev Duarte: left unanswered$/,
      ),
      against: true,
    });
    // The post itself followed the lesson: its own verdict stands beside the thread's.
    expect(first!.verdict).not.toBe('against');
    expect(second!.thread).toBeNull();
    // Snapping at a customer keeps the run out of the top band, and the band says why.
    const kind = answered([{ asker: 'fries-question', answer: 'make-it-right' }]);
    expect(kind.score.total).toBeGreaterThan(outcome.score.total);
    expect(outcome.score.band.id).not.toBe('strong');
    expect(explainBand(wendys, outcome.score.band, 'en').reasons).toContain(
      `An answer to the replies after “${stepTitle(wendys, 'the-dare', 'en')}” went against the lesson`,
    );
  });

  it('says a kind answer followed the lesson, and a private one was private, in each language', () => {
    const outcome = answered([
      { asker: 'fries-question', answer: 'dm-her' },
      { asker: 'roast-my-brother', answer: 'wink-at-brother' },
    ]);
    const line = (locale: Locale) => explainDecisions(wendys, outcome, locale)[0]!.thread!;
    expect(line('en')).toMatchObject({ against: false });
    expect(line('en').text).toMatch(
      /Tasha Greene: answered in private messages, .*· Kev Duarte: answered, in the lesson’s way/,
    );
    expect(line('fr').text).toMatch(
      /^Dans le fil\u00a0: Tasha Greene\u00a0: réponse en message privé, .*· Kev Duarte\u00a0: réponse publique, dans le sens de la leçon/,
    );
    expect(line('it').text).toMatch(
      /^Nel thread: Tasha Greene: risposta in privato, .*· Kev Duarte: risposta pubblica, in linea con la lezione/,
    );
  });
});

describe('the overall sentiment', () => {
  const shares = rippon.audience.segments.map((s) => s.id);
  const reaction = (segment: string, valence: number, likes: number): SegmentReaction =>
    ({
      segment,
      valence,
      likes,
      exposures: likes * 20,
      replies: { positive: 0, neutral: 0, negative: 0 },
      reshares: 0,
      quotes: 0,
      follows: 0,
      unfollows: 0,
      appraisal: 0,
      terms: {},
      trustBefore: 0.5,
      trustAfter: 0.5,
    }) as unknown as SegmentReaction;

  it('is negative when the segments holding most of the followers are angry, however many likes the others give', () => {
    // Rippon's young streamers (35%) love it and like it thousands of times; the other four (65%) are angry and barely react.
    const segments = shares.map((id, i) => (i === 0 ? reaction(id, 0.9, 5000) : reaction(id, -0.5, 10)));
    const likes = segments.reduce((n, s) => n + s.likes, 0);
    expect(likes).toBeGreaterThan(4000); // counted by reactions, the mood would read warm
    expect(weightedSentiment(rippon, segments)).toBeLessThan(0);
    expect(weightedSentiment(rippon, segments)).toBeCloseTo(0.35 * 0.9 - 0.65 * 0.5, 10);
  });

  it("is, for every step played, the segments' valences weighted by their share", () => {
    const outcome = play(wendys, runOf(wendys, 'defend-the-fries', 'fix-it-in-voice', 'mock-their-customers'), 1);
    for (const step of outcome.steps) {
      const expected = wendys.audience.segments.reduce(
        (sum, seg) => sum + seg.share * step.segments.find((s) => s.segment === seg.id)!.valence,
        0,
      );
      expect(step.sentiment).toBeCloseTo(expected, 10);
    }
  });
});

describe('the sentence that reconciles followers won with trust lost', () => {
  it('names who followed and who trusts the brand less, and the decision that cost it, in each language', () => {
    const outcome = play(rippon, runOf(rippon, 'edgy'), 1);
    const followers = explainPart(rippon, outcome.score.parts.find((p) => p.id === 'followers')!, 'en');
    const trust = explainPart(rippon, outcome.score.parts.find((p) => p.id === 'trust')!, 'en');
    // The two lines that seem to contradict each other.
    expect(followers[0]).toMatch(/^Young streamers loved it: \+/);
    expect(trust.some((l) => l.startsWith('Families trust the brand less'))).toBe(true);
    expect(reconcile(rippon, outcome, 'en')).toBe(
      "Both are true: the new followers came mostly from the group “Young streamers”, while trust fell in the group “Families”, above all at “Adam Rippon's joke”.",
    );
    expect(reconcile(rippon, outcome, 'fr')).toBe(
      'Les deux sont vrais\u00a0: les nouveaux abonnés viennent surtout du groupe «\u202FJeunes abonnés du streaming\u202F», tandis que la confiance a reculé dans le groupe «\u202FFamilles\u202F», surtout à l’étape «\u202FLa blague d’Adam Rippon\u202F».',
    );
    expect(reconcile(rippon, outcome, 'it')).toMatch(
      /^Sono vere entrambe le cose: i nuovi follower vengono soprattutto dal gruppo «Giovani appassionati di streaming», mentre la fiducia è calata nel gruppo «Famiglie»/,
    );
  });

  it('says nothing when followers and trust do not pull apart', () => {
    // Silence wins no follower and loses no trust where nobody is angry.
    expect(reconcile(rippon, play(rippon, runOf(rippon, 'silent'), 1), 'en')).toBeNull();
  });
});

describe('the bands', () => {
  it('never put a path that goes against the lesson in the top band, in any library scenario', () => {
    for (const scenario of library) {
      for (const outcome of playedPaths(scenario)) {
        if (against(outcome).length > 0)
          expect(outcome.score.band.id, `${scenario.id}: ${outcome.steps.map((s) => s.choice).join(' → ')}`).not.toBe(
            'strong',
          );
      }
    }
  });

  it("separate each scenario's paths: the lesson's path is strong, and some path is harmful", () => {
    for (const scenario of library) {
      const outcomes = playedPaths(scenario);
      const taught = outcomes.find((o) => o.steps.map((s) => s.choice).join() === scenario.debrief.bestPath!.join())!;
      expect(taught.score.band.id, scenario.id).toBe('strong');
      expect(
        outcomes.some((o) => o.score.band.id === 'harmful'),
        scenario.id,
      ).toBe(true);
    }
  });

  it('say why, in each language', () => {
    const edgy = play(rippon, runOf(rippon, 'edgy'), 1);
    expect(explainBand(rippon, edgy.score.band, 'en')).toEqual({
      title: 'Harmful run',
      reasons: ["At “Adam Rippon's joke”, the decision went against the lesson"],
    });
    expect(explainBand(rippon, edgy.score.band, 'fr').title).toBe('Parcours nuisible');
    expect(explainBand(rippon, edgy.score.band, 'it').title).toBe('Percorso dannoso');
    const witty = play(rippon, runOf(rippon, 'witty'), 1);
    expect(explainBand(rippon, witty.score.band, 'en')).toEqual({
      title: 'Strong run',
      reasons: ['No decision went against the lesson, and the audience agreed'],
    });
    const silent = play(rippon, runOf(rippon, 'silent'), 1);
    expect(explainBand(rippon, silent.score.band, 'en')).toEqual({
      title: 'Mixed run',
      reasons: ['The total is under 700 points', 'Fewer than half of the decisions followed the lesson'],
    });
  });
});
