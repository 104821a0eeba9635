import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPaths, play } from '../../src/engine';
import { loadFile } from './support/scenarios';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

describe('the scenario library', () => {
  for (const file of files) {
    describe(file, () => {
      const scenario = loadFile(`scenarios/${file}`);
      const paths = allPaths(scenario);
      const scored = paths.map((decisions) => ({
        path: decisions.map((d) => d.choice).join(' → '),
        outcome: play(scenario, { scenarioId: scenario.id, scenarioVersion: scenario.version, decisions }, 1),
      }));

      it('ends every path in a debrief', () => {
        expect(paths.length).toBeGreaterThan(0);
        for (const { path, outcome } of scored) expect(outcome.complete, path).toBe(true);
      });

      it('scores the path the lesson teaches above every other', () => {
        expect(scenario.debrief.bestPath, 'the debrief names the path the lesson teaches').toBeDefined();
        const best = [...scored].sort((a, b) => b.outcome.score.total - a.outcome.score.total)[0]!;
        expect(best.path).toBe(scenario.debrief.bestPath!.join(' → '));
      });

      it('never tells a trainee that a group liked it in the same breath as it left, or the other way round', () => {
        for (const { path, outcome } of scored) {
          for (const r of outcome.score.parts.find((p) => p.id === 'followers')!.reasons) {
            if (r.key === 'segment-left') expect(r.tone, `${path}: ${r.segment}`).not.toMatch(/^(loved|liked)$/);
            if (r.key === 'segment-followed')
              expect(r.tone, `${path}: ${r.segment}`).not.toMatch(/^(disliked|outraged)$/);
          }
        }
      });
    });
  }
});
