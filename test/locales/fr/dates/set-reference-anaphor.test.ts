import { describe, expect, it } from 'vitest';
import { table } from './table.js';
import { brief, dates } from '../../../dates/helpers.js';

describe('set, reference and anaphor parsers (ref 2024-04-05)', () => {
  table('2024-04-05', [
    ['Il court chaque lundi.', ['chaque lundi=XXXX-WXX-1']],
    ['Il vient tous les ans.', ['tous les ans=P1Y']],
    ['Le défilé a lieu chaque 1er mai.', ['chaque 1er mai=XXXX-05-01']],
    ['Ils se retrouvent tous les 15 août.', ['tous les 15 août=XXXX-08-15']],
    ['Le loyer est dû tous les 1er du mois.', ['tous les 1er du mois=XXXX-XX-01']],
    ['À l’heure actuelle, rien n’est décidé.', ['l’heure actuelle=PRESENT_REF']],
    ['Une réunion hebdomadaire.', ['hebdomadaire=P1W']],
    ['Il vient deux fois par an.', ['deux fois par an=P1Y']],
    ['Le prix est révisé annuellement.', ['annuellement=P1Y']],
    ['Actuellement, il dort.', ['Actuellement=PRESENT_REF']],
    ['Désormais, il dort.', ['Désormais=PRESENT_REF']],
    ['Récemment, il a dormi.', ['Récemment=PAST_REF']],
    ['Le verdict sera rendu sous peu.', ['sous peu=FUTURE_REF']],
  ]);
  it('anchors "ce jour-là" to the date last mentioned', () => {
    const found = dates(['L’attaque revendiquée le 22 mars.', 'Ce jour-là, des assaillants ont attaqué.'], '2024-04-05').dates;
    expect(found.map((d) => [d.id, d.text, d.value, d.anchor])).toEqual([
      ['d1', 'le 22 mars', '2024-03-22', null],
      ['d2', 'Ce jour-là', '2024-03-22', 'd1'],
    ]);
  });
  it('keeps "le même jour" unknown without an antecedent', () => {
    expect(brief('Le même jour, rien.', '2024-04-05')).toEqual(['Le même jour=XXXX-XX-XX']);
  });
  it('marks SET with quant EVERY', () => {
    expect(dates('Il court chaque lundi.', '2024-04-05').dates[0]).toMatchObject({ type: 'SET', quant: 'EVERY' });
  });
});
