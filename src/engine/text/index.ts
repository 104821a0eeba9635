export { createAnalyser, type Analyser } from './analyse';
export { charactersOver, PLATFORM_LIMIT, type Analysis, type AnalyseOptions, type Signal, type Span } from './analysis';
export { loadLanguageData, type LanguageData } from './language-data';
