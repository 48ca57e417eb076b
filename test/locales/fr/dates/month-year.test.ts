import { describe } from 'vitest';
import { table } from './table.js';

describe('month-year parser (ref 2024-04-05)', () => {
  table('2024-04-05', [
    ['Depuis octobre 2022, rien.', ['octobre 2022=2022-10']],
    ['Il a voyagé en mars.', ['mars=2024-03']],
    ['Le mois de juillet sera chaud.', ['Le mois de juillet=2024-07']],
    ['Il est parti en mai dernier.', ['mai dernier=2023-05']],
    ['Juin 2024 sera chaud.', ['Juin 2024=2024-06']],
  ]);
});
