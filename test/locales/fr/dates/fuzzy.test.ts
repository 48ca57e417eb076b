import { describe } from 'vitest';
import { table } from './table.js';

describe('fuzzy parts of periods (ref 2024-04-05)', () => {
  table('2024-04-05', [
    ['L’attentat survenu à la fin du mois de mars.', ['la fin du mois de mars=2024-03 END']],
    ['Il rentrera début mai.', ['début mai=2024-05 START']],
    ['Rendez-vous mi-juillet.', ['mi-juillet=2024-07 MID']],
    ['Il l’a vu fin mars.', ['fin mars=2024-03 END']],
    ['Le texte sera voté d’ici à la fin de l’année.', ['la fin de l’année=2024 END']],
    ['Les travaux dureront jusqu’à fin 2025.', ['fin 2025=2025 END']],
    ['Il arrive en début de semaine.', ['début de semaine=2024-W14 START']],
    ['La réunion a eu lieu en fin de matinée.', ['fin de matinée=2024-04-05TMO END']],
  ]);
});
