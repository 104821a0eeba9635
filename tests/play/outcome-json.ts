import { readFileSync } from 'node:fs';
import { loadScenario, play } from '../../src/engine';

/** Plays a transcript of the Rippon scenario and prints the outcome as JSON (run in its own process). */
const [choice = 'witty', seed = '7'] = process.argv.slice(2);
const loaded = loadScenario(readFileSync('scenarios/rippon-kondo.json', 'utf8'), 'rippon-kondo.json');
if (!loaded.ok) throw new Error('the Rippon scenario does not load');
process.stdout.write(JSON.stringify(play(loaded.scenario, { scenarioId: 'rippon-kondo', scenarioVersion: 1, decisions: [{ step: 'the-joke', choice }] }, Number(seed))));
