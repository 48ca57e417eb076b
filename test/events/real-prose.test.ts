/** Events of real news prose through the whole pipeline: dated clauses with no trigger word, status, companions, agents of nouns. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const eventsOf = (text: string, refDate = '2026-02-20') => {
  const article = extract(text, { file: 't.md', refDate });
  const name = (id: string) => article.actors.find((a) => a.id === id)?.name;
  return article.events.map((e) => ({ value: e.value, trigger: e.trigger, status: e.status, actors: e.actors.map(name), places: e.places.map(name) }));
};

describe('dated clauses with no trigger word', () => {
  it('dates the clause before a closing date-only clause, each date of a list its own event', () => {
    const events = eventsOf('La junte a renversé le gouvernement à trois reprises : en 1961, en 1974 et en 1988.');
    expect(events.map((e) => e.value).sort()).toEqual(['1961', '1974', '1988']);
    expect(new Set(events.map((e) => e.trigger))).toEqual(new Set(['a renversé']));
  });

  it('dates a clause past a bare apposition before its date ("né à X, dans la région Y, le …")', () => {
    const [born] = eventsOf('Paul Mercier est né à Brest, dans le Finistère, le 3 mai 1951.');
    expect(born).toMatchObject({ value: '1951-05-03', actors: ['Paul Mercier'] });
  });

  it('still gives an event for a dated clause whose verb is in no lexicon, its subject pronoun resolved', () => {
    const events = eventsOf('Marc Lefort a été désigné candidat. Il prend ses fonctions ce mois-ci.');
    const took = events.find((e) => e.value === '2026-02');
    expect(took).toMatchObject({ trigger: 'prend', actors: ['Marc Lefort'] });
  });
});

describe('dated verbless appositions', () => {
  it('gives no event for a role held since a date ("maire depuis 2020")', () => {
    expect(eventsOf('À Brest, Sonia Kerlan, présidente depuis 2021, a déclaré sa candidature lundi.').map((e) => e.value)).toEqual(['2026-02-16']);
  });
});

describe('who takes part in real prose', () => {
  it('takes the subject of a main clause written before a fronted date and place', () => {
    const [event] = eventsOf('Hélène Vasseur, en visite à Rennes, ce jeudi, a critiqué les chiffres du ministère.');
    expect(event!.actors).toContain('Hélène Vasseur');
  });

  it('takes the source of a closing "selon" clause', () => {
    const [event] = eventsOf('Le candidat a obtenu 52 % des voix dimanche, selon une estimation de l’institut Ipsos.');
    expect(event!.actors.join(' ')).toMatch(/Ipsos/);
  });

  it('takes the speaker of a statement whose complement tells the dated event', () => {
    const events = eventsOf('Le rapport de l’Insee a affirmé que la récession de 2009 avait frappé la Lorraine.');
    expect(events.find((e) => e.value === '2009')!.actors.join(' ')).toMatch(/Insee/);
  });

  it('takes the clause a dated relative hangs on, with its pronoun subject and its opponent', () => {
    const events = eventsOf('Julien Morel est le favori. En effet, il vient de gagner, face à Pierre Lemoine, la finale qui a eu lieu ce dimanche 15 février.');
    expect(events.find((e) => e.value === '2026-02-15')!.actors).toEqual(expect.arrayContaining(['Julien Morel', 'Pierre Lemoine']));
  });

  it('takes a country known by its short name as the agent of its verb ("les États-Unis ont expulsé")', () => {
    const [event] = eventsOf('Le mois dernier, les États-Unis ont expulsé 35 diplomates.');
    expect(event!.actors).toContain('États-Unis');
  });
});

describe('event status', () => {
  it('marks an event told in the future or dated after the article as planned', () => {
    const events = eventsOf('Le président se rendra à Lyon le 3 mars. La visite attendue du pape aura lieu les 28 et 29 avril prochains.');
    expect(events.every((e) => e.status === 'planned')).toBe(true);
    expect(eventsOf('Le maire inaugurera la médiathèque ce vendredi.')[0]!.status).toBe('planned');
  });

  it('marks an event in the conditional or from a named source as reported', () => {
    expect(eventsOf('Le ministre aurait touché 20 000 euros en 2019.')[0]!.status).toBe('reported');
    expect(eventsOf('Le cortège a rassemblé 8 000 personnes mardi, selon les syndicats.')[0]!.status).toBe('reported');
  });

  it('marks a plain past event as occurred', () => {
    expect(eventsOf('Le maire a inauguré la médiathèque mardi.')[0]!.status).toBe('occurred');
  });
});

describe('events over a range', () => {
  const article = extract('Claire Fontaine fut secrétaire d’État de 1981 à 1986, puis présidente de l’Assemblée de 1992 à 1993.', { file: 't.md', refDate: '2026-02-20' });

  it('gives one event per stint, valued by its interval, mod null', () => {
    expect(article.events.map((e) => e.value)).toEqual(['1981/1986', '1992/1993']);
    for (const e of article.events) {
      const interval = article.intervals.find((i) => i.id === e.interval);
      expect(interval).toMatchObject({ value: e.value, start: e.date });
      expect(e.mod).toBeNull();
    }
    expect(article.events[0]!.actors).toEqual([article.actors.find((a) => a.name === 'Claire Fontaine')!.id]);
  });

  it('keeps a lifespan in brackets as a birth and a death', () => {
    expect(eventsOf('« Adieu, Marc Dubreuil (12 mars 1941 - 3 janvier 2026). »').map((e) => e.value)).toEqual(['1941-03-12', '2026-01-03']);
  });
});

describe('a fronted date before a main clause with no trigger word', () => {
  it('dates the main clause by its finite verb', () => {
    const events = eventsOf('Depuis le 2 février, la marine française a un nouveau chef. En 1987, Anne Roux rejoignit Renault.');
    expect(events.map((e) => [e.value, e.trigger])).toEqual([
      ['2026-02-02', 'a'],
      ['1987', 'rejoignit'],
    ]);
    expect(events[1]!.actors).toContain('Anne Roux');
  });
});

describe('two dates in one sentence', () => {
  it('gives each date its own trigger when two verbs share the clause ("a avoué lundi avoir tué … en mai 2024")', () => {
    const events = eventsOf('Le suspect a hier avoué avoir tué le gardien en fin mai 2024.');
    expect(events.map((e) => e.value).sort()).toEqual(['2024-05', '2026-02-19']);
  });

  it('gives a fronted time to the main verb and a later date to the other verb', () => {
    const events = eventsOf('Vers 23 h 00, Luc Ferrand a appelé les adhérents à manifester samedi matin devant la mairie.');
    expect(events.find((e) => e.value.endsWith('T23:00'))!.trigger).toBe('a appelé');
    expect(events.find((e) => e.value.endsWith('TMO'))!.trigger).toBe('manifester');
  });
});

describe('article metadata', () => {
  it('takes "publiée vendredi" after a noun for an event, "Publié le" opening a line for metadata', () => {
    expect(eventsOf('Dans une interview publiée vendredi, Paul Girard a défendu son bilan.').map((e) => e.value)).toEqual(['2026-02-20']);
    expect(eventsOf('Publié le 19 février 2026.\n\nLe maire a démissionné mardi.').map((e) => e.value)).toEqual(['2026-02-17']);
  });
});

describe('a fronted date before a main clause whose verb no lexicon knows', () => {
  it('does not skip that main clause as a fronted place', () => {
    const events = eventsOf('Ce mercredi, le tribunal a « ordonné au préfet » la réouverture du site, la cantine et le gymnase.');
    expect(events.map((e) => [e.value, e.trigger])).toEqual([['2026-02-18', 'a']]);
  });
});

describe('a pronoun speaker', () => {
  it('stands for the person just named when the dated event is told in the complement of his statement', () => {
    const events = eventsOf('Julien Morel a visité la ville sinistrée. Il a annoncé que des aides seront versées dès mercredi.');
    expect(events.find((e) => e.value === '2026-02-25')!.actors).toContain('Julien Morel');
  });
});

describe('a pronoun in a closing incise ("…, a-t-il déclaré.")', () => {
  it('is the speaker: the person of its sex named before', () => {
    const signed = eventsOf('Paul Girard est arrivé à Lyon. « Nous avons signé l’accord avec la mairie lundi », a-t-il déclaré.');
    expect(signed[0]).toMatchObject({ value: '2026-02-16', actors: ['Paul Girard'] });
    const told = eventsOf('Anne Roux et Paul Girard sont à Lyon. « Le contrat a été signé lundi », précise-t-elle.');
    expect(told[0]).toMatchObject({ value: '2026-02-16', actors: ['Anne Roux'] });
  });
});

describe('plain subject-verb sentences with verbs no lexicon knows', () => {
  it('dates the main clause after a sentence-opening date, with its "avec" companions', () => {
    const [event] = eventsOf('Le 12 mars 1993, Paul Girard s’associe au Parti radical avec Jean Morel, Luc Besson et Anne Roux.');
    expect(event!.value).toBe('1993-03-12');
    expect(event!.actors).toEqual(expect.arrayContaining(['Paul Girard', 'Jean Morel', 'Luc Besson', 'Anne Roux']));
  });

  it('gives an event to a state started at a date in the main clause ("X milite depuis le 3 mars")', () => {
    expect(eventsOf('Jean Morel milite depuis le 3 février pour le « non ».')[0]).toMatchObject({ value: '2026-02-03', actors: ['Jean Morel'] });
  });

  it('takes the place of a verbless coordinated object ("sa démission puis sa candidature à Évry")', () => {
    const [event] = eventsOf('Manuel Vallet annonce le 5 février sa démission puis sa candidature à Évry.');
    expect(event).toMatchObject({ value: '2026-02-05', actors: ['Manuel Vallet'], places: ['Évry'] });
  });
});

describe('sources, speakers and subjects around the dated clause', () => {
  it('skips a subordinate clause before the main clause of a fronted time, and takes the source after a stray bracket', () => {
    const [event] = eventsOf('À 20 h 10, alors que les urnes sont closes, on évalue la participation à 1,2 million(s), selon une estimation de l’institut Ipsos.');
    expect(event!.trigger).toBe('évalue');
    expect(event!.actors.join(' ')).toMatch(/Ipsos/);
  });

  it('takes the people of the "que" clause of a cleft ("c\'est à Lyon que …")', () => {
    const [event] = eventsOf("Aujourd'hui, c'est à Lyon que l'entreprise de Paul Girard s'installe.");
    expect(event).toMatchObject({ value: '2026-02-20', actors: ['Paul Girard'], places: ['Lyon'] });
  });

  it('takes the name of a closing incise ("…, précise Paul Girard."), on a clause dated by a reference back too', () => {
    expect(eventsOf('Elle avait reçu 12 000 euros en 2019, précise Paul Girard.')[0]!.actors).toContain('Paul Girard');
    const back = eventsOf('Anne Roux a dirigé le club de 2001 à 2005. Elle avait doublé le budget durant cette période, précise Paul Girard.');
    expect(back.find((e) => e.trigger === 'avait doublé')).toMatchObject({ value: '2001/2005', actors: ['Anne Roux', 'Paul Girard'] });
  });

  it('takes the people of a closing "après que" clause', () => {
    expect(eventsOf('Les fonds auraient été versés en mars 2021, après que Paul Girard a quitté la mairie.')[0]!.actors).toContain('Paul Girard');
  });

  it('takes the people a statement talks about, and the people of an interview told before the main clause', () => {
    expect(eventsOf('Le porte-parole, Luc Besson, a déclaré hier que Paul Girard « ne comprend rien ».')[0]!.actors).toEqual(expect.arrayContaining(['Luc Besson', 'Paul Girard']));
    expect(eventsOf('Dans une interview publiée vendredi, Paul Girard a défendu son bilan.')[0]!.actors).toContain('Paul Girard');
  });

  it('gives an infinitive clause the main subject, and a possessive event noun the person before it', () => {
    const events = eventsOf('Chez les hommes, c’est Victor Marin, qui remporte la course, après avoir fini second en 2024. Anne Roux a brillé, après sa victoire en mai 2025.');
    expect(events.find((e) => e.value === '2024')!.actors).toContain('Victor Marin');
    expect(events.find((e) => e.value === '2025-05')!.actors).toContain('Anne Roux');
  });
});

describe('a closing date after a dated clause with two verbs', () => {
  it('dates the verb that comes after the clause’s own date', () => {
    const events = eventsOf('Le suspect a reconnu lundi 9 février avoir tué le gardien du musée (un ancien policier, père de deux enfants, âgé de 58 ans) dans la nuit du 2 au 3 janvier dernier.');
    expect(events.find((e) => e.value === '2026-02-09')!.trigger).toBe('a reconnu');
    expect(events.find((e) => e.value.startsWith('2026-01-02'))?.trigger).toBe('tué');
  });
});

describe('a later date that loses the main verb to a fronted time', () => {
  it('stands as its own event', () => {
    const events = eventsOf('Vers 22 h 00, Eric Lamy a invité sur Twitter ses soutiens à un sit-in place Bellecour le 21 février 2026.');
    expect(events.map((e) => e.value).sort()).toEqual(['2026-02-20T22:00', '2026-02-21']);
  });
});
