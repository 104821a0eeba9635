import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { play, type Outcome, type Scenario, type Transcript } from '../../src/engine';
import {
  decodeReplayLink,
  ReplayLinkError,
  replayLink,
  resolveReplay,
  type ReplayLinkErrorCode,
} from '../../src/replay-links/replay-link';
import { chained, loadFile, runOf } from '../engine/support/scenarios';
import { TEST_ANALYSER, WITH_ANALYSER } from '../support/analyser';

const rippon = loadFile('scenarios/rippon-kondo.json');
const prince = loadFile('scenarios/christmas-prince-53.json');
const broadcast = loadFile('scenarios/broadcast-or-conversation.json');
const library = [rippon, prince, broadcast];
const BASE = 'https://game.example.org/brandstorm/';
const SEED = 3_141_592_653;

function linkFor(scenario: Scenario, transcript: Transcript, seed = SEED): { link: string; outcome: Outcome } {
  const outcome = play(scenario, transcript, seed, WITH_ANALYSER);
  return { link: replayLink(BASE, transcript, seed, outcome), outcome };
}

function refusal(f: () => unknown): ReplayLinkError {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(ReplayLinkError);
    return err as ReplayLinkError;
  }
  throw new Error('the link was accepted');
}
const open = (link: string, scenarios: Scenario[] = library) =>
  resolveReplay(decodeReplayLink(link), scenarios, TEST_ANALYSER);
const code = (f: () => unknown): ReplayLinkErrorCode => refusal(f).code;

const fiveSteps = runOf(broadcast, 'book-now', 'push-again', 'scroll-past', 'sold-out');
const clock: Transcript = {
  ...runOf(prince),
  decisions: [
    { step: 'the-draft', choice: 'post-it' },
    { step: 'first-accusations', choice: 'say-nothing', timedOut: true },
    { step: 'delete-or-clarify', choice: 'delete-and-say-why' },
  ],
};
const written: Transcript = {
  ...runOf(rippon),
  decisions: [
    { step: 'the-joke', text: "@Adaripp We'd tell you which organs spark joy 😉 « à bientôt »", locale: 'en' },
  ],
};
// A thread answered by picking and by writing.
const threads: Transcript = {
  ...runOf(broadcast),
  decisions: [
    { step: 'monday-post', choice: 'answer-priya' },
    { step: 'the-replies', choice: 'play-along' },
    {
      step: 'friday-fans',
      choice: 'reward-her',
      thread: [
        { asker: 'sound-cut', answer: 'dm-omar' },
        { asker: 'costume-again', text: '@jules_reel Sunday 4pm, the lighthouse gets the best seat 🔦', locale: 'en' },
      ],
    },
    { step: 'sunday-wrap', choice: 'favourite-line' },
  ],
};

describe('a replay link', () => {
  it.each([
    ['a one-step run', rippon, runOf(rippon, 'corporate')],
    ['a run where the clock decided', prince, clock],
    ['a run with a written reply', rippon, written],
    ['a run through five steps', broadcast, fiveSteps],
    ['a run with a thread answered', broadcast, threads],
  ] as const)('replays %s to exactly the same outcome', (_what, scenario, transcript) => {
    const { link, outcome } = linkFor(scenario, transcript);
    expect(link.startsWith(`${BASE}#replay=1.`)).toBe(true);
    const replay = open(link);
    expect(replay.scenario).toBe(scenario);
    expect(replay.transcript).toEqual(transcript);
    expect(replay.seed).toBe(SEED);
    expect(replay.outcome).toEqual(outcome);
  });

  it('is short: a five-step run fits in a link of under two hundred characters', () => {
    const five = chained(rippon, 5);
    const { link, outcome } = linkFor(five, runOf(five, 'witty', 'corporate', 'warm', 'silent', 'edgy'));
    const fragment = link.slice(link.indexOf('#'));
    console.log(
      `replay link of a five-step run: ${fragment.length} characters after the address (${link.length} in all)`,
    );
    expect(fragment.length).toBeLessThan(200);
    expect(open(link, [five]).outcome).toEqual(outcome);
    // Only characters that survive being pasted into a message.
    expect(fragment).toMatch(/^#replay=[A-Za-z0-9+\-$.]+$/);
  });

  it('reads the same when the run is given without the address, or escaped by an app', () => {
    const { link, outcome } = linkFor(rippon, runOf(rippon, 'witty'));
    expect(open(link.slice(link.indexOf('#') + 1)).outcome).toEqual(outcome);
    expect(open(link.replace(/\$/g, '%24').replace(/\+/g, '%2B')).outcome).toEqual(outcome);
  });
});

describe('a damaged or foreign replay link is refused with a clear reason', () => {
  const { link } = linkFor(broadcast, fiveSteps);
  const data = link.slice(link.lastIndexOf('.') + 1);

  it('says a link cut short is truncated, wherever it was cut', () => {
    for (const cut of [1, 10, data.length / 2, data.length - 1].map(Math.floor)) {
      const e = refusal(() => decodeReplayLink(link.slice(0, link.length - cut)));
      expect(e.code).toBe('truncated');
      expect(e.message).toMatch(/cut short/);
    }
    expect(code(() => decodeReplayLink(`${BASE}#replay=`))).toBe('truncated');
    expect(code(() => decodeReplayLink(`${BASE}#replay=1`))).toBe('truncated');
    expect(code(() => decodeReplayLink(`${BASE}#replay=1.`))).toBe('truncated');
  });

  it('never plays another run when any one character is changed', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    const original = decodeReplayLink(link);
    const start = link.length - data.length;
    let refused = 0;
    for (let i = start; i < link.length; i++) {
      const other = alphabet[(alphabet.indexOf(link[i]!) + 7) % alphabet.length]!;
      const tampered = link.slice(0, i) + other + link.slice(i + 1);
      try {
        // Some final characters carry unused bits: the same run, or a refusal; never a different one.
        expect(decodeReplayLink(tampered)).toEqual(original);
      } catch (err) {
        expect(err).toBeInstanceOf(ReplayLinkError);
        expect((err as ReplayLinkError).code).toBe('tampered');
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(data.length - 3);
  });

  it('says which field is wrong when the content is not a run', () => {
    const forged = LZString.compressToEncodedURIComponent(
      JSON.stringify([1, 'rippon-kondo', 1, -4, ['witty'], 843, 'abc']),
    );
    const e = refusal(() => decodeReplayLink(`#replay=1.${forged.length}.${forged}`));
    expect(e.code).toBe('tampered');
    expect(e.message).toMatch(/^the replay link has been changed: seed: /);
    expect(
      code(() =>
        decodeReplayLink(`#replay=1.${data.length + 3}.${data}xyz`.replace(`${data.length + 3}`, `${data.length}`)),
      ),
    ).toBe('tampered');
  });

  it('refuses a link from a newer game', () => {
    const e = refusal(() => decodeReplayLink(link.replace('#replay=1.', '#replay=2.')));
    expect(e.code).toBe('link-format');
    expect(e.details.linkVersion).toBe(2);
  });

  it('says so when the scenario has changed since the run was played, instead of replaying something else', () => {
    const v = broadcast.version;
    const newer = { ...broadcast, version: v + 1 };
    const e = refusal(() => open(link, [newer]));
    expect(e.code).toBe('scenario-version');
    expect(e.message).toBe(
      `the run was played on version ${v} of "broadcast-or-conversation"; this game has version ${v + 1}`,
    );
    expect(e.details).toEqual({ scenarioId: 'broadcast-or-conversation', linkVersion: v, gameVersion: v + 1 });
  });

  it('says so when the game has no such scenario', () => {
    const e = refusal(() => open(link, [rippon]));
    expect(e.code).toBe('unknown-scenario');
    expect(e.message).toContain('"broadcast-or-conversation"');
  });

  it('refuses decisions that do not fit the scenario, and a score the run does not give', () => {
    const fake = { score: { total: 500 } } as Outcome;
    const wrongChoice = replayLink(
      BASE,
      { ...runOf(rippon), decisions: [{ step: 'the-joke', choice: 'sarcastic' }] },
      1,
      fake,
    );
    const e = refusal(() => open(wrongChoice));
    expect(e.code).toBe('invalid-run');
    expect(e.message).toContain('picks the choice "sarcastic", which step "the-joke" does not have');
    const unfinished = replayLink(BASE, runOf(prince, 'post-it'), 1, fake);
    expect(refusal(() => open(unfinished))).toMatchObject({
      code: 'invalid-run',
      message: expect.stringMatching(/: the run stops at step "[a-z-]+", before the debrief$/),
    });
    const inflated = replayLink(BASE, runOf(rippon, 'corporate'), 1, { score: { total: 999 } } as Outcome);
    const s = refusal(() => open(inflated));
    expect(s.code).toBe('score-mismatch');
    expect(s.message).toMatch(/scores \d+, not the 999/);
  });

  it('says when an address has no replay at all', () => {
    expect(code(() => decodeReplayLink(BASE))).toBe('no-replay');
  });
});
