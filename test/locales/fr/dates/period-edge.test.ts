import { describe } from 'vitest';
import { table } from './table.js';

/** The first or last day of a week, a month or a year named without a month (nth.ts, periodEdgeParser). */
describe('first and last day of a period (ref 2024-04-05, a Friday)', () => {
  table('2024-04-05', [
    ['Le dernier jour de l’année sera férié.', ['Le dernier jour de l’année=2024-12-31']],
    ['Le premier jour de l’année, tout était fermé.', ['Le premier jour de l’année=2024-01-01']],
    ['Le dernier jour de l’année 2023 fut froid.', ['Le dernier jour de l’année 2023=2023-12-31']],
    ['Le premier jour de cette année fut froid.', ['Le premier jour de cette année=2024-01-01']],
    ['Le dernier jour de l’année prochaine sera férié.', ['Le dernier jour de l’année prochaine=2025-12-31']],
    ['Le dernier jour du mois dernier, il a plu.', ['Le dernier jour du mois dernier=2024-03-31']],
    ['Il viendra le premier jour de la semaine prochaine.', ['le premier jour de la semaine prochaine=2024-04-08']],
    ['Le dernier jour de la semaine sera chômé.', ['Le dernier jour de la semaine=2024-04-07']],
    ['Le 1er jour du mois, les loyers tombent.', ['Le 1er jour du mois=2024-04-01']],
    // with a month: the nth parser's, as before
    ['Le dernier jour du mois de mars fut chaud.', ['Le dernier jour du mois de mars=2024-03-31']],
    // other periods than the calendar's
    ['Le dernier jour de l’année scolaire approche.', []],
    ['Le premier jour du mois de ramadan commence.', []],
    ['Le premier jour du procès fut tendu.', []],
  ]);
});

describe('first and last day of a period, read by the tense (ref 2024-04-05)', () => {
  // an article only ("du mois", "de l'année"): the current period, or the one before or after when the tense puts the day on the other side of today
  table('2024-04-05', [
    ['Il est mort le dernier jour de l’année.', ['le dernier jour de l’année=2023-12-31']],
    ['Le dernier jour du mois, il a plu.', ['Le dernier jour du mois=2024-03-31']],
    ['Les loyers augmenteront le premier jour du mois.', ['le premier jour du mois=2024-05-01']],
    ['Les loyers augmenteront le dernier jour du mois.', ['le dernier jour du mois=2024-04-30']],
  ]);
});
