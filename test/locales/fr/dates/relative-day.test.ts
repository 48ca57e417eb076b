import { describe } from 'vitest';
import { table } from './table.js';

describe('relative-day parser (ref 2024-04-05)', () => {
  table('2024-04-05', [
    // the event a day is counted from belongs to the expression
    ['Le vote a eu lieu le 3 avril. La veille du scrutin, il pleuvait.', ['le 3 avril=2024-04-03', 'La veille du scrutin=2024-04-02']],
    ['Hier, il pleuvait.', ['Hier=2024-04-04']],
    // "tôt"/"tard" after the part of the day: its start or end
    ['Ils sont rentrés hier soir tard.', ['hier soir tard=2024-04-04TEV END']],
    ['Il partira demain le matin très tôt.', ['demain le matin très tôt=2024-04-06TMO START']],
    ['Il part avant-hier.', ['avant-hier=2024-04-03']],
    ['Aujourd’hui, il fait beau.', ['Aujourd’hui=2024-04-05']],
    ['Il viendra demain matin.', ['demain matin=2024-04-06TMO']],
    ['Il viendra après-demain.', ['après-demain=2024-04-07']],
    ['Il a chanté hier soir.', ['hier soir=2024-04-04TEV']],
    ['La veille au soir, rien.', ['La veille au soir=2024-04-04TEV']],
  ]);
  it('counts "la veille", "le lendemain" from the narrative', () => {
    expect(brief(['Le 3 mars 2020, il est parti.', 'Le lendemain, il est revenu.'], '2024-04-05')).toEqual(['Le 3 mars 2020=2020-03-03', 'Le lendemain=2020-03-04']);
    expect(brief(['Le 3 mars 2020, il est parti.', 'Le surlendemain, il est revenu.'], '2024-04-05')).toEqual(['Le 3 mars 2020=2020-03-03', 'Le surlendemain=2020-03-05']);
  });
});
import { expect, it } from 'vitest';
import { brief } from '../../../dates/helpers.js';
