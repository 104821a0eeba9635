import type { Locale } from '../schema/text';
import { compileCueSet, type CueSet, type Word } from './cue-match';
import { ifYouHad, LOOKS, mockedLooks, toldToCalmDown } from './dismissal';
import { firstTokenFrom, isHandle, type Token } from './tokens';

/** A stretch of the prepared text: [start, end). */
export type Range = [number, number];

/**
 * What a reply does with its words, beyond which words it holds: an apology
 * taken back by a negation or made conditional, the fault put on the
 * customer, contempt in one clause whatever the others say, one person's
 * habits told in public, and a reply that is a pile of cues rather than
 * something said. `analyse` turns these into features and signals.
 */
export interface Strategy {
  /** Apology cues a negation takes back: "we are not sorry", "sorry not sorry", "on n'est pas désolés", "non ci scusiamo". */
  negatedApology: Range[];
  /** Apologies for the reader's feelings, not the brand's act: "sorry if some of you were offended", "so sorry you feel that way". */
  conditionalApology: Range[];
  /** Accountability cues a negation takes back: "it's not our fault", "ce n'est pas notre faute". */
  negatedAccountability: Range[];
  /** Sales cues a negation takes back: "not for sale", "pas à vendre". */
  negatedPromotion: Range[];
  /**
   * The fault put on the customer, or the complaint waved away: "you should have read the terms", "vous auriez dû",
   * "avresti dovuto", "it was only a joke", "il suffisait de", "te la sei cercata".
   */
  blame: Range[];
  /** Sarcasm that reads as contempt: "sorry not sorry", "yeah right", "merci pour rien". */
  sarcasm: Range[];
  /** The strongest contempt in one clause: negative words aimed at "you" where that clause neither apologises nor consoles in words (0..1), and its words. */
  hostility: { value: number; spans: Range[] };
  /** One person's habits told in public: "you've watched it 18 times this month", "the one viewer who watched it twelve times". */
  personalExposure: Range[];
  /**
   * A customer asked for personal details where everyone reads them: "put your order number and address here",
   * "scrivici qui sotto l'email del tuo account" (and no private message offered in that sentence).
   */
  detailsInPublic: Range[];
  /** How much the reply is a pile of cues rather than something said, 0..1. */
  cuePile: number;
  /**
   * Cues of mockery or sales in a clause where the brand tells what it did ("we roasted your face",
   * "we offered to buy the name", "on s'en est pris à ta tête", "abbiamo preso in giro la tua faccia"):
   * the brand naming its act, not doing it again. Mockery is read so only in a reply that apologises or owns it.
   */
  narrated: Range[];
  /**
   * A company's script rather than a person's words: "we appreciate your understanding", "merci de votre
   * compréhension", "ci scusiamo per il disagio". Webcare studies find that this corporate voice calms no one.
   */
  boilerplate: Range[];
  /** An apology and the "but" after it in its sentence ("sorry, but the prices are fair", "désolés, mais"). */
  apologyThenBut: Range[];
  /** Words that grant the reader's feelings or point: "we understand", "you have every right to be angry", "hai ragione". */
  empathy: Range[];
  /** The brand's own act told as badly done: "on a mal géré", "we handled it badly", "abbiamo gestito male". */
  ownedBadly: Range[];
  /** The reader's looks named where nothing is praised: "c'est plutôt ta coupe de cheveux 😏", "your face though". */
  looks: Range[];
}

/** What `readStrategy` needs from the analyser's first pass. */
export interface StrategyInput {
  locale: Locale;
  lower: string;
  tokens: readonly Token[];
  words: readonly Word[];
  /** Per token: a negation, a contrast word, a second-person word (the language pack's lists). */
  info: readonly ({ negation: boolean; contrast: boolean; secondPerson: boolean } | undefined)[];
  /** Each sentiment-bearing token's contribution to the valence. */
  contributions: readonly { token: Token; value: number }[];
  apology: readonly Range[];
  accountability: readonly Range[];
  promotion: readonly Range[];
  /** Insults and derision ("idiot", "pathétique"): contempt in a clause even where the lexicon has no valence for them. */
  insults: readonly Range[];
  /** Every mockery cue, the step's own included ("your face"). */
  mockery: readonly Range[];
  /** Warmth cues in words ("we hear you"), not hearts: a heart does not excuse an insult. */
  warmth: readonly Range[];
  /** What the reply speaks of as watched or streamed, and how often ("in a row", "times"). */
  viewing: readonly Range[];
  streak: readonly Range[];
  /** The cues the reply holds, feature by feature (the step's own included), and its mentions. */
  cues: readonly (readonly Range[])[];
  /** The language's most common short words, which say nothing on their own. */
  common: ReadonlySet<string>;
  /** How many words the reply says of its own, besides cues and common words. */
  own: number;
}

type Phrase =
  | 'blame'
  | 'conditional'
  | 'sarcasm'
  | 'empathy'
  | 'habit'
  | 'person'
  | 'you'
  | 'surveillance'
  | 'details'
  | 'inPublic'
  | 'inPrivate'
  | 'boilerplate'
  | 'looks';

/**
 * The phrases each language uses for these moves. Written by hand, like
 * the cue lists: a "*" ends a word that may take any ending.
 */
// biome-ignore format: word lists, one move a line
const PHRASES: Record<Locale, Record<Exclude<Phrase, 'looks'>, string[]>> = {
  en: {
    blame: ['you should have', "you should've", 'you shoulda', 'read the terms', 'read the rules', 'read the small print', 'read the fine print', 'if you had read', "if you'd read", 'if you had bothered', "if you'd bothered", 'had you read', 'you agreed to', 'you signed up for', 'your fault', 'your own fault', 'your mistake', 'user error', "that's on you", 'learn to read', 'clearly stated', "you didn't read", 'you never read', 'you failed to', 'you forgot to', 'you chose to', 'sorry you feel that way', 'sorry that you feel', 'sense of humour', 'sense of humor', "can't take a joke", 'cannot take a joke', 'too sensitive', 'get over it', 'deal with it', 'cry about it', 'bye then', 'bye felicia', 'plenty of others', 'take your place', "don't let the door", 'nobody is forcing you', 'no one is forcing you', "no one's forcing you", 'nobody forced you', 'your loss', 'take your business elsewhere', 'lighten up', 'calm down', 'chill out', 'need to relax', 'need to chill', 'just a joke', 'only a joke', 'just joking', 'just kidding', 'all in good fun', 'just a bit of fun', 'no big deal', 'not a big deal', 'you started it', 'you asked for it', "it's just a movie", "it's only a movie", "it's just a film", "it's only a film", 'get out more', 'go outside', 'too subtle for', 'over your head', 'toughen up', 'thicker skin', 'someone had to say it', 'we remind you to', 'in your head', 'read the faq', 'check the faq', 'take a minute to read', 'next time check', 'next time, check', "isn't your thing", "isn't really your thing", 'not your thing', 'our little joke', 'our little holiday joke', 'just having fun', 'lots of feelings about', 'maybe check', 'maybe stick to', 'maybe try reading', 'just a reminder to', 'friendly reminder to', 'please remember to check', 'always check your', 'make sure to check', 'be sure to check', 'eat faster', 'tough luck', 'somebody had to say it', 'a bit of humour', 'a bit of humor', 'a little humour', 'a little humor', 'man up', 'missed the point', 'missing the point', "didn't get the joke", "don't get the joke", "don't take it personally", 'no offense', 'no offence', 'just for laughs', 'these are rumours', 'these are rumors', "don't believe the rumours", "don't believe the rumors", 'ignore the rumours', 'ignore the rumors', 'just rumours', 'just rumors', "please don't spread", 'stop spreading', 'as stated in our', 'as explained in our', 'as mentioned in our', 'all you had to do', 'all you needed to do', 'you could have just', 'it clearly says', 'tongue in cheek', 'tongue-in-cheek'],
    conditional: ['if', 'you feel', 'you felt', 'you were offended', "you're offended", 'you are offended', 'anyone who', 'anyone offended', 'those who', 'some of you', 'any inconvenience', 'that way', 'may have', 'might have', 'were upset', 'are upset', 'got upset', 'take it', 'took it'],
    empathy: ['we know', 'we understand', 'we get', 'we hear', 'we see why', 'we feel', 'must be', 'sounds', 'understandably', 'of course', 'no wonder', 'fair enough', "that's fair", "you're right", 'you are right', 'fair point', 'good point', 'you were right', 'you were so right', 'every right to be', 'right to be angry', 'right to be upset', 'right to be annoyed'],
    sarcasm: ['made us say it', 'made us say this', 'for any emotional damage', 'sorry not sorry', 'yeah right', 'sure jan', 'cool story', 'good for you', 'thanks for nothing', 'bless your heart', 'oh great', 'how original', '/s'],
    habit: ['booked', 'reserved', 'bought', 'ordered', 'purchased', 'visited', 'been to', 'came to', 'went to', 'shopped', 'ate', 'eaten', 'played', 'listened', 'downloaded', 'logged in', 'checked in'],
    person: ['viewer', 'viewers', 'customer', 'customers', 'subscriber', 'subscribers', 'fan', 'fans', 'user', 'users', 'member', 'members', 'person', 'people', 'household', 'households', 'guy', 'lady', 'account', 'accounts'],
    you: [],
    surveillance: ['we know what you watch*', 'we know what you binge*', 'we know what you stream*', 'we know what you buy*', 'we know what you order*', "we know what you've been watching", "we know what you've watched", 'we see what you watch*', 'we saw what you watch*', 'we can see what you watch*', 'we know how often you watch*', 'we know how many times you', 'we know when you watch*', 'we know where you live', 'we saw you watch*', 'we know you watch*', 'we saw you binge*', 'we know you binge*'],
    details: ['your email', 'your e-mail', 'your address', 'your home address', 'your phone number', 'your number', 'your order number', 'order number', 'your account number', 'your postcode', 'your zip code', 'your card', 'your login', 'your password', 'your full name'],
    inPublic: ['here', 'below', 'in the comments', 'in the replies', 'in this thread', 'reply with', 'comment with', 'drop your', 'post your'],
    inPrivate: ['dm', 'dms', 'direct message', 'private message', 'privately', 'in private', 'inbox', 'message us', 'email us', 'by email', 'call us'],
    boilerplate: ['we appreciate your understanding', 'we appreciate your patience', 'thank you for your patience', 'thanks for your patience', 'thank you for your understanding', 'thanks for your understanding', 'we value your feedback', 'your feedback is important', 'your feedback is valuable', 'we apologise for any inconvenience', 'we apologize for any inconvenience', 'we apologise for the inconvenience', 'we apologize for the inconvenience', 'we regret any inconvenience', 'sorry for any inconvenience', 'any inconvenience caused', 'we are committed to', 'we remain committed to', 'we strive to', 'we take this very seriously', 'we take these concerns seriously', 'your satisfaction is our', 'valued customer', 'valued customers', 'please be advised', 'rest assured', 'visit our help centre', 'visit our help center', 'contact customer service', 'please contact our', 'reflects the cost', 'best possible experience', 'please refer to', 'refer to our faq', 'see our faq', 'check our faq', "don't hesitate to contact", 'do not hesitate to contact', 'thank you for your feedback', 'thanks for your feedback', 'thank you for reaching out', 'thanks for reaching out', 'is our top priority', 'is our number one priority', 'thanks for your interest', 'thank you for your interest', 'thank you for your message', 'thanks for your message', 'can be found on our website', 'is pleased to inform', 'are pleased to inform', 'pleased to announce', 'to better serve', 'better meet the needs', 'as part of our ongoing', 'valued guests', 'after careful consideration', 'following careful consideration', "we'll pass it on", "we'll pass that on", 'we will pass this on', 'to the relevant team', 'we have taken note', 'left us no choice', 'no choice but to', 'rising costs', 'across the industry', 'keep up with the market', 'we have noted your', 'reflect the cost', 'in line with the market', 'for more information, please', 'please see our help'],
  },
  fr: {
    blame: ['vous auriez dû', 'tu aurais dû', 'vous auriez pu lire', 'fallait lire', 'il fallait lire', 'lire les conditions', 'lu les conditions', 'vous avez accepté', 'tu as accepté', 'votre faute', 'ta faute', 'si vous aviez lu', 'si tu avais lu', "c'est indiqué", "c'était indiqué", "vous n'avez pas lu", "tu n'as pas lu", 'apprenez à lire', 'apprends à lire', 'vous avez choisi', 'tu as choisi', 'désolés que vous le preniez', 'désolé que vous le preniez', 'désolés que tu le prennes', "sens de l'humour", 'trop susceptibles', 'trop susceptible', 'passez à autre chose', 'bon vent', 'personne ne vous oblige', "personne ne t'oblige", 'personne ne vous force', 'personne ne te force', 'prendront votre place', 'prendront ta place', 'tant pis pour vous', 'tant pis pour toi', 'allez voir ailleurs', 'va voir ailleurs', 'détendez-vous', 'détends-toi', 'calmez-vous', 'calme-toi', 'il suffisait de', "vous n'aviez qu'à", "tu n'avais qu'à", "c'était pour rire", "c'est pour rire", 'juste une blague', "qu'une blague", "c'était une blague", 'pas de quoi en faire', 'vous avez commencé', 'tu as commencé', "c'est toi qui as commencé", 'second degré', "c'est qu'un film", "c'est juste un film", "ce n'est qu'un film", 'faudrait sortir', 'faut sortir', 'sors un peu', 'sortez un peu', "n'ont pas compris", "n'avez pas compris", "n'as pas compris", 'trop subtil pour', "fallait bien que quelqu'un le dise", 'on te rappelle de', 'dans ta tête', 'dans votre tête', 'lire la faq', 'la prochaine fois, vérifie', 'la prochaine fois vérifie', 'la prochaine fois, vérifiez', 'la prochaine fois vérifiez', "n'est pas ton truc", "n'est pas votre truc", 'notre petite blague', "n'a pas saisi", "n'ont pas saisi", "n'avez pas saisi", "on s'amuse juste", 'tu devrais peut-être', 'vous devriez peut-être', 'nous vous rappelons de', 'nous vous rappelons toutefois', 'on te rappelle quand même', 'pensez à vérifier', 'pense à vérifier', 'vérifiez toujours', 'vérifie toujours', 'mange plus vite', 'mangez plus vite', 'change de resto', "t'as pas de chance", "un peu d'humour", "un peu d'autodérision", 'trop subtile pour', 'trop subtils pour', 'trop subtiles pour', 'le prends pas mal', 'le prenez pas mal', 'pour rigoler', 'ce sont des rumeurs', 'ne vous fiez pas aux rumeurs', 'ne croyez pas les rumeurs', 'ne te fie pas aux rumeurs', 'de simples rumeurs', 'merci de ne pas relayer', 'merci de ne pas les relayer', 'arrêtez de relayer', 'comme indiqué dans', 'comme précisé dans', 'comme expliqué dans'],
    conditional: ['si', 'que vous le preniez', 'que tu le prennes', 'que vous le viviez', 'que vous ressentiez', 'que vous soyez', 'que tu sois', 'comme ça', 'ainsi', 'ceux qui', 'celles qui', 'certains', 'certaines', 'quiconque', 'la gêne occasionnée', 'pour la gêne', 'se sont sentis', 'se sont senties', "s'est senti", "s'est sentie", 'vous sentez', 'vous vous sentez'],
    empathy: ['on sait', 'nous savons', 'on comprend', 'nous comprenons', 'on entend', 'nous entendons', 'on voit bien', 'ça doit être', 'forcément', 'évidemment', 'normal que', "c'est normal", 'pas étonnant', 'vous avez raison', 'tu as raison', 'vous aviez raison', 'tu avais raison', "c'est juste", 'vous avez le droit', 'tu as le droit', 'vous avez tout à fait le droit'],
    sarcasm: ['nous ont obligés à le dire', "on nous a obligés à le dire", 'désolé pas désolé', 'désolés pas désolés', "c'est ça oui", 'merci pour rien', 'grand bien vous fasse', 'la bonne blague', 'quelle originalité', 'bravo le génie'],
    habit: ['réservé', 'réservée', 'réservés', 'acheté', 'achetée', 'achetés', 'commandé', 'commandée', 'venu', 'venue', 'venus', 'allé', 'allée', 'passé', 'mangé', 'joué', 'écouté', 'téléchargé', 'connecté'],
    person: ['spectateur', 'spectateurs', 'spectatrice', 'spectatrices', 'client', 'clients', 'cliente', 'clientes', 'abonné', 'abonnés', 'abonnée', 'abonnées', 'fan', 'fans', 'utilisateur', 'utilisateurs', 'utilisatrice', 'personne', 'personnes', 'foyer', 'foyers', 'membre', 'membres', 'compte', 'comptes'],
    you: ['avez', 'as', 'êtes', 'vous', 'tu', 't'],
    surveillance: ['on sait ce que vous regard*', 'on sait ce que tu regard*', 'nous savons ce que vous regard*', 'on voit ce que vous regard*', 'on voit ce que tu regard*', 'on sait ce que vous achet*', 'on sait ce que tu achèt*', 'on a vu que vous avez regardé', 'on a vu que tu as regardé', 'on sait combien de fois vous avez regardé', 'on sait combien de fois tu as regardé', 'on sait où vous habitez', 'on sait où tu habites'],
    details: ['ton e-mail', 'votre e-mail', 'ton email', 'votre email', 'ton mail', 'votre mail', 'ton adresse', 'votre adresse', 'ton numéro', 'votre numéro', 'numéro de commande', 'numéro de téléphone', 'numéro de compte', 'ton code postal', 'votre code postal', 'ta carte', 'votre carte', 'ton mot de passe', 'votre mot de passe', 'ton nom complet', 'votre nom complet'],
    inPublic: ['ici', 'ci-dessous', 'en commentaire', 'en commentaires', 'en réponse', 'sous ce post', 'sous ce tweet', 'dans ce fil', 'mets', 'mettez', 'poste', 'postez'],
    inPrivate: ['mp', 'dm', 'message privé', 'messages privés', 'en privé', 'par e-mail', 'par mail', 'par message', 'appelle-nous', 'appelez-nous'],
    boilerplate: ['nous vous remercions de votre compréhension', 'merci de votre compréhension', 'merci pour votre compréhension', 'merci de votre patience', 'merci pour votre patience', 'nous vous remercions pour votre patience', 'votre avis compte', 'vos retours sont importants', 'nous prenons note', 'nous nous excusons pour la gêne occasionnée', 'la gêne occasionnée', 'nous restons engagés', 'nous nous engageons à', 'nous mettons tout en œuvre', 'nous prenons cela très au sérieux', 'cher client', 'chers clients', 'chère cliente', 'notre service client', "notre centre d'aide", 'meilleure expérience possible', 'reflète le coût', 'veuillez consulter', 'consultez notre faq', 'consultez la faq', 'votre satisfaction est notre', 'notre priorité absolue', "n'hésitez pas à nous contacter", "n'hésitez pas à nous faire part", 'merci pour votre retour', 'merci pour vos retours', 'merci de nous avoir contactés', 'merci pour votre message', 'merci de votre message', 'merci pour votre intérêt', 'sur notre site internet', 'a le plaisir de vous informer', 'avons le plaisir de vous informer', 'dans le cadre de', 'mieux répondre aux attentes', 'suite à une réévaluation', 'après mûre réflexion', 'après réflexion approfondie', 'merci pour ton retour', 'merci de ton retour', 'merci pour le retour', 'merci pour tes retours', 'on fera passer le message', 'nous ferons remonter', 'au service concerné', 'nous avons pris note', "pas eu le choix", "n'avions pas le choix", "n'avait pas le choix", 'hausse des coûts', 'pris acte', 'reflètent les coûts', 'en ligne avec le marché', 'conformes au marché', "pour plus d'informations", 'consultez la rubrique', 'consulter la rubrique'],
  },
  it: {
    blame: ['avresti dovuto', 'avreste dovuto', 'dovevi leggere', 'dovevate leggere', 'leggere le condizioni', 'letto le condizioni', 'hai accettato', 'avete accettato', 'colpa tua', 'colpa vostra', 'se avessi letto', 'se aveste letto', 'era scritto', "c'era scritto", 'non hai letto', 'non avete letto', 'impara a leggere', 'imparate a leggere', 'hai scelto', 'avete scelto', 'ci dispiace che la pensiate', 'ci dispiace che la pensi', "senso dell'umorismo", 'troppo permalosi', 'troppo permaloso', 'fatevene una ragione', 'fattene una ragione', 'nessuno vi obbliga', 'nessuno ti obbliga', 'peggio per voi', 'peggio per te', 'andate altrove', 'vai altrove', 'prenderanno il tuo posto', 'prenderanno il vostro posto', 'rilassatevi', 'rilassati', 'calmatevi', 'calmati', 'solo una battuta', 'era una battuta', 'solo uno scherzo', 'era uno scherzo', 'era ironico', 'era ironia', 'stavamo scherzando', 'hai cominciato tu', 'avete cominciato voi', 'hai iniziato tu', 'te la sei cercata', 'è solo un film', 'è solo una serie', "esci un po'", "uscite un po'", 'fatti una vita', 'trovati un hobby', 'non ha capito', 'non hanno capito', 'non avete capito', 'non hai capito', 'troppo sottile per', 'qualcuno doveva dirlo', 'ti ricordiamo di', 'nella tua testa', 'leggi le faq', 'leggere le faq', 'la prossima volta controlla', 'la prossima volta controllate', 'non fa per te', 'non fa per voi', 'la nostra battutina', 'non ha colto', 'non hanno colto', 'non hai colto', 'non avete colto', 'magari controlla', 'magari controllate', 'vi ricordiamo di', 'ti ricordiamo però', 'vi ricordiamo però', 'di controllare sempre', 'ricordati di controllare', 'controlla sempre', 'controllate sempre', 'mangia più veloce', 'mangiate più veloce', 'cambia ristorante', 'non mescoliamo le cose', "un po' di ironia", "un po' d'ironia", "un po' di autoironia", 'troppo sottili per', 'solo per ridere', 'non prendertela', 'non prendetevela', 'non te la prendere', 'sono solo voci', 'non credete alle voci', 'non fidatevi delle voci', 'non credere alle voci', 'non diffondete', 'vi chiediamo di non diffondere', 've la siete cercata', 'bastava', 'sarebbe bastato', 'come indicato nella', 'come indicato nelle', 'come specificato', 'non farne un dramma', 'non fatene un dramma'],
    conditional: ['se', 'che la prendiate', 'che la prendi', 'che la pensiate', 'che vi sentiate', 'che ti senta', 'così', 'chi si', 'qualcuno', 'il disagio', "l'inconveniente", 'si è offeso', 'si è offesa', 'si sono offesi', 'vi siete offesi', 'ti sei offeso', 'si è sentito', 'si è sentita', 'si sono sentiti', 'che tu sia', 'che siate'],
    empathy: ['sappiamo', 'capiamo', 'comprendiamo', 'vi capiamo', 'ti capiamo', 'immaginiamo', 'deve essere', 'ovviamente', 'è normale', 'normale che', 'ci credo', 'avete ragione', 'hai ragione', 'avevate ragione', 'avevi ragione', 'giusto', 'hai tutto il diritto', 'avete tutto il diritto', 'hai il diritto', 'avete il diritto'],
    sarcasm: ['ci hanno costretto a dirlo', 'ci hanno obbligato a dirlo', 'scusa non scusa', 'come no', 'sì certo', 'grazie per niente', 'grazie di niente', 'buon per te', 'che originalità', 'bravo genio'],
    habit: ['prenotato', 'prenotata', 'prenotati', 'comprato', 'comprata', 'ordinato', 'ordinata', 'acquistato', 'venuto', 'venuta', 'venuti', 'stato', 'stata', 'mangiato', 'passato', 'giocato', 'ascoltato', 'scaricato', 'collegato'],
    person: ['spettatore', 'spettatori', 'spettatrice', 'spettatrici', 'cliente', 'clienti', 'abbonato', 'abbonati', 'abbonata', 'abbonate', 'fan', 'utente', 'utenti', 'persona', 'persone', 'famiglia', 'famiglie', 'membro', 'membri', 'account'],
    you: ['hai', 'avete', 'sei', 'siete', 'tu', 'voi'],
    surveillance: ['sappiamo cosa guardi', 'sappiamo cosa guardate', 'sappiamo cosa compri', 'sappiamo cosa comprate', 'vediamo cosa guardi', 'vediamo cosa guardate', 'abbiamo visto che hai guardato', 'abbiamo visto che avete guardato', 'sappiamo quante volte hai guardato', 'sappiamo quante volte avete guardato', 'sappiamo dove abiti', 'sappiamo quando guardi'],
    details: ['la tua email', 'la tua e-mail', 'la tua mail', 'la vostra email', 'il tuo indirizzo', 'il vostro indirizzo', 'il tuo numero', 'il vostro numero', "numero d'ordine", "numero dell'ordine", 'numero di telefono', 'numero di conto', 'il tuo cap', 'la tua carta', 'la tua password', 'il tuo nome completo', "l'email del tuo account"],
    inPublic: ['qui', 'qui sotto', 'nei commenti', 'in risposta', 'sotto questo post', 'in questo thread', 'metti', 'mettete', 'scrivi qui', 'scriveteci qui'],
    inPrivate: ['dm', 'in privato', 'messaggio privato', 'messaggi privati', 'per email', 'per e-mail', 'via email', 'chiamaci', 'chiamateci'],
    boilerplate: ['grazie per la comprensione', 'vi ringraziamo per la comprensione', 'ti ringraziamo per la comprensione', 'grazie per la pazienza', 'vi ringraziamo per la pazienza', 'il tuo feedback è importante', 'il vostro feedback è importante', 'ci scusiamo per il disagio', 'ci scusiamo per eventuali disagi', 'il disagio arrecato', 'eventuali disagi', 'prendiamo nota', 'ci impegniamo a', 'prendiamo la cosa molto sul serio', 'gentile cliente', 'gentili clienti', 'il nostro servizio clienti', 'il nostro centro assistenza', 'migliore esperienza possibile', 'riflette il costo', 'si prega di consultare', 'consulta le nostre faq', 'consultate le nostre faq', 'la tua soddisfazione è la nostra', 'la vostra soddisfazione è la nostra', 'nostra massima priorità', 'non esitate a contattarci', 'non esitare a contattarci', 'grazie per il tuo feedback', 'grazie per il vostro feedback', 'grazie per averci contattato', 'grazie per il tuo messaggio', 'grazie per il vostro messaggio', 'grazie per il tuo interesse', 'sul nostro sito web', 'è lieta di informarvi', 'siamo lieti di informarvi', "nell'ambito di", 'per rispondere meglio', 'al fine di offrire', "dopo un'attenta valutazione", 'dopo attenta valutazione', 'grazie per il tuo riscontro', 'lo faremo presente', 'lo riferiremo', 'al team competente', 'abbiamo preso atto', 'non avevamo scelta', 'non abbiamo avuto scelta', 'aumento dei costi', 'preso atto', 'riflettono i costi', 'in linea con il mercato', 'per maggiori informazioni', 'consultare la sezione', 'consulta la sezione'],
  },
};

/**
 * How a clause starts when the brand tells what it did: "we" and a past
 * tense ("we roasted", "we've taken", "we took"), "on a", "nous avons",
 * "on s'en est pris", "abbiamo", "ci siamo".
 */
const NARRATION: Record<Locale, { we: readonly string[]; and: readonly string[]; past: (word: string) => boolean }> = {
  en: {
    we: ['we'],
    and: ['and', 'then', 'so', 'but'],
    past: (w) =>
      /^[a-z]{3,}ed$/.test(w) ||
      [
        'took',
        'made',
        'got',
        'went',
        'said',
        'did',
        'told',
        'sent',
        'put',
        'ran',
        'wrote',
        'gave',
        'thought',
        'tried',
        'were',
        'have',
        've',
        'had',
        'd',
        'offered',
      ].includes(w),
  },
  fr: {
    we: ['on', 'nous'],
    and: ['et', 'puis', 'alors', 'mais'],
    // The tokens leave out the one-letter "a" of "on a géré": the participle tells the past too.
    past: (w) =>
      ['a', 'avons', 'avait', 'avions', 'est', 'sommes', 's', 'en'].includes(w) ||
      /^\p{L}{2,}(é|ée|és|ées)$/u.test(w) ||
      ['fait', 'pris', 'dit', 'mis', 'eu', 'été', 'voulu', 'pu', 'dû', 'vu', 'lu', 'écrit', 'promis'].includes(w),
  },
  it: {
    we: ['abbiamo', 'siamo', 'avevamo', 'eravamo', 'noi', 'ci'],
    and: ['e', 'poi', 'quindi', 'ma'],
    past: (w) =>
      ['abbiamo', 'siamo', 'avevamo', 'eravamo'].includes(w) || /^[a-z]+(ato|ati|ata|ate|uto|uti|ito|iti)$/.test(w),
  },
};

/** Numbers written in words, to 100: "eighteen times", "dix-huit fois", "diciotto volte". */
// biome-ignore format: word lists, one language a line
export const NUMBER_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'dozen', 'once', 'twice'],
  fr: ['un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'douzaine'],
  it: ['un', 'uno', 'una', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'cento', 'dozzina'],
};
/** Where 1 stands in each language's NUMBER_WORDS: "un", "une", "uno", "una" all say it; "deux", "due" come after. */
const ONE_AT: Record<Locale, number> = { en: 0, fr: 1, it: 2 };
/** The value of a number in digits or in words up to twenty ("eleven", "onze", "undici"), or undefined. */
export function numberValue(locale: Locale, word: string): number | undefined {
  if (DIGITS.test(word)) return Number(word);
  const i = NUMBER_WORDS[locale].indexOf(word);
  if (i < 0) return undefined;
  const value = i <= ONE_AT[locale] ? 1 : i - ONE_AT[locale] + 1;
  return value <= 20 ? value : undefined;
}
/** How often, after a number: "18 times", "18 fois", "18 volte", "18x". */
const TIMES: Record<Locale, string[]> = {
  en: ['times', 'time', 'x', 'days', 'nights', 'weeks', 'episodes', 'seats', 'tickets', 'viewings', 'plays', 'streams'],
  fr: ['fois', 'x', 'jours', 'soirs', 'semaines', 'épisodes', 'places', 'billets', 'visionnages'],
  it: [
    'volte',
    'volta',
    'x',
    'giorni',
    'sere',
    'settimane',
    'episodi',
    'posti',
    'biglietti',
    'visualizzazioni',
    'visioni',
  ],
};
const HAS_DIGIT = /\d/;
/** A past participle or past tense: "watched", "seen", "regardé", "guardato", "visto". */
const PAST_FORM = /(?:ed|seen|saw|é|ée|és|ées|ato|ata|ati|ito|uto|isto|vu)$/u;
/** A number in digits and its unit: "3 places", "18 times", "2 biglietti". */
const countsIn = (units: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,3} ?(?:${units.join('|')})(?!\\p{L})`, 'gu');
const COUNTS: Readonly<Record<Locale, RegExp>> = Object.freeze({
  en: countsIn(TIMES.en),
  fr: countsIn(TIMES.fr),
  it: countsIn(TIMES.it),
});
/** Verbs that report what the reader said, after "you" ("you told us", "vous nous avez dit", "ci avete detto"). */
const REPORT: Record<Locale, readonly string[]> = {
  en: ['told', 'said', 'asked', 'wrote', 'called', 'pointed', 'mentioned', 'tell', 'say', 'ask'],
  fr: ['dit', 'demandé', 'écrit', 'signalé', 'expliqué', 'dites', 'dis', 'demandez'],
  it: ['detto', 'scritto', 'chiesto', 'segnalato', 'spiegato', 'dite', 'dici', 'chiedete', 'chiedi'],
};
/** The reader's feelings, named: "your anger", "votre colère", "la vostra rabbia". */
const FEELINGS: Record<Locale, readonly string[]> = {
  en: [
    'anger',
    'frustration',
    'frustrations',
    'disappointment',
    'annoyance',
    'outrage',
    'upset',
    'concern',
    'concerns',
  ],
  fr: ['colère', 'frustration', 'frustrations', 'déception', 'agacement', 'énervement', 'indignation', 'inquiétude'],
  it: ['rabbia', 'frustrazione', 'delusione', 'fastidio', 'indignazione', 'preoccupazione', 'arrabbiatura'],
};

/** Problems named: "if you're having trouble", "si tu as un souci", "se hai un problema" help, they do not sneer. */
const PROBLEMS: Record<Locale, readonly string[]> = {
  en: [
    'trouble',
    'problem',
    'problems',
    'issue',
    'issues',
    'difficulty',
    'difficulties',
    'error',
    'bug',
    'delay',
    'glitch',
  ],
  fr: ['souci', 'soucis', 'problème', 'problèmes', 'difficulté', 'difficultés', 'erreur', 'bug', 'retard', 'panne'],
  it: ['problema', 'problemi', 'difficoltà', 'errore', 'bug', 'ritardo', 'guasto', 'inconveniente'],
};

/** The clauses that tell what the reader said: a reporting verb within three words after "you". */
function reportedClauses(input: StrategyInput, clauseOf: readonly number[]): Set<number> {
  const out = new Set<number>();
  input.tokens.forEach((t, i) => {
    if (!REPORT[input.locale].includes(t.lower)) return;
    for (let j = i - 1; j >= Math.max(0, i - 3) && clauseOf[j] === clauseOf[i]; j--)
      if (addressesReader(input, j)) {
        out.add(clauseOf[i]!);
        return;
      }
  });
  return out;
}

/** An apology taken back in the words after it: "Sorry Nate! ...Actually, no.", "Désolés… en fait non", "Scusa… anzi no". */
const RETRACTED: Readonly<Record<Locale, RegExp>> = Object.freeze({
  en: /^[^a-z]{0,12}(?:\p{L}+[^a-z]{1,6})?(?:actually,? no|just kidding|jk|nah|not really)(?!\p{L})/u,
  fr: /^[^a-zé]{0,12}(?:\p{L}+[^a-zé]{1,4})?(?:en fait,? non|non en fait|je rigole|on rigole|ou pas)(?!\p{L})/u,
  it: /^[^a-z]{0,12}(?:\p{L}+[^a-z]{1,4})?(?:anzi,? no|scherzo|scherziamo|scherzavamo|in realtà no)(?!\p{L})/u,
});
/** Questions that ask why an apology would be owed: "why would we apologise?", "pourquoi s'excuser ?". */
const WHY: Record<Locale, readonly string[]> = {
  en: ['why', 'what'],
  fr: ['pourquoi', 'quoi'],
  it: ['perché', 'perche', 'cosa'],
};
/**
 * An apology asked as a question, short ("Apologise? For what?", "Nous excuser ?", "Scusarci?") or asking why
 * ("why would we apologise?"): refused, not made.
 */
function rhetorical(input: StrategyInput, r: Range): boolean {
  const { tokens } = input;
  const i = firstTokenFrom(tokens, r[0]);
  if (i < 0) return false;
  const k = tokens[i]!.clause;
  let first = i;
  while (first > 0 && tokens[first - 1]!.clause === k) first--;
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1]!.clause === k) last++;
  const end = last + 1 < tokens.length ? tokens[last + 1]!.start : input.lower.length;
  if (!input.lower.slice(tokens[last]!.end, end).includes('?')) return false;
  const words = tokens.slice(first, last + 1).filter((t) => !isHandle(input.lower, t) && /\p{L}/u.test(t.text));
  return words.length <= 3 || WHY[input.locale].includes(words[0]?.lower ?? '');
}

/** How an act was done, when the brand tells its own: badly. */
const BADLY: Record<Locale, readonly string[]> = {
  en: ['badly', 'poorly', 'wrongly', 'clumsily', 'terribly'],
  fr: ['mal', 'maladroitement'],
  it: ['male', 'malissimo', 'malamente'],
};
/** A negation that follows an apology and takes it back: "sorry not sorry", "désolés pas désolés". */
const AFTER_NEGATION: Record<Locale, string[]> = { en: ['not'], fr: ['pas'], it: ['non'] };
/** An apology that cannot be said enough is a strong one: "we can't apologise enough", "on ne s'excusera jamais assez". */
const ENOUGH: Record<Locale, string[]> = {
  en: ['enough'],
  fr: ['assez', 'suffisamment'],
  it: ['abbastanza', 'mai abbastanza'],
};
/** Not a negation of what follows: "no doubt", "not only". */
const NOT_NEGATING: readonly string[] = Object.freeze(['only', 'seulement', 'solo', 'soltanto']);

/** The phrase lists compiled once, when the module loads, and never changed after. */
const COMPILED: Readonly<Record<Locale, CueSet<Phrase>>> = Object.freeze({
  en: compileCueSet({ ...PHRASES.en, looks: LOOKS.en }),
  fr: compileCueSet({ ...PHRASES.fr, looks: LOOKS.fr }),
  it: compileCueSet({ ...PHRASES.it, looks: LOOKS.it }),
});
const phrases = (locale: Locale): CueSet<Phrase> => COMPILED[locale];
const numberSets: Readonly<Record<Locale, ReadonlySet<string>>> = Object.freeze({
  en: new Set(NUMBER_WORDS.en),
  fr: new Set(NUMBER_WORDS.fr),
  it: new Set(NUMBER_WORDS.it),
});
const timesSets: Readonly<Record<Locale, ReadonlySet<string>>> = Object.freeze({
  en: new Set(TIMES.en),
  fr: new Set(TIMES.fr),
  it: new Set(TIMES.it),
});
const youSets: Readonly<Record<Locale, ReadonlySet<string>>> = Object.freeze({
  en: new Set(PHRASES.en.you),
  fr: new Set(PHRASES.fr.you),
  it: new Set(PHRASES.it.you),
});
/** Whether token i speaks to the reader: a second-person word, a handle, "you", or French "t'". */
function addressesReader(input: StrategyInput, i: number): boolean {
  return isHandle(input.lower, input.tokens[i]!) || saysYou(input, i);
}
/**
 * Whether token i is "you" in words: a second-person word, or French "t'". Contempt needs it: a handle before
 * "two wrong orders isn't good enough" names the person and the problem, not what the person is.
 */
function saysYou(input: StrategyInput, i: number): boolean {
  const t = input.tokens[i]!;
  return (
    input.info[i]?.secondPerson === true ||
    youSets[input.locale].has(t.lower) ||
    (input.locale === 'fr' && t.lower.startsWith("t'"))
  );
}
const DIGITS = /^\d+$/;
/** "Nothing" in the three languages: a negation before a cue, and the object that takes an apology back. */
const NOTHING = ['nothing', 'rien', 'niente', 'nulla'];
/** "for", as an apology's object follows it: "sorry for", "désolés pour", "scusa per". */
const FOR = ['for', 'pour', 'de', 'per', 'di'];
/** "From us": what the customer should have had from the brand puts the fault on the brand ("you should've heard it from us"). */
const FROM_US: Record<Locale, readonly string[]> = {
  en: ['from us', 'by us'],
  fr: ['de nous', 'de notre part', 'par nous'],
  it: ['da noi', 'da parte nostra'],
};
/**
 * Blame that is credit where nothing around it is negative: "you cracked the verse hunt… That's on you, @mel and
 * everyone who sang along" thanks; "you didn't read the terms. That's on you" blames.
 */
const CREDIT: readonly string[] = Object.freeze(["that's on you", 'thats on you', 'all on you']);
const fromUs = (input: StrategyInput, [, end]: Range) => {
  const after = input.lower.slice(end, end + 30);
  const stop = after.search(/[.!?;:]/u);
  const rest = stop < 0 ? after : after.slice(0, stop);
  return FROM_US[input.locale].some((w) => rest.includes(w));
};
/** How many words apart a count and what was watched may stand to tell one person's habit. */
const HABIT_REACH = 6;
/** What an insult weighs in its clause, as a strongly negative word of VADER's lexicon does. */
const INSULT = -2.3;

/** Reads what the reply does (see `Strategy`). Pure; a few microseconds for a reply. */
export function readStrategy(input: StrategyInput): Strategy {
  const { locale, tokens, words, info } = input;
  const found = phrases(locale).find(words);
  // A clause: a sentence, cut again at commas and contrast words ("sorry, but you're an idiot" is two).
  const clauseOf = clauses(input);
  const tokenAt = (pos: number) => firstTokenFrom(tokens, pos);
  const english = locale === 'en';
  const negates = (i: number) => {
    const t = tokens[i]!;
    return (
      info[i]?.negation === true ||
      (english && t.lower.includes("n't")) ||
      t.lower === 'no' ||
      NOTHING.includes(t.lower)
    );
  };
  /** A cue taken back by a negation in the four words before it, in its clause ("not for sale", "n'est pas à vendre", "non ci scusiamo"). */
  const negated = (r: Range, reach = 4) => {
    const i = tokenAt(r[0]);
    if (i < 0) return false;
    for (let back = 1; back <= reach && i - back >= 0; back++) {
      const j = i - back;
      if (clauseOf[j] !== clauseOf[i]) break;
      if (NOT_NEGATING.includes(tokens[j + 1]?.lower ?? '')) continue;
      if (negates(j)) return true;
    }
    return false;
  };
  /** A phrase that is a negation itself ("non ha colto", "you didn't read") is not taken back by another before it. */
  const holdsNegation = ([s, e]: Range) => {
    for (let i = Math.max(0, tokenAt(s)); i < tokens.length && tokens[i]!.start < e; i++) if (negates(i)) return true;
    return false;
  };
  const enough = (r: Range) => {
    const after = input.lower.slice(r[1], r[1] + 20);
    return ENOUGH[locale].some((w) => after.includes(w));
  };

  /** "We apologise for nothing", "sorry for nothing": the apology's object takes it back. */
  const forNothing = (r: Range) => {
    const i = tokenAt(r[1] - 1);
    return i >= 0 && FOR.includes(tokens[i + 1]?.lower ?? '') && NOTHING.includes(tokens[i + 2]?.lower ?? '');
  };
  const negatedApology: Range[] = [];
  const sarcasm: Range[] = [...found.sarcasm];
  input.apology.forEach((r, k) => {
    if (enough(r)) return;
    // "sorry not sorry": an apology followed by a negation and another apology; both are taken back.
    const next = input.apology[k + 1];
    const between = next ? input.lower.slice(r[1], next[0]).trim().replace(/[,.!]/g, '').trim() : '';
    if (next && AFTER_NEGATION[locale].includes(between)) {
      negatedApology.push(r, next);
      if (!sarcasm.some((s) => s[0] <= r[0] && s[1] >= next[1])) sarcasm.push([r[0], next[1]]);
      return;
    }
    if (
      (negated(r) ||
        forNothing(r) ||
        rhetorical(input, r) ||
        RETRACTED[locale].test(input.lower.slice(r[1], r[1] + 40))) &&
      !negatedApology.includes(r)
    )
      negatedApology.push(r);
  });
  const kept = input.apology.filter((r) => !negatedApology.includes(r));
  // Conditional: an apology whose clause goes on to the reader's feelings ("if", "you feel", "anyone who") within six words.
  const conditionalApology = kept.filter((r) => {
    const i = tokenAt(r[0]);
    return found.conditional.some(([s]) => {
      if (s < r[1]) return false;
      const j = tokenAt(s);
      return j >= 0 && tokens[j]!.clause === tokens[i]!.clause && j - i <= 7;
    });
  });
  // "Sorry, but the new prices are fair": a contrast word after the apology, in its sentence, takes it back.
  const apologyThenBut: Range[] = [];
  for (const r of kept.filter((a) => !conditionalApology.includes(a))) {
    const i = tokenAt(r[0]);
    for (let j = i + 1; j < tokens.length && tokens[j]!.clause === tokens[i]!.clause; j++) {
      if (info[j]?.contrast) {
        apologyThenBut.push(r, [tokens[j]!.start, tokens[j]!.end]);
        break;
      }
    }
  }
  const negatedAccountability = input.accountability.filter((r) => negated(r));
  const negatedPromotion = input.promotion.filter((r) => negated(r));
  const told = narratedClauses(input, clauseOf);
  // "On a mal géré ce changement", "we handled it badly", "abbiamo gestito male": the brand telling its own act as badly
  // done owns it, as "we got it wrong" does.
  const badly =
    told.size === 0
      ? []
      : tokens.flatMap((t, i): Range[] =>
          BADLY[locale].includes(t.lower) && told.has(clauseOf[i]!) && !negated([t.start, t.end])
            ? [[t.start, t.end]]
            : [],
        );
  // What the reply owns: its apologies for the act, the faults it admits, the acts it tells as badly done.
  const owning = [
    ...kept.filter((r) => !conditionalApology.includes(r)),
    ...input.accountability.filter((r) => !negatedAccountability.includes(r)),
    ...badly,
  ];
  const ownsIt = owning.length > 0;
  const inTold = (r: Range) => {
    const i = tokenAt(r[0]);
    return i >= 0 && told.has(clauseOf[i]!);
  };
  const narrated = [...input.promotion.filter(inTold), ...(ownsIt ? input.mockery.filter(inTold) : [])];

  // Contempt per clause: negative words and "you" in the same clause, which no verbal apology or consolation softens.
  const soft = [...kept.filter((r) => !conditionalApology.includes(r)), ...input.warmth, ...found.empathy];
  const byClause = new Map<number, { sum: number; spans: Range[]; you: boolean; soft: boolean }>();
  const reported = input.contributions.some((c) => c.value < 0) ? reportedClauses(input, clauseOf) : undefined;
  for (const c of input.contributions) {
    // Only the negative words: a heart in the same clause does not take an insult back.
    if (c.value >= 0) continue;
    const k = clauseOf[firstTokenFrom(tokens, c.token.start)]!;
    // The reader's own words told back ("you told us it was a bad idea"), their feelings named ("votre colère est
    // légitime") and their problem named ("if you're having trouble") are no contempt; an insult there still is, below.
    if (reported?.has(k) || FEELINGS[locale].includes(c.token.lower) || PROBLEMS[locale].includes(c.token.lower))
      continue;
    const e = byClause.get(k) ?? { sum: 0, spans: [], you: false, soft: false };
    e.sum += c.value;
    e.spans.push([c.token.start, c.token.end]);
    byClause.set(k, e);
  }
  // An insult counts as a strongly negative word (VADER's "idiot" is −2.3), whatever the lexicon says of it.
  for (const r of input.insults) {
    const i = tokenAt(r[0]);
    if (i < 0) continue;
    const e = byClause.get(clauseOf[i]!) ?? { sum: 0, spans: [], you: false, soft: false };
    if (!e.spans.some(([s0]) => s0 === r[0])) {
      e.sum += INSULT;
      e.spans.push(r);
    }
    byClause.set(clauseOf[i]!, e);
  }
  tokens.forEach((t, i) => {
    const e = byClause.get(clauseOf[i]!);
    if (!e) return;
    if (saysYou(input, i)) e.you = true;
    if (soft.some(([s, end]) => s < t.end && end > t.start)) e.soft = true;
  });
  let hostility = { value: 0, spans: [] as Range[] };
  for (const [k, e] of byClause) {
    if (!e.you || e.soft || e.sum >= 0 || (ownsIt && told.has(k))) continue;
    const v = -e.sum / Math.sqrt(e.sum * e.sum + 15);
    if (v > 0.3 && 0.7 * v > hostility.value) hostility = { value: 0.7 * v, spans: e.spans };
  }

  mockEmphasis(input, clauseOf, ownsIt, owning, sarcasm);
  // Credit: the phrase's sentence and the one before hold no negative word and no negation.
  const credit = (r: Range) => {
    if (!CREDIT.includes(input.lower.slice(r[0], r[1]))) return false;
    const k = sentenceAt(tokens, r[0]);
    const near = (sentence: number) => sentence === k || sentence === k - 1;
    return (
      !input.contributions.some((c) => c.value < 0 && near(c.token.clause)) &&
      !tokens.some((t, i) => near(t.clause) && negates(i))
    );
  };

  return {
    negatedApology,
    conditionalApology,
    negatedAccountability,
    negatedPromotion,
    // "It's not your fault", "non è colpa vostra": a blame phrase a negation takes back blames no one.
    blame: [
      ...found.blame.filter((r) => !fromUs(input, r) && !credit(r) && !(negated(r, 2) && !holdsNegation(r))),
      ...toldToCalmDown(locale, tokens, input.lower),
      ...ifYouHad(locale, input.lower).filter((r) => !found.blame.some(([bs, be]) => bs < r[1] && be > r[0])),
    ].sort((a, b) => a[0] - b[0]),
    sarcasm,
    hostility,
    personalExposure: personalExposure(input, found, clauseOf),
    detailsInPublic: detailsInPublic(input, found, negates),
    cuePile: cuePile(input),
    narrated,
    boilerplate: found.boilerplate,
    apologyThenBut,
    empathy: found.empathy,
    looks: mockedLooks(input, found.looks, clauseOf, (r) => ownsIt && inTold(r)),
    ownedBadly: badly,
  };
}

/** Intensifiers that, written in capitals before praise of the reader, mock it: "you SO loved it". */
const EMPHASIS: Record<Locale, readonly string[]> = {
  en: ['so', 'soo', 'sooo', 'really', 'totally', 'absolutely', 'truly', 'such'],
  fr: ['tellement', 'vraiment', 'trop', 'si', 'tant', 'carrément'],
  it: ['così', 'davvero', 'proprio', 'tanto', 'troppo', 'veramente'],
};
/** Faces that turn what is said around them into irony: upside down, rolling its eyes. */
const IRONIC_FACES: readonly string[] = Object.freeze(['🙃', '🙄']);
/** The one of them that is also sheepish ("we forgot to check 🙃"): ironic only beside praise. */
const SHEEPISH = '🙃';
const CAPITAL = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const LETTERS = /\p{L}+/gu;
const isCapitals = (word: string) => word.length >= 2 && CAPITAL.test(word) && word === word.toUpperCase();

/**
 * Praise or thanks said with a face upside down or rolling its eyes ("thanks for your patience 🙃"), an
 * apology with a face rolling its eyes, and
 * an intensifier in capitals before praise in a clause to the reader ("puisque vous avez TELLEMENT adoré
 * Qwikster"), in a reply that owns nothing and does not shout throughout: sarcasm. Added to `sarcasm`.
 */
function mockEmphasis(
  input: StrategyInput,
  clauseOf: readonly number[],
  ownsIt: boolean,
  owning: readonly Range[],
  sarcasm: Range[],
): void {
  const { tokens, locale } = input;
  // Most replies have neither a face nor a stressed intensifier: nothing else to read.
  const emphasis = EMPHASIS[locale];
  let faces = false;
  let stressed = false;
  for (const t of tokens) {
    if (IRONIC_FACES.includes(t.text)) faces = true;
    else if (emphasis.includes(t.lower) && isCapitals(t.text)) stressed = true;
  }
  if (!faces && !stressed) return;
  const praise = input.contributions.filter((c) => c.value > 0 && !IRONIC_FACES.includes(c.token.text));
  if (praise.length === 0 && input.apology.length === 0) return;
  // The face turns its own sentence around, or the one it closes ("Thanks for your patience. 🙃").
  const near = (face: Token, start: number) => {
    const k = sentenceAt(tokens, start);
    return k === face.clause || k === face.clause - 1;
  };
  for (const t of faces ? tokens : []) {
    if (!IRONIC_FACES.includes(t.text)) continue;
    // "On aurait dû vérifier, on plaide coupable 🙃": beside an owned mistake the upside-down face is sheepish.
    if (t.text === SHEEPISH && owning.some(([s]) => near(t, s))) continue;
    const praised = praise.some((c) => near(t, c.token.start));
    if (praised || (t.text !== SHEEPISH && input.apology.some(([s]) => near(t, s)))) sarcasm.push([t.start, t.end]);
  }
  if (!stressed || ownsIt) return;
  const words = tokens.filter((t) => LETTER.test(t.text));
  if (words.filter((t) => isCapitals(t.text)).length * 2 > words.length) return;
  const toReader = new Set(tokens.flatMap((_, i) => (addressesReader(input, i) ? [clauseOf[i]!] : [])));
  tokens.forEach((t, i) => {
    if (!emphasis.includes(t.lower) || !isCapitals(t.text) || !toReader.has(clauseOf[i]!)) return;
    const end = tokens[Math.min(i + 2, tokens.length - 1)]!.end;
    if (praise.some((c) => c.token.start > t.start && c.token.start < end)) sarcasm.push([t.start, end]);
  });
}

/**
 * The clauses where the brand tells what it did: "we" (or "on", "nous", "abbiamo") in its first two words,
 * or just after an "and" ("you were talking about fries and we went after your face"), then a past tense.
 */
function narratedClauses(input: StrategyInput, clauseOf: readonly number[]): Set<number> {
  const { we, and, past } = NARRATION[input.locale];
  const out = new Set<number>();
  const tokens = input.tokens.filter((t) => /\p{L}/u.test(t.lower));
  const clauseOfWord = input.tokens.map((t, i) => (/\p{L}/u.test(t.lower) ? clauseOf[i]! : -1)).filter((k) => k >= 0);
  // The word before, or a one-letter "e" the tokens leave out ("le patatine e noi abbiamo…").
  const afterAnd = (i: number) => {
    const gap = input.lower.slice(tokens[i - 1]!.end, tokens[i]!.start).match(LETTERS);
    return and.includes(gap ? gap[gap.length - 1]! : tokens[i - 1]!.lower);
  };
  tokens.forEach((t, i) => {
    const k = clauseOfWord[i]!;
    const start = clauseOfWord.indexOf(k);
    if (!we.includes(t.lower) || (i - start > 1 && !afterAnd(i))) return;
    // Italian says "we" in the verb: "abbiamo preso in giro" starts with its past tense.
    for (let j = past(t.lower) ? i : i + 1; j <= i + 3 && j < tokens.length && clauseOfWord[j] === k; j++) {
      if (past(tokens[j]!.lower)) {
        out.add(k);
        return;
      }
    }
  });
  return out;
}

/** Personal details asked for in a sentence that says where everyone reads ("here", "qui sotto") and offers no private channel. */
function detailsInPublic(
  input: StrategyInput,
  found: Record<Phrase, Range[]>,
  negates: (i: number) => boolean,
): Range[] {
  if (found.details.length === 0 || found.inPublic.length === 0) return [];
  const sentenceOf = (r: Range) => sentenceAt(input.tokens, r[0]);
  const out: Range[] = [];
  // "We will never ask for your password here": a negation in the sentence asks for nothing.
  const negated = new Set(input.tokens.flatMap((t, i) => (negates(i) ? [t.clause] : [])));
  for (const d of found.details) {
    const k = sentenceOf(d);
    const where = found.inPublic.filter((r) => sentenceOf(r) === k);
    if (where.length > 0 && !negated.has(k) && !found.inPrivate.some((r) => sentenceOf(r) === k)) out.push(d, ...where);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * One person's habits told in public: in one sentence, someone singled out
 * ("you", a handle, "the one viewer"), a count or a frequency ("18 times",
 * "dix-huit fois", "every day"), and what they watched, bought or where they went.
 */
function personalExposure(input: StrategyInput, found: Record<Phrase, Range[]>, clauseOf: number[]): Range[] {
  const { locale, tokens, info } = input;
  const numbers = numberSets[locale];
  const times = timesSets[locale];
  const you = youSets[locale];
  const persons = new Set(PHRASES[locale].person);
  const out: Range[] = [];
  const sentences = new Map<number, { who: Range[]; count: Range[]; habit: Range[] }>();
  const sentence = (i: number) => {
    const k = tokens[i]!.clause;
    let e = sentences.get(k);
    if (!e) {
      e = { who: [], count: [], habit: [] };
      sentences.set(k, e);
    }
    return e;
  };
  tokens.forEach((t, i) => {
    const low = t.lower;
    const isNumber = DIGITS.test(low) || numbers.has(low);
    if (info[i]?.secondPerson || isHandle(input.lower, t) || you.has(low) || /^(l'|t')?(hai|avez|as)$/.test(low))
      sentence(i).who.push([t.start, t.end]);
    // "the one viewer", "a single customer": one person, singled out.
    if (
      (low === 'one' ||
        low === 'un' ||
        low === 'une' ||
        low === 'uno' ||
        low === 'una' ||
        low === 'single' ||
        low === 'seul' ||
        low === 'solo') &&
      persons.has(tokens[i + 1]?.lower ?? '')
    )
      sentence(i).who.push([t.start, tokens[i + 1]!.end]);
    const next = tokens[i + 1]?.lower ?? '';
    if (isNumber && times.has(next)) sentence(i).count.push([t.start, tokens[i + 1]!.end]);
    if (/^(x\d+|\d+x)$/.test(low)) sentence(i).count.push([t.start, t.end]);
  });
  const place = (ranges: readonly Range[], into: 'count' | 'habit') => {
    for (const r of ranges) {
      const i = firstTokenFrom(tokens, r[0]);
      if (i >= 0) sentence(i)[into].push(r);
    }
  };
  place(
    input.streak.filter(([s, e]) => !/^(times|fois|volte)$/.test(input.lower.slice(s, e))),
    'count',
  );
  // One-digit numbers are no tokens ("réservé 3 places"): counts are read in the text too.
  if (HAS_DIGIT.test(input.lower))
    place(
      [...input.lower.matchAll(COUNTS[locale])].map((m): Range => [m.index, m.index + m[0].length]),
      'count',
    );
  // An order opening its clause tells no habit ("if you have 20 minutes, watch the first two episodes"); a past
  // tense there does ("watched it 18 times this month, @jen?").
  const opensClause = (r: Range) => {
    const i = firstTokenFrom(tokens, r[0]);
    if (PAST_FORM.test(tokens[i]?.lower ?? '')) return false;
    for (let j = i - 1; j >= 0 && clauseOf[j] === clauseOf[i]; j--)
      if (!isHandle(input.lower, tokens[j]!) && /\p{L}/u.test(tokens[j]!.text)) return false;
    return true;
  };
  place(
    input.viewing.filter((r) => !opensClause(r)),
    'habit',
  );
  place(found.habit, 'habit');
  // The brand saying it knows what one person watches, buys or where they go ("we know what you watch"): the
  // habits are not told, but the reader learns they are watched, which is the exposure itself.
  out.push(...found.surveillance);
  // The count tells how often they did it: near the habit ("watched it 18 times"), not "four weeks before release …
  // before you've seen it".
  const at = (r: Range) => firstTokenFrom(tokens, r[0]);
  const near = (a: Range, b: Range) => Math.abs(at(a) - at(b)) <= HABIT_REACH;
  for (const e of sentences.values()) {
    const count = e.count.filter((c) => e.habit.some((h) => near(c, h)));
    if (e.who.length > 0 && count.length > 0)
      out.push(e.who[0]!, ...count, ...e.habit.filter((h) => count.some((c) => near(c, h))));
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * How much the reply is a pile of cues: cues of three features or more,
 * more of them than one and a half per word the reply says of its own; and
 * the same cue said again and again. "haha thank you ❤ sorry! tell us?" is all cues; a reply that
 * says something has words of its own between them.
 */
function cuePile(input: StrategyInput): number {
  const { lower, own } = input;
  const cues = input.cues.flat();
  const seen = new Map<string, number>();
  for (const [s, e] of cues) {
    const k = lower.slice(s, e);
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  let repeats = 0;
  for (const n of seen.values()) repeats += n - 1;
  // A reply rich in the cues of one or two features is those features said warmly ("Thank you, we hear you, we're here
  // for you ❤"): a pile reaches for three kinds at once with few words of its own, or says the same cue again and again.
  const kinds = input.cues.filter((c) => c.length > 0).length;
  const dense = kinds >= 3 ? (cues.length - 1.5 * own - 1) / 3 : 0;
  return Math.max(0, Math.min(1, dense + (repeats >= 2 ? repeats / 3 : 0)));
}

/** For each token, its clause: the sentence cut again at commas, colons and contrast words. */
function clauses(input: StrategyInput): number[] {
  const { tokens, info, lower } = input;
  const out: number[] = [];
  let k = 0;
  let sentence = tokens[0]?.clause ?? 0;
  tokens.forEach((t, i) => {
    if (t.clause !== sentence) {
      k++;
      sentence = t.clause;
    } else if (i > 0 && info[i]?.contrast) k++;
    out.push(k);
    // French sets a space before its colon: "ce n'était pas le cas : on a trop promis" is two clauses.
    let j = t.end;
    while (lower.charCodeAt(j) === 0x20 || lower.charCodeAt(j) === 0xa0 || lower.charCodeAt(j) === 0x202f) j++;
    const after = lower.charCodeAt(j);
    if (after === 0x2c || after === 0x3a) k++;
  });
  return out;
}

/** The sentence (the tokens' clause, cut at . ! ? ;) of the token at or after `pos`; -1 past the end. */
const sentenceAt = (tokens: readonly Token[], pos: number): number => tokens[firstTokenFrom(tokens, pos)]?.clause ?? -1;
