import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function simulate(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run simulate', () => {
  it('prints one JSON object with the score, followers, reactions, sentiment, features and breakdown', () => {
    const r = simulate('--scenario', 'rippon-kondo', '--choice', 'edgy', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.score).toBeGreaterThan(0);
    expect(out.followers.end).toBe(out.followers.start + out.followers.delta);
    expect(out.reactions.replies).toBe(out.reactions.repliesBySentiment.positive + out.reactions.repliesBySentiment.neutral + out.reactions.repliesBySentiment.negative);
    expect(out.sentiment).toBeGreaterThanOrEqual(-1);
    expect(out.sentiment).toBeLessThanOrEqual(1);
    expect(out.features[0]).toMatchObject({ step: 'the-joke', choice: 'edgy', edge: 0.9 });
    expect(out.breakdown.map((p: { part: string }) => p.part)).toEqual(['followers', 'engagement', 'trust', 'lesson']);
    expect(out.breakdown[0].reasons.some((r: string) => r.startsWith('Families'))).toBe(true);
  });

  it('plays a written reply with --reply, and says what it read in it', () => {
    const reply = "Nous sommes désolés, c'est notre faute : voici pourquoi, parce que nous n'avions pas vérifié. Qu'en pensez-vous ?";
    const r = simulate('--scenario', 'rippon', '--reply', reply, '--locale', 'fr', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.features[0]).toMatchObject({ step: 'the-joke', choice: '@written' });
    expect(out.features[0].apology).toBeGreaterThan(0.5);
    expect(out.features[0].explanation).toBeGreaterThan(0.5);
    expect(out.written[0]).toMatchObject({ text: reply, language: 'fr', limit: 280 });
    expect(out.written[0].explanation.some((line: string) => /^Votre réponse montrait des excuses \(«\sdésolés\s»\)/.test(line))).toBe(true);
    const text = simulate('--scenario', 'rippon', '--reply', '@Adaripp 😂', '--locale', 'it');
    expect(text.stdout).toContain('“@Adaripp 😂” (it, hint; 10/280 characters)');
    expect(text.stdout).toMatch(/La tua risposta mostrava umorismo \(«😂»\)/);
  });

  it('refuses an empty or too long reply with the reason', () => {
    expect(simulate('--scenario', 'rippon', '--reply', '  ')).toMatchObject({ status: 1, stderr: 'simulate: decision 1 is a written reply with no text\n' });
    expect(simulate('--scenario', 'rippon', '--reply', 'a'.repeat(300)).stderr).toContain('300 characters; the feed allows 280');
  });

  it('lists every path of a scenario, best first, with the witty reply on top for Rippon', () => {
    const r = simulate('--scenario', 'scenarios/rippon-kondo.json', '--paths', '--json');
    const rows = JSON.parse(r.stdout) as { path: string[]; score: number }[];
    expect(rows).toHaveLength(5);
    expect(rows[0]!.path).toEqual(['witty']);
    expect(rows.map((x) => x.score)).toEqual([...rows.map((x) => x.score)].sort((a, b) => b - a));
  });

  it('says clearly what is wrong, without a stack trace', () => {
    const r = simulate('--scenario', 'rippon-kondo', '--choice', 'nope');
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('simulate: step "the-joke" has no choice "nope" (it has "witty", "edgy", "corporate", "warm", "silent")');
    expect(simulate('--scenario', 'no-such-case', '--choice', 'x').stderr).toContain('no scenario file or id "no-such-case"');
  });
});
