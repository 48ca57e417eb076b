import { describe } from 'vitest';
import { table } from './table.js';

describe('day-month parser (ref 2024-04-05)', () => {
  table('2024-04-05', [
    ['Il est arrivé le 3 avril.', ['le 3 avril=2024-04-03']],
    ['Le traité a été signé le 14 février 2024.', ['le 14 février 2024=2024-02-14']],
    ['Rendez-vous mardi 9 janvier 2024.', ['mardi 9 janvier 2024=2024-01-09']],
    ['La fête du 1er janvier.', ['1er janvier=2024-01-01']],
    ['Le premier janvier.', ['Le premier janvier=2024-01-01']],
    ['Il viendra le 12 mai prochain.', ['le 12 mai prochain=2024-05-12']],
    ['Né le 31 octobre 74.', ['le 31 octobre 74=1974-10-31']],
    ['Dès le 2 sept. 2014, tout change.', ['le 2 sept. 2014=2014-09-02']],
  ]);
});

describe('ranges (ref 2024-03-13, future)', () => {
  table(
    '2024-03-13',
    [
      // TimeML keeps two expressions; the first day takes the month of the second, and the end falls on or after the start
      ['du 13 au 15 juillet', ['13=2024-07-13', '15 juillet=2024-07-15']],
      ['du lundi au vendredi', ['lundi=2024-03-18', 'vendredi=2024-03-22']],
      ['du 28 décembre 2023 au 3 janvier', ['28 décembre 2023=2023-12-28', '3 janvier=2024-01-03']],
      ['de novembre à février', ['novembre=2024-11', 'février=2025-02']],
    ],
    'future',
  );
});
