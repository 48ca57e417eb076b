/** What a subject pronoun or "ce dernier" stands for: the person of the right sex named before, through the whole pipeline. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { fr } from '../../src/locales/fr/index.js';

const eventsOf = (text: string) => {
  const article = extract(text, { file: 't.md', refDate: '2026-02-20' });
  const name = (id: string) => article.actors.find((a) => a.id === id)?.name;
  return article.events.map((e) => ({ value: e.value, actors: e.actors.map(name) }));
};
const actorsOn = (text: string, value: string) => eventsOf(text).find((e) => e.value === value)?.actors;

describe('subject pronouns by sex', () => {
  it('reads "elle" as the last woman named and "il" as the last man, told by their first names', () => {
    const meeting = 'Sophie Marchal a rencontré Paul Girard à Lyon.';
    expect(actorsOn(`${meeting} Elle a ensuite démissionné le 3 mars.`, '2025-03-03')).toEqual(['Sophie Marchal']);
    expect(actorsOn(`${meeting} Il a ensuite démissionné le 3 mars.`, '2025-03-03')).toEqual(['Paul Girard']);
  });

  it('tells the sex of a surname alone from its honorific ("Mme", "M.")', () => {
    const meeting = 'Mme Durand et M. Lefort se sont rencontrés à Nantes.';
    expect(actorsOn(`${meeting} Elle a quitté la mairie le 14 mars.`, '2025-03-14')).toEqual(['Durand']);
    expect(actorsOn(`${meeting} Il a quitté la mairie le 14 mars.`, '2025-03-14')).toEqual(['Lefort']);
  });

  it('tells the sex of a mixed first name from a participle that agrees with it ("est arrivée")', () => {
    const arrivals = 'Dominique Faure est arrivé à Rennes en 2019. Camille Besson est arrivée à Brest en 2020.';
    expect(actorsOn(`${arrivals} Elle a ouvert une librairie le 5 mai 2021.`, '2021-05-05')).toEqual(['Camille Besson']);
    // the nearest sentence names only a woman: "il" goes one sentence further back
    expect(actorsOn(`${arrivals} Il a ouvert une librairie le 5 mai 2021.`, '2021-05-05')).toEqual(['Dominique Faure']);
  });

  it('keeps the nearest person when nothing tells the sex', () => {
    expect(actorsOn('Claude Aubry a reçu Dominique Lenoir à Metz. Il a quitté la ville le 8 avril.', '2025-04-08')).toEqual(['Claude Aubry']);
  });
});

describe('a person named by a common noun ("la quinquagénaire", "l’homme")', () => {
  it('goes on about the last person of the sex its determiner or agreement tells', () => {
    expect(actorsOn('Le juge a entendu Marc Dupin et Louise Perrin. La quinquagénaire avait été interpellée le 2 juillet.', '2025-07-02')).toEqual(['Louise Perrin']);
    expect(actorsOn('Le juge a entendu Louise Perrin et Marc Dupin. L’homme de 38 ans avait été interpellé le 2 juillet.', '2025-07-02')).toEqual(['Marc Dupin']);
  });
});

describe('pronoun chains', () => {
  it('goes back through sentences that open on the same pronoun, not to the person they name after it', () => {
    const text = 'Louis Caradec est né à Quimper. Il a fondé une imprimerie avec Yves Le Gall en 1990. Il a ensuite vendu l’entreprise en 2005.';
    expect(actorsOn(text, '2005')).toEqual(['Louis Caradec']);
  });

  it('goes back through a quote that opens on the pronoun, past the speaker named after it', () => {
    const text = 'En 1990, Louis Caradec rejoignit l’imprimerie Ouest. « Il était notre meilleur typographe », a raconté un jour le directeur, Yves Le Gall. Il a fondé sa propre imprimerie en 2005.';
    expect(actorsOn(text, '2005')).toEqual(['Louis Caradec']);
  });

  it('takes no impersonal "il" ("Il y a vingt ans") for a pronoun standing for someone', () => {
    const text = 'Louis Caradec est né à Quimper. Il y a vingt ans, Yves Le Gall a fondé une imprimerie. Il a ensuite vendu l’entreprise en 2005.';
    expect(actorsOn(text, '2005')).toEqual(['Yves Le Gall']);
  });
});

describe('"ce dernier", "cette dernière"', () => {
  it('stands for the last person of its sex named before it', () => {
    expect(actorsOn('Le juge a entendu Marc Dupin puis Louise Perrin. La garde à vue de cette dernière a été levée le 4 juin.', '2025-06-04')).toEqual(['Louise Perrin']);
    expect(actorsOn('Louise Perrin a entendu Marc Dupin. La garde à vue de ce dernier a été levée le 4 juin.', '2025-06-04')).toEqual(['Marc Dupin']);
  });
});

describe('an unnamed spouse ("son épouse", "son mari")', () => {
  it('is the person of the spouse’s sex named just before, in the sentence or the ones before', () => {
    expect(actorsOn('Hélène Garnier est devenue son assistante en 1998. Bruno Garnier a mis fin au contrat de son épouse en novembre 2013.', '2013-11')).toEqual([
      'Bruno Garnier',
      'Hélène Garnier',
    ]);
    expect(actorsOn('Bruno Garnier est devenu député en 1997. Hélène Garnier était l’assistante de son mari depuis 1998.', '1998')).toEqual(
      expect.arrayContaining(['Hélène Garnier', 'Bruno Garnier']),
    );
  });

  it('is the person of that sex who bears the surname of the one named before the cue, wherever the article names them', () => {
    const text = 'Le député Bruno Garnier est visé par une enquête. La presse a fouillé ses comptes pendant un mois. Les sommes versées ont été publiées. Hélène Garnier était l’assistante de son mari depuis 1998.';
    expect(actorsOn(text, '1998')).toEqual(['Hélène Garnier', 'Bruno Garnier']);
    // another man named nearer does not take the place of the husband
    const nearer = 'Le député Bruno Garnier est visé par une enquête. La presse a fouillé ses comptes pendant un mois. Paul Roux a publié les chiffres. Hélène Garnier était l’assistante de son mari depuis 1998.';
    expect(actorsOn(nearer, '1998')).toEqual(['Hélène Garnier', 'Bruno Garnier']);
  });

  it('is nobody when no one named before is known to be of that sex', () => {
    expect(actorsOn('Camille Roux a ouvert un cabinet à Nancy. Bruno Garnier a mis fin au contrat de son épouse en novembre 2013.', '2013-11')).toEqual(['Bruno Garnier']);
  });
});

describe('French sex evidence', () => {
  const { mentionSex, nounSex } = fr.events;
  it('reads the sex of a subject noun from its determiner or its agreement', () => {
    expect(nounSex('La sexagénaire ')).toBe('f');
    expect(nounSex('L’accusée ')).toBe('f');
    expect(nounSex('L’homme de 38 ans ')).toBe('m');
    expect(nounSex('L’octogénaire ')).toBeUndefined();
  });

  it('weighs an honorific above a first name above an agreeing participle', () => {
    expect(mentionSex('Durand', 'selon Mme ', '')).toEqual([['f', 4]]);
    expect(mentionSex('Durand', 'M. ', '')).toEqual([['m', 4]]);
    expect(mentionSex('Marie Roux', '', '')).toEqual([['f', 2]]);
    expect(mentionSex('Camille Roux', '', ' est née à Lyon')).toEqual([['f', 1]]);
    expect(mentionSex('Camille Roux', '', ' a dit')).toEqual([]);
  });
});
