/**
 * What the actors stage needs from a locale: lexicons (first names, places,
 * demonyms, well-known organisations) and the cue words around names. All
 * word sets hold lower-case, NFC forms unless stated otherwise; multi-word
 * entries are written with single spaces and straight apostrophes.
 */
import type { KnownPhrases } from './lexicons.js';
import type { PlaceTable } from './place-table.js';

/** A place the locale knows by name (a country, a city, a region…). */
export interface PlaceEntry {
  /** Name as the language writes it ("Londres"). */
  readonly name: string;
  /** Other surface forms ("London", "Beijing"). */
  readonly aliases: readonly string[];
  readonly kind: 'country' | 'city' | 'region' | 'other';
  /** ISO 3166-1 alpha-2 code of the country the place is in (or is). */
  readonly country: string | null;
  /** Inhabitants, when known (a big city's name is not read as a given name). */
  readonly population?: number;
}

/** An organisation the locale knows by name ("Organisation des Nations unies", acronym "ONU"). */
export interface OrganizationEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country: string | null;
}

/** A name that is neither a body nor a place: a platform or product, an astronomical body ("Facebook", "la Terre"). */
export interface MiscEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  /** "product", "astronomical", "event", "work", "law". */
  readonly kind: string;
}

export interface ActorLocale {
  /** Letters before an apostrophe that elide an article or preposition ("d", "l", "qu"). */
  readonly elisions: ReadonlySet<string>;
  /** Titles before a name that are not part of it ("m", "mme", "dr"), without the dot. */
  readonly honorifics: ReadonlySet<string>;
  /** Nouns naming a function ("ministre", "porte-parole"); multi-word ones too ("premier ministre"). */
  readonly roleNouns: ReadonlySet<string>;
  /** Roles that are adjectives too ("policier", "étudiant"): read only in apposition after a name or as its predicate. */
  readonly appositionRoleNouns: ReadonlySet<string>;
  /** Words that may precede a role noun and belong to the role ("ancien", "ex"). */
  readonly roleModifiers: ReadonlySet<string>;
  /** Lower-case nouns that head an organisation name with a complement ("ministère" de la Défense). */
  readonly organizationHeads: ReadonlySet<string>;
  /** Capitalised nouns that start an organisation name ("Conseil", "Banque", "Initiative"), in lower case. */
  readonly organizationNameHeads: ReadonlySet<string>;
  /** Nouns that introduce a proper name of an organisation ("le groupe X", "le parti X"). */
  readonly organizationIntroducers: ReadonlySet<string>;
  /** Lower-case heads of bodies named after their seat ("tribunal administratif de X", "préfecture de X"): X is a place even when unknown. */
  readonly seatHeads: ReadonlySet<string>;
  /** Adjectives written before a noun ("grande instance", "haute cour"). */
  readonly prenominalAdjectives: ReadonlySet<string>;
  /** Nouns for what a company has or is made of ("les actionnaires d’X", "l’usine de X"): the name after them is an organisation's. */
  readonly organizationParts: ReadonlySet<string>;
  /** Last words that make a capitalised run an organisation ("Bank", "International"), in lower case. */
  readonly organizationSuffixes: ReadonlySet<string>;
  /** Lower-case words that may continue an organisation name after a capitalised word ("nationale", "unies"). */
  readonly isOrganizationAdjective: (word: string) => boolean;
  /** Lower-case words shaped like institutional adjectives ("chrétienne-démocrate", "publique"). */
  readonly isInstitutionalAdjective: (word: string) => boolean;
  /** Short words with inner capitals that work as acronyms ("AfD", "MoDem"). */
  readonly isMixedAcronym: (word: string) => boolean;
  /** Words with a capital inside that name companies ("ArianeGroup"), not surnames ("McCain", "DeSantis"). */
  readonly isCamelCase: (word: string) => boolean;
  /** Lower-case heads directly followed by a proper name that they belong to ("hôpital Bichat"). */
  readonly organizationHeadsWithName: ReadonlySet<string>;
  /** Capitalised nouns naming events and awards ("Tour", "Prix", "Mondial"), in lower case. */
  readonly eventNouns: ReadonlySet<string>;
  /** Capitalised nouns naming texts, not bodies ("Charte", "Traité"), in lower case. */
  readonly documentNouns: ReadonlySet<string>;
  /** Plural nouns naming a collective actor ("assaillants", "alliés", "manifestants"), in lower case. */
  readonly groupNouns: ReadonlySet<string>;
  /** Month names, lower case: "3" before one is a day, not part of a name ("Ligue 1"). */
  readonly months: ReadonlySet<string>;
  /** "services secrets", "armée": bodies named by a common noun, an organisation with a demonym after them. */
  readonly securityBodies: ReadonlySet<string>;
  /** Those of them that are organisations without a demonym too ("les services de renseignement"). */
  readonly securityBodiesAlone: ReadonlySet<string>;
  /** Small words inside names ("de", "von", "ben", "al"); "le"/"la" only after a first name. */
  readonly nameParticles: ReadonlySet<string>;
  /** Prepositions and articles that link a head to its complement ("de", "du", "des", "la", "l"). */
  readonly complementLinks: ReadonlySet<string>;
  /** Lower-case nouns after which a capitalised name is a place ("stade", "place", "rue"). */
  readonly placeHeads: ReadonlySet<string>;
  /** Adjectives that make a place noun of the noun before them ("commercial" after "centre"), by adjective, in lower case. */
  readonly placeHeadAdjectives: ReadonlyMap<string, ReadonlySet<string>>;
  /** Place nouns whose place comes after "de" only: "l’usine de Flins" (not "l’usine Tupperware", a company). */
  readonly placeHeadsWithLink: ReadonlySet<string>;
  /** Words of leaving or coming that take the place after "de" ("venus de X", "en provenance de X"). */
  readonly departureWords: ReadonlySet<string>;
  /** Verbs of taking a place by arms, before its name ("prendre Dabiq", "ont repris Tabqa"). */
  readonly conquestVerbs: ReadonlySet<string>;
  /** Capitalised nouns of a territory whose name follows after "de", the name alone the place ("l’État de Hawaï"). */
  readonly territoryHeads: ReadonlySet<string>;
  /** Nouns of a state that open a country's full name ("République", "royaume": "la République d’Haïti"). */
  readonly stateNouns: ReadonlySet<string>;
  /** Natural features that a country's adjective names ("le désert syrien"). */
  readonly countryFeatures: ReadonlySet<string>;
  /** Compass points that name a region alone after an article ("le Nord"); the others are directions ("vers l’Est"). */
  readonly regionalCardinals: ReadonlySet<string>;
  /** Prepositions before a town's name, where a capitalised article belongs to the name ("à La Valette"). */
  readonly townPrepositions: ReadonlySet<string>;
  /** Phrases before "de" and a name that say where one goes ("en direction"). */
  readonly towardsPhrases: ReadonlySet<string>;
  /** Words that join the items of a list ("et", "ou"). */
  readonly listCoordinators: ReadonlySet<string>;
  /** Roles held over a place: after them and "de", a name is the place ("le maire de X"). */
  readonly territorialRoles: ReadonlySet<string>;
  /** Capitalised first words that make a run of capitalised words a place's name ("Fort", "Val", "Sainte"), in lower case. */
  readonly placeNameFirstWords: ReadonlySet<string>;
  /** Last words that make a run of capitalised words a place's name ("Avenue", "Lodge"), in lower case. */
  readonly placeNameLastWords: ReadonlySet<string>;
  /** Last words that make a place even after a given name ("Alice Springs"). */
  readonly placeNameLastWordsAfterGivenName: ReadonlySet<string>;
  /** Fixed phrases that end on a place noun yet name no place ("fait état", "à la place"), in lower case. */
  readonly notPlacePhrases: ReadonlySet<string>;
  /** Common nouns that hold a place's name ("cochon d'inde"), lower case, with straight apostrophes. */
  readonly commonNounsWithPlace: ReadonlySet<string>;
  /** Lower-case nouns of natural features that form one place name with their complement ("mer" de Chine). */
  readonly naturalFeatures: ReadonlySet<string>;
  /** Heads of natural features that stay outside the place's name ("lac" in "le lac du Bourget"), in lower case. */
  readonly featureHeadsOutsideName: ReadonlySet<string>;
  /** Natural features whose head stays outside a name the lexicons know as a place ("la mer Méditerranée"). */
  readonly featureHeadsOutsideKnownName: ReadonlySet<string>;
  /** Natural features whose head stays outside any known place's name, a country's too ("les îles Vanuatu"). */
  readonly featureHeadsOutsideCountry: ReadonlySet<string>;
  /** Street heads that name no street, only where they are ("rond-point" in "le rond-point de Lorient"), in lower case. */
  readonly streetHeadsOutsideName: ReadonlySet<string>;
  /** Of the street heads, those outside the name only before "de": "le pont du Rialto" → "Rialto", but "le pont Neuf" whole. */
  readonly streetHeadsOutsideNameAfterLink: ReadonlySet<string>;
  /** Nouns of a city's districts named by number ("arrondissement"), in lower case. */
  readonly districtNouns: ReadonlySet<string>;
  /** Cardinal points that name a region after an article ("le Nord"), in lower case. */
  readonly cardinalRegions: ReadonlySet<string>;
  /** Adjectives naming a side of a place, part of its name after it ("Java occidental", "Afrique subsaharienne"). */
  readonly sideAdjectives: ReadonlySet<string>;
  /** Nouns in apposition that make the name before them a place (", capitale de…"). */
  readonly placeAppositions: ReadonlySet<string>;
  /** Endings of capitalised plural nouns naming inhabitants ("Parisiens", "Marseillais"). */
  /** The shape of a verb in the third person plural ("approuvent"): after a plural role noun, it ends the role. */
  readonly pluralVerbShape: RegExp;
  /** A participle that narrows a role given no name ("sortant" in "le chef sortant"). */
  readonly roleParticipleShape: RegExp;
  /** Prepositions of a body's name's complement after the name ("sans" in "Médecins sans frontières"). */
  readonly nameComplementPrepositions: ReadonlySet<string>;
  /** Those of them after which a known place stays in the name ("pour" in "Alternative pour l’Allemagne"). */
  readonly placeComplementPrepositions: ReadonlySet<string>;
  readonly inhabitantEndings: RegExp;
  /** Capitalised nouns naming a minister's portfolio, not an organisation ("Armées", "Intérieur"), in lower case. */
  readonly portfolios: ReadonlySet<string>;
  /** Words that, before a capitalised word, show a common or institutional noun ("le", "la", "l", "du", "au"). */
  readonly definiteArticles: ReadonlySet<string>;
  /** Words that never start or form a name: function words, sentence starters, months, weekdays. */
  readonly stopwords: ReadonlySet<string>;
  /** Common nouns among the stopwords (capitalised in headings), which may still sit inside a lower-case institution name: "cour d’appel". */
  readonly commonNouns: ReadonlySet<string>;
  /** Speech verbs after a name ("a déclaré X", "X a affirmé"): participles and present forms. */
  readonly speechVerbs: ReadonlySet<string>;
  /** Verbs of a feat right after a lone name ("X remporte", "X s'impose": a reflexive one with its pronoun): a contestant, a person. */
  readonly featVerbs: ReadonlySet<string>;
  /** Participles that give a person's given name right after them ("prénommé"). */
  readonly givenNameParticiples: ReadonlySet<string>;
  /** Around a role (roles.ts): prepositions before a year that ends the role's complement ("élu maire en 2014"). */
  readonly roleYearPrepositions: ReadonlySet<string>;
  /** Prepositions of a short adjunct after a role, before the comma and the name ("Favorite chez les femmes, X"). */
  readonly roleAdjunctPrepositions: ReadonlySet<string>;
  /** "âgé" and its forms: "âgé de 42 ans" ends a role's complement. */
  readonly agedWords: ReadonlySet<string>;
  /** "A et B, respectivement 21 et 18 ans, étudiants": the word before ages given in a list's order. */
  readonly respectivelyWords: ReadonlySet<string>;
  /** Small numbers before a plural role in apposition ("A et B, deux chercheurs de …"). */
  readonly smallCountWords: ReadonlySet<string>;
  /** Articles before a role in apposition ("X, le directeur de …", "X, une militante de …"). */
  readonly appositionArticles: ReadonlySet<string>;
  /** Determiners and prepositions that open a noun phrase before its noun ("la", "d'", "ces", "leurs"). */
  readonly nounDeterminers: ReadonlySet<string>;
  /** The plural article and contractions ("les", "des", "aux"). */
  readonly pluralArticles: ReadonlySet<string>;
  /** Participles that name what follows ("dits" in "les accords dits de X"). */
  readonly namingParticiples: ReadonlySet<string>;
  /** A saint's name: its compound's prefix ("saint" of "saint-martin") and the words written apart ("santa"). */
  readonly saintPrefixes: ReadonlySet<string>;
  readonly saintNameWords: ReadonlySet<string>;
  /** Whether a word's ending makes it read as an adjective after a noun ("neurotoxique", "classée"). */
  readonly hasAdjectiveEnding: (word: string) => boolean;
  /** Auxiliaries between a name and a participle ("a", "avait"). */
  readonly auxiliaries: ReadonlySet<string>;
  /** Words before a name that attribute a statement ("selon", "d'après"). */
  readonly attributions: ReadonlySet<string>;
  /** All-capital words that are not organisations ("PIB", "TVA", "II"). */
  readonly nonEntityAcronyms: ReadonlySet<string>;
  /** Words left out when building an acronym from a name ("de", "la", "et"). */
  readonly acronymSkipWords: ReadonlySet<string>;
  /** True when the word is a given name (case as written: "Emmanuel", "Jean-Noël"). */
  readonly isFirstName: (word: string) => boolean;
  /** Surnames that news writes alone for one well-known person ("Moubarak"), as written. */
  readonly isKnownSurname: (word: string) => boolean;
  /** Lower-case demonym or toponymic adjective → ISO country code ("russe" → "RU"), '' when it has none. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** The places, by number (`placeTable` makes one of a list of entries). */
  readonly places: PlaceTable;
  readonly organizations: readonly OrganizationEntry[];
  /** Names of type `misc` the locale knows (platforms, astronomical bodies). */
  readonly miscNames: readonly MiscEntry[];
  /**
   * `fileKnownPhrases` of these lexicons (actors/lexicons.ts), computed ahead (at build time in the CLI's bundle): the
   * known index then makes no pass over its phrases at start-up. Optional; the same look-ups either way.
   */
  readonly knownPhrases?: KnownPhrases;
  /** Nouns that introduce the name of a work or a product, with the kind they give ("l’album X" → work, "la sonde X" → product). */
  readonly miscIntroducers: ReadonlyMap<string, string>;
  /** Nouns of buildings of worship, outside the saint's name after them even with a capital ("l’Église Saint-Marc"). */
  readonly worshipBuildingHeads: ReadonlySet<string>;
  /** Nouns after which a code is a model, not a road ("du type A350"), in lower case. */
  readonly modelNouns: ReadonlySet<string>;
  /** Those of them whose name may follow "de", in lower case ("la constellation du Toucan", "de la Vierge"). */
  readonly miscIntroducersWithLink: ReadonlySet<string>;
  /** Lower-case heads of streets and squares that belong to the place's name ("place de la Nation", "rue Royale"). */
  readonly streetHeads: ReadonlySet<string>;
  /** Those of them that take their name directly, never after "de" ("tour": "la tour Eiffel", not "un tour de France"). */
  readonly streetHeadsWithoutLink: ReadonlySet<string>;
  /** Event nouns that name a period, not an event ("moyen" in "le Moyen Âge"), in lower case. */
  readonly periodNouns: ReadonlySet<string>;
  /** Words that make a run of capitalised words an event's name wherever they stand ("awards", "trophy"), in lower case. */
  readonly eventWords: ReadonlySet<string>;
  /** Competitions named after the place that holds them ("jeux", "championnats"), in lower case: the place is part of the event's name. */
  readonly placeContests: ReadonlySet<string>;
  /** Link words of another language that stay inside a capitalised name ("of" in "Federal Bureau of Investigation"), case-sensitive. */
  /** English pronouns as written in titles ("I", "You", "My"): a run of capitalised words that holds one is a phrase, not a name. */
  readonly foreignPronouns: ReadonlySet<string>;
  /** English prepositions and number words as written in titles ("From", "All", "Two"): a run of capitalised words that holds one is a title, not a person's name. */
  readonly foreignTitleWords: ReadonlySet<string>;
  /** Subject pronouns and the negation ("il", "ne"), in lower case: a "le" after them is a pronoun, no article. */
  readonly subjectPronouns: ReadonlySet<string>;
  /** Prefixes of a stance joined to a name by a hyphen ("anti", "pro" in "anti-Trump"), in lower case. */
  readonly stancePrefixes: ReadonlySet<string>;
  readonly foreignNameLinks: ReadonlySet<string>;
  /** Endings glued to a name that make it a website's or a medium's ("info" in "Dreuz.info", "actu" in "Normandie-actu"), case-sensitive. */
  readonly websiteSuffixes: ReadonlySet<string>;
  /** Determiners and numbers that count what follows ("un", "des", "deux"): an acronym after them is a common noun ("un AVC"). */
  readonly countingWords: ReadonlySet<string>;
  /** The word after a number that makes it an age ("ans" in "46 ans"), in lower case. */
  readonly yearsOfAge: string;
  /** Sports titles whose complement is a place ("championne d’Europe"), and the other words such a complement may hold ("du monde"). */
  readonly sportsTitles: ReadonlySet<string>;
  readonly sportsTitleComplements: ReadonlySet<string>;
  /** Championships, whose complement after "de" names the competition ("le championnat du monde d’Ironman"), in lower case. */
  readonly championshipNouns: ReadonlySet<string>;
  /** Lower-case nouns that head a body's name spelled out before its acronym ("brigade"), in lower case. */
  /** Currency words and signs, lower case ("dollars", "$"): a country's code after them names the currency ("dollars US"). */
  readonly currencyWords: ReadonlySet<string>;
  readonly unitNouns: ReadonlySet<string>;
  /** Colours that make a capitalised plural noun a movement's name ("jaunes" in "les Gilets jaunes"). */
  readonly movementColours: ReadonlySet<string>;
  /** Plural nouns and colours that name a kind of people, no movement: "les Casques bleus", "les cols blancs". */
  readonly colouredCommonNouns: ReadonlySet<string>;
  /** Verbs that give the name before them a role as predicate ("est", "devient"), in lower case. */
  readonly copulas: ReadonlySet<string>;
  /** Words after a name that give the role it comes in ("comme", "en tant que"), in lower case. */
  readonly roleConnectors: ReadonlySet<string>;
  /** Participles between a copula and a role ("nommé", "élu"). */
  readonly appointments: ReadonlySet<string>;
  /** Adverbs that may stand between a copula and the role ("désormais"). */
  readonly predicateAdverbs: ReadonlySet<string>;
  /** Words between a plural role and the names it covers ("comme", "notamment"). */
  /** Words that open a list of examples after a plural noun: "comme", "telles que", "notamment" (not "à", "entre"). */
  readonly exampleIntroducers: ReadonlySet<string>;
  /** Adverbs after such a conjunction, before the last item ("ou encore", "et enfin"). */
  readonly listAdverbs: ReadonlySet<string>;
  readonly listIntroducers: ReadonlySet<string>;
  /** Determiners and quantifiers before a plural role that covers a list ("les", "plusieurs"). */
  readonly pluralDeterminers: ReadonlySet<string>;
  /** Words before a surname that name a family ("famille" in "la famille Martin", "les" in "les Martin"), in lower case. */
  readonly familyWords: ReadonlySet<string>;
  /** Plural articles contracted with a preposition ("des", "aux"): before a surname the text gives a person, they name the family ("chez des Marsh"). */
  /** The definite article as tokens write it: "le", "la", "les", "l'". */
  readonly articleForms: ReadonlySet<string>;
  /** Singular articles, definite and indefinite: "le", "la", "l'", "un", "une". */
  readonly singularDeterminers: ReadonlySet<string>;
  /** A preposition contracted with the singular article: "au", "du". */
  readonly singularContractions: ReadonlySet<string>;
  /** "de" and its elided form. */
  readonly deForms: ReadonlySet<string>;
  /** "de" in all its forms, plural too: "de", "d'", "du", "des". */
  readonly ofForms: ReadonlySet<string>;
  /** The feminine singular article: "la", "l'". */
  readonly feminineArticles: ReadonlySet<string>;
  /** A preposition contracted with the article: "du", "au", "aux", "des". */
  readonly contractedArticles: ReadonlySet<string>;
  readonly pluralContractions: ReadonlySet<string>;
  /** The preposition "of" in its forms, with straight apostrophes ("de", "d'", "du"): "le siège de X", "les actionnaires d'X". */
  readonly ofPrepositions: ReadonlySet<string>;
  /** Nouns of a case named after a person ("affaire", "procès"), in lower case. */
  readonly caseNouns: ReadonlySet<string>;
  /** Lower-case particles of foreign surnames that are no French preposition ("da", "van"), in lower case. */
  readonly foreignParticles: ReadonlySet<string>;
  /** Kinship nouns that, after a possessive, name the person who follows ("sa sœur Odile"), in lower case. */
  readonly kinshipNouns: ReadonlySet<string>;
  /** Nouns of a leader's time in office or circle ("administration", "quinquennat"): a lone name after one is the leader's. */
  readonly tenureNouns: ReadonlySet<string>;
  /** Nouns of a team or a camp named after its leader ("équipe", "camp"): a full name after one is a person's. */
  readonly leaderTeamNouns: ReadonlySet<string>;
  /** Words that link a role to the one it is held towards ("du", "de", "au": "le conseiller du président X"), in lower case. */
  readonly holderLinks: ReadonlySet<string>;
  /** Role nouns of a relation between people ("fidèle", "successeur"): after one and "de", a lone name is a person's, in lower case. */
  readonly personRelations: ReadonlySet<string>;
  /** Nouns of what happens to a person ("décès", "obsèques"): after one and "de", a name is a person's; in lower case. */
  readonly personEventNouns: ReadonlySet<string>;
  /** Endings of surnames that common words and places' names rarely take ("-ova", "-ski", "-escu"). */
  readonly surnameEndings: RegExp;
  /** Common nouns of other languages that open movements' names ("Ahrar", "Jabhat" in Arabic), in lower case. */
  readonly foreignOrganizationHeads: ReadonlySet<string>;
  /** Military and noble titles after which "de" opens a surname, not a complement ("le général de X", "la comtesse de X"), in lower case. */
  readonly particleTitles: ReadonlySet<string>;
  /** Religious titles that make one name with a lone given name ("abbé", "sœur"), in lower case. */
  readonly religiousTitles: ReadonlySet<string>;
  /** Given names that big cities bear ("Sofia", "Milan"): names only before an unknown surname. */
  readonly placeGivenNames: ReadonlySet<string>;
  /** Given names that are also stopwords or months ("Noël", "Avril"): a name only right after a role, before a surname. */
  readonly stopwordGivenNames: ReadonlySet<string>;
  /** Possessive determiners ("son", "sa", "leur"), in lower case. */
  readonly possessives: ReadonlySet<string>;
  /**
   * Common nouns written with a capital that, alone, name no one: the generic institution ("l’État", "la Région") or the
   * noun of a fixed phrase ("les droits de l’Homme"), in lower case.
   */
  readonly genericCapitalised: ReadonlySet<string>;
  /** Geological and prehistoric periods written with a capital ("le Cambrien", "le Néolithique"): a time, never an actor; in lower case. */
  readonly periodNames: ReadonlySet<string>;
  /** The words right before a known name of one letter that make it that name ("sur X", "le réseau social X"), in lower case. */
  readonly oneLetterNameCues: ReadonlySet<string>;
  /** Words that make a sentence speak of works ("film", "cinéma", "réalisant"): a title with its article in it is a work, in lower case. */
  readonly workCues: ReadonlySet<string>;
  /** Words right before a work's title in such a sentence ("dans", "notamment", "et"), in lower case. */
  readonly workTitleOpeners: ReadonlySet<string>;
  /** Common nouns among the stopwords that may end a body's name after "de" ("Médecins du monde", "Comité d’enquête"), in lower case. */
  readonly nameComplementNouns: ReadonlySet<string>;
  /** Plural forms of the auxiliaries and common verbs that pluralVerbShape misses ("ont", "sont"), in lower case. */
  readonly pluralAuxiliaries: ReadonlySet<string>;
}
