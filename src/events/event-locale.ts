/**
 * What the events stage needs from a locale: the words that name events
 * (triggers), the cues that refer back to one, and the small patterns that
 * tell a place ("à Paris") from an addressee ("a demandé à Moscou").
 *
 * Every pattern runs on the unit text with typographic apostrophes turned
 * into ASCII ones and no-break spaces into spaces (same length, so positions
 * still index the unit's source map). Patterns are case-insensitive.
 */

export type TriggerKind = 'noun' | 'verb';

/** A person's grammatical sex, as pronouns and agreement tell it. */
export type Sex = 'f' | 'm';

/** One way of naming an event: "attentat", "a été élu", "revendiquée". */
export interface TriggerRule {
  /** Matches the trigger itself (flags `giu`); for verbs, the finite form or participle. */
  readonly pattern: RegExp;
  /** Kind of event ("attack", "call", "election"); language-independent names. */
  readonly family: string;
  readonly kind: TriggerKind;
  /** A light verb ("survenir", "avoir lieu") names no event by itself: the noun it tells about does. */
  readonly light?: boolean;
  /** A verb that qualifies an event noun next to it ("l'attaque revendiquée"): joins the noun's phrase. */
  readonly satellite?: boolean;
  /**
   * Words (lower case) one of which every match holds at the start of one of
   * its words, by their start (up to 3 letters): the rule runs only on texts
   * with a word starting with one of them. Each rule's pattern is compiled on
   * its first run, so this keeps both long inputs and the first short one fast.
   */
  readonly keys?: ReadonlyMap<string, readonly string[]>;
}

/** A count the news reports (dead, wounded, amounts). */
export interface NumberRule {
  /** Must have a named group `n` holding the number (digits or a number word). */
  readonly pattern: RegExp;
  /** "dead", "wounded", "missing", "arrested", "amount" … */
  readonly what: string;
  /**
   * Lower-case words one of which every match of `pattern` contains (as the text is lower-cased): the rule
   * runs only on a text holding one. Leave it out when the pattern has no such word.
   */
  readonly words?: readonly string[];
}

export interface EventLocale {
  readonly triggers: readonly TriggerRule[];
  /** Families whose events are told once each in the world (an attack, an election): mentions can be the same event. */
  readonly groupable: ReadonlySet<string>;
  /** Families that happen once to the same people or places (an attack, a death): two dates for one of them disagree. */
  readonly singular: ReadonlySet<string>;
  /** Family -> broader family ("call" -> "talk"): a reference to the broader one may mean the narrower. */
  readonly broader: ReadonlyMap<string, string>;
  /** A compound tense with no trigger word of its own ("a été initiée"): family "generic". */
  readonly compoundVerb: RegExp;
  /** A simple tense or a modal with its infinitive, no trigger word of its own ("présentera", "doit détailler"): family "generic". */
  readonly simpleVerb: RegExp;
  /** The first finite verb of a clause ("il prend", "est", "entourent"); the verb is in group `verb`, `verb2` or `verb3`. */
  readonly finiteVerb: RegExp;
  /** A short inserted clause with the subject after the verb ("Airbus a-t-il précisé"): tells who said, not what happened. */
  readonly incise: RegExp;
  /** Auxiliaries and adverbs that may precede a verb trigger, matched at the end of the text before it. */
  readonly auxiliaryBefore: RegExp;
  /** Where a new clause starts: the match's start is the clause boundary (punctuation excluded from both sides). */
  readonly clauseBreak: RegExp;
  /** A clause that starts with a verb has its subject in the previous segment ("Macron, président, a …"). */
  readonly startsWithVerb: RegExp;
  /** Text right before a verb trigger that makes its subject a pronoun standing for a person ("il ", "elle ne "). */
  readonly pronounSubjectBefore: RegExp;
  /** The sex a subject pronoun stands for ('f' for "elle"), `undefined` for a word that tells none. */
  readonly pronounSex: (pronoun: string) => Sex | undefined;
  /**
   * What one mention of a person tells of their sex, with how sure it is (higher is surer): an honorific right before
   * ("Mme", "M."), the first name (a lexicon), the agreement of a participle right after ("X est née", "X, arrivée …").
   */
  readonly mentionSex: (name: string, before: string, after: string) => ReadonlyArray<readonly [Sex, number]>;
  /** "ce dernier", "cette dernière": the person named last before it; group `f` is set when feminine. */
  readonly lastNamedCue: RegExp;
  /** The sex a subject noun phrase tells by its determiner or agreement ("la quinquagénaire", "l'accusée", "l'homme"). */
  readonly nounSex: (subject: string) => Sex | undefined;
  /** A definite common noun right before an organisation's name ("le réseau social " before "Facebook"); group `d` holds its words. */
  readonly descriptorBefore: RegExp;
  /** A definite article right before a common noun ("le ", "la ", "l'"), in lower-cased text. */
  readonly articleBefore: RegExp;
  /** "le pays" standing for a country named before (not "le pays voisin", "le pays basque"). */
  readonly countryNoun: RegExp;
  /** "son épouse", "son mari": a spouse left unnamed; group `f` is set for a wife. */
  readonly spouseCue: RegExp;
  /** A passive verb phrase ("a été adoptée"): its subject undergoes the event. */
  readonly passive: RegExp;
  /** A relative clause ("qui a revendiqué"): its subject ends the clause before. */
  readonly relativeStart: RegExp;
  /** A verb form without an auxiliary that rarely names the event itself (infinitive, gerund). */
  readonly weakVerb: RegExp;
  /** An anchor cue with a demonstrative ("lors de cette opération"): points at what was just told even when the noun is unknown. */
  readonly demonstrativeCue: RegExp;
  /** Text right before an event noun that makes it one the reader is meant to know ("l'", "cette "): a telling of an event, maybe again. */
  readonly definiteBefore: RegExp;
  /** Text right before an event noun that points back to one already told ("cette "): rarely what a date next to it dates. */
  readonly pointingBefore: RegExp;
  /** Text right before an event noun that makes it another occurrence ("le précédent ", "la prochaine "): never the same event as another telling. */
  readonly otherBefore: RegExp;
  /** The same, right after the noun ("le sommet précédent"). */
  readonly otherAfter: RegExp;
  /** A fronted temporal adverbial ("Lors de", "Pendant") at the start of a clause. */
  readonly frontedTemporal: RegExp;
  /** Phrases in which an event word names no event ("à l'appel des syndicats"); flags `giu`. */
  readonly notEvent: RegExp;
  /**
   * Words (lower case) one of which every match of `notEvent` holds at the start of one of its words, as a trigger
   * rule's `keys`: a text with a word starting with none of them is not searched for those phrases.
   */
  readonly notEventKeys?: ReadonlyMap<string, readonly string[]>;
  /** One word that may stand with a date in a clause that says nothing else ("Dès", "dernier", "soir"). */
  readonly temporalFiller: RegExp;
  /** Text right before a verb trigger that negates it ("n'", "ne se "): what did not happen is no event. */
  readonly negated: RegExp;
  /**
   * A reference back to an event told before: a temporal preposition, a
   * definite or demonstrative determiner and a noun ("lors de cet appel").
   * Named group `noun` holds the noun.
   */
  readonly anchorCue: RegExp;
  /** "le même jour", "ce jour-là", "à cette occasion": the time of the event told last. */
  readonly sameTimeCue: RegExp;
  /**
   * Lists of lower-case words, each list whole in every match of `anchorCue` or `sameTimeCue` that one of its phrases
   * gives (every match holds all the words of at least one list): a text holding no list whole has no cue back, and
   * its clauses are not searched for one.
   */
  readonly cueWords: ReadonlyArray<readonly string[]>;
  /** Text right before a date that makes it the start of a period ("depuis "): the event there is an earlier one. */
  readonly sinceBefore: RegExp;
  /** Text right before a date that makes it qualify a noun ("du ", "de l'"). */
  readonly nounComplementBefore: RegExp;
  /** Text between two dates that coordinates them ("et", "puis", "ou"): each dates the event. */
  readonly dateCoordination: RegExp;
  /** Text before a date that makes it article metadata ("Publié le "). */
  readonly metadataBefore: RegExp;
  /** Text right before a place that makes it where something happens ("à ", "en ", "dans la ville de "). */
  readonly locativeBefore: RegExp;
  /** Text right before a place that makes it an addressee, not a location ("a demandé à "). */
  readonly recipientBefore: RegExp;
  /** Text right before an actor that makes it the agent of a passive ("par "). */
  readonly agentBefore: RegExp;
  /** Text between an event noun and a place that makes the place where it happened ("de ", "du "). */
  readonly nounPlaceLink: RegExp;
  /** A subject standing for the participants of an event told before ("les deux dirigeants"). */
  readonly jointSubject: RegExp;
  /** Opens a clause that goes on about the place or time just named ("où", "lorsque", "quand"). */
  readonly placeOrTimeRelative: RegExp;
  /** Just before an organisation that names where something happens ("à Matignon", "au Stade de France"). */
  readonly venueBefore: RegExp;
  /** First word of an organisation's name that makes it a venue ("Stade", "Palais", "CHU"). */
  readonly venueHead: RegExp;
  /** Just before a place that a falling or striking verb reaches ("se sont abattus sur le Var"). */
  readonly ontoBefore: RegExp;
  /** "sur les lieux", "sur place": where the event told just before happened. */
  readonly thereCue: RegExp;
  /** A subject that is a role with its determiner ("L'ancien maire", "Le ministre de l'Intérieur"); group `role` is the role. */
  readonly roleSubject: RegExp;
  /** A verbless count inside the sentence ("dont trois avec sursis", "dont deux enfants"): not a clause of its own. */
  readonly countAside: RegExp;
  /** A clause opening on a subject pronoun ("elle avait refusé …"). */
  readonly pronounClause: RegExp;
  /** A whole subject that names a person by a common noun ("L'homme de 38 ans", "Le suspect"). */
  readonly personNounSubject: RegExp;
  /** Text between a subject and its verb: nothing but adverbs ("La France a …", "La Russie a de nouveau …"). */
  readonly subjectGap: RegExp;
  /** Text before a subject that opens its sentence: a determiner at most, or a fronted adjunct ending in a comma. */
  readonly sentenceOpening: RegExp;
  /** Just before a date that bounds a state ("jusqu'à vendredi"). */
  readonly untilBefore: RegExp;
  /** Just before a place an event moves someone away from ("extradé jeudi de Belgique"). */
  readonly fromBefore: RegExp;
  /** Text linking two names inside one spelled-out name ("de l'", " au "): "la force de l'Otan au Kosovo". */
  readonly nameLink: RegExp;
  /** Opens a relative clause on the place just named ("où"). */
  readonly whereRelative: RegExp;
  /** A trigger told in the future or with a modal of what is to come ("présentera", "va signer", "aura lieu"). */
  readonly futureTrigger: RegExp;
  /** Words around a trigger that make its event planned ("prévue", "attendue", "à venir"). */
  readonly plannedCue: RegExp;
  /** A trigger in the conditional ("aurait touché"): what the text reports without taking it as fact. */
  readonly conditionalTrigger: RegExp;
  /** Opens a subordinate clause that comes before its main clause ("alors que", "lorsque"). */
  readonly subordinateStart: RegExp;
  /** Opens a fronted prepositional phrase ("Dans une interview …", "Lors de …"): around an event noun, the setting of the main clause. */
  readonly frontedPhrase: RegExp;
  /** A time conjunction the clause split cut from its "que" ("après" + "que X a …"). */
  readonly timeConjunctionEnd: RegExp;
  /** What comes before the name in a closing incise ("précise", "a ajouté", "explique le ministre"). */
  readonly closingIncise: RegExp;
  /** A closing incise whose speaker is a subject pronoun, group `p` ("…, a-t-il déclaré.", "…, précise-t-elle."). */
  readonly pronounIncise: RegExp;
  /** A possessive determiner before an event noun ("sa victoire", "leur rencontre"). */
  readonly possessiveBefore: RegExp;
  /** Opens an infinitive clause whose subject is the main clause's ("après avoir", "avant de", "pour"). */
  readonly infinitiveStart: RegExp;
  /** Opens a complement clause ("que", "qu'"): after a statement verb, what was said. */
  readonly complementStart: RegExp;
  /** A cleft that puts a phrase forward ("c'est à Paris que …"): the "que" clause after it tells the event. */
  readonly cleft: RegExp;
  /** Opens a coordinated phrase ("puis sa candidature", "et ses alliés"). */
  readonly coordinationStart: RegExp;
  /** Opens a clause naming the source of what was just told ("selon", "d'après"). */
  readonly sourceCue: RegExp;
  /** Opens a closing phrase on what came just before the event ("après l'échec d'une réunion avec …"). */
  readonly closingAfter: RegExp;
  readonly numberRules: readonly NumberRule[];
  /** Number words ("deux" -> 2); digits are read directly. */
  readonly numberWords: ReadonlyMap<string, number>;
  /** True when a place name is a country (a city in it does not contradict it). */
  isCountry(name: string): boolean;
}
