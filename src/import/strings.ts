import type { Locale } from '../engine';

/** The words of opening a scenario file, per language. */
const STRINGS = {
  en: {
    open: 'Open a scenario file…',
    dropHint: 'or drop a .json file anywhere on the page',
    dropHere: 'Drop the scenario file to open it',
    checking: 'Checking {file}…',
    ready: '{title} is ready to play, and kept for next time.',
    warnings: 'Design warnings:',
    failed: '{file} cannot be played:',
    notJson: '{file} is not a scenario file: choose a .json file.',
    tooBig: '{file} is {mb} MB; a scenario may be at most 2 MB.',
    unreadable: 'Could not read {file}.',
    openedElsewhere: 'Opened {title}: find it in the scenario list.',
    yours: 'Opened by you',
    teams: 'Your team’s',
    classes: 'Your class’s',
    tooSlow: '{file} took more than {seconds} seconds to check, so it was not opened: a scenario with so many branches cannot be played here.',
    remove: 'Remove',
    removeNamed: 'Remove {title} from the list',
    removed: '{title} is removed from the list and from this browser.',
  },
  fr: {
    open: 'Ouvrir un fichier de scénario…',
    dropHint: 'ou déposer un fichier .json n’importe où sur la page',
    dropHere: 'Déposez le fichier de scénario pour l’ouvrir',
    checking: 'Vérification de {file}…',
    ready: '{title} est prêt à être joué, et gardé pour la prochaine fois.',
    warnings: 'Avertissements de conception :',
    failed: '{file} ne peut pas être joué :',
    notJson: '{file} n’est pas un fichier de scénario : choisissez un fichier .json.',
    tooBig: '{file} pèse {mb} Mo ; un scénario fait au plus 2 Mo.',
    unreadable: 'Impossible de lire {file}.',
    openedElsewhere: '{title} est ouvert : retrouvez-le dans la liste des scénarios.',
    yours: 'Ouvert par vous',
    teams: 'De votre équipe',
    classes: 'De votre classe',
    tooSlow: 'La vérification de {file} a pris plus de {seconds} secondes, il n’a donc pas été ouvert : un scénario aussi ramifié ne peut pas être joué ici.',
    remove: 'Retirer',
    removeNamed: 'Retirer {title} de la liste',
    removed: '{title} est retiré de la liste et de ce navigateur.',
  },
  it: {
    open: 'Apri un file di scenario…',
    dropHint: 'oppure trascina un file .json in qualsiasi punto della pagina',
    dropHere: 'Rilascia il file di scenario per aprirlo',
    checking: 'Controllo di {file}…',
    ready: '{title} è pronto da giocare, e conservato per la prossima volta.',
    warnings: 'Avvisi di progettazione:',
    failed: '{file} non può essere giocato:',
    notJson: '{file} non è un file di scenario: scegli un file .json.',
    tooBig: '{file} pesa {mb} MB; uno scenario può pesare al massimo 2 MB.',
    unreadable: 'Impossibile leggere {file}.',
    openedElsewhere: '{title} è aperto: lo trovi nell’elenco degli scenari.',
    yours: 'Aperto da te',
    teams: 'Della tua squadra',
    classes: 'Della tua classe',
    tooSlow: 'Il controllo di {file} ha richiesto più di {seconds} secondi, quindi non è stato aperto: uno scenario così ramificato non si può giocare qui.',
    remove: 'Rimuovi',
    removeNamed: 'Rimuovi {title} dall’elenco',
    removed: '{title} è stato rimosso dall’elenco e da questo browser.',
  },
} satisfies Record<Locale, Record<string, string>>;

export type ImportStringKey = keyof (typeof STRINGS)['en'];

/** An import string with its {placeholders} filled. */
export function ti(locale: Locale, key: ImportStringKey, values: Record<string, string | number> = {}): string {
  return STRINGS[locale][key].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}
