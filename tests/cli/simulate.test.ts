import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function simulate(...args: string[]) {
  return simulateWith(undefined, ...args);
}

function simulateWith(input: string | undefined, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], {
    encoding: 'utf8',
    input,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run simulate', () => {
  it('plays a batch of written replies, one JSON line out for each line in, in order', () => {
    const lines = [
      {
        scenario: 'rippon-kondo',
        step: 'the-joke',
        reply: "@Adaripp we'd tell you which of your organs spark joy, but this is a family website 😉",
        locale: 'en',
      },
      {
        scenario: 'price-hike-apology-2011',
        step: 'the-replies',
        reply: '@gregisdone sorry, but you should have read the terms.',
        locale: 'en',
      },
      {
        scenario: 'wendys-sassy-voice',
        step: 'real-talk',
        reply: "@nightshiftnate désolés, mais t'es un crétin",
        locale: 'fr',
      },
      'not json',
      { scenario: 'rippon-kondo', reply: 'ok', locale: 'de' },
      { scenario: 'rippon-kondo', step: 'the-joke', reply: '   ', locale: 'fr' },
    ].map((l) => (typeof l === 'string' ? l : JSON.stringify(l)));
    const r = simulateWith(lines.join('\n'), '--batch', '-');
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(6);
    expect(out[0]).toMatchObject({ scenario: 'rippon-kondo', step: 'the-joke', max: 1000, moves: [], silent: false });
    expect(out[0].features.humour).toBeGreaterThan(0.5);
    expect(Object.keys(out[0].parts)).toEqual(['followers', 'engagement', 'trust', 'lesson']);
    expect(out[1].moves).toEqual([{ move: 'apology-then-blame', words: ['you should have', 'read the terms'] }]);
    expect(out[2].moves[0]).toMatchObject({ move: 'apology-then-insult' });
    expect(out[3]).toEqual({ error: 'not a JSON object' });
    expect(out[4].error).toMatch(/locale/);
    // The engine's refusal, in the line's language, with its code and values.
    expect(out[5]).toEqual({
      error: 'la réponse rédigée de la décision 1 est vide',
      code: 'empty-reply',
      values: { case: 'step', decision: 1 },
    });
  });

  it('prints one JSON object with the score, followers, reactions, sentiment, features and breakdown', () => {
    const r = simulate('--scenario', 'rippon-kondo', '--choice', 'edgy', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.score).toBeGreaterThan(0);
    expect(out.followers.end).toBe(out.followers.start + out.followers.delta);
    expect(out.reactions.replies).toBe(
      out.reactions.repliesBySentiment.positive +
        out.reactions.repliesBySentiment.neutral +
        out.reactions.repliesBySentiment.negative,
    );
    expect(out.sentiment).toBeGreaterThanOrEqual(-1);
    expect(out.sentiment).toBeLessThanOrEqual(1);
    expect(out.features[0]).toMatchObject({ step: 'the-joke', choice: 'edgy', edge: 0.9 });
    expect(out.breakdown.map((p: { part: string }) => p.part)).toEqual(['followers', 'engagement', 'trust', 'lesson']);
    expect(out.breakdown[0].reasons.some((r: string) => r.startsWith('Families'))).toBe(true);
  });

  it('plays a written reply with --reply, and says what it read in it', () => {
    const reply =
      "Nous sommes désolés, c'est notre faute : voici pourquoi, parce que nous n'avions pas vérifié. Qu'en pensez-vous ?";
    const r = simulate('--scenario', 'rippon', '--reply', reply, '--locale', 'fr', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.features[0]).toMatchObject({ step: 'the-joke', choice: '@written' });
    // Read, though heard at less than half: an apology that takes up nothing of Adam Rippon's joke could answer any post.
    expect(out.features[0].apology).toBeGreaterThan(0.15);
    expect(out.features[0].explanation).toBeGreaterThan(0.15);
    expect(out.features[0].apology).toBeLessThan(0.5);
    expect(out.written[0]).toMatchObject({ text: reply, language: 'fr', limit: 280 });
    expect(
      out.written[0].explanation.some((line: string) =>
        /^Votre réponse montrait des excuses \(«\sdésolés\s»\)/.test(line),
      ),
    ).toBe(true);
    const text = simulate('--scenario', 'rippon', '--reply', '@Adaripp 😂', '--locale', 'it');
    expect(text.stdout).toContain('“@Adaripp 😂” (it, hint; 10/280 characters)');
    // A handle and an emoji say nothing the audience can answer: the debrief says it counted as silence.
    expect(text.stdout).toContain(
      'La tua risposta non diceva nulla a cui il pubblico potesse rispondere: è contata come un silenzio',
    );
  });

  it('refuses an empty or too long reply with the reason', () => {
    expect(simulate('--scenario', 'rippon', '--reply', '  ')).toMatchObject({
      status: 1,
      stderr: 'simulate: the written reply of decision 1 has no text\n',
    });
    expect(simulate('--scenario', 'rippon', '--reply', 'a'.repeat(300)).stderr).toBe(
      'simulate: the written reply of decision 1 has 300 characters; the feed allows 280\n',
    );
    // In the language asked for.
    expect(simulate('--scenario', 'rippon', '--reply', '  ', '--locale', 'it').stderr).toBe(
      'simulate: la risposta scritta della decisione 1 è vuota\n',
    );
  });

  it('lists every path of a scenario, best first, with the witty reply on top for Rippon', () => {
    const r = simulate('--scenario', 'scenarios/rippon-kondo.json', '--paths', '--json');
    const rows = JSON.parse(r.stdout) as { path: string[]; score: number }[];
    expect(rows).toHaveLength(5);
    expect(rows[0]!.path).toEqual(['witty']);
    expect(rows.map((x) => x.score)).toEqual([...rows.map((x) => x.score)].sort((a, b) => b - a));
  });

  it("prints the best, the lesson-following median and the worst, and each path's band", () => {
    const r = simulate('--scenario', 'rippon-kondo', '--paths');
    const lines = r.stdout.trim().split('\n');
    // Witty 843, warm 685, silent 500 follow or miss the lesson; edgy goes against it and corporate scores under silence.
    expect(lines[0]).toMatch(/^best (\d+) · median of the paths that never go against the lesson (\d+) · worst (\d+)$/);
    const [, best, median, worst] =
      /^best (\d+) · median of the paths that never go against the lesson (\d+) · worst (\d+)$/
        .exec(lines[0]!)!
        .map(Number);
    expect(best).toBeGreaterThan(median!);
    expect(median).toBeGreaterThan(worst!);
    expect(lines.find((l) => l.includes('the-joke=witty'))).toMatch(/^\s*\d+ {2}strong /);
    expect(lines.find((l) => l.includes('the-joke=edgy'))).toMatch(/^\s*\d+ {2}harmful .*the-joke=edgy ✗$/);
  });

  it('marks a thread answer against the lesson, and keeps its path out of the top band', () => {
    const lines = simulate('--scenario', 'wendys-sassy-voice', '--paths').stdout.trim().split('\n');
    const path = (answer: string) =>
      lines.find((l) =>
        l.endsWith(`the-dare=defend-the-fries [${answer}] → real-talk=fix-it-in-voice → rival=back-to-the-customer`),
      );
    expect(path('fries-question:snap-back ✗')).toMatch(/^\s*\d+ {2}mixed /);
    expect(path('fries-question:make-it-right')).toMatch(/^\s*\d+ {2}strong /);
    const score = (line: string | undefined) => Number(line!.trim().split(/\s+/)[0]);
    // Snapping at a customer costs more than leaving her reply unanswered.
    expect(score(path('fries-question:snap-back ✗'))).toBeLessThan(score(path('—')));
  });

  it('says clearly what is wrong, without a stack trace', () => {
    const r = simulate('--scenario', 'rippon-kondo', '--choice', 'nope');
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      'simulate: decision 1 picks the choice "nope", which step "the-joke" does not have (its choices: witty, edgy, corporate, warm, silent)',
    );
    expect(simulate('--scenario', 'no-such-case', '--choice', 'x').stderr).toContain(
      'no scenario file or id "no-such-case"',
    );
  });
});
