import { loadCatalogues } from '../../src/i18n';

// Tests read the debrief, the server's answers and the class pages in every language.
await loadCatalogues();
