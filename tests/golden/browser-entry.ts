// Plays golden runs in the browser with the engine the game bundles, and hands back a SHA-256 of each line.
import { createAnalyser, loadScenario } from '../../src/engine';
import { LANGUAGE_DATA } from '../../src/engine/text/data/index';
import { goldenLine, type GoldenCase } from './cases';

const analyser = createAnalyser(LANGUAGE_DATA);

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Loads a scenario from its text and plays each case, as the game would. */
async function run(source: string, cases: GoldenCase[]): Promise<string[]> {
  const loaded = loadScenario(source, 'golden.json');
  if (!loaded.ok) throw new Error('the scenario does not load in the browser');
  return Promise.all(cases.map((c) => sha256(goldenLine(loaded.scenario, c, analyser))));
}

/** The whole line of one case, to show where a run differs. */
function line(source: string, c: GoldenCase): string {
  const loaded = loadScenario(source, 'golden.json');
  if (!loaded.ok) throw new Error('the scenario does not load in the browser');
  return goldenLine(loaded.scenario, c, analyser);
}

(window as unknown as { golden: unknown }).golden = { run, line };
document.title = 'golden ready';
