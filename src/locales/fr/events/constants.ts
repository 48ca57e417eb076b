/**
 * French word lists for the events stage, in one place. Nouns are listed in
 * the singular (a plural "s"/"x" is allowed on each word); verbs as
 * first-group stems (every tense is generated) or as explicit forms.
 */

/** Event nouns by family; multiword entries first so that the longest wins. */
export const EVENT_NOUNS: Readonly<Record<string, readonly string[]>> = {
  call: ['appel téléphonique', 'entretien téléphonique', 'échange téléphonique', 'conversation téléphonique', 'coup de fil', 'appel', 'téléphone', 'visioconférence'],
  talk: ['conversation', 'entretien', 'échange', 'discussion', 'pourparlers', 'négociation', 'dialogue', 'consultation'],
  meeting: ['rencontre', 'réunion', 'meeting', 'sommet', 'conférence', 'conseil des ministres', 'tête-à-tête', 'forum', 'congrès', 'cérémonie'],
  visit: ['visite', 'déplacement', 'voyage', 'visite d\'État', 'tournée'],
  attack: [
    'attentat-suicide',
    'attentat terroriste',
    'attaque terroriste',
    'attentat meurtrier',
    'attaque meurtrière',
    'attentat',
    'attaque',
    'assaut',
    'fusillade',
    'explosion',
    'bombardement',
    'frappe',
    'tuerie',
    'massacre',
    'prise d\'otages',
    'attaque au couteau',
    'raid',
  ],
  war: ['guerre', 'invasion', 'offensive', 'combat', 'conflit armé', 'cessez-le-feu', 'trêve'],
  election: ['motion de censure', 'élection', 'scrutin', 'référendum', 'présidentielle', 'législatives', 'municipales', 'européennes', 'primaire', 'vote', 'investiture', 'second tour', 'premier tour'],
  appointment: ['nomination', 'démission', 'limogeage', 'remaniement', 'passation de pouvoir'],
  statement: ['déclaration', 'discours', 'annonce', 'communiqué', 'conférence de presse', 'interview', 'allocution', 'mise en garde', 'avertissement'],
  agreement: ['accord', 'traité', 'signature', 'ratification', 'protocole d\'accord'],
  law: ['loi', 'décret', 'réforme', 'promulgation', 'adoption', 'projet de loi'],
  death: ['mort', 'décès', 'assassinat', 'meurtre', 'obsèques', 'funérailles', 'disparition'],
  birth: ['naissance'],
  justice: ['arrestation', 'interpellation', 'procès', 'audience', 'saisie', 'réquisitoire', 'plaidoirie', 'extradition', 'condamnation', 'verdict', 'jugement', 'mise en examen', 'garde à vue', 'perquisition', 'inculpation'],
  protest: ['manifestation', 'grève', 'rassemblement', 'marche', 'mobilisation', 'émeute', 'blocage'],
  disaster: ['séisme', 'tremblement de terre', 'incendie', 'inondation', 'crue', 'orage', 'glissement de terrain', 'coulée de boue', 'avalanche', 'tornade', 'canicule', 'feu de forêt', 'secousse', 'réplique', 'ouragan', 'tempête', 'cyclone', 'accident', 'crash', 'catastrophe', 'éruption', 'effondrement', 'naufrage'],
  change: ['dissolution', 'création', 'fondation', 'fuite', 'évasion', 'arrivée', 'départ', 'retour', 'exil', 'fusion', 'rachat', 'faillite', 'libération', 'évacuation', 'retrait', 'victoire', 'défaite', 'chute', 'putsch', 'coup d\'État', 'coup d\'Etat', 'sanction', 'hausse', 'baisse', 'publication', 'sortie', 'adhésion', 'annexion', 'indépendance'],
  event: ['intervention', 'opération', 'lancement', 'ouverture', 'inauguration', 'fermeture', 'clôture', 'festival', 'concert', 'match', 'finale', 'compétition', 'jeux olympiques'],
};

/** Phrases in which an event word names no event ("à l'appel des syndicats", "la cour d'appel"). */
export const NOT_EVENT_PHRASES = ['à l\'appel d', 'cour d\'appel', 'faire appel', 'fait appel', 'faisant appel', 'interjeté appel', 'appel d\'offres', 'appel à', 'appels à', 'en appel', 'sans appel', 'au sommet de l\'État', 'au sommet de l\'Etat', 'au sommet du pouvoir', 'au sommet de la hiérarchie', 'ordre du jour', 'jour de l\'an', 'projet de loi', 'hors la loi', 'à la une'];

/** First-group (-er) verb stems by family: "attaqu" gives attaque, attaqué, attaquera, attaquaient … */
export const VERB_STEMS: Readonly<Record<string, readonly string[]>> = {
  call: ['téléphon'],
  talk: ['échang', 'discut', 'négoci', 'dialogu'],
  meeting: ['rencontr', 'accueill'],
  visit: ['visit'],
  attack: ['attaqu', 'bombard', 'mitraill', 'poignard'],
  war: ['envah'],
  change: ['fond', 'cré'],
  election: ['vot'],
  appointment: ['nomm', 'désign', 'démissionn', 'limog'],
  statement: [
    'déclar',
    'annonc',
    'affirm',
    'réaffirm',
    'condamn',
    'dénonc',
    'évoqu',
    'soulign',
    'assur',
    'indiqu',
    'estim',
    'expliqu',
    'rappel',
    'répét',
    'comment',
    'critiqu',
    'salu',
    'exprim',
    'confirm',
    'précis',
    'plaid',
    'exhort',
    'menac',
    'proclam',
    'abord',
  ],
  agreement: ['sign', 'ratifi', 'adopt', 'approuv'],
  law: ['promulgu'],
  death: ['tu', 'assassin', 'décéd'],
  justice: ['arrêt', 'interpell', 'condamn', 'inculp', 'perquisitionn'],
  protest: ['manifest', 'défil', 'rassembl', 'bloqu'],
  disaster: ['explos', 'effondr', 'inond'],
  event: ['inaugur', 'célébr', 'commémor'],
};

/**
 * Verbs that carry an event noun ("a lancé une attaque", "l'attaque revendiquée"):
 * next to one they join its phrase and take its family; alone they name an event of their own family.
 */
export const SATELLITE_STEMS: Readonly<Record<string, readonly string[]>> = {
  claim: ['revendiqu', 'perpétr'],
  event: ['lanc', 'men', 'organis', 'déclench'],
};

/** Endings of a first-group verb that make a finite form, a participle or a gerund. */
export const FIRST_GROUP_ENDINGS = [
  'é', 'ée', 'és', 'ées', 'e', 'es', 'ent', 'ons', 'ez', 'ait', 'aient', 'a', 'èrent', 'era', 'eront', 'erait', 'eraient', 'ant', 'er',
];

/** Explicit forms of other verbs, by family. */
export const VERB_FORMS: Readonly<Record<string, readonly string[]>> = {
  meeting: ['reçu', 'reçue', 'reçus', 'reçoit', 'recevra', 'recevront', 'réuni', 'réunie', 'réunis', 'réunit', 'réunira', 'réuniront', 'retrouvés', 'retrouvées'],
  visit: ['rendu visite', 'rendre visite', 'se rendre', 'se rend', 'se rendra', 'se rendront', 'se rendent', 's\'est rendu', 's\'est rendue', 'se sont rendus', 'se sont rendues', 's\'était rendu', 's\'était rendue', 's\'étaient rendus'],
  talk: ['entretenu', 'entretenus', 's\'entretient', 's\'entretiendra', 's\'entretiennent'],
  election: ['élu', 'élue', 'élus', 'élues', 'réélu', 'réélue', 'réélus', 'élit', 'élira', 'éliront', 'réélit'],
  death: ['mort', 'morte', 'morts', 'mortes', 'meurt', 'mourra', 'décédé', 'décédée', 'décède', 'péri', 'succombé'],
  birth: ['né', 'née', 'nés', 'nées', 'naît'],
  agreement: ['conclu', 'conclue', 'conclut', 'conclura'],
  war: ['envahi', 'envahit', 'envahira'],
  event: ['ouvert', 'ouverte', 'ouvre', 'ouvrira', 'fermé', 'fermée'],
  statement: ['dit', 'averti', 'avertit', 'promis', 'démenti', 'répondu', 'écrit', 'admis', 'reconnu', 'prévenu', 'mis en garde'],
  claim: ['commis', 'commise'],
};

/** Light verbs: they say that the event named next to them happened ("survenu", "a eu lieu", "prévu"). */
export const LIGHT_VERBS = [
  'survenu', 'survenue', 'survenus', 'survenues', 'survient', 'surviendra', 'survenant',
  'eu lieu', 'aura lieu', 'auront lieu', 'a lieu', 'ont lieu', 'aurait lieu', 'avait lieu',
  's\'est tenu', 's\'est tenue', 's\'est tenus', 's\'est tenues', 'se tiendra', 'se tiendront', 'se tient', 'se tiennent', 'tenu', 'tenue',
  's\'est produit', 's\'est produite', 'se produit',
  's\'est déroulé', 's\'est déroulée', 'se déroulera', 'se déroule', 'se dérouleront', 'déroulé', 'déroulée',
  'prévu', 'prévue', 'prévus', 'prévues', 'programmé', 'programmée', 'organisé', 'organisée',
  'intervenu', 'intervenue',
  's\'est ouvert', 's\'est ouverte', 's\'était ouvert', 's\'était ouverte', 's\'ouvre', 's\'ouvrira', 'a commencé', 'avait commencé', 'commence', 'commencera', 'a débuté', 'avait débuté', 'débute', 'débutera', 's\'est achevé', 's\'est achevée', 's\'est terminé', 's\'est terminée', 's\'achève', 's\'achèvera', 'a repris', 'reprendra', 's\'est poursuivi', 's\'est poursuivie',
  'remonte à', 'remontait à', 'remontent à', 'remontaient à', 'date de', 'datait de', 'datent de', 'dataient de',
  's\'est déclaré', 's\'est déclarée', 'se déclare', 's\'est propagé', 's\'est propagée',
];

/** Families whose occurrences are single happenings in the world, so that two mentions can be one event. */
export const GROUPABLE = ['attack', 'call', 'talk', 'meeting', 'visit', 'election', 'death', 'disaster', 'agreement', 'justice', 'protest', 'war', 'birth', 'appointment'];

/** Families that happen once to the same people or places: one of them told with two dates is a disagreement. */
export const SINGULAR = ['attack', 'death', 'birth', 'disaster'];

/** Narrower family -> broader one. */
export const BROADER: Readonly<Record<string, string>> = { call: 'talk', meeting: 'talk', claim: 'attack' };

/** Auxiliaries of compound tenses, with an optional "été" (passive). */
export const AUXILIARIES = [
  'a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'ait', 'aient', 'eut',
  'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'soit', 'soient', 'fut', 'furent',
  's\'est', 's\'était', 'se sont', 'se seraient', 'se sera', 'va', 'vont', 'allait', 'doit', 'devrait', 'devait', 'doivent',
];

/** Verbs followed by an infinitive that tell what will or should happen ("doit détailler", "va présenter"). */
export const MODALS = ['va', 'vont', 'allait', 'allaient', 'doit', 'doivent', 'devait', 'devaient', 'devrait', 'devraient', 'pourrait', 'pourraient', 'compte', 'comptent', 'entend', 'entendent', 'prévoit', 'prévoient'];

/** Finite forms of common irregular verbs (future, simple past). */
export const IRREGULAR_FINITE = ['sera', 'seront', 'fera', 'feront', 'ira', 'iront', 'aura', 'auront', 'devra', 'devront', 'pourra', 'pourront', 'viendra', 'viendront', 'tiendra', 'tiendront', 'prendra', 'prendront', 'fit', 'firent', 'fut', 'furent', 'prit', 'prirent', 'vint', 'vinrent', 'mit', 'mirent', 'dit', 'dirent',
  'reviendra', 'reviendront', 'deviendra', 'deviendront', 'interviendra', 'interviendront', 'obtiendra', 'obtiendront', 'maintiendra', 'soutiendra', 'rendra', 'rendront', 'attendra', 'répondra', 'répondront', 'mettra', 'mettront', 'remettra', 'permettra', 'comparaîtra', 'comparaîtront', 'verra', 'verront'];

/** Present-tense forms of common irregular verbs: the verb of a dated clause that has no trigger word ("Il prend le pouvoir ce mois-ci"). */
export const PRESENT_FORMS = [
  'est', 'sont', 'a', 'ont', 'fait', 'font', 'va', 'vont', 'prend', 'prennent', 'vient', 'viennent', 'revient', 'reviennent', 'devient', 'deviennent', 'tient', 'tiennent',
  'met', 'mettent', 'connaît', 'connait', 'connaissent', 'rejoint', 'rejoignent', 'atteint', 'atteignent', 'dit', 'disent', 'voit', 'voient', 'sort', 'sortent', 'part', 'partent',
  'était', 'étaient', 'avait', 'avaient', 'faisait', 'faisaient', 'rejoignit', 'prit', 'fit', 'vint', 'fut', 'eut',
];

/** Adverbs that may sit between an auxiliary and its participle ("a clairement évoqué"); any "-ment" adverb also does. */
export const INNER_ADVERBS = ['été', 'pas', 'ne', 'n\'', 'plus', 'de nouveau', 'à nouveau', 'une nouvelle fois', 'encore une fois', 'par ailleurs', 'd\'ailleurs', 'dans la foulée', 'officiellement', 'également', 'aussi', 'déjà', 'encore', 'enfin', 'ensuite', 'aussitôt', 'bien', 'tout', 'alors', 'donc', 'ainsi', 'toujours', 'jamais', 'notamment', 'hier', 'aujourd\'hui', 'pourtant', 'même', 'très', 'quant à lui', 'quant à elle', 'quant à eux', 'quant à elles', 'pour sa part', 'pour leur part', 'de son côté', 'de leur côté', 'lui aussi', 'elle aussi', 'eux aussi'];

/** Words that open a new clause (the word starts the new clause). */
export const CLAUSE_OPENERS = [
  'mais', 'alors que', 'tandis que', 'qui', 'puis', 'où', 'lorsque', 'lorsqu\'', 'quand', 'car', 'bien que', 'bien qu\'', 'concernant', 'tout en', 'avant de', 'après avoir', 'afin de',
  'selon', 'dont', 'que', 'qu\'', 'suite à', 'à la suite d', 'après l', 'avant l',
];

/** Words in -ant that are prepositions or adverbs, not gerunds (a clause they open keeps its own subject). */
export const NOT_GERUNDS = ['concernant', 'pendant', 'durant', 'cependant', 'maintenant', 'avant', 'devant', 'suivant', 'moyennant', 'nonobstant', 'touchant', 'visant', 'portant', 'auparavant', 'désormais', 'notamment', 'dorénavant', 'sachant', 'étant donné', 'tenant'];

/** Words that may stand with a date in a clause that says nothing else ("Dès lundi soir", "Le 3 avril dernier", "Il y a deux ans"). */
export const TEMPORAL_FILLERS = ['le', 'la', 'les', 'l\'', 'en', 'à', 'au', 'aux', 'dès', 'depuis', 'vers', 'dans', 'pour', 'ce', 'cet', 'cette', 'début', 'fin', 'mi', 'dernier', 'dernière', 'prochain', 'prochaine', 'matin', 'soir', 'midi', 'nuit', 'même', 'jusqu\'à', 'jusqu\'au', 'avant', 'après', 'd\'ici', 'il', 'y', 'a', 'lors', 'du', 'de', 'des', 'd\'', 'et', 'puis', 'or', 'mais', 'donc', 'alors', 'ensuite', 'enfin', 'depuis lors', 'dernièrement', 'récemment', 'plus tard', 'plus tôt', 'auparavant'];

/** Temporal prepositions that refer to the time of an event ("lors de cet appel"). */
export const TEMPORAL_PREPOSITIONS = ['lors d', 'au cours d', 'pendant', 'durant', 'à l\'occasion d', 'à l\'issue d', 'au moment d', 'en marge d', 'au terme d', 'dans la foulée d'];

/** Determiners that refer back (definite or demonstrative). */
export const BACK_DETERMINERS = ['cet', 'cette', 'ce', 'ces', 'le', 'la', 'l\'', 'les', 'du', 'des', 'même', 'ladite', 'ledit', 'sa', 'son', 'ses', 'leur', 'leurs'];

/** Determiners of a noun that names an event the reader is meant to know ("l'attentat", "cette attaque"). */
export const DEFINITE_DETERMINERS = ['le', 'la', 'l\'', 'les', 'cet', 'cette', 'ce', 'ces', 'du', 'au', 'aux'];

/** Determiners that point at what was just told even when the noun names no known event ("lors de leur intervention"). */
export const POINTING_DETERMINERS = ['cet', 'cette', 'ce', 'ces', 'sa', 'son', 'ses', 'leur', 'leurs'];

/** Adjectives that make an event noun another occurrence ("le précédent séisme", "la prochaine réunion"). */
export const OTHER_OCCURRENCE = ['précédent', 'précédente', 'dernier', 'dernière', 'prochain', 'prochaine', 'nouveau', 'nouvel', 'nouvelle', 'ancien', 'ancienne', 'autre', 'premier', 'première', 'deuxième', 'second', 'seconde', 'troisième', 'énième', 'futur', 'future', 'suivant', 'suivante', 'enième'];

/** Cues that mean "at the time of the event just told". */
export const SAME_TIME_CUES = ['ce jour-là', 'le même jour', 'à cette occasion', 'à cette date', 'au même moment', 'ce soir-là', 'ce matin-là', 'cette nuit-là', 'cette nuit là', 'ce jour là'];

/** Before a date: the date starts a period, the event there is an earlier one. */
export const SINCE_WORDS = ['depuis', 'dès', 'à partir d'];
/** Before a date: the date belongs to the article's metadata. */
export const METADATA_WORDS = ['publié', 'publiée', 'mis à jour', 'mise à jour', 'modifié', 'modifiée', 'actualisé', 'actualisée', 'rédigé', 'article du'];

/** Prepositions that place what happens ("à Paris", "en Ukraine", "près de Lyon"). */
export const LOCATIVE_PREPOSITIONS = [
  'à', 'en', 'au', 'aux', 'dans', 'vers', 'près d', 'non loin d', 'autour d', 'depuis', 'à proximité d', 'au large d', 'au nord d', 'au sud d', 'à l\'est d', 'à l\'ouest d', 'au centre d', 'aux abords d', 'en banlieue d', 'dans la région d', 'dans la ville d',
];

/** Nouns of an area that place what follows their "de" ("le sud de la Turquie", "la banlieue de Lyon"). */
export const AREA_NOUNS = [
  'arrondissement', 'secteur', 'agglomération', 'métropole', 'nord', 'sud', 'est', 'ouest', 'centre', 'région', 'ville', 'banlieue', 'capitale', 'province', 'frontière', 'périphérie', 'environs', 'département', 'commune', 'quartier', 'village', 'port', 'aéroport', 'côte', 'large',
  // sites and roads: "son usine de Saint-Étienne", "la descente de Laffrey", "un appartement de Vaulx-en-Velin"
  'usine', 'site', 'entrepôt', 'gare', 'prison', 'maison d\'arrêt', 'centre pénitentiaire', 'appartement', 'immeuble', 'route', 'autoroute', 'descente', 'col', 'rocade', 'périphérique', 'pont', 'plage', 'forêt', 'massif', 'vallée', 'esplanade', 'parvis', 'centre-ville', 'faubourg', 'campus', 'stade', 'mairie', 'préfecture', 'plaine', 'baie', 'golfe', 'île', 'lac',
  // homes and shops: "à son domicile de Vénissieux", "dans un magasin de bricolage de Muret"
  'domicile', 'résidence', 'magasin', 'commerce', 'supermarché', 'hypermarché', 'boutique', 'bijouterie', 'pharmacie', 'restaurant', 'hôtel', 'locaux', 'bureau', 'bureaux', 'garage', 'atelier', 'chantier', 'école', 'hôpital', 'clinique', 'église', 'mosquée',
];

/** Words before "à" that make what follows an addressee ("mise en garde à", "a demandé à"). */
export const RECIPIENT_WORDS = [
  'face', 'grâce', 'suite', 'quant', 'jusqu', 'opposé', 'opposée', 'hostile', 'favorable', 'fidèle', 'lié', 'liée', 'liés', 'rattaché', 'rattachée',
  'destiné', 'destinée', 'destinés', 'destinées', 'garde', 'demandé', 'demande', 'dit', 'écrit', 'adressé', 'adressée', 'répondu', 'répond', 'rappelé', 'rappelle', 'lancé', 'proposé', 'propose', 'promis', 'envoyé', 'annoncé',
  'reproché', 'reproche', 'conseillé', 'expliqué', 'ordonné', 'imposé', 'opposé', 'appel', 'message', 'lettre', 'réponse', 'ultimatum', 'avertissement', 'soutien', 'aide', 'livré', 'livraisons', 'livraison', 'vendu', 'fourni', 'confié', 'permis', 'interdit', 'répliqué', 'rendu hommage',
];

/** Text between an event noun and a place that makes the place where it happened ("l'attentat de Moscou"). */
export const NOUN_PLACE_LINKS = ['de', 'd\'', 'du'];

/** Number words up to a few thousand in news use. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, mille: 1000, dizaine: 10, douzaine: 12, vingtaine: 20, centaine: 100, millier: 1000,
};

/** Nouns of people counted as victims ("12 personnes"). */
export const PEOPLE_NOUNS = ['personnes', 'civils', 'victimes', 'morts', 'soldats', 'militaires', 'policiers', 'enfants', 'habitants', 'passagers', 'otages', 'autres', 'blessés', 'manifestants', 'migrants', 'personnes âgées', 'gendarmes', 'combattants'];

/** Words opening a clause that goes on about the place or time just named: its participants belong to the event there. */
export const PLACE_TIME_RELATIVES = ['où', 'lorsque', 'lorsqu\'', 'quand', 'après que', 'après qu\'', 'avant que', 'avant qu\''];

/** First words of organisation names that are also places where things happen ("au Stade de France", "au CHU de Lille"). */
export const VENUE_HEADS = ['Stade', 'Palais', 'Parc', 'Hôtel', 'Hôpital', 'CHU', 'Centre hospitalier', 'Aéroport', 'Théâtre', 'Musée', 'Salle', 'Vélodrome', 'Zénith', 'Arena', 'Cathédrale', 'Basilique', 'Université', 'Lycée', 'Collège', 'Château', 'Gare', 'Port', 'Opéra', 'Matignon', 'Élysée', 'Bercy', 'Quai d\'Orsay', 'Beauvau', 'Kremlin', 'Maison-Blanche', 'Maison Blanche'];

/** Verb stems after which "sur" places what follows ("se sont abattus sur le Var", "des frappes ont touché …"). */
export const ONTO_STEMS = ['abatt', 'abattu', 'tomb', 'frapp', 'déferl', 'écras', 'déversé', 'touch', 'balay', 'souffl', 's\'abat'];

/** Phrases that place an event where the one told just before happened ("sur les lieux", "sur place"). */
export const THERE_PHRASES = ['sur les lieux', 'sur place', 'sur le site', 'sur les lieux du drame', 'sur les lieux de l\'accident', 'sur le terrain'];

/** Words that, after a determiner, make a subject a role of someone named elsewhere ("L'ancien maire", "Le Premier ministre"). */
export const ROLE_MODIFIERS = ['ancien', 'ancienne', 'ex', 'nouveau', 'nouvel', 'nouvelle', 'actuel', 'actuelle', 'futur', 'future'];

/** Before a date: the date bounds a state ("resteront fermées jusqu'à vendredi"), it is not when something happens. */
/** Words after which a country or a city stands for its team or its government, so an actor: "en battant la Norvège", "à la demande de la Serbie", "a accusé Belgrade". */
export const OPPONENT_WORDS = ['contre', 'avec', 'face à', 'face au', 'à la demande de', 'à la demande du', 'battu', 'battue', 'battant', 'bat', 'battre', 'dominé', 'dominant', 'domine', 'affronte', 'affronté', 'affrontera', 'affronter', 'éliminé', 'éliminant', 'élimine', 'accuse', 'accusé', 'accusant', 'accuser', 'sanctionne', 'sanctionné', 'condamne', 'condamné', 'menace', 'menacé', 'reconnu', 'reconnaît', 'soutient', 'soutenu', 'exhorté', 'appelé'];

export const UNTIL_WORDS = ['jusqu\'à', 'jusqu\'au', 'jusqu\'aux', 'jusqu\'en', 'jusque', 'avant', 'd\'ici', 'd\'ici à', 'd\'ici au'];

/** Verb stems of moving someone or something away: "de" + place after them names where the event happened too ("extradé de Belgique"). */
export const FROM_STEMS = ['extrad', 'rapatri', 'expuls', 'évacu', 'transfér', 'exfiltr', 'enfui', 'échapp', 'évad', 'revenu', 'rentré', 'parti', 'arrivé', 'décoll'];

/** Common nouns by which an article goes on about the person it just named ("L'homme", "Le prévenu", "La quadragénaire"). */
export const PERSON_NOUNS = [
  'homme', 'femme', 'jeune homme', 'jeune femme', 'individu', 'intéressé', 'intéressée', 'suspect', 'suspecte', 'principal suspect', 'mis en cause', 'mise en cause',
  'prévenu', 'prévenue', 'accusé', 'accusée', 'trentenaire', 'quadragénaire', 'quinquagénaire', 'sexagénaire', 'septuagénaire', 'octogénaire', 'nonagénaire',
];
