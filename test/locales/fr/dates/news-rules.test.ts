/** General rules found by measuring on hand-written news (fixtures/dates/news); sentences here are not from those articles. */
import { describe, expect, it } from 'vitest';
import { table } from './table.js';
import { brief, dates } from '../../../dates/helpers.js';
import { tenseAt } from '../../../../src/locales/fr/dates/tense.js';

const at = (sentence: string, word: string) => {
  const i = sentence.indexOf(word);
  return tenseAt(sentence, i, i + word.length);
};

describe('spans and durations (ref Friday 2024-04-05)', () => {
  table('2024-04-05', [
    // a bare day of the month after a temporal preposition or right after a verb is a date; not a number called, a rank, a score
    ['Le texte a été voté le 2.', ['le 2=2024-04-02']],
    ['Les inscriptions sont ouvertes dès le 20.', ['le 20=2024-04-20']],
    ['Il a appelé le 15 aussitôt.', []],
    ['Il est arrivé le 12e.', []],
    ['Il a gagné le 3 à 1.', []],
    ['Il a couru le 10 000 mètres.', []],
    ['Le score final est de 2 à 1.', []],
    // a modifier before an elided article
    ['La séance a duré moins d’une heure.', ['moins d’une heure=PT1H LESS_THAN']],
    ["Il est resté plus d'un an à l'étranger.", ["plus d'un an=P1Y MORE_THAN"]],
    // a round count is an approximation
    ['Les pompiers sont restés une quinzaine de minutes.', ['une quinzaine de minutes=PT15M APPROX']],
    // a clock time "8 h 15" followed by "heure de Paris" is one time, not a duration "15 heure"
    ['Le décollage a eu lieu à 8 h 15 heure de Paris.', ['8 h 15=2024-04-05T08:15']],
    // "en 2 h 10", "pendant 3 h": durations
    ['Il a bouclé le marathon en 2 h 10.', ['2 h 10=PT2H10M']],
    ['La panne a duré pendant 3 h hier.', ['3 h=PT3H', 'hier=2024-04-04']],
    // a distance told as a travel time
    ['Le village est à trois heures de marche du refuge.', ['trois heures=PT3H']],
    ['La capitale est à 2 h de train.', ['2 h=PT2H']],
    // "le début du mois" inside a word ending in -le is not a determiner
    ['Une réunion nationale début juin est prévue.', ['début juin=2024-06 START']],
    // years after an apostrophe or a noun that names a yearly thing
    ["Les travaux ne commenceront qu'en 2026.", ['2026=2026']],
    ['Le budget 2025 sera voté en décembre.', ['2025=2025', 'décembre=2024-12']],
    ['Ils visent la neutralité à l’horizon 2050.', ['2050=2050']],
  ]);
});

describe('sets, vague durations, seasons as names (ref 2024-04-05)', () => {
  table('2024-04-05', [
    ['Le conseil se réunit tous les trimestres.', ['tous les trimestres=P3M']],
    ['Le salon ouvre chaque automne.', ['chaque automne=XXXX-FA']],
    // "par" is the preposition, outside
    ['On compte 300 naissances par jour.', ['jour=P1D']],
    // a vague stretch of the near future or the recent past is a duration of unspecified quantity (French TimeML)
    ['Des pluies sont attendues dans les jours à venir.', ['les jours à venir=PXD']],
    ['Le Printemps de Bourges accueille 80 groupes.', []],
    ['Il est allé au festival du Printemps de Bourges en avril.', ['avril=2024-04']],
    ['Le spectacle reviendra au printemps.', ['printemps=2024-SP']],
    ["La décision est attendue jusqu'au week-end.", ['week-end=2024-W14-WE']],
  ]);
});

describe('tense of the clause', () => {
  it.each([
    // a verb governing an infinitive: the infinitive's time follows the verb's
    ['Le maire a demandé aux habitants de quitter leur maison mardi.', 'mardi', null],
    ['La préfecture a autorisé les commerces à ouvrir dimanche.', 'dimanche', null],
    ['Ils se sont réunis pour préparer le sommet du 12 mai.', '12 mai', null],
    ['Il a quitté la ville le 12 mai.', '12 mai', 'past'],
    // a relative clause without a cue is in the present
    ['Le ministre, qui préside la réunion jusqu’au 30 juin, a parlé.', '30 juin', null],
    ['Le ministre, qui avait présidé la réunion le 30 juin, a parlé.', '30 juin', 'past'],
    // a passive ahead is no past
    ['Le rapport doit être publié le 3 mai.', '3 mai', 'future'],
    ['Le rapport pourrait être présenté le 3 mai.', '3 mai', 'future'],
    ['Le rapport sera publié le 3 mai.', '3 mai', 'future'],
    ['Le rapport, publié le 3 mai, est sévère.', '3 mai', 'past'],
  ] as const)('%s', (sentence, word, tense) => {
    expect(at(sentence, word)).toBe(tense);
  });
});

describe('weekdays of the day itself (ref Wednesday 2025-07-02)', () => {
  table('2025-07-02', [
    ['La réunion aura lieu ce mercredi.', ['ce mercredi=2025-07-02']],
    ['Le concert se tiendra mercredi soir.', ['mercredi soir=2025-07-02TEV']],
    ['Le concert se tiendra mercredi.', ['mercredi=2025-07-09']],
    ['Il est arrivé ce lundi.', ['ce lundi=2025-06-30']],
  ]);
});

describe('a limit is no anchor for what follows', () => {
  it('"le même jour" after "avant le 10 mai" takes the day the narrative told of', () => {
    const out = brief(['Les négociateurs se sont vus lundi pour conclure avant le 10 mai.', 'Le même jour, les syndicats ont manifesté.'], '2024-04-05');
    expect(out).toEqual(['lundi=2024-04-01', 'le 10 mai=2024-05-10', 'Le même jour=2024-04-01']);
  });
});

describe('more rules from the held-out news (ref Friday 2024-04-05)', () => {
  table('2024-04-05', [
    // a year before "s'est": no count of a plural noun
    ["L'accord de 2019 s'est effondré.", ['2019=2019']],
    // a comparison makes "deux heures" after "après" a duration
    ['Ils ont signé après plus de trois heures de débat.', ['plus de trois heures=PT3H MORE_THAN']],
    ['Il est arrivé à environ 15 heures.', ['environ 15 heures=2024-04-05T15:00 APPROX']],
    ['Les gelées du printemps ont détruit les fleurs.', ['printemps=2024-SP']],
    ['Le froid persistera les jours suivants.', ['les jours suivants=PXD']],
    ['Les prix ont baissé au cours des derniers mois.', ['derniers mois=PXM']],
    // "le mardi" with no tense: a habit; told in the past: a day
    ['Le marché se tient le mardi et le samedi matin.', ['le mardi=XXXX-WXX-2', 'le samedi matin=XXXX-WXX-6TMO']],
    ['Le mardi, il est parti à Lyon.', ['Le mardi=2024-04-02']],
    ['La séance a lieu le jeudi.', ['le jeudi=XXXX-WXX-4']],
    // a weekday settles the year of a day and month
    ['Le jury a tranché. Le verdict sera rendu le samedi 6 avril.', ['le samedi 6 avril=2024-04-06']],
    ['Le rapport est sorti le mercredi 4 avril.', ['le mercredi 4 avril=2024-04-04']],
  ]);
  it('the small hours after "la nuit de samedi à dimanche" fall on Sunday', () => {
    expect(brief(['Le feu a pris dans la nuit de samedi à dimanche.', 'Les secours sont arrivés vers 3 heures.'], '2024-04-05').slice(0, 1)).toEqual(['la nuit de samedi à dimanche=2024-03-30TNI']);
    expect(brief('Le feu a pris dans la nuit de samedi à dimanche, les secours sont arrivés vers 3 heures.', '2024-04-05')).toEqual(['la nuit de samedi à dimanche=2024-03-30TNI', '3 heures=2024-03-31T03:00 APPROX']);
  });
});

describe('fractions, round counts, nights across two dates (ref Friday 2024-04-05)', () => {
  table('2024-04-05', [
    ['Le vote a pris un quart d’heure.', ['un quart d’heure=PT15M']],
    ["L'attente a duré plus d'une demi-heure.", ["plus d'une demi-heure=PT30M MORE_THAN"]],
    ['Il a parlé trois quarts d’heure.', ['trois quarts d’heure=PT45M']],
    ['Une demi-journée de formation.', ['Une demi-journée=P0.5D']],
    ['Le conflit dure depuis un demi-siècle.', ['un demi-siècle=P50Y']],
    ['Il a vécu une trentaine d’années à Lyon.', ['une trentaine d’années=P30Y APPROX']],
    ['Le cambriolage a eu lieu dans la nuit du 3 au 4 mars.', ['la nuit du 3 au 4 mars=2024-03-03TNI']],
    ['Ces jours-ci, la ville est calme.', ['Ces jours-ci=PRESENT_REF']],
    ['Les orages ont éclaté en plein été.', ['été=2023-SU']],
  ]);
});

describe('rules from the second held-out set (ref Friday 2024-04-05)', () => {
  table('2024-04-05', [
    ['Pour l’instant, rien ne bouge.', ['l’instant=PRESENT_REF']],
    ['Il se tait pour le moment.', ['le moment=PRESENT_REF']],
    // a year then "à" + a count is no range of counts
    ['Il a été condamné en mai 2022 à six mois de prison.', ['mai 2022=2022-05', 'six mois=P6M']],
    ['Il a été condamné à deux à trois ans de prison.', ['deux à trois ans=P3Y APPROX']],
  ]);
  it('a date after "depuis" is no anchor for "un an plus tôt"', () => {
    const out = dates(['La dette a atteint un record lundi, au plus haut depuis 2015.', 'Un an plus tôt, elle baissait.'], '2024-04-05').dates;
    expect(out.map((d) => [d.text, d.value, d.resolved])).toEqual([['lundi', '2024-04-01', undefined], ['2015', '2015', undefined], ['Un an', 'P1Y', '2023']]);
  });
});

describe('rules from the third held-out set (ref Friday 2024-04-05)', () => {
  table('2024-04-05', [
    ['Le texte a été adopté après six heures de discussion.', ['six heures=PT6H']],
    // a clock time followed by its day is one expression
    ['Rendez-vous à 15 heures demain.', ['15 heures demain=2024-04-06T15:00']],
    ['Sur les six derniers mois, la dette a grimpé.', ['les six derniers mois=P6M']],
    ['Au cours des six derniers mois, la dette a grimpé.', ['six derniers mois=P6M']],
    ['Il a été libéré en 2019, puis arrêté trois ans plus tard pour vol.', ['2019=2019', 'trois ans=P3Y']],
    ['Il est arrivé trois jours plus tôt que prévu.', ['trois jours=P3D']],
  ]);
});
