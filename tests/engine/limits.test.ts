import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText, worded } from '../support/problems';
import { allPaths, bestContinuation, checkScenario, loadScenario, type Scenario } from '../../src/engine';
import { TEXT_LIMITS } from '../../src/engine/schema/text';
import { MAX_PROBLEMS } from '../../src/engine/schema/load';
import { millionCharacterTitle, twoToThe26Paths } from '../support/hostile-scenarios';

const original = readFileSync('scenarios/rippon-kondo.json', 'utf8');

/** The Rippon file with its data changed, pretty-printed as an editor would. */
function changed(change: (data: any) => void): string {
  const data = JSON.parse(original);
  change(data);
  return JSON.stringify(data, null, 2);
}

/** Each problem as `path: message`, the way the game lists them. */
const messages = (text: string) => checkScenario(text, 'case.json').problems.map((p) => `${p.path}: ${problemText(p)}`);

const scenarioOf = (text: string): Scenario => {
  const loaded = loadScenario(text, 'case.json');
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => problemText(p)).join('\n'));
  return loaded.scenario;
};

describe('the length of a scenario’s texts', () => {
  it('refuses a title of a million characters with one message that says the limit, at the title', () => {
    const text = millionCharacterTitle();
    const [problem, ...others] = checkScenario(text, 'long.json').problems;
    expect(others).toEqual([]);
    expect(worded(problem!)).toMatchObject({
      path: 'title.en',
      message: 'may have at most 150 characters; this one has 1,000,000',
    });
    expect(problem!.line).toBe(text.slice(0, text.indexOf('"en": "xxx')).split('\n').length);
  });

  it('says the limit of each kind of text, at the text', () => {
    const found = messages(
      changed((d) => {
        d.summary = 's'.repeat(TEXT_LIMITS.line + 1);
        d.briefing = { en: 'b'.repeat(TEXT_LIMITS.paragraph + 1), fr: 'Briefing', it: 'Briefing' };
        d.steps[0].choices[0].label = { en: 'Witty', fr: 'l'.repeat(151), it: 'Spiritosa' };
        d.steps[0].choices[0].post = 'p'.repeat(TEXT_LIMITS.post + 1);
        d.steps[0].feed[0].author = 'a'.repeat(151);
        d.brand.name = 'n'.repeat(200);
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'summary: may have at most 400 characters; this one has 401',
        'briefing.en: may have at most 3,000 characters; this one has 3,001',
        'steps[0].choices[0].label.fr: may have at most 150 characters; this one has 151',
        'steps[0].choices[0].post: may have at most 1,000 characters; this one has 1,001',
        'steps[0].feed[0].author: may have at most 150 characters; this one has 151',
        'brand.name: may have at most 150 characters; this one has 200',
      ]),
    );
    expect(found).toHaveLength(6);
  });

  it('refuses an over-long id or step name once, without quoting it back in other messages', () => {
    const found = messages(
      changed((d) => {
        d.steps[0].choices[1].next = 'z'.repeat(100_000);
        d['w'.repeat(5000)] = 1;
      }),
    );
    expect(found).toEqual([
      'steps[0].choices[1].next: may have at most 64 characters; this one has 100,000',
      `${'w'.repeat(40)}…: unknown field "${'w'.repeat(40)}…": check the spelling`,
    ]);
  });

  it(`lists at most ${MAX_PROBLEMS} problems of a file, and counts the others`, () => {
    const found = messages(
      changed((d) => {
        for (let i = 0; i < 100_000; i++) d[`f${i}`] = 1;
      }),
    );
    expect(found).toHaveLength(MAX_PROBLEMS + 1);
    expect(found[0]).toBe('f0: unknown field "f0": check the spelling');
    expect(found.at(-1)).toBe(
      `: and ${(100_000 - MAX_PROBLEMS).toLocaleString('en')} more problems, not listed: fix these first, then check again`,
    );
  });

  it('leaves room above every text of the library: the longest is at most half of its limit', () => {
    const longest = Math.max(
      ...readdirSync('scenarios')
        .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
        .flatMap((f) => {
          const s = scenarioOf(readFileSync(`scenarios/${f}`, 'utf8'));
          const texts = (t: unknown): string[] => (typeof t === 'string' ? [t] : Object.values(t as object));
          return [
            ...texts(s.title).map((t) => t.length / TEXT_LIMITS.name),
            ...texts(s.summary).map((t) => t.length / TEXT_LIMITS.line),
            ...texts(s.briefing).map((t) => t.length / TEXT_LIMITS.paragraph),
            ...texts(s.debrief.outcome).map((t) => t.length / TEXT_LIMITS.paragraph),
            ...s.steps.flatMap((step) => [
              ...texts(step.situation).map((t) => t.length / TEXT_LIMITS.paragraph),
              ...texts(step.prompt).map((t) => t.length / TEXT_LIMITS.line),
              ...step.choices.flatMap((c) => [
                ...texts(c.label).map((t) => t.length / TEXT_LIMITS.name),
                ...(c.post ? texts(c.post) : []).map((t) => t.length / TEXT_LIMITS.post),
              ]),
              ...step.feed.flatMap((post) => texts(post.text).map((t) => t.length / TEXT_LIMITS.post)),
            ]),
          ];
        }),
    );
    expect(longest).toBeGreaterThan(0.1);
    expect(longest).toBeLessThanOrEqual(0.5);
  });
});

describe('listing the paths of a scenario', () => {
  const many = scenarioOf(twoToThe26Paths());
  const rippon = scenarioOf(original);

  it('stops at its limit on 2^26 paths, in the scenario’s order, and says there are more', () => {
    const paths = allPaths(many, 1000);
    expect(paths).toHaveLength(1000);
    expect(paths.complete).toBe(false);
    expect(paths[0]!.map((d) => d.choice)).toEqual(many.steps.map((_, i) => `a${i + 1}`));
    expect(paths[1]!.map((d) => d.choice).at(-1)).toBe('b26');
  });

  it('says the list is complete when the paths fit the limit exactly', () => {
    const count = allPaths(rippon).length;
    expect(count).toBe(rippon.steps[0]!.choices.length);
    expect(allPaths(rippon, count).complete).toBe(true);
    expect(allPaths(rippon, count - 1)).toMatchObject({ length: count - 1, complete: false });
  });

  it('stops too when walks end in loops and find no path, however many there are', () => {
    // From "hub", either end at once or take 24 two-choice steps that come back to "hub": 2^24 walks, one path.
    const data = JSON.parse(twoToThe26Paths());
    data.steps = data.steps.slice(0, 25);
    data.steps[0].id = 'hub';
    data.start = 'hub';
    data.steps[0].choices[0].next = 'debrief';
    data.steps[0].choices[1].next = 'step-2';
    for (const c of data.steps[24].choices) c.next = 'hub';
    delete data.debrief.bestPath;
    const loops = scenarioOf(JSON.stringify(data));
    const paths = allPaths(loops, 100);
    expect(paths.map((p) => p.map((d) => d.choice))).toEqual([['a1']]);
    expect(paths.complete).toBe(false);
  });

  it('lets the checker say that it cannot compare the lesson’s path with 2^26 others', () => {
    expect(messages(twoToThe26Paths())).toContain(
      'debrief.bestPath: the scenario has more than 1000 paths from the start to the debrief, too many to play them all, so the checker cannot tell whether the lesson’s path scores best: fewer choices, or choices that lead to the debrief sooner, make it checkable',
    );
  });

  it('finds What if’s best continuation step by step past its limit', () => {
    const transcript = {
      scenarioId: many.id,
      scenarioVersion: many.version,
      decisions: [{ step: 'step-1', choice: 'b1' }],
    };
    const rest = bestContinuation(many, transcript, 1);
    expect(rest.map((d) => d.step)).toEqual(many.steps.slice(1).map((s) => s.id));
  });
});
