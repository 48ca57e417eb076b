import { describe } from 'vitest';
import { table } from './table.js';

describe('year, decade and century parsers (ref 2024-04-05)', () => {
  table('2024-04-05', [
    ['Le scrutin aura lieu en 2027.', ['2027=2027']],
    ['Depuis 2019, le chômage baisse.', ['2019=2019']],
    // two digits after "en", closing the phrase: a year of the last century; not a count, a rank or a time taken
    ['Le club est descendu en 93, puis remonté en 95 (après deux saisons).', ['93=1993', '95=1995']],
    ['Il a bouclé le parcours en 45 minutes.', ['45 minutes=PT45M']],
    ['Le coureur a fini en 12e position, puis en 14.', []],
    ['Entre 2020 et 2022, il a vécu à Lyon.', ['2020=2020', '2022=2022']],
    ['L’année 2020 a été difficile.', ['L’année 2020=2020']],
    ['Les années 1990 ont vu la fin de la guerre froide.', ['Les années 1990=199']],
    ['La mode des années 80 revient.', ['années 80=198']],
    ['Au XXe siècle, tout a changé.', ['XXe siècle=19']],
    ['Le XXIe siècle sera numérique.', ['Le XXIe siècle=20']],
    ['Le 21e siècle sera numérique.', ['Le 21e siècle=20']],
    ['Le vingt et unième siècle sera numérique.', ['Le vingt et unième siècle=20']],
    ['Le dix-septième siècle fut celui de Louis XIV.', ['Le dix-septième siècle=16']],
    ['Le Ier siècle a vu naître l’empire.', ['Le Ier siècle=00']],
    // millennia: TIMEX3 names them by their first digit
    ['Le troisième millénaire commence en 2001.', ['Le troisième millénaire=2', '2001=2001']],
    ['Au IIe millénaire, la ville fut fondée.', ['IIe millénaire=1']],
    ['Le XXer siècle n’existe pas.', []],
  ]);
});
