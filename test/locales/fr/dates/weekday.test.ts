import { describe } from 'vitest';
import { table } from './table.js';

describe('weekday parser (ref Friday 2024-04-05)', () => {
  table('2024-04-05', [
    ['Le championnat reprend dès samedi.', ['samedi=2024-04-06']],
    ['Il a parlé mardi.', ['mardi=2024-04-02']],
    ['Il parlera mardi.', ['mardi=2024-04-09']],
    ['Il a été reçu mardi dernier.', ['mardi dernier=2024-04-02']],
    ['Il sera reçu mardi prochain.', ['mardi prochain=2024-04-09']],
    // the shift before the day: the nearest such day after (or before) today, whatever the tense
    ['Le prochain samedi, la mairie sera fermée.', ['Le prochain samedi=2024-04-06']],
    ['Il a neigé le dernier jeudi.', ['le dernier jeudi=2024-04-04']],
    ['Le marché aura lieu le prochain dimanche matin.', ['le prochain dimanche matin=2024-04-07TMO']],
    ['Rendez-vous mardi en huit.', ['mardi en huit=2024-04-16']],
    ['Il a parlé mardi soir.', ['mardi soir=2024-04-02TEV']],
    ['Réunion mercredi de la semaine prochaine.', ['mercredi de la semaine prochaine=2024-04-10']],
    ['Le ministre a déclaré vendredi que tout allait bien.', ['vendredi=2024-04-05']],
    ['Le gouvernement a présenté jeudi un projet de loi.', ['jeudi=2024-04-04']],
    ['Le premier lundi de mars 2024.', ['Le premier lundi de mars 2024=2024-03-04']],
    // abbreviations with their dot: one expression with the day that follows, nothing alone
    ['Concert ven. 12 avril à Paris.', ['ven. 12 avril=2024-04-12']],
    ['Concert ven. 12 avril 2024 à Paris.', ['ven. 12 avril 2024=2024-04-12']],
    ['Réunion lun. 8/04 en mairie.', ['lun. 8/04=2024-04-08']],
    ['Réunion lundi 8/04 en mairie.', ['lundi 8/04=2024-04-08']],
    ['Réunion du lun. 8/04 au mer. 10/04.', ['lun. 8/04=2024-04-08', 'mer. 10/04=2024-04-10']],
    ['Rendez-vous sam. 6, place de la mairie.', ['sam. 6=2024-04-06']],
    ['Ils regardaient la mer.', []],
    ['Rendez-vous mar. à Paris.', []],
    ['Le jeu. Puis la partie.', []],
  ]);
  table('2013-02-12T04:30', [
    ['lundi', ['lundi=2013-02-18']],
    ['mercredi 13', ['mercredi 13=2013-02-13']],
    ['jeudi 15', ['jeudi 15=2013-08-15']],
    // an abbreviation as the whole text (an agenda cell)
    ['lun.', ['lun.=2013-02-18']],
  ], 'future');
});
