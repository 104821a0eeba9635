export { analyse } from './analyse';
export { detectLanguage } from './detect';
export { charactersOver, PLATFORM_LIMIT, type Analysis, type AnalyseOptions, type Signal, type Span } from './analysis';
export { loadLanguageData, languageDataReady, provideLanguageData, type LanguageData } from './language-data';
