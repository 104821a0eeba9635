import type { Locale } from '../schema/text';
import type { BandId, Tone } from '../outcome';
import type { Move } from '../text/analysis';

/** The words of the debrief's breakdown, per language. `{n}`, `{segment}`, `{feature}` are filled in. */
export interface Messages {
  parts: Record<'followers' | 'engagement' | 'trust' | 'lesson', string>;
  tones: Record<Tone, string>;
  reasons: Record<string, string>;
  features: Record<string, string>;
  /** Sentences about a written reply's features: {what}, {words}, {reaction}, {segment}, {n}, {tone}. */
  written: Record<'line' | 'carried' | 'count' | 'liked' | 'disliked' | 'nobody' | 'tone' | 'positive' | 'negative' | 'neutral', string>;
  /** The debrief's name for what a written reply did ("you apologised, then blamed the customer"): {words}, {language}. */
  moves: Record<Move, string>;
  /** The languages, as a debrief sentence names them. */
  languages: Record<Locale, string>;
  /** A run's band, as the debrief titles it. */
  bands: Record<BandId, string>;
  /** How a segment took a reply, as a noun after its name ("Families: outrage"): no verb to agree with the name. */
  moods: Record<Tone, string>;
  /** The debrief's line per decision: {label}, {text}; and the sentence that reconciles followers won with trust lost: {gainer}, {loser}, {segment}, {step}. */
  decisions: Record<'picked' | 'wrote' | 'stayedSilent' | 'nothingPosted' | 'follows' | 'misses' | 'against' | 'reconcile' | 'reconcileSame', string>;
}

export const MESSAGES: Record<Locale, Messages> = {
  en: {
    parts: { followers: 'Followers', engagement: 'Engagement quality', trust: 'Brand trust', lesson: 'The lesson' },
    tones: { loved: 'loved it', liked: 'liked it', shrugged: 'shrugged', disliked: 'disliked it', outraged: 'found it too much' },
    reasons: {
      'segment-followed': '{segment} {tone}: +{n} followers',
      'segment-left': '{segment} {tone}: {n} followers',
      'segment-followed-anyway': '{segment} {tone}, yet some followed: +{n} followers',
      'segment-left-anyway': '{segment} {tone} on the whole, yet some left: {n} followers',
      'followers-unchanged': 'Nobody followed or left',
      'no-exposure': 'Nothing was posted, so nobody reacted',
      'approving-rate': '{n} of the people who saw it reacted warmly',
      'angry-rate': '{n} reacted angrily',
      'trust-up': '{segment} trust the brand more ({n} points)',
      'trust-down': '{segment} trust the brand less ({n} points)',
      'trust-steady': 'Trust held steady',
      'lesson-followed': 'Your replies showed {feature}, as the lesson asks',
      'lesson-missed': '{feature} worked against the lesson',
      'lesson-silent': 'Silence teaches nothing here',
      'timed-out': 'Decisions the clock made for you when time ran out: {n}',
      'lesson-against': 'At {step}, your reply went against the lesson',
      'band-against': 'At {step}, the decision went against the lesson',
      'band-below-silence': 'The run scored {n}, less than saying nothing at all (500)',
      'band-under-strong': 'The total is under {n} points',
      'band-few-followed': 'Fewer than half of the decisions followed the lesson',
      'band-strong': 'No decision went against the lesson, and the audience agreed',
    },
    features: {
      humour: 'humour', edge: 'edgy content', warmth: 'warmth', apology: 'an apology', accountability: 'ownership of the mistake',
      explanation: 'an explanation', personalAddress: 'speaking to a person', invitation: 'an invitation to talk', promotion: 'promotion',
      mockery: 'mocking customers', privacyExposure: "exposing customers' private behaviour", profanity: 'profanity', platformFit: 'fit with the platform',
      speed: 'speed', voice: "the brand's own voice", silence: 'saying nothing',
    },
    written: {
      line: 'Your reply {what}{words}: {reaction}', carried: 'showed {feature}', count: 'mentioned {n} identifiable customers',
      liked: '{segment} liked it', disliked: '{segment} reacted badly', nobody: 'no group cared much either way',
      tone: 'Its tone read as {tone}{words}', positive: 'positive', negative: 'negative', neutral: 'neutral',
    },
    moves: {
      'negated-apology': 'You said you were not sorry{words}: to people who are upset, a refused apology reads as contempt',
      'conditional-apology': 'You apologised for how people feel, not for what you did{words}: it owns nothing and reads as talking down',
      'apology-then-blame': 'You apologised, then blamed the customer{words}: the blame is what people remember',
      blame: 'You put the fault on the customer{words}: it reads as contempt',
      'apology-then-insult': 'You apologised, then insulted the person{words}: the apology does not take the insult back',
      sarcasm: "Your joke was at the customer's expense{words}: sarcasm reads as contempt",
      'personal-exposure': "You named one viewer's habits in public{words}: every customer learns what the brand sees",
      'cue-pile': 'Your reply piled up stock phrases{words} without saying anything: the audience read it as insincere',
      'says-nothing': 'Your reply said nothing the audience could answer: it counted as silence',
      'off-topic': 'Your reply was about something other than the conversation: the audience took little from it',
      'other-language': "Your reply was in {language}, not in your audience's language: few of them took it in",
    },
    languages: { en: 'English', fr: 'French', it: 'Italian' },
    bands: { strong: 'Strong run', mixed: 'Mixed run', harmful: 'Harmful run' },
    moods: { loved: 'delight', liked: 'approval', shrugged: 'indifference', disliked: 'dislike', outraged: 'outrage' },
    decisions: {
      picked: 'You chose {label}', wrote: 'You wrote {text}', stayedSilent: 'You chose {label}: nothing was posted', nothingPosted: 'No post, so no reactions to it',
      follows: 'Followed the lesson', misses: 'Missed what the lesson asks', against: 'Went against the lesson',
      reconcile: 'Both are true: the new followers came mostly from the group {gainer}, while trust fell in the group {loser}, above all at {step}.',
      reconcileSame: 'Both are true: some of the group {segment} followed the brand for posts they enjoyed, while the group as a whole trusts it less, above all since {step}.',
    },
  },
  fr: {
    parts: { followers: 'Abonnés', engagement: "Qualité de l'engagement", trust: 'Confiance dans la marque', lesson: 'La leçon' },
    tones: { loved: 'ont adoré', liked: 'ont aimé', shrugged: 'sont restés indifférents', disliked: "n'ont pas aimé", outraged: "l'ont trouvé déplacé" },
    reasons: {
      'segment-followed': '{segment} {tone} : +{n} abonnés',
      'segment-left': '{segment} {tone} : {n} abonnés',
      'segment-followed-anyway': '{segment} {tone}, mais certains se sont abonnés : +{n} abonnés',
      'segment-left-anyway': '{segment} {tone} dans l’ensemble, mais certains sont partis : {n} abonnés',
      'followers-unchanged': "Personne ne s'est abonné ni désabonné",
      'no-exposure': "Rien n'a été publié, donc personne n'a réagi",
      'approving-rate': "{n} des personnes qui l'ont vu ont réagi chaleureusement",
      'angry-rate': '{n} ont réagi avec colère',
      'trust-up': '{segment} font davantage confiance à la marque ({n} points)',
      'trust-down': '{segment} font moins confiance à la marque ({n} points)',
      'trust-steady': 'La confiance est restée stable',
      'lesson-followed': 'Vos réponses ont montré {feature}, comme le veut la leçon',
      // One sentence for every feature: « des excuses » and « un contenu osé » cannot share a verb.
      'lesson-missed': "Vos réponses ont montré {feature}, à l'encontre de la leçon",
      'lesson-silent': "Ici, le silence n'apprend rien",
      'timed-out': "Décisions prises par l'horloge, faute de temps : {n}",
      'lesson-against': "À l'étape {step}, votre réponse est allée à l'encontre de la leçon",
      'band-against': "À l'étape {step}, la décision est allée à l'encontre de la leçon",
      'band-below-silence': 'Le parcours a obtenu {n} points, moins que le silence complet (500)',
      'band-under-strong': 'Le total est inférieur à {n} points',
      'band-few-followed': 'Moins de la moitié des décisions ont suivi la leçon',
      'band-strong': "Aucune décision n'est allée à l'encontre de la leçon, et le public a suivi",
    },
    features: {
      humour: "de l'humour", edge: 'un contenu osé', warmth: 'de la chaleur', apology: 'des excuses', accountability: "la reconnaissance de l'erreur",
      explanation: 'une explication', personalAddress: "le fait de s'adresser à une personne", invitation: 'une invitation à échanger', promotion: 'la promotion',
      mockery: 'la moquerie envers les clients', privacyExposure: 'la divulgation du comportement privé des clients', profanity: 'la vulgarité', platformFit: "l'adéquation à la plateforme",
      speed: 'de la rapidité', voice: 'la voix propre de la marque', silence: 'le silence',
    },
    written: {
      line: 'Votre réponse {what}{words} : {reaction}', carried: 'montrait {feature}', count: 'citait {n} clients identifiables',
      liked: '{segment} ont apprécié', disliked: '{segment} ont mal réagi', nobody: "aucun groupe n'y a prêté attention",
      tone: 'Son ton a été lu comme {tone}{words}', positive: 'positif', negative: 'négatif', neutral: 'neutre',
    },
    moves: {
      'negated-apology': "Vous avez dit ne pas être désolés{words} : face à des gens fâchés, refuser de s'excuser passe pour du mépris",
      'conditional-apology': "Vous vous êtes excusés de ce que les gens ressentent, pas de ce que vous avez fait{words} : vous n'assumez rien, et le ton paraît condescendant",
      'apology-then-blame': "Vous vous êtes excusés, puis vous avez rejeté la faute sur le client{words} : c'est le reproche qu'on retient",
      blame: 'Vous avez rejeté la faute sur le client{words} : cela passe pour du mépris',
      'apology-then-insult': "Vous vous êtes excusés, puis vous avez insulté la personne{words} : l'excuse n'efface pas l'insulte",
      sarcasm: "Votre trait d'humour s'est fait aux dépens du client{words} : le sarcasme passe pour du mépris",
      'personal-exposure': "Vous avez exposé en public les habitudes d'une seule personne{words} : tous les clients découvrent ce que la marque voit",
      'cue-pile': "Votre réponse empilait les formules toutes faites{words} sans rien dire : le public l'a trouvée peu sincère",
      'says-nothing': 'Votre réponse ne disait rien à quoi le public puisse répondre : elle a compté comme un silence',
      'off-topic': "Votre réponse parlait d'autre chose que la conversation : le public n'en a pas retenu grand-chose",
      'other-language': "Votre réponse était en {language}, pas dans la langue de votre public : peu de gens l'ont comprise",
    },
    languages: { en: 'anglais', fr: 'français', it: 'italien' },
    bands: { strong: 'Parcours solide', mixed: 'Parcours mitigé', harmful: 'Parcours nuisible' },
    moods: { loved: 'enthousiasme', liked: 'approbation', shrugged: 'indifférence', disliked: 'réticence', outraged: 'indignation' },
    decisions: {
      picked: 'Vous avez choisi {label}', wrote: 'Vous avez écrit {text}', stayedSilent: "Vous avez choisi {label}\u00a0: rien n'a été publié", nothingPosted: 'Aucune publication, donc aucune réaction',
      follows: 'Dans le sens de la leçon', misses: 'À côté de ce que demande la leçon', against: "À l'encontre de la leçon",
      reconcile: "Les deux sont vrais\u00a0: les nouveaux abonnés viennent surtout du groupe {gainer}, tandis que la confiance a reculé dans le groupe {loser}, surtout à l'étape {step}.",
      reconcileSame: "Les deux sont vrais\u00a0: une partie du groupe {segment} s'est abonnée pour des publications qui lui ont plu, mais le groupe dans son ensemble fait moins confiance à la marque, surtout depuis l'étape {step}.",
    },
  },
  it: {
    parts: { followers: 'Follower', engagement: "Qualità dell'engagement", trust: 'Fiducia nel brand', lesson: 'La lezione' },
    tones: { loved: "l'hanno adorato", liked: "l'hanno apprezzato", shrugged: 'sono rimasti indifferenti', disliked: 'non hanno gradito', outraged: "l'hanno trovato eccessivo" },
    reasons: {
      'segment-followed': '{segment} {tone}: +{n} follower',
      'segment-left': '{segment} {tone}: {n} follower',
      'segment-followed-anyway': '{segment} {tone}, ma alcuni hanno iniziato a seguire: +{n} follower',
      'segment-left-anyway': '{segment} {tone} nel complesso, ma alcuni se ne sono andati: {n} follower',
      'followers-unchanged': 'Nessuno ha iniziato o smesso di seguire',
      'no-exposure': 'Non è stato pubblicato nulla, quindi nessuno ha reagito',
      'approving-rate': "{n} di chi l'ha visto ha reagito con calore",
      'angry-rate': '{n} ha reagito con rabbia',
      'trust-up': '{segment} si fidano di più del brand ({n} punti)',
      'trust-down': '{segment} si fidano meno del brand ({n} punti)',
      'trust-steady': 'La fiducia è rimasta stabile',
      'lesson-followed': 'Le tue risposte hanno mostrato {feature}, come chiede la lezione',
      // One sentence for every feature: «contenuti spinti» and «una spiegazione» cannot share a verb.
      'lesson-missed': 'Le tue risposte hanno mostrato {feature}, contro la lezione',
      'lesson-silent': 'Qui il silenzio non insegna nulla',
      'timed-out': "Decisioni prese dall'orologio allo scadere del tempo: {n}",
      'lesson-against': 'Al passaggio {step}, la tua risposta è andata contro la lezione',
      'band-against': 'Al passaggio {step}, la decisione è andata contro la lezione',
      'band-below-silence': 'Il percorso ha totalizzato {n} punti, meno del silenzio totale (500)',
      'band-under-strong': 'Il totale è sotto i {n} punti',
      'band-few-followed': 'Meno della metà delle decisioni ha seguito la lezione',
      'band-strong': 'Nessuna decisione è andata contro la lezione, e il pubblico ha apprezzato',
    },
    features: {
      humour: 'umorismo', edge: 'contenuti spinti', warmth: 'calore', apology: 'delle scuse', accountability: "l'ammissione dell'errore",
      explanation: 'una spiegazione', personalAddress: 'il rivolgersi a una persona', invitation: 'un invito alla conversazione', promotion: 'la promozione',
      mockery: 'la presa in giro dei clienti', privacyExposure: 'la rivelazione dei comportamenti privati dei clienti', profanity: 'la volgarità', platformFit: "l'adattamento alla piattaforma",
      speed: 'rapidità', voice: 'la voce propria del brand', silence: 'il silenzio',
    },
    written: {
      line: 'La tua risposta {what}{words}: {reaction}', carried: 'mostrava {feature}', count: 'citava {n} clienti identificabili',
      liked: '{segment} hanno apprezzato', disliked: '{segment} hanno reagito male', nobody: 'nessun gruppo ci ha fatto caso',
      tone: 'Il tono è stato letto come {tone}{words}', positive: 'positivo', negative: 'negativo', neutral: 'neutro',
    },
    moves: {
      'negated-apology': 'La tua risposta diceva di non essere dispiaciuti{words}: con chi è arrabbiato, rifiutarsi di chiedere scusa sembra disprezzo',
      'conditional-apology': 'La tua risposta si scusava per come si sentono le persone, non per ciò che il brand ha fatto{words}: non si assume nulla e suona paternalistica',
      'apology-then-blame': 'La tua risposta si scusava, poi dava la colpa al cliente{words}: è la colpa che resta in mente',
      blame: 'La tua risposta dava la colpa al cliente{words}: suona come disprezzo',
      'apology-then-insult': "La tua risposta si scusava, poi insultava la persona{words}: le scuse non cancellano l'insulto",
      sarcasm: 'La tua battuta era a spese del cliente{words}: il sarcasmo suona come disprezzo',
      'personal-exposure': 'La tua risposta ha reso pubbliche le abitudini di una sola persona{words}: tutti i clienti scoprono cosa vede il brand',
      'cue-pile': "La tua risposta accumulava frasi fatte{words} senza dire nulla: il pubblico l'ha trovata poco sincera",
      'says-nothing': 'La tua risposta non diceva nulla a cui il pubblico potesse rispondere: è contata come un silenzio',
      'off-topic': "La tua risposta parlava d'altro rispetto alla conversazione: il pubblico ne ha ricavato poco",
      'other-language': "La tua risposta era in {language}, non nella lingua del tuo pubblico: pochi l'hanno capita",
    },
    languages: { en: 'inglese', fr: 'francese', it: 'italiano' },
    bands: { strong: 'Percorso solido', mixed: 'Percorso misto', harmful: 'Percorso dannoso' },
    moods: { loved: 'entusiasmo', liked: 'approvazione', shrugged: 'indifferenza', disliked: 'disappunto', outraged: 'indignazione' },
    decisions: {
      picked: 'Hai scelto {label}', wrote: 'Hai scritto {text}', stayedSilent: 'Hai scelto {label}: nessun post pubblicato', nothingPosted: 'Nessun post, quindi nessuna reazione',
      follows: 'In linea con la lezione', misses: 'Non è ciò che chiede la lezione', against: 'Contro la lezione',
      reconcile: 'Sono vere entrambe le cose: i nuovi follower vengono soprattutto dal gruppo {gainer}, mentre la fiducia è calata nel gruppo {loser}, soprattutto al passaggio {step}.',
      reconcileSame: 'Sono vere entrambe le cose: una parte del gruppo {segment} ha iniziato a seguire il brand per i post che le sono piaciuti, ma il gruppo nel suo insieme se ne fida meno, soprattutto dopo il passaggio {step}.',
    },
  },
};
