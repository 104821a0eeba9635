import { play } from '../../../src/engine';
import { loadFile, runOf } from './scenarios';

/** Plays a transcript of the Rippon scenario and prints the outcome as JSON (run in its own process). */
const [choice = 'witty', seed = '7'] = process.argv.slice(2);
const rippon = loadFile('scenarios/rippon-kondo.json');
process.stdout.write(JSON.stringify(play(rippon, runOf(rippon, choice), Number(seed))));
