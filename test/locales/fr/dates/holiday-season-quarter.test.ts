import { describe } from 'vitest';
import { table } from './table.js';

describe('holiday, season, quarter, nth parsers (ref 2024-04-05)', () => {
  table('2024-04-05', [
    ['Il reviendra pour Noël.', ['Noël=2024-12-25']],
    ['Il est venu à la Toussaint.', ['la Toussaint=2023-11-01']],
    ['Le défilé du 14-Juillet aura lieu.', ['14-Juillet=2024-07-14']],
    ['Il est parti à Pâques.', ['Pâques=2024-03-31']],
    // a shift after the feast; lower case for the feasts no common noun shares
    ['Ils se sont revus à Noël dernier.', ['Noël dernier=2023-12-25']],
    ['Elle rentrera pour la toussaint.', ['la toussaint=2024-11-01']],
    // the day before or after a named date, and the week or weekend around a movable feast
    ['Les routes seront chargées le lendemain de Noël.', ['le lendemain de Noël=2024-12-26']],
    ['Il a neigé la veille du 1er mai.', ['la veille du 1er mai=2023-04-30']],
    ['Il a neigé la veille du 1er mars 2023.', ['la veille du 1er mars 2023=2023-02-28']],
    ['Le musée ouvrira le week-end de Pentecôte.', ['le week-end de Pentecôte=2024-W20-WE']],
    ['La fête aura lieu la veille du nouvel an.', ['la veille du nouvel an=2024-12-31']],
    ['Les magasins ferment le lundi de Pentecôte.', ['le lundi de Pentecôte=2024-05-20']],
    ['Il a fêté la Chandeleur.', ['la Chandeleur=2024-02-02']],
    ['Les feux de la Saint-Jean seront allumés.', ['la Saint-Jean=2024-06-24']],
    ['Il travaille à l’hôpital Saint-Jean.', []],
    ['La Fête de la musique aura lieu.', ['La Fête de la musique=2024-06-21']],
    ['Cet été, il fera chaud.', ['Cet été=2024-SU']],
    // "été comme hiver": any year's seasons, two expressions ("il a été comme …" is the verb)
    ['Le refuge reste ouvert. Hiver comme été, il accueille les randonneurs.', ['Hiver=XXXX-WI', 'été=XXXX-SU']],
    ['Il a été comme hiver figé.', []],
    ['L’hiver dernier a été doux.', ['L’hiver dernier=2023-WI']],
    ['Au printemps 2023, il a plu.', ['printemps 2023=2023-SP']],
    ['Les ventes ont crû au deuxième trimestre 2024.', ['deuxième trimestre 2024=2024-Q2']],
    ['Au premier semestre, tout va bien.', ['premier semestre=2024-H1']],
    ['La première semaine d’octobre 2014 a été calme.', ['La première semaine d’octobre 2014=2014-W41']],
    ['Le dernier jour d’octobre 2015.', ['Le dernier jour d’octobre 2015=2015-10-31']],
  ]);
});
