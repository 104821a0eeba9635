import type { ReplyMix } from '../outcome';
import type { TaggedReplyLine } from '../schema/reply-line';

/** The typographic apostrophe, as the interface writes French and Italian. */
function apostrophes(text: string): string {
  return text.replace(/'/g, '’');
}

/**
 * French typography: a no-break space before « : ; ! ? » and inside guillemets,
 * so that a line never wraps between a word and its mark.
 */
function frenchSpaces(text: string): string {
  return apostrophes(text)
    .replace(/ ([:;!?»])/g, '\u00a0$1')
    .replace(/« /g, '«\u00a0');
}

type Tags = Omit<TaggedReplyLine, 'text'>;

function line(en: string, fr: string, it: string, tags: Tags = {}): TaggedReplyLine {
  return { text: { en, fr: frenchSpaces(fr), it: apostrophes(it) }, ...tags };
}

/** An apology that the reply takes back, makes conditional or spoils: no line thanks the brand for it. */
const SPOILT_APOLOGY = [
  'negated-apology',
  'conditional-apology',
  'apology-then-blame',
  'apology-then-insult',
  'blame',
  'sarcasm',
  'mockery',
] as const;
/** What a privacy complaint answers: the feature, or the analyser's reading of one person's habits told in public. */
const EXPOSURE = ['privacyExposure', 'personal-exposure'] as const;

/**
 * The game's own reply lines, said where a scenario's lines do not fit the
 * post. Each says what it answers (see `TaggedReplyLineSchema`), so that no
 * line contradicts the post: lines with no tags fit any post, and there are
 * enough of them for ten replies in a row without a repeat.
 */
// biome-ignore format: a table, one line of three languages per row, reads best unwrapped.
export const LIBRARY_LINES: Record<keyof ReplyMix, TaggedReplyLine[]> = {
  positive: [
    line('This is why I follow you.', "C'est pour ça que je vous suis.", 'Ecco perché vi seguo.'),
    line('Okay, that was good.', "D'accord, celle-là était bonne.", 'Ok, questa era bella.'),
    line('Love this ❤️', "J'adore ❤️", 'Adoro ❤️'),
    line('Screenshotting this before it goes viral', "Capture d'écran avant que ça devienne viral", 'Screenshot prima che diventi virale'),
    line("Now that's how you run an account.", 'Voilà comment on tient un compte.', 'Ecco come si gestisce un account.'),
    line('Good answer.', 'Bonne réponse.', 'Bella risposta.'),
    line("Fair play, that's a good reply.", "Rien à redire, c'est une bonne réponse.", 'Niente da dire, è una buona risposta.'),
    line('Following for more of this.', 'Je m’abonne pour la suite.', 'Vi seguo per vedere il resto.'),
    line('Exactly this. 👏', 'Exactement. 👏', 'Esatto. 👏'),
    line('Take notes, other brands.', 'Les autres marques, prenez-en de la graine.', 'Prendete appunti, altri brand.'),
    line("Didn't expect that from a brand. Nice.", "Je ne m'attendais pas à ça de la part d'une marque. Bien vu.", 'Non me lo aspettavo da un brand. Bravi.', { contradicts: ['promotion'] }),
    line('Whoever runs this account deserves a raise 😂', 'La personne derrière ce compte mérite une augmentation 😂', 'Chi gestisce questo account merita un aumento 😂', { requires: ['humour'] }),
    line('I laughed out loud, not going to lie 😂', "J'ai ri aux éclats, je l'avoue 😂", 'Ho riso di gusto, lo ammetto 😂', { requires: ['humour'] }),
    line('Brands being human: more of this please', 'Une marque qui parle comme un humain : encore !', 'Un brand che parla da umano: ancora, per favore', { anyOf: ['warmth', 'humour', 'personalAddress'], contradicts: ['promotion'] }),
    line('That\'s kind. Thank you for answering like a person.', 'C’est gentil. Merci de répondre comme une vraie personne.', 'Che gentili. Grazie per aver risposto come una persona vera.', { requires: ['warmth'], contradicts: ['mockery', 'sarcasm'] }),
    line("An apology with no 'but'. Rare. Thank you.", 'Des excuses sans « mais ». C’est rare. Merci.', 'Scuse senza «ma». Cosa rara. Grazie.', { requires: ['apology'], contradicts: [...SPOILT_APOLOGY] }),
    line('Owning it like that takes guts. Respect.', 'Assumer comme ça, il faut du cran. Respect.', 'Ammetterlo così ci vuole coraggio. Rispetto.', { requires: ['accountability'], contradicts: ['blame', 'mockery', 'sarcasm'] }),
    line('Thanks for actually explaining. That helps.', "Merci d'avoir vraiment expliqué. Ça aide.", 'Grazie per averlo spiegato davvero. Così si capisce.', { requires: ['explanation'], contradicts: ['blame'] }),
    line('They answered! A brand that answers!', 'Ils ont répondu ! Une marque qui répond !', 'Hanno risposto! Un brand che risponde!', { requires: ['personalAddress'], contradicts: ['mockery'] }),
    line("Ok I'm answering this one 👇", 'Ok, je réponds à celle-là 👇', 'Ok, a questa rispondo 👇', { requires: ['invitation'] }),
    line('ok the burn is deserved 🔥', 'ok, le clash est mérité 🔥', 'ok, la frecciata se l’è meritata 🔥', { requires: ['mockery'] }),
    line("A bit spicy for a brand, but I laughed 😏", "Un peu osé pour une marque, mais j'ai ri 😏", "Un po' osé per un brand, ma ho riso 😏", { requires: ['edge', 'humour'] }),
    line('Honestly? Good deal. I’m in.', 'Franchement ? Bonne affaire. Je prends.', 'Sinceramente? Buon affare. Ci sto.', { requires: ['promotion'] }),
    line('Still annoyed, but this helps.', "Ça m'agace toujours, mais c'est un pas dans le bon sens.", 'Mi dà ancora fastidio, ma è un passo avanti.', { mood: 'angry', anyOf: ['apology', 'accountability', 'explanation', 'warmth'], contradicts: ['mockery', 'blame', 'sarcasm'] }),
    line("That's more like it.", 'Voilà qui est mieux.', 'Così va meglio.', { mood: 'angry', anyOf: ['apology', 'accountability', 'explanation', 'warmth'], contradicts: ['mockery', 'blame', 'sarcasm'] }),
    line('“{quote}” 😂 ok this is gold', '« {quote} » 😂 ok, c’est de l’or', '«{quote}» 😂 ok, questo è oro', { requires: ['humour'] }),
    line("“{quote}”: that's how you talk to people.", '« {quote} » : voilà comment on parle aux gens.', '«{quote}»: così si parla alla gente.', { requires: ['warmth'], contradicts: ['mockery', 'sarcasm'] }),
    line("“{quote}”. That's all we wanted to hear.", '« {quote} ». C’est tout ce qu’on voulait entendre.', '«{quote}». Era tutto quello che volevamo sentire.', { requires: ['apology'], contradicts: [...SPOILT_APOLOGY] }),
    line('“{quote}”: finally, a reason.', '« {quote} » : enfin une explication.', '«{quote}»: finalmente una spiegazione.', { requires: ['explanation'], contradicts: ['blame'] }),
    line('“{quote}”. Screenshotting this.', '« {quote} ». Je fais une capture.', '«{quote}». Screenshot fatto.'),
  ],
  neutral: [
    line('Interesting move.', 'Intéressant comme choix.', 'Mossa interessante.'),
    line('ok', 'ok', 'ok'),
    line('Not sure how I feel about this one.', 'Je ne sais pas trop quoi en penser.', 'Non so bene cosa pensarne.'),
    line('Noted.', "C'est noté.", 'Preso nota.'),
    line("Let's see what happens next.", 'On verra la suite.', 'Vediamo come va a finire.'),
    line('Reading the replies before I decide 👀', 'Je lis les réponses avant de me faire un avis 👀', "Leggo le risposte prima di farmi un'idea 👀"),
    line("Well, that's one way to answer.", "Bon, c'est une façon comme une autre de répondre.", 'Beh, è un modo di rispondere.'),
    line('The replies under this are going to be something.', 'Les réponses sous ce post vont valoir le détour.', 'Le risposte sotto questo post saranno uno spettacolo.'),
    line('Hm.', 'Hum.', 'Mah.'),
    line('Sending this to the group chat.', 'J’envoie ça dans le groupe.', 'Lo giro nella chat di gruppo.'),
    line("Can't tell if this is sincere.", "Difficile de dire si c'est sincère.", 'Non capisco se è sincero.'),
    line('Who approved this?', 'Qui a validé ça ?', "Chi l'ha approvato?"),
    line('Is this an ad?', "C'est une pub ?", 'È una pubblicità?', { requires: ['promotion'] }),
    line('Is the intern running the account today?', "C'est le stagiaire qui tient le compte aujourd'hui ?", "Oggi l'account lo gestisce lo stagista?", { requires: ['humour'] }),
    line('So is that a yes or a no?', "Donc c'est oui ou c'est non ?", 'Quindi è un sì o un no?', { contradicts: ['explanation', 'personalAddress'] }),
    line("An apology. Let's see if anything changes.", 'Des excuses. On verra si quelque chose change.', 'Delle scuse. Vediamo se cambia qualcosa.', { requires: ['apology'], contradicts: ['negated-apology'] }),
    line("OK, that's the why. Still thinking about it.", 'D’accord, on sait pourquoi. J’y réfléchis encore.', 'Ok, ecco il perché. Ci sto ancora pensando.', { requires: ['explanation'] }),
    line('Did they really write “{quote}”?', 'Ils ont vraiment écrit « {quote} » ?', 'Hanno davvero scritto «{quote}»?'),
    line('“{quote}”… on a brand account. Bold.', '« {quote} »… sur un compte de marque. Osé.', '«{quote}»… su un account aziendale. Che coraggio.', { requires: ['edge'] }),
  ],
  negative: [
    line('Not a good look.', 'Pas terrible comme image.', 'Che brutta figura.'),
    line('Unfollowing.', 'Je me désabonne.', 'Smetto di seguirvi.'),
    line('Whoever wrote this should not run a brand account.', 'La personne qui a écrit ça ne devrait pas gérer un compte de marque.', "Chi l'ha scritto non dovrebbe gestire l'account di un brand."),
    line('Cringe.', 'Gênant.', 'Imbarazzante.'),
    line('No. Just no.', 'Non. Vraiment pas.', 'No. Proprio no.'),
    line('Read the room.', 'Un peu de tact, peut-être ?', "Un po' di tatto, magari?"),
    line('This is not it.', "On n'y est pas du tout.", 'Non ci siamo.'),
    line('Worse than saying nothing.', 'Pire que de ne rien dire.', 'Peggio che stare zitti.'),
    line('I expected better from you.', "J'attendais mieux de votre part.", 'Mi aspettavo di meglio da voi.'),
    line('Disappointing.', 'Décevant.', 'Deludente.'),
    line('Delete this.', 'Supprimez ça.', 'Cancellate questo post.', { anyOf: ['edge', 'mockery', 'profanity', ...EXPOSURE] }),
    line('My kids read this feed, you know.', 'Mes enfants lisent ce fil, vous savez.', 'I miei figli leggono questo profilo, sapete.', { anyOf: ['edge', 'profanity'] }),
    line('Nobody asked for the ad.', "Personne n'a demandé la pub.", 'Nessuno ha chiesto la pubblicità.', { requires: ['promotion'] }),
    line('Mocking the people who pay you. Bold.', 'Se moquer des gens qui vous paient. Audacieux.', 'Prendere in giro chi vi paga. Che coraggio.', { requires: ['mockery'] }),
    line("That's not an apology.", 'Ce ne sont pas des excuses.', 'Queste non sono scuse.', { anyOf: ['negated-apology', 'conditional-apology', 'apology-then-blame', 'apology-then-insult'] }),
    line("So it's our fault now?", "Donc c'est de notre faute, maintenant ?", 'Quindi adesso è colpa nostra?', { anyOf: ['blame', 'apology-then-blame'] }),
    line("You're telling everyone what one person watched? Creepy.", 'Vous racontez à tout le monde ce qu’une personne a regardé ? Glauque.', 'Raccontate a tutti cosa ha guardato una persona? Inquietante.', { anyOf: [...EXPOSURE] }),
    line('My details, in a public thread? No thanks.', 'Mes coordonnées dans un fil public ? Non merci.', 'I miei dati in un thread pubblico? No, grazie.', { requires: ['details-in-public'] }),
    line('Sarcasm from a brand account. Great.', 'Du sarcasme sur un compte de marque. Super.', 'Sarcasmo da un account aziendale. Ottimo.', { requires: ['sarcasm'] }),
    line('Nobody asked you to be funny.', 'Personne ne vous a demandé d’être drôles.', 'Nessuno vi ha chiesto di fare gli spiritosi.', { requires: ['humour'] }),
    line('Language! This is a brand account.', 'Surveillez votre langage, c’est un compte de marque.', "Che linguaggio! È l'account di un brand.", { requires: ['profanity'] }),
    line('Too little, too late.', 'Trop peu, trop tard.', 'Troppo poco, troppo tardi.', { mood: 'angry', anyOf: ['apology', 'accountability'] }),
    line('Still waiting for a real answer.', "J'attends toujours une vraie réponse.", 'Aspetto ancora una risposta vera.', { mood: 'angry', contradicts: ['explanation', 'personalAddress'] }),
    line('Now you apologise? After all that?', 'Maintenant, vous vous excusez ? Après tout ça ?', 'Adesso chiedete scusa? Dopo tutto questo?', { requires: ['apology'], earlier: ['mockery'] }),
    line('Copy-paste answer. Nobody talks like this.', 'Réponse copiée-collée. Personne ne parle comme ça.', 'Risposta copia-incolla. Nessuno parla così.', { contradicts: ['humour', 'warmth', 'personalAddress', 'invitation', 'edge', 'mockery', 'profanity'] }),
    line('“{quote}”? On a brand account? Really?', '« {quote} » ? Sur un compte de marque ? Sérieusement ?', '«{quote}»? Su un account aziendale? Davvero?', { requires: ['edge'] }),
    line('“{quote}”. Mocking your own customers: great strategy.', '« {quote} ». Se moquer de ses propres clients : belle stratégie.', '«{quote}». Prendere in giro i propri clienti: bella strategia.', { requires: ['mockery'] }),
    line('“{quote}”. Nobody asked for the sales pitch.', '« {quote} ». Personne n’a demandé l’argumentaire de vente.', '«{quote}». Nessuno ha chiesto la televendita.', { requires: ['promotion'] }),
    line('“{quote}” is not an apology.', '« {quote} », ce ne sont pas des excuses.', '«{quote}» non sono scuse.', { anyOf: ['negated-apology', 'conditional-apology'] }),
    line("“{quote}”? So it's our fault now?", '« {quote} » ? Donc c’est de notre faute, maintenant ?', '«{quote}»? Quindi adesso è colpa nostra?', { anyOf: ['blame', 'apology-then-blame'] }),
    line('“{quote}”… who signed off on this?', '« {quote} »… qui a validé ça ?', "«{quote}»… chi l'ha approvato?"),
  ],
};

/** First names and surnames for simulated accounts, mixed across the three languages. */
// biome-ignore format: names read as a table.
export const FIRST_NAMES = [
  'Alex', 'Sam', 'Jordan', 'Taylor', 'Morgan', 'Riley', 'Casey', 'Jamie', 'Chloé', 'Lucas', 'Manon', 'Hugo',
  'Léa', 'Giulia', 'Marco', 'Sofia', 'Luca', 'Chiara', 'Noah', 'Emma', 'Ava', 'Mia', 'Leo', 'Nina',
  'Camille', 'Inès', 'Théo', 'Francesca', 'Matteo', 'Priya',
];
// biome-ignore format: names read as a table.
export const LAST_NAMES = [
  'Park', 'Nguyen', 'Smith', 'Rossi', 'Bianchi', 'Martin', 'Bernard', 'Dubois', 'Garcia', 'Khan', 'Okafor', 'Ricci',
  'Moreau', 'Lopez', 'Fontaine', 'Greco', 'Kim', 'Silva', 'Conti', 'Lefèvre',
];
