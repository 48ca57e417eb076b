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
    ['Le score est de 3.5 points.', []],
  ]);
});
