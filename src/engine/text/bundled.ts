import { createAnalyser, type Analyser } from './analyse';
import { LANGUAGE_DATA } from './data/index';

/**
 * The analyser made from the bundled word lists. The game imports this module
 * lazily, so that the analyser's code travels with its lists in one chunk
 * fetched after the title screen, rather than in the first download.
 */
export function bundledAnalyser(): Analyser {
  return createAnalyser(LANGUAGE_DATA);
}
