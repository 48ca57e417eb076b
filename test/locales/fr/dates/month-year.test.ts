import { describe } from 'vitest';
import { table } from './table.js';

describe('month-year parser (ref 2024-04-05)', () => {
  table('2024-04-05', [
    ['Depuis octobre 2022, rien.', ['octobre 2022=2022-10']],
    ['Il a voyagé en mars.', ['mars=2024-03']],
    ['Le mois de juillet sera chaud.', ['Le mois de juillet=2024-07']],
    ['Il est parti en mai dernier.', ['mai dernier=2023-05']],
    ['Juin 2024 sera chaud.', ['Juin 2024=2024-06']],
    // a month with its year in one constituent: one expression
    ['Le mois d’octobre de 1969 fut agité.', ['Le mois d’octobre de 1969=1969-10']],
    ['Il est arrivé au mois de mars de 2019.', ['mois de mars de 2019=2019-03']],
    // a month and a year of two digits, as French news names famous dates
    ['Les événements de Mai 68 ont marqué le pays.', ['Mai 68=1968-05']],
    ['Depuis mai 68, la France a changé.', ['mai 68=1968-05']],
    ['L’appel de juin 40 reste célèbre.', ['juin 40=1940-06']],
    // a number after the month that counts
    ['En mai 15 personnes sont mortes.', ['mai=2023-05']],
    ['En janvier 12 candidats se sont présentés.', ['janvier=2024-01']],
    ['En avril 40 % des votants ont boudé les urnes.', ['avril=2024-04']],
    ['En mars 30 000 personnes ont défilé.', ['mars=2024-03']],
    ['En octobre 17 d’entre eux ont démissionné.', ['octobre=2023-10']],
    ['Le prix baissera en juin de 2000 euros.', ['juin=2024-06']],
    ['En mai 20 jours de grève ont paralysé le pays.', ['mai=2023-05', '20 jours=P20D']],
    ['Ils seront sept 14 ans plus tard.', ['14 ans=P14Y']],
  ]);
});
