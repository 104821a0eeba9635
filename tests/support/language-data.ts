// Every test process has the analyser's word lists, as the game has them once loaded.
import { provideLanguageData } from '../../src/engine';
import { LANGUAGE_DATA } from '../../src/engine/text/data/index';

provideLanguageData(LANGUAGE_DATA);
