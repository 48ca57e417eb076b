import { describe } from 'vitest';
import { table } from './table.js';

describe('part-of-day parser (ref 2024-04-05)', () => {
  table('2024-04-05', [
    ['Ce matin, il a plu.', ['Ce matin=2024-04-05TMO']],
    // "tard dans la soirée": the end of it ("plus tard dans la soirée" is a comparison: the part alone)
    ['Le vote a été clos tard dans la soirée.', ['tard dans la soirée=2024-04-05TEV END']],
    ['Les résultats sont tombés plus tard dans la soirée.', ['la soirée=2024-04-05TEV']],
    ['Ils sont partis à l’aube.', ['l’aube=2024-04-05TMO']],
    ['Ils ont débarqué à l’aube du 6 juin 1944.', ['l’aube du 6 juin 1944=1944-06-06TMO']],
    ['C’est l’aube d’une ère nouvelle.', []],
    ['Ils sont partis au petit matin.', ['petit matin=2024-04-05TMO']],
    ['Il est arrivé le 2 au soir.', ['le 2 au soir=2024-04-02TEV']],
    // the part right after a day number ("midi" inside "après-midi" is no time of its own)
    ['Il est arrivé le 2 après-midi.', ['le 2 après-midi=2024-04-02TAF']],
    ['Il est arrivé le 2 dans la soirée.', ['le 2=2024-04-02', 'la soirée=2024-04-02TEV']],
    ['Aujourd’hui en fin de matinée, il a parlé.', ['Aujourd’hui en fin de matinée=2024-04-05TMO END']],
    ['Il viendra ce soir.', ['ce soir=2024-04-05TEV']],
    ['Cet après-midi, il dort.', ['Cet après-midi=2024-04-05TAF']],
    ['Il part tôt le matin.', ['tôt le matin=2024-04-05TMO START']],
    ['Il a été arrêté dans la nuit de samedi à dimanche.', ['la nuit de samedi à dimanche=2024-03-30TNI']],
    ['La matinée du 15 février a été calme.', ['La matinée du 15 février=2024-02-15TMO']],
    ['Selon Le Soir, rien.', []],
    ['Il arrivera en soirée.', ['soirée=2024-04-05TEV']],
    ['Le soir de Noël, il a neigé.', ['Le soir de Noël=2023-12-25TEV']],
    ['La nuit dernière, il a neigé.', ['La nuit dernière=2024-04-04TNI']],
    ['Cette nuit, deux voitures ont brûlé.', ['Cette nuit=2024-04-04TNI']],
  ]);
});
