import { describe } from 'vitest';
import { table } from './table.js';

describe('numeric-date parser (ref 2024-04-05)', () => {
  table('2024-04-05', [
    ['Facture du 14/02/2024.', ['14/02/2024=2024-02-14']],
    ['Le 15.01.2009, il a neigé.', ['Le 15.01.2009=2009-01-15']],
    ['Publié le 2024-04-03.', ['le 2024-04-03=2024-04-03']],
    ['Né le 31/10/74.', ['le 31/10/74=1974-10-31']],
    ['Arrivée le 2/3.', ['le 2/3=2024-03-02']],
    ['Les 2/3 des électeurs.', []],
    // a clock time after it makes a bare day/month a date (its second number is no day of its own)
    ['Ouverture des portes 14/06 à 9 h.', ['14/06=2024-06-14', '9 h=2024-06-14T09:00']],
    ['Il a gagné 3/4 à 7 h.', ['7 h=2024-04-05T07:00']],
    ['Le score est de 3.5 points.', []],
    // dashes and year-first orders
    ['Le contrat est daté du 14-02-2024.', ['14-02-2024=2024-02-14']],
    ['Le 14-02, il pleuvait.', ['Le 14-02=2024-02-14']],
    ['Né le 31-10-74.', ['le 31-10-74=1974-10-31']],
    ['Publié le 2024/02/14.', ['le 2024/02/14=2024-02-14']],
    ['La lettre est datée du 7-3-2022.', ['7-3-2022=2022-03-07']],
    // with spaces: only after "le" (or alone), a month of two digits, closing the phrase
    ['Livraison prévue le 18 05.', ['le 18 05=2024-05-18']],
    ['Signé le 09 11 2023, à Metz.', ['le 09 11 2023=2023-11-09']],
    ['Le score était de 21 18 à la pause.', []],
    ['Dans le 15 10 tirs ont été cadrés.', []],
    // a month and its year in digits
    ['La facture émise en 12/2023 reste impayée.', ['12/2023=2023-12']],
    ['Depuis 03/2024, le tarif a changé.', ['03/2024=2024-03']],
    // scores, ranges, fractions, reference numbers, phone numbers, URLs
    ['Il a gagné 3-1.', []],
    ['Le 3-1 encaissé à Lyon a fait mal.', []],
    ['Le 21-10 final a surpris.', []],
    // not a dash date "13-15"; the range itself is the ranges refiner's (today it finds only the last day)
    ['Le festival a lieu les 13-15 juillet.', ['15 juillet=2024-07-15']],
    ['Il joue la 1/2 finale.', []],
    ['La fraction 3/4 est simple.', []],
    ['Un millième, soit 1/1000, suffit.', []],
    ['La décision n° 12/2023 est parue.', []],
    ['Appelez le 06-01-02-03-04.', []],
    ['Voir https://example.com/archives/12/2023/article pour le détail.', []],
  ]);
});
