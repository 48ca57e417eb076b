/**
 * The tense of the clause around a date, from French verb forms: passé
 * composé ("a lancé", "sont arrivés"), imparfait ("était", "avait"),
 * plus-que-parfait ("avait annoncé") read as past; futur simple ("aura
 * lieu", "se tiendra") and futur proche ("va signer") as future. The cue
 * nearest to the date, in the same clause when there is one, decides.
 */

import { eachMatch } from '../../../events/each-match.js';
import { deferred, inLatinDomain, inNarrowDomain, latinTwinIf, narrowTwin } from '../../../text/unicode-domain.js';
import { CAPITAL_START } from './parsers/kit.js';

const PARTICIPLE = "[\\p{L}]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|ort|orte|int|einte|aint|ainte|ait|aite|os)";
const ADVERB = "(?:[\\p{L}]+ment|pas|déjà|bien|aussi|encore|toujours|jamais|plus|également|notamment|enfin|ensuite|alors|pourtant|finalement|récemment|vivement|longtemps|beaucoup|tout|très|peu)";
const AVOIR = "(?:ai|as|a|avons|avez|ont|avait|avaient|avais|avions|aviez|eut|eurent|aurait|auraient)";
const ETRE_PAST = "(?:suis|es|est|sommes|êtes|sont|était|étaient|étais|fut|furent|serait|seraient)";
const MOTION = "(?:allé|arrivé|venu|parti|mort|né|décédé|survenu|intervenu|entré|sorti|tombé|resté|devenu|revenu|apparu|passé|rentré|retourné|descendu|monté|parvenu|réuni|rendu|déroulé|produit|tenu|rendue|tenue|déroulée|produite)(?:e|s|es)?";

// Participles that, standing alone in news ("le texte, adopté le 12 mars"), tell of something done
// (not "organisé": "un scrutin organisé le 12 mai" is as often ahead as behind).
const PAST_PARTICIPLE = `(?:arrivé|rentré|débarqué|publié|adopté|signé|élu|réélu|annoncé|lancé|créé|fondé|nommé|arrêté|tué|blessé|condamné|décédé|né|mort|survenu|inauguré|voté|promulgué|présenté|déposé|enregistré|diffusé|conclu|prononcé|interpellé|libéré|retrouvé|découvert|commis|revendiqué|attaqué|frappé|détruit|touché|investi|entré|sorti|paru|démarré|commencé|achevé|terminé|clôturé|intervenu|tenu|réuni|annulé|reporté|suspendu|évacué|hospitalisé|inculpé|mis|pris|ouvert|fermé|rendu|adressé|envoyé|reçu|vendu|acheté|racheté|construit|produit|obtenu|perdu|gagné|remporté|battu|qualifié|éliminé)(?:e|s|es)?`;

// Words in -ait that are not an imparfait ("le fait", "un extrait", "satisfait").
const NOT_IMPARFAIT = '(?:fait|lait|trait|portrait|souhait|attrait|extrait|bienfait|forfait|parfait|imparfait|abstrait|retrait|distrait|satisfait|insatisfait|méfait|surfait|contrefait|stupéfait|plait|tait)';

// Every cue starts a word, most after no hyphen either: that test is written once before the alternatives that share
// it rather than at the head of each, so that the engine makes it once at each position of the text, not once per
// alternative (the same matches: an assertion consumes nothing, and the order of the alternatives is kept but for
// the imparfait and passé simple endings, read in one alternative: a word ends in at most one of them).
const PAST_CUES = [
  `(?:il y a|y a)(?![\\p{L}])`,
  `(?<!-)(?:${[
    // ("a lieu", "ont droit", "a trait à": locutions in the present, not participles)
    `${AVOIR}\\s+(?:${ADVERB}\\s+){0,2}(?!(?:lieu|droit|tort|envie|trait|cours|recours|horreur)(?![\\p{L}]))${PARTICIPLE}(?![\\p{L}])`,
    `${ETRE_PAST}\\s+(?:${ADVERB}\\s+){0,2}${MOTION}(?![\\p{L}])`,
    `(?:s['’]est|se sont|s['’]était|se sont|s['’]étaient)\\s+(?:${ADVERB}\\s+){0,2}${PARTICIPLE}(?![\\p{L}])`,
    `(?:était|étaient|avait|avaient|faisait|disait|semblait|pouvait|devait|voulait|allait|venait|restait|comptait|estimait|affirmait|déclarait|étions|étiez|avions|aviez)(?![\\p{L}])`,
    // any imparfait: "-aient", "-ait" (not "-rait", which is mostly the conditional; not the nouns and adjectives in -ait);
    // a passé simple in "-èrent", "-irent"
    `(?!${NOT_IMPARFAIT}(?![\\p{L}]))[\\p{Ll}]{3,}(?:(?<!r)aient|(?<!r)ait|èrent|irent)(?![\\p{L}])`,
  ].join('|')})`,
  // not a passive ahead: "doit être signé", "sera publié"
  // (nor an attribute: "resteront fermés", "demeure suspendu")
  // (nor a noun: "l'arrivée", "la rentrée", "les élus")
  // (nor a reflexive present: "se produit", "se tient")
  // (the participle looked for first, then what may not come before it: the lookbehinds run only where it stands)
  `(?<!-)(?=${PAST_PARTICIPLE}(?![\\p{L}]))(?<!(?<![\\p{L}])(?:se|s['’])\\s*)(?<!(?:être|sera|seront|serait|seraient|soit|soient|est|sont|rest\\p{L}*|demeur\\p{L}*)\\s+(?:${ADVERB}\\s+){0,2})(?<!(?<![\\p{L}])(?:l['’]|(?:la|le|les|un|une|des|du|son|sa|ses|leur|leurs|ce|cet|cette|ces)\\s+))${PAST_PARTICIPLE}(?![\\p{L}])`,
];
// "nous …ions", "vous …iez": a cue of its own pattern, asked only of a text with "ous" in it (a few sentences in a hundred,
// quotes mostly), since its lookbehind, run at each word's start, made about half the cost of the past cues' scan.
// (the "nous …ions" cue may also start after a pronoun glued to its word, "nous lavions" read as "la" + "vions", but such
// a start lies inside a word whose start matches first, and every cue ends where its word ends: no match ever starts there)
const PAST_WE_CUE = `(?<=(?<![\\p{L}])(?:[Nn]ous|[Vv]ous)\\s+(?:ne\\s+|n['’]\\s*)?(?:(?:le|la|les|l['’]|lui|leur|y|en|nous|vous)\\s*)?)[\\p{Ll}]{2,}(?:ions|iez)(?![\\p{L}])`;
/** What every text that holds a "nous …ions" or "vous …iez" cue holds. */
const WE_MARK = 'ous';
// (deferred: on a Latin text only their twins run, text/unicode-domain)
const PAST = deferred(`(?<![\\p{L}])(?:${PAST_CUES.join('|')})`, 'gu');
const PAST_WE = deferred(`(?<![\\p{L}])${PAST_WE_CUE}`, 'gu');
/**
 * The past cues as one pattern, "nous …ions" among them where it stood (before the participles): what `pastCues` finds,
 * for the test that says so. (The order of the two does not matter: a participle's word never ends in "-ions" or "-iez",
 * and both cues take a whole word, so no text has both at one start.)
 */
export const PAST_UNION = deferred(`(?<![\\p{L}])(?:${[...PAST_CUES.slice(0, 2), PAST_WE_CUE, ...PAST_CUES.slice(2)].join('|')})`, 'gu');

/**
 * The matches of PAST_UNION in `text`, left to right as one global scan finds them, through PAST and, when the text may
 * hold one, PAST_WE: the first match from where the scan stands is the earlier of the two patterns' next matches (PAST's
 * at one start: its cues come first, or are participles, which cannot start where a "nous" cue does), and a match that
 * starts inside the one taken is looked for again after it. `narrow`, `latin`: the twins to run (see `cues`).
 */
export function pastCues(text: string, latin: boolean, narrow: boolean, f: (at: number, end: number) => void): void {
  const main = latinTwinIf(narrow ? narrowTwin(PAST) : PAST, narrow || latin);
  main.lastIndex = 0;
  if (!text.includes(WE_MARK)) {
    for (let m = main.exec(text); m; m = main.exec(text)) f(m.index, m.index + m[0].length);
    main.lastIndex = 0;
    return;
  }
  const we = latinTwinIf(narrow ? narrowTwin(PAST_WE) : PAST_WE, narrow || latin);
  we.lastIndex = 0;
  // (no cue is empty: each ends where a word does)
  let a = main.exec(text);
  let b = we.exec(text);
  while (a || b) {
    const fromMain = a !== null && (b === null || a.index <= b.index);
    const m = fromMain ? a! : b!;
    const end = m.index + m[0].length;
    f(m.index, end);
    if (fromMain) a = main.exec(text);
    else b = we.exec(text);
    if (a && a.index < end) {
      main.lastIndex = end;
      a = main.exec(text);
    }
    if (b && b.index < end) {
      we.lastIndex = end;
      b = we.exec(text);
    }
  }
  main.lastIndex = 0;
  we.lastIndex = 0;
}

// (every cue starts a word, after no hyphen: that test once, before the alternatives, as in PAST)
const FUTURE = deferred(
  `(?<![\\p{L}\\-])(?:${[
    `(?:sera|seront|serons|serez|serai|aura|auront|aurons|aurez|aurai|aurait|auraient|serait|seraient|fera|feront|ira|iront|pourra|pourront|devra|devront|viendra|viendront|tiendra|tiendront|faudra|voudra|saura|verra|verront|enverra|prendra|prendront|rendra|rendront|mettra|mettront|recevra|recevront|deviendra)(?![\\p{L}])`,
    `[\\p{Ll}]{2,}(?:era|eront|erons|erez|irai|ira|iront|dra|dront)(?![\\p{L}])`,
    `[\\p{Ll}]{2,}(?:erait|eraient|irait|iraient|drait|draient)(?![\\p{L}])`,
    `(?:va|vont|vais|vas|allons|allez)\\s+(?:(?:se|s['’]|y|en|le|la|les|lui|leur|nous|vous|me|m['’]|te|t['’]|${ADVERB})\\s*){0,2}[\\p{L}]+(?:er|ir|re|oir)(?![\\p{L}])`,
    // (not what was planned once: "initialement prévu mardi, avait été repoussé")
    // (the word looked for first: the lookbehind runs only where it stands)
    `(?=prévu|programmé|attendu)(?<!(?:initialement|d['’]abord|primitivement|était|étaient|avait\\s+été|avaient\\s+été)\\s+)(?:prévu|prévue|prévus|prévues|programmé|programmée|attendu|attendue)(?![\\p{L}])`,
    `(?:doit|doivent|devrait|devraient|pourrait|pourraient)(?![\\p{L}])`,
    // a wish or a possibility in the present, before an infinitive: "peuvent rêver du podium dimanche", "espère signer lundi"
    `(?:peut|peuvent|espère|espèrent|veut|veulent|souhaite|souhaitent|entend|entendent)\\s+(?:(?:se|s['’]|y|en|le|la|les|l['’]|lui|leur|encore|enfin|désormais|bien|déjà)\\s*){0,2}\\p{Ll}{2,}(?:er|ir|re|oir)(?![\\p{L}])`,
  ].join('|')})`,
  'gu',
);

// Words the future endings catch that are not verbs.
const NOT_FUTURE = /^(?:ère|opéra|caméra|choléra|véra|sahara|riviera|extra|tiara|mantra|sera?i|tara|para|zébra|cobra|hydra|aura|ira)$/i;

interface Cue {
  readonly at: number;
  readonly end: number;
  readonly tense: 'past' | 'future';
}

function cues(text: string, latin: boolean): Cue[] {
  const out: Cue[] = [];
  // (on a text without Latin Extended letters, the twins whose letter classes V8 tests inline: text/unicode-domain)
  const narrow = latin && inNarrowDomain(text);
  pastCues(text, latin, narrow, (at, end) => out.push({ at, end, tense: 'past' }));
  const pastAt = new Set(out.map((c) => c.at));
  eachMatch(narrow ? narrowTwin(FUTURE) : FUTURE, text, (m) => {
    // "aurait été réintégrée": a past conditional is told as past
    if (pastAt.has(m.index)) return;
    if (NOT_FUTURE.test(m[0]) && m[0].length < 5 && !/^(?:aura|ira)$/i.test(m[0])) return;
    if (latinTwinIf(CAPITAL_START, latin).test(m[0]) && m.index > 0) return;
    out.push({ at: m.index, end: m.index + m[0].length, tense: 'future' });
  }, narrow || latin);
  return out.sort((a, b) => a.at - b.at);
}

// An infinitive governed by the verb ("a autorisé les écoles à fermer jeudi", "se sont réunis pour arrêter une
// position avant le 10 novembre"): what it says comes after the verb, so the verb's past tense says nothing of the date.
const NOT_INFINITIVE = deferred(String.raw`^(?:janvier|février|fevrier|premier|première|dernier|dernière|entier|quartier|métier|dossier|courrier|chantier|calendrier|papier|hiver|hier|fer|mer|cher|fier|amer|enfer|super|leader|notre|votre|autre|centre|titre|membre|nombre|ordre|entre|contre|lettre|mètre|ministre|siècle|libre|livre|théâtre|cadre|offre|chiffre|septembre|octobre|novembre|décembre|sombre|propre|pauvre|soir|noir|espoir|pouvoir|devoir|avoir|savoir|couloir|plaisir|désir|avenir|loisir|souvenir|mémoire|histoire|victoire|territoire|ère|guerre|terre|pierre|frontière|manière|matière|lumière|prière|rivière|carrière|filière|barrière|dernières?|premières?|entière|particulier|régulier|épicier|policier|officier|financier|conseiller|atelier|pilier|escalier|sentier|foyer|loyer|danger|étranger|boulanger|verger|clair|air|désert|concert|expert)$`, 'iu');
const INFINITIVE = deferred(String.raw`(?:^|[\s'’])(?:pour|afin\s+de|afin\s+d['’]|à|de|d['’])\s*(?:(?:se|s['’]|y|en|le|la|les|l['’]|lui|leur|ne|pas|ne\s+pas|tenter\s+de|tenter\s+d['’]|essayer\s+de|chercher\s+à)\s*)*([\p{L}]+(?:er|ir|re|oir))(?![\p{L}])`, 'giu');
/** Whether `between` (a piece of a text whose `inLatinDomain` answer is `latin`) holds a governed infinitive. */
function governsInfinitive(between: string, latin: boolean): boolean {
  // (the twin's own loop, left at 0 as eachMatch leaves it: no copy of the regex per call, as matchAll makes; no match is empty)
  const infinitive = latinTwinIf(INFINITIVE, latin);
  const notInfinitive = latinTwinIf(NOT_INFINITIVE, latin);
  infinitive.lastIndex = 0;
  for (let m = infinitive.exec(between); m; m = infinitive.exec(between)) {
    if (!notInfinitive.test(m[1]!)) {
      infinitive.lastIndex = 0;
      return true;
    }
  }
  return false;
}

const SCHEDULING = deferred('(?:convoqu|fix|programm|planifi|reprogramm|report|repouss|avanc)(?:é|ée|és|ées)$', 'iu');
// "depuis le 7 octobre": the start of a period that reaches now; "d'ici (à) la fin mars": a deadline ahead
const SINCE_LEAD = deferred(String.raw`(?:^|\s)depuis\s+(?:le\s+|la\s+|l['’]\s*)?$`, 'iu');
const UNTIL_LEAD = deferred(String.raw`(?:^|\s)d['’]ici\s+(?:à\s+|au\s+)?(?:le\s+|la\s+|l['’]\s*)?$`, 'iu');
const DEADLINE_LEAD = deferred(String.raw`(?:^|\s)jusqu['’](?:au|à|a|en)\s+(?:le\s+|la\s+|l['’]\s*)?$`, 'iu');

// A relative or subordinate clause has a tense of its own; with no cue in it, its verb is in the present.
const SUBORDINATE = deferred(String.raw`^[\s«"“(]*(?:(?:dont|qui|où|lorsque|quand|tandis\s+que|alors\s+que)(?![\p{L}])|(?:lorsqu|qu)['’])`, 'iu');

/** Words that open another clause after a date. */
const BARRIER = deferred(String.raw`(?:^|[^\p{L}])(?:qui|que|qu['’]|dont|où|lorsque|lorsqu['’]|quand|puisque|car|mais)(?![\p{L}])`, 'iu');

/** Index of the first element of a sorted array that is >= x. */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Reads a sentence's tense cues once; the function returned gives the tense of the clause around text[from, to). */
export function tenses(text: string): (from: number, to: number) => 'past' | 'future' | null {
  // (asked once: every piece of a text in the Latin domain is in it, and runs the twins; text/unicode-domain)
  const latin = inLatinDomain(text);
  const found = cues(text, latin);
  const positions = found.map((c) => c.at);
  const breaks: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === ';' || text[i] === ':' || text[i] === ',') breaks.push(i);
  return (from, to) => {
    const lead = text.slice(Math.max(0, from - 16), from);
    if (latinTwinIf(SINCE_LEAD, latin).test(lead)) return 'past';
    if (latinTwinIf(UNTIL_LEAD, latin).test(lead)) return 'future';
    if (found.length === 0) return null;
    // the nearest cue, preferring one in the same clause (between ",", ";" or ":")
    const b = lowerBound(breaks, from);
    const clauseStart = b > 0 ? breaks[b - 1]! : -1;
    const clauseEnd = breaks[lowerBound(breaks, to)] ?? text.length;
    const i = lowerBound(positions, from);
    // a cue after the date past a relative or subordinate word ("jeudi qu'il voterait", "des Rameaux, et qui auront fait")
    // is another clause's, when the date has a cue before it
    const before = found[i - 1];
    const after = found[i] && before && latinTwinIf(BARRIER, latin).test(text.slice(to, found[i]!.at)) ? undefined : found[i];
    const options = [before, after].filter((c): c is Cue => c !== undefined);
    // (measured from the cue's end: "a déclaré jeudi" puts the verb right before the day)
    const distance = (c: Cue) => (c.end <= from ? from - c.end : c.at >= to ? c.at - to : 0);
    const inClause = options.filter((c) => c.at > clauseStart && c.at < clauseEnd);
    if (!inClause.length && latinTwinIf(SUBORDINATE, latin).test(text.slice(clauseStart + 1, from))) return null;
    const pool = inClause.length ? inClause : options;
    const cue = pool.reduce((best, c) => (distance(c) < distance(best) ? c : best));
    if (cue.tense === 'past' && cue.at < from && governsInfinitive(text.slice(cue.at, from), latin)) return null;
    // "a convoqué son bureau politique jeudi": a day after the object of a verb of scheduling is the day of what was scheduled
    // or after "reporté à" ("a convoqué jeudi son bureau" tells when the convening was)
    if (cue.tense === 'past' && cue.end <= from && latinTwinIf(SCHEDULING, latin).test(text.slice(cue.at, cue.end)) && /\p{L}{2,}|^\s*(?:à|au|pour)\s/u.test(text.slice(cue.end, from).replace(/(?:^|\s)(?:le|la|les|l['’]|ce|cet|cette)\s*$/iu, ''))) return null;
    // "a donné jusqu'au 30 juin": a deadline set in the past may still be ahead (the nearest such date)
    if (cue.tense === 'past' && latinTwinIf(DEADLINE_LEAD, latin).test(lead)) return null;
    return cue.tense;
  };
}

/** Tense of the clause around text[from, to) (see `tenses`). */
export function tenseAt(text: string, from: number, to: number): 'past' | 'future' | null {
  return tenses(text)(from, to);
}
