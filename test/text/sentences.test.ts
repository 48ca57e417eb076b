import { describe, expect, it } from 'vitest';
import { fr } from '../../src/locales/fr/index.js';
import { MappedTextBuilder } from '../../src/text/mapped-text.js';
import { splitSentences } from '../../src/text/sentences.js';

const split = (text: string) => {
  const builder = new MappedTextBuilder();
  builder.appendSource(text, 0);
  return splitSentences(builder.build(), fr.sentences).map((s) => s.text);
};

describe('splitSentences (French)', () => {
  it.each([
    ['two sentences', 'Il pleut. Nous restons.', ['Il pleut.', 'Nous restons.']],
    ['honorific M.', 'M. Macron a parlé. Il est parti.', ['M. Macron a parlé.', 'Il est parti.']],
    ['Mme and Dr', 'Mme Dupont et le Dr Martin sont arrivés. Ensuite, rien.', ['Mme Dupont et le Dr Martin sont arrivés.', 'Ensuite, rien.']],
    ['MM. and Mgr', 'MM. Dupont et Durand, avec Mgr Vingt-Trois. Fin.', ['MM. Dupont et Durand, avec Mgr Vingt-Trois.', 'Fin.']],
    ['Me (lawyer)', 'Selon Me Dupond-Moretti, rien. Fin.', ['Selon Me Dupond-Moretti, rien.', 'Fin.']],
    ['initials', 'J. F. Kennedy est mort en 1963. Fin.', ['J. F. Kennedy est mort en 1963.', 'Fin.']],
    ['joined initials', 'J.D. Vance et J.-F. Copé ont parlé. Fin.', ['J.D. Vance et J.-F. Copé ont parlé.', 'Fin.']],
    ['av. J.-C.', 'Il est né en 63 av. J.-C. à Rome. Fin.', ['Il est né en 63 av. J.-C. à Rome.', 'Fin.']],
    ['p. ex.', 'Des fruits, p. ex. des pommes. Fin.', ['Des fruits, p. ex. des pommes.', 'Fin.']],
    ['etc. ends a sentence before a capital', 'Des pommes, des poires, etc. Puis rien.', ['Des pommes, des poires, etc.', 'Puis rien.']],
    ['decimal and thousands', 'La croissance est de 3.5 %. Le chiffre : 1.000 euros.', ['La croissance est de 3.5 %.', 'Le chiffre : 1.000 euros.']],
    ['ellipsis then lower case', 'Il hésite… puis accepte. Fin.', ['Il hésite… puis accepte.', 'Fin.']],
    ['ellipsis then capital', 'Il hésite... Puis il accepte.', ['Il hésite...', 'Puis il accepte.']],
    ['question inside quotes', '« Viendrez-vous ? » a-t-il demandé. Oui.', ['« Viendrez-vous ? » a-t-il demandé.', 'Oui.']],
    ['quote ends the sentence', 'Il a dit : « Nous partons. » Puis il est sorti.', ['Il a dit : « Nous partons. »', 'Puis il est sorti.']],
    ['exclamation', 'Quelle victoire ! Les supporteurs exultent.', ['Quelle victoire !', 'Les supporteurs exultent.']],
    ['a common word before the full stop', 'Ils regardaient la mer. Puis ils sont partis.', ['Ils regardaient la mer.', 'Puis ils sont partis.']],
    ['a month abbreviation before a year', 'Du 14 au 20 sept. 2014 à Lyon. Fin.', ['Du 14 au 20 sept. 2014 à Lyon.', 'Fin.']],
    ['"sept." as a number word still ends a sentence', 'Ils étaient sept. Puis huit.', ['Ils étaient sept.', 'Puis huit.']],
    ['no final punctuation', 'Un titre sans point', ['Un titre sans point']],
    ['number starting a sentence', 'Il est arrivé. 2024 sera une année clé.', ['Il est arrivé.', '2024 sera une année clé.']],
    ['a weekday abbreviation before a date', 'Le concert aura lieu ven. 15 mars à Paris. Fin.', ['Le concert aura lieu ven. 15 mars à Paris.', 'Fin.']],
    ['a weekday abbreviation before a numeric date', 'Réunion lun. 18/03 en mairie. Fin.', ['Réunion lun. 18/03 en mairie.', 'Fin.']],
    ['a weekday abbreviation before a day and a time', 'Rendez-vous sam. 16 à 20 h. Fin.', ['Rendez-vous sam. 16 à 20 h.', 'Fin.']],
    ['"mer." as a word before a count still ends a sentence', 'Ils regardaient la mer. 15 personnes sont venues.', ['Ils regardaient la mer.', '15 personnes sont venues.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
