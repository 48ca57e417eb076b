import { describe } from 'vitest';
import { table } from './table.js';

describe('duration parser (ref 2024-04-05)', () => {
  table('2024-04-05', [
    ['Une conversation d’une durée d’une heure.', ['une heure=PT1H']],
    ['Il a couru pendant trois heures.', ['trois heures=PT3H']],
    ['Il a dormi deux heures et demie.', ['deux heures et demie=PT2.5H']],
    ['Il a nagé 30,4 secondes.', ['30,4 secondes=PT30.4S']],
    ['Tout a basculé en une seconde.', ['une seconde=PT1S']],
    ['Il a attendu près de onze heures avant d’être examiné.', ['près de onze heures=PT11H APPROX']],
    // counted from the last clock time told; with none, only the duration is known
    // "plus tard" after a duration is a signal, outside it; what the duration points at is its `resolved` (below)
    ['L’alerte a été donnée à 5 h 15. Vingt minutes plus tard, les secours étaient là.', ['5 h 15=2024-04-05T05:15', 'Vingt minutes=PT20M']],
    ['Le navire a coulé jeudi. Vingt minutes plus tard, les secours étaient là.', ['jeudi=2024-04-04', 'Vingt minutes=PT20M']],
    ['Il est resté plus de trois ans.', ['plus de trois ans=P3Y MORE_THAN']],
    ['Il attend depuis deux décennies.', ['deux décennies=P20Y']],
    ['Il a vécu là quelques jours.', ['quelques jours=PXD']],
    ['Ces dernières années, tout a changé.', ['Ces dernières années=PXY']],
    ['Ces dernieres annees, tout a change.', ['Ces dernieres annees=PXY']],
    // a shift before the count belongs to the duration, with or without its determiner
    ['Il a plu durant les dernières 48 heures.', ['les dernières 48 heures=PT48H']],
    ['Prévisions pour les prochains 5 jours : prochains 5 jours de pluie.', ['les prochains 5 jours=P5D', 'prochains 5 jours=P5D']],
    ['Il faut compter une à deux heures de route.', ['une à deux heures=PT2H APPROX']],
    ['Il est resté un an et demi.', ['un an et demi=P1.5Y']],
    ['Le 20 heures de France 2 a commencé.', []],
    ['Les 24 Heures du Mans auront lieu.', []],
  ]);
  it('gives the date a duration points at', () => {
    const [ago, inThree] = dates('Il y a deux ans, il partait ; dans trois semaines, il reviendra.', '2024-04-05').dates;
    expect([ago!.text, ago!.value, ago!.resolved]).toEqual(['deux ans', 'P2Y', '2022']);
    expect([inThree!.text, inThree!.value, inThree!.resolved]).toEqual(['trois semaines', 'P3W', '2024-04-26']);
  });
  it('points forward at the reference moved on, one grain finer than the unit; back at the unit', () => {
    const out = dates('La loi entrera en vigueur dans trois mois et sera évaluée dans un an. Le chantier a commencé il y a deux mois.', '2024-04-05').dates;
    expect(out.map((d) => [d.text, d.resolved])).toEqual([
      ['trois mois', '2024-07-05'],
      ['un an', '2025-04'],
      ['deux mois', '2024-02'],
    ]);
    // a day on, with a reference clock: that hour tomorrow
    expect(dates('Le verdict tombera dans deux jours.', '2024-04-05T15:20').dates[0]!.resolved).toBe('2024-04-07T15');
  });
  it('gives the time a fraction of an hour or a year points at, in whole smaller units', () => {
    const out = dates('Le car part dans une demi-heure ; un autre est parti il y a trois quarts d’heure, un troisième passera dans deux heures et demie. Il a quitté la ville il y a un an et demi.', '2024-04-05T10:00').dates;
    expect(out.map((d) => [d.text, d.value, d.resolved ?? null])).toEqual([
      ['une demi-heure', 'PT30M', '2024-04-05T10:30'],
      ['trois quarts d’heure', 'PT45M', '2024-04-05T09:15'],
      ['deux heures et demie', 'PT2.5H', '2024-04-05T12:30'],
      ['un an et demi', 'P1.5Y', '2022-10'],
    ]);
    // seconds from a reference told to the minute
    expect(dates('Le départ sera donné dans 45 secondes.', '2024-04-05T10:00').dates.map((d) => d.resolved)).toEqual(['2024-04-05T10:00:45']);
    expect(dates('Il est parti il y a 90 secondes.', '2024-04-05T10:00').dates.map((d) => d.resolved)).toEqual(['2024-04-05T09:58:30']);
    // a fraction of a day makes no whole hours of a known clock: no date
    expect(dates('Il reviendra dans 2,5 jours.', '2024-04-05').dates[0]!.resolved).toBeUndefined();
  });
  it('reads "deux jours plus tard" from the narrative', () => {
    const out = dates(['Le 3 janvier 2005, il est parti.', 'Deux jours plus tard, il est revenu.', 'Le 3 janvier 2005 à 5 h 15, il est parti.', 'Vingt minutes plus tard, il est revenu.'], '2024-04-05').dates;
    expect(out.map((d) => [d.text, d.value, d.resolved ?? null])).toEqual([
      ['Le 3 janvier 2005', '2005-01-03', null],
      ['Deux jours', 'P2D', '2005-01-05'],
      ['Le 3 janvier 2005', '2005-01-03', null],
      ['5 h 15', '2005-01-03T05:15', null],
      ['Vingt minutes', 'PT20M', '2005-01-03T05:35'],
    ]);
    expect(out[1]!.anchor).toBe('d1');
  });
});
import { expect, it } from 'vitest';
import { brief, dates } from '../../../dates/helpers.js';
