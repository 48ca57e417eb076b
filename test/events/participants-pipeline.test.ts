/** Who takes part in an event, through the whole pipeline, on short French news sentences. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const eventsOf = (text: string) => {
  const article = extract(text, { file: 't.md', refDate: '2026-02-20' });
  const name = (id: string) => article.actors.find((a) => a.id === id)?.name;
  return article.events.map((e) => ({ value: e.value, actors: e.actors.map(name), places: e.places.map(name) }));
};

describe('event participants', () => {
  it('keeps the people named in appositions after the date, up to a closing phrase around an event noun', () => {
    const [event] = eventsOf(
      'La cheffe de la diplomatie européenne, Kaja Kallas, a réuni jeudi à Bruxelles le Premier ministre kosovar, Albin Kurti, et le président serbe, Aleksandar Vucic, pour une rencontre de plus de quatre heures.',
    );
    expect(event).toMatchObject({ value: '2026-02-19', places: ['Bruxelles'] });
    expect(event!.actors).toEqual(expect.arrayContaining(['Kaja Kallas', 'Albin Kurti', 'Aleksandar Vucic']));
  });

  it('counts a country that a team beats or a government acts on as a participant, not a place', () => {
    const [won] = eventsOf('Les Bleues ont remporté le titre dimanche en battant la Norvège.');
    expect(won!.actors).toContain('Norvège');
    expect(won!.places).not.toContain('Norvège');
    expect(eventsOf('Le Conseil de sécurité s’est réuni lundi à la demande de la Serbie.')[0]!.actors).toContain('Serbie');
  });

  it('places an event in the town of a home or a shop ("à son domicile de X", "dans un magasin de bricolage de X")', () => {
    const events = eventsOf(
      'Jean Dupuy avait été interpellé le 3 février à son domicile de Vénissieux, puis mis en examen. Selon l’avocate générale, Jean Dupuy avait acheté une barre de fer le 10 janvier dans un magasin de bricolage de Muret.',
    );
    expect(events.find((e) => e.value === '2026-02-03')!.places).toEqual(['Vénissieux']);
    expect(events.find((e) => e.value === '2026-01-10')!.places).toEqual(['Muret']);
  });

  it('takes the place of a closing "lors de" phrase around an event noun', () => {
    const [event] = eventsOf('Les ministres des Finances de l’Union européenne doivent évoquer le dossier lundi 23 février, lors de leur réunion trimestrielle à Luxembourg.');
    expect(event).toMatchObject({ value: '2026-02-23', places: ['Luxembourg'] });
  });

  it('takes no place or second actor from the spelled-out name before an acronym ("la force de l’ONU au Liban (FINUL)")', () => {
    const [event] = eventsOf('Deux jours plus tard, la force de l’ONU au Liban (FINUL) a annoncé l’envoi de 300 soldats supplémentaires.');
    expect(event).toMatchObject({ actors: ['FINUL'], places: [] });
    expect(eventsOf('Jean Dupuy a été arrêté lundi au Liban.')[0]!.places).toEqual(['Liban']);
  });

  it('places an event told in a relative "où" at the place it hangs on', () => {
    const [event] = eventsOf('Nantes rejoint ainsi Grenoble, où les transports sont gratuits depuis le 21 décembre 2023.');
    expect(event).toMatchObject({ value: '2023-12-21', places: ['Grenoble'] });
  });

  it('keeps the person of an apposition after the verb when a relative follows it', () => {
    const [event] = eventsOf('« Nous ne céderons pas », a assuré mercredi le secrétaire général du syndicat, Marc Dupré, qui n’exclut pas de nouveaux arrêts de travail.');
    expect(event!.actors).toContain('Marc Dupré');
  });

  it('takes an organisation inside a named person’s role as part of the title, not a participant', () => {
    const [event] = eventsOf(
      'Le Syndicat national des pilotes de ligne (SNPL) a appelé à la grève. « Nous ne céderons pas », a assuré mercredi le secrétaire général du SNPL, Marc Dupré.',
    );
    expect(event!.actors).toEqual(['Marc Dupré']);
  });

  it('takes the participants named in a relative clause of the subject', () => {
    const [event] = eventsOf('Les recherches, qui ont mobilisé un hélicoptère de la Gendarmerie nationale, ont été suspendues mardi soir.');
    expect(event!.actors).toEqual(['Gendarmerie nationale']);
  });

  it('takes the organisations of a closing "après l’échec d’une réunion avec …" phrase', () => {
    const [event] = eventsOf(
      'Le Syndicat national des pilotes de ligne (SNPL) a confirmé mardi son appel à une grève, après l’échec d’une ultime réunion avec la Direction générale de l’aviation civile (DGAC).',
    );
    expect(event!.actors).toEqual(expect.arrayContaining(['Syndicat national des pilotes de ligne', 'Direction générale de l’aviation civile']));
  });

  it('takes no participant from inside quoted speech', () => {
    const [event] = eventsOf('« Nous avons vu Marc Dupré partir en courant », a raconté mardi Jeanne Roux.');
    expect(event!.actors).toEqual(['Jeanne Roux']);
  });

  it('takes the place of a closing gerund clause with no date of its own', () => {
    const [event] = eventsOf('Une réplique de magnitude 5,1 a secoué la région vendredi matin, provoquant l’effondrement de plusieurs bâtiments à Elbistan.');
    expect(event!.places).toEqual(['Elbistan']);
  });

  it('takes the place of a relative clause closing the sentence, with no date of its own', () => {
    const [event] = eventsOf('La Belgique a envoyé jeudi une équipe de 40 sauveteurs, qui a atterri à Gaziantep.');
    expect(event!.places).toEqual(['Gaziantep']);
  });

  it('does not give an event the people of a later clause with its own verb', () => {
    const events = eventsOf('Kaja Kallas a réuni jeudi les ministres, puis Albin Kurti a quitté Bruxelles vendredi.');
    expect(events.find((e) => e.value === '2026-02-19')!.actors).not.toContain('Albin Kurti');
  });
});

describe('which dates make events', () => {
  it('gives each date of a coordination its event, also after a second infinitive', () => {
    expect(eventsOf('L’équipe a été sacrée en 2003 et en 2023.').map((e) => e.value)).toEqual(['2003', '2023']);
    expect(eventsOf('La grève doit commencer mardi 24 février et s’achever jeudi 26 février.').map((e) => e.value)).toEqual(['2026-02-24', '2026-02-26']);
  });

  it('makes no event of a deadline ("avant l’été", "d’ici la fin de l’année")', () => {
    expect(eventsOf('Le ministre plaide pour une conférence régionale avant l’été.')).toEqual([]);
  });
});

describe('countries as participants', () => {
  it('counts a country after "avec" as a participant, not a place', () => {
    const [event] = eventsOf('Le Brésil a signé lundi un accord commercial avec le Chili.');
    expect(event!.actors).toEqual(expect.arrayContaining(['Brésil', 'Chili']));
    expect(event!.places).not.toContain('Chili');
  });

  it('reads "le pays" as the last country named before it', () => {
    const [event] = eventsOf('Le Pérou est au cœur de la crise. Depuis mars, le pays négocie un accord avec le Chili.');
    expect(event!.actors).toEqual(expect.arrayContaining(['Pérou', 'Chili']));
  });

  it('leaves "le pays voisin" alone: it is another country', () => {
    const [event] = eventsOf('Le Pérou est au cœur de la crise. Depuis mars, le pays voisin négocie un accord.');
    expect(event!.actors).not.toContain('Pérou');
  });
});
