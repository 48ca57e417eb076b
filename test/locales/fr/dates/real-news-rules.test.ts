/**
 * General rules found by measuring on real, linguist-annotated news (issue 11). The sentences are our own, of the same
 * kinds as the cases the corpora showed; each block names the rule.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/dates/index.js';
import { fr } from '../../../../src/locales/fr/index.js';
import { LineIndex } from '../../../../src/text/line-index.js';
import { brief, unitsOf } from '../../../dates/helpers.js';
import { table } from './table.js';

describe('ages are not dates (ref 2024-04-05)', () => {
  table('2024-04-05', [
    ['Marc Lefort, 47 ans, a été blessé hier.', ['hier=2024-04-04']],
    ['Une cycliste de 63 ans a été renversée.', []],
    ['Un ouvrier du bâtiment de 29 ans est mort.', []],
    ['Un jeune Italien de 17 ans a disparu.', []],
    ['La victime, âgée de 71 ans, habitait seule.', []],
    ['Un atelier pour les 8-14 ans et les moins de 6 ans.', []],
    ['Le stage accueille les enfants de 3 à 10 ans.', []],
    ['Sophie Durand (38 ans) a porté plainte.', []],
    // ("fêter ses trente ans" is a person's age or a festival's anniversary: left a duration)
    ['Le club fête ses trente ans.', ['trente ans=P30Y']],
    // a count of years that fills something stays a duration
    ['Il a écopé de 4 ans de prison.', ['4 ans=P4Y']],
    ['Un mandat de six ans commence.', ['six ans=P6Y']],
    ['Il habite Lille depuis 12 ans, dit-il.', ['12 ans=P12Y']],
  ]);
});

describe('two-digit years, midnight, capitals (ref 1999-06-10)', () => {
  table('1999-06-10', [
    // a two-digit year is in the reference's century unless that puts it more than ten years ahead
    ['Le chantier a commencé en avril 96.', ['avril 96=1996-04']],
    ['La loi de janvier 2003 remplace celle de mars 05.', ['janvier 2003=2003-01', 'mars 05=2005-03']],
    // "00 h 20" in the evening is just after midnight, not 12:20
    ['Le film passe ce soir à 00 h 20.', ['ce soir=1999-06-10TEV', '00 h 20=1999-06-10T00:20']],
    // a run of words in capitals reads like lower case
    ['DUPONT SUSPENDU DEUX MATCHS ET SIX SEMAINES.', ['SIX SEMAINES=P6W']],
    ['FERMETURE DU PONT JUSQU\'AU 20 JUILLET', ['20 JUILLET=1999-07-20']],
  ]);
});

describe('spans of real news (ref Thursday 2003-03-13)', () => {
  table('2003-03-13', [
    // a clock time followed by its day is one expression; a day followed by "à" + its time stays two
    ['Les tirs ont cessé vers 5 h lundi.', ['5 h lundi=2003-03-10T05:00 APPROX']],
    ['Il a été interpellé à 23 h 40, le 2 mars.', ['23 h 40, le 2 mars=2003-03-02T23:40']],
    ['Il a été interpellé lundi à 23 h 40.', ['lundi=2003-03-10', '23 h 40=2003-03-10T23:40']],
    // a weekday in apposition to "aujourd'hui", "hier" names the same day
    ['Le verdict est attendu aujourd\'hui jeudi.', ["aujourd'hui jeudi=2003-03-13"]],
    // a part of the day after "en" belongs to its day
    ['Le feu a pris hier en fin de soirée.', ['hier en fin de soirée=2003-03-12TEV END']],
    // a plural "derniers"/"prochains" closes the second of two dates and sets the way of both
    ['Les ventes ont chuté en octobre et novembre derniers.', ['octobre=2002-10', 'novembre derniers=2002-11']],
    ['Le congrès se tiendra les 4 et 5 juin prochains.', ['les 4=2003-06-04', '5 juin prochains=2003-06-05']],
    // "plus tard", "plus tôt", "avant" after a duration are signals, outside it
    ['Le 4 mai 1998, il fonde le club. Deux ans plus tard, il le quitte.', ['Le 4 mai 1998=1998-05-04', 'Deux ans=P2Y']],
    ['Le chômage a baissé de 2 % par rapport à un an avant.', ['un an=P1Y']],
    // a vague stretch of the recent past or the near future is a duration of unspecified quantity
    ['Ces dernières semaines, les prix ont grimpé.', ['Ces dernières semaines=PXW']],
    ['Les mois suivants, il a déménagé.', ['Les mois suivants=PXM']],
  ]);
});

describe('values and expressions of real news (ref Sunday 2021-03-28)', () => {
  table('2021-03-28', [
    // in a past story, a year-less date takes the year its paragraph stated (and keeps it for the next)
    ["Il a dirigé le club à l'automne 2012. Son contrat a pris fin le 30 novembre, puis il a signé le 4 décembre.", ["l'automne 2012=2012-FA", 'le 30 novembre=2012-11-30', 'le 4 décembre=2012-12-04']],
    // "1 er" as some sites print it
    ['Il est en poste depuis le 1 er juin 2019.', ['le 1 er juin 2019=2019-06-01']],
    // "un jour avant", a duration
    ['Un jour avant la finale, il s’est blessé.', ['Un jour=P1D']],
    // "auparavant" after a duration is its signal, no reference of its own
    ['Il avait été embauché deux mois auparavant.', ['deux mois=P2M']],
    // Palm Sunday
    ['Les fidèles ont célébré les Rameaux.', ['les Rameaux=2021-03-28']],
    // a time told in several units
    ['Elle a bouclé la course en 3 heures 12 minutes et 9 secondes.', ['3 heures 12 minutes et 9 secondes=PT3H12M9S']],
    ['Il a terminé à 1 minute 40 secondes du vainqueur.', ['1 minute 40 secondes=PT1M40S']],
    // "cette journée", "la journée du 12 mars" are the whole day; "la troisième journée" the day the story tells
    ['Cette journée de grève est la troisième.', ['Cette journée=2021-03-28']],
    ['Le 26 mars, ils ont manifesté. La troisième journée de grève a été calme.', ['Le 26 mars=2021-03-26', 'La troisième journée=2021-03-26']],
    ['La journée du 12 mars a été calme.', ['La journée du 12 mars=2021-03-12']],
    ['Ils ont travaillé toute la journée.', ['la journée=2021-03-28TDT']],
  ]);
  it('takes no story year for a date to come, nor from another paragraph', () => {
    expect(brief(['En 2015, il a été élu.', 'Le 3 avril, il démissionnera.'], '2021-03-28')).toEqual(['2015=2015', 'Le 3 avril=2021-04-03']);
    const { source, units } = unitsOf(['En mars 2015, il a été élu.', 'Le 3 avril, il a démissionné.']);
    const apart = units.map((u, i) => ({ ...u, paragraph: `p${i + 1}` }));
    const context = { source, lines: new LineIndex(source), referenceDate: { value: '2021-03-28', source: 'option' as const }, prefer: 'nearest' as const, locale: fr, gazetteer: [] };
    expect(findDates(apart, context).dates.map((d) => d.value)).toEqual(['2015-03', '2020-04-03']);
    expect(findDates(apart.map((u) => ({ ...u, paragraph: 'p1' })), context).dates.map((d) => d.value)).toEqual(['2015-03', '2015-04-03']);
    // (a bare year sets no story time: "par rapport à 1990")
    expect(brief(['Les émissions ont baissé par rapport à 1990. Le plan avait été présenté en juillet.'], '2021-03-28')).toEqual(['1990=1990', 'juillet=2020-07']);
    // (the occurrence nearest the story's date: "novembre 2019 … fin janvier" is January 2020)
    expect(brief(['L’audience, fixée en novembre 2019, a été renvoyée. L’expertise, rendue fin janvier, est accablante.'], '2021-03-28')).toEqual(['novembre 2019=2019-11', 'fin janvier=2020-01 END']);
    // (nor once the paragraph has moved on for two sentences)
    const later = unitsOf(['Il a été nommé en mai 2013.', 'Il a changé de style.', 'Des rumeurs sont apparues.', 'Le 26 mars, il a démissionné.']);
    const one = later.units.map((u) => ({ ...u, paragraph: 'p1' }));
    expect(findDates(one, { ...context, source: later.source, lines: new LineIndex(later.source) }).dates.map((d) => d.value)).toEqual(['2013-05', '2021-03-26']);
  });
});

describe('the tense of the right clause (ref Thursday 2003-03-13)', () => {
  table('2003-03-13', [
    // the verb right before the day tells its tense, not the one of the clause that follows
    ["Le maire a annoncé mardi qu'il se représenterait.", ['mardi=2003-03-11']],
    ["Le maire a annoncé qu'il se représenterait mardi.", ['mardi=2003-03-18']],
    // a cue past "qui" belongs to another clause
    ['Les pèlerins ont fêté Noël, qui sera aussi célébré en ville.', ['Noël=2002-12-25']],
  ]);
});

describe('nowadays, deadlines, names, newspapers, vague years (ref Friday 2004-06-11)', () => {
  table('2004-06-11', [
    // "aujourd'hui" meaning nowadays (a state told in the present) is PRESENT_REF; the day otherwise
    ['Aujourd’hui, le village compte 200 habitants.', ['Aujourd’hui=PRESENT_REF']],
    ['Les élèves d’aujourd’hui lisent moins.', ['aujourd’hui=PRESENT_REF']],
    ['Aujourd’hui, il pleut sur la côte.', ['Aujourd’hui=2004-06-11']],
    ['Aujourd’hui, la ministre a signé le décret.', ['Aujourd’hui=2004-06-11']],
    // a deadline set in the past may still be ahead: the nearest such date
    ['Le juge a laissé jusqu’au 2 juillet aux avocats.', ['2 juillet=2004-07-02']],
    // a holiday or a weekday in the name of an accord is no date
    ['Les accords du Vendredi saint restent fragiles.', []],
    // newspapers are no set; a daily task is
    ['Il lit les grands quotidiens et la presse quotidienne régionale.', []],
    ['Son entraînement quotidien dure deux heures.', ['quotidien=P1D', 'deux heures=PT2H']],
    // "par" is the preposition of a frequency, outside
    ['La dette croît de 2 % par an.', ['an=P1Y']],
    // a year after a budget or a report, even with an adjective between
    ['Le conseil a voté le budget primitif 2004 et le bilan 2003.', ['2004=2004', '2003=2003']],
    // "des décennies", "ces années": years, how many unsaid
    ['Ils ont attendu des décennies.', ['des décennies=PXY']],
    ['Après ces années de crise, il repart.', ['ces années=PXY']],
    ['La mode des années 80 revient.', ['années 80=198']],
  ]);
});

describe('temporal adjectives (ref 2004-06-11)', () => {
  table('2004-06-11', [
    ["L'actuel président du club, Jean Roux, reste.", ['actuel=PRESENT_REF']],
    ['Marie Blanc, actuelle adjointe au maire, proteste.', ['actuelle=PRESENT_REF']],
    ['La situation actuelle inquiète.', ['actuelle=PRESENT_REF']],
    ['Le score dépasse celui du scrutin précédent.', ['précédent=PAST_REF']],
    ['La précédente équipe avait échoué.', ['précédente=PAST_REF']],
    ['Les futures règles entreront en vigueur.', ['futures=FUTURE_REF']],
    ['Les prochaines élections seront serrées.', ['prochaines=FUTURE_REF']],
    ['Un bâtiment nouvellement construit.', ['nouvellement=PAST_REF']],
    ['Une course nocturne a réuni 300 coureurs.', ['nocturne=TNI']],
    // not the nouns: "un précédent", "sans précédent", "le futur" stays the noun phrase
    ['Ce vote crée un précédent fâcheux, un succès sans précédent.', []],
    ['Il pense au futur.', []],
    // nor what another expression holds ("lundi prochain", "le mois précédent")
    ['Il viendra lundi prochain.', ['lundi prochain=2004-06-14']],
  ]);
});

describe('durations in ranges and after a shift (ref 2004-06-11)', () => {
  table('2004-06-11', [
    // "de 6 à 18 mois": one duration per end, the first taking the unit of the second
    ['Le parquet requiert de 6 à 18 mois de prison.', ['6=P6M', '18 mois=P18M']],
    // (a count range without "de" stays one approximate duration; an age bracket stays no date)
    ['Il risque deux à trois ans de prison.', ['deux à trois ans=P3Y APPROX']],
    ['Un club pour les jeunes de 12 à 17 ans.', []],
    // "ces dernières 48 heures": the shift before the count belongs to the duration
    ['Il a neigé ces dernières 48 heures.', ['ces dernières 48 heures=PT48H']],
  ]);
});

describe('generic seasons (ref 2004-06-11)', () => {
  table('2004-06-11', [
    // "en hiver" with no article, in a clause no tense places, is any year's winter
    ['Le col est fermé en hiver.', ['hiver=XXXX-WI']],
    ['Le col sera fermé en hiver.', ['hiver=2004-WI']],
    ['Le col a été fermé en hiver.', ['hiver=2003-WI']],
  ]);
});

describe('set adjectives (ref 2004-06-11)', () => {
  table('2004-06-11', [
    // "la presse quotidienne" is a kind of press; a weekly press briefing is a set
    ['Lors de son point presse hebdomadaire, le maire a répondu.', ['hebdomadaire=P1W']],
  ]);
});

describe('"prochain" before a period (ref 2025-06-18)', () => {
  table('2025-06-18', [
    ['Les comptes du prochain trimestre seront publiés.', ['prochain trimestre=2025-Q3']],
    ['La réunion aura lieu la prochaine semaine.', ['la prochaine semaine=2025-W26']],
    ['La prochaine fois, il viendra.', ['prochaine=FUTURE_REF']],
  ]);
});

describe('more tense cues (ref Wednesday 2003-01-15)', () => {
  table('2003-01-15', [
    // a wish or a possibility in the present before an infinitive looks ahead
    ['Les Lyonnais peuvent viser la victoire dimanche.', ['dimanche=2003-01-19']],
    // a reflexive present is no past participle
    ['Le groupe se produit samedi à Nancy.', ['samedi=2003-01-18']],
    // "aujourd'hui" after an ellipsis opens its sentence
    ['Des concerts dans le monde entier... Aujourd’hui, ce musicien enseigne.', ['Aujourd’hui=PRESENT_REF']],
  ]);
});

describe('past conditionals and bare numbers (ref Wednesday 2016-12-21)', () => {
  table('2016-12-21', [
    // a past conditional ("aurait été", "serait parti") tells of the past
    ['La brigade aurait été réintégrée le 10 décembre.', ['le 10 décembre=2016-12-10']],
    ['Le suspect serait parti lundi.', ['lundi=2016-12-19']],
    // days with no month make a range only after "du … au" or "entre le … et le"
    ['Les utilisateurs sont âgés de 18 à 24, surtout.', []],
  ]);
});
