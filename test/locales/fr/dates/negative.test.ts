import { describe } from 'vitest';
import { table } from './table.js';

/** Words that look temporal and are not (French TimeML: names, counts, URLs, "temps" as situation). */
describe('negative cases (ref 2024-04-05)', () => {
  table('2024-04-05', [
    ['La planète Mars est rouge.', []],
    ['L’Appel du 18-Juin est un texte célèbre.', []],
    ['Il aura une seconde chance.', []],
    ['Il a essayé une seconde fois.', []],
    ['La sonde a atteint Mars.', []],
    ['La chanteuse Mai Lan a chanté.', []],
    ['Il a rencontré Thi Mai Nguyen.', []],
    ['Plus de 2024 personnes ont manifesté.', []],
    ['En 2024 personnes ne l’a vu.', []],
    ['Voir https://example.com/actu/le-3-avril-2024 pour les détails.', []],
    ['Lien : www.example.fr/2024/04/03/3-avril', []],
    ['Juin-sur-Mer accueille le festival.', []],
    ['Ils se retrouvent place du 8-Mai.', []],
    ['Le Mouvement du 22-Mars est célèbre.', []],
    ['Le temps presse pour le gouvernement.', []],
    ['Il a été élu à l’unanimité.', []],
    ['Il a lu Le Quotidien et le quotidien Le Monde.', []],
    ['Noël Le Graët a démissionné.', []],
    ['Ana a un court de tennis.', []],
    ['Il maintient le cap en maintenant la pression.', []],
    ['Le score est de 74 à 70.', []],
    ['Une salle de 1 500 places.', []],
    ['Tout a changé du jour au lendemain.', []],
    ['L’opération, baptisée « 8 mai », a réussi.', []],
    ['Il a marqué 24h/24 et 7j/7.', []],
  ]);
});
