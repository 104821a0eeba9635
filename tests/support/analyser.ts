// The text analyser the tests share, made from the word lists as the game makes its own once they have loaded.
import { createAnalyser, type PlayOptions } from '../../src/engine';
import { LANGUAGE_DATA } from '../../src/engine/text/data/index';

export const TEST_ANALYSER = createAnalyser(LANGUAGE_DATA);

/** `play()`'s options with the test analyser, for runs with written replies. */
export const WITH_ANALYSER: PlayOptions = { analyser: TEST_ANALYSER };
