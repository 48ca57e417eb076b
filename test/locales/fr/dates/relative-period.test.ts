import { describe } from 'vitest';
import { table } from './table.js';

describe('relative-period parser (ref 2024-04-05)', () => {
  table('2024-04-05', [
    ['Cette décennie a tout changé.', ['Cette décennie=202']],
    ['Il vise la fin de la décennie.', ['la fin de la décennie=202 END']],
    ['La décennie prochaine sera décisive.', ['La décennie prochaine=203']],
    ['Il est venu la semaine dernière.', ['la semaine dernière=2024-W13']],
    ['Il viendra la semaine prochaine.', ['la semaine prochaine=2024-W15']],
    ['Ce week end, la piscine sera fermée.', ['Ce week end=2024-W14-WE']],
    // "d'avant" counts back from the date the narrative set, like "précédent"
    ['En mars 2019, il a été élu ; le mois d’avant, il faisait campagne.', ['mars 2019=2019-03', 'le mois d’avant=2019-02']],
    ['La semaine d’avant-guerre fut calme.', []],
    ['L’an dernier, il a gagné.', ['L’an dernier=2023']],
    ['Cette année, il gagnera.', ['Cette année=2024']],
    ['Le mois prochain sera chaud.', ['Le mois prochain=2024-05']],
    ['Ce week-end, il pleut.', ['Ce week-end=2024-W14-WE']],
    ['Ce mois-ci, il pleut.', ['Ce mois-ci=2024-04']],
    ['Il finira dans la semaine.', ['la semaine=2024-W14']],
    ['Les prix ont augmenté au cours de l’année.', ['l’année=2024']],
    ['L’année de sa mort, il a écrit un livre.', []],
    ['La semaine de quatre jours est adoptée.', ['quatre jours=P4D']],
    ['La semaine du 18 mars a été agitée.', ['La semaine du 18 mars=2024-W12']],
    ['Au cours du week-end, il a plu.', ['week-end=2024-W13-WE']],
    ['Il est venu semaine dernière.', ['semaine dernière=2024-W13']],
    // centuries and millennia counted from today
    ['Le siècle dernier a connu deux guerres.', ['Le siècle dernier=19']],
    ['Au siècle dernier, on écrivait à la main.', ['siècle dernier=19']],
    ['Ce siècle sera celui du climat.', ['Ce siècle=20']],
    ['Le siècle prochain sera chaud.', ['Le siècle prochain=21']],
    ['À la fin du siècle dernier, tout a changé.', ['la fin du siècle dernier=19 END']],
    ['Le millénaire prochain est loin.', ['Le millénaire prochain=3']],
    // "du siècle" alone names nothing
    ['C’est le procès du siècle.', []],
  ]);
});
