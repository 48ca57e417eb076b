import { expect, test } from 'vitest';
import { actorsOf } from './helpers.js';

test('one actor per person: full name, honorific, bare surname; canonical = fullest form', () => {
  const { actors } = actorsOf('Attal arrive. Le Premier ministre Gabriel Attal a parlé. M. Attal, 35 ans, a conclu.');
  expect(actors).toHaveLength(1);
  expect(actors[0]).toMatchObject({ id: 'gabriel-attal', type: 'person', name: 'Gabriel Attal', aliases: ['Attal'], roles: ['Premier ministre'] });
  expect(actors[0]!.mentions.map((m) => m.text)).toEqual(['Attal', 'Gabriel Attal', 'Attal']);
});

test('roles: before the name, in apposition; a demonym gives the country', () => {
  const { actors } = actorsOf('Le ministre des Armées françaises Sébastien Lecornu a parlé. Olaf Scholz, chancelier allemand, a répondu.');
  expect(actors.map((a) => [a.name, a.roles, a.country])).toEqual([
    ['Sébastien Lecornu', ['ministre des Armées'], 'FR'],
    ['Olaf Scholz', ['chancelier'], 'DE'],
  ]);
});

test('an acronym after the full name is an alias of the same actor', () => {
  const { actors } = actorsOf('Le groupe État islamique a revendiqué l’attaque. L’EI a diffusé une vidéo.');
  expect(actors).toHaveLength(1);
  expect(actors[0]).toMatchObject({ name: 'État islamique', aliases: ['EI'], type: 'organization' });
});

test('places: one actor per place, with its country', () => {
  const { actors } = actorsOf('Kiev et Kyiv désignent la même ville. Kiev résiste.');
  expect(actors).toHaveLength(1);
  expect(actors[0]).toMatchObject({ id: 'kiev', name: 'Kiev', aliases: ['Kyiv'], country: 'UA' });
  expect(actors[0]!.mentions).toHaveLength(3);
});

test('ids are unique and actors ordered by first mention', () => {
  const { actors } = actorsOf('Paris a voté. La Paris Saint-Germain Academy aussi. Lyon attend.');
  const ids = actors.map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
  const firsts = actors.map((a) => a.mentions[0]!.span.start.offset);
  expect([...firsts].sort((x, y) => x - y)).toEqual(firsts);
});

test('a person spelled two ways: one actor and an actor-name-variants warning with both spans', () => {
  const text = 'Sergueï Choïgou a appelé. Plus tard, Sergueï Choigou a raccroché.';
  const { actors, diagnostics } = actorsOf(text);
  expect(actors).toHaveLength(1);
  expect(diagnostics).toHaveLength(1);
  const [d] = diagnostics;
  expect(d).toMatchObject({ ruleId: 'actor-name-variants', severity: 'warning' });
  expect(text.slice(d!.span!.start.offset, d!.span!.end.offset)).toBe('Sergueï Choigou');
  expect(text.slice(d!.related![0]!.span.start.offset, d!.related![0]!.span.end.offset)).toBe('Sergueï Choïgou');
});

test('one edit apart on a long surname: merged, with a warning', () => {
  const { actors, diagnostics } = actorsOf('Le général Sergueï Sourovikine est réapparu. M. Sourovikin n’a rien dit.');
  expect(actors.filter((a) => a.type === 'person')).toHaveLength(1);
  expect(diagnostics.map((d) => d.ruleId)).toEqual(['actor-name-variants']);
});

test('short surnames one edit apart stay apart', () => {
  const { actors, diagnostics } = actorsOf('Anne Roux a parlé avec Paul Roue.');
  expect(actors).toHaveLength(2);
  expect(diagnostics).toEqual([]);
});

test('mention spans slice the source to the mention text', () => {
  const text = '## Titre\n\nLe président *Emmanuel* Macron est à Paris.\n';
  const { actors } = actorsOf(text);
  for (const actor of actors) for (const m of actor.mentions) expect(text.slice(m.span.start.offset, m.span.end.offset)).toBe(m.text);
});

// Speed and linearity are measured by `npm run bench` (ratios in one run), not by timed tests.
test('a long document gives every mention, grouped into the same actors as one copy', () => {
  const paragraph = 'Le ministre Jean Dupont a rencontré à Lyon Marie Curie, présidente de l’Union européenne (UE). M. Dupont a parlé. ';
  const one = actorsOf(paragraph).actors;
  const many = actorsOf(paragraph.repeat(1000)).actors;
  expect(many.map((a) => a.name)).toEqual(one.map((a) => a.name));
  expect(many.map((a) => a.mentions.length)).toEqual(one.map((a) => a.mentions.length * 1000));
});

test('"le ministère russe" refers back to the Russian ministry named before, and only then', () => {
  const { actors } = actorsOf('Le ministère de la Défense russe a répondu. Le ministère russe a ensuite démenti.');
  expect(actors.map((a) => [a.name, a.country, a.mentions.map((m) => m.text)])).toEqual([['ministère de la Défense', 'RU', ['ministère de la Défense', 'ministère russe']]]);
  expect(actorsOf('Le ministère russe a démenti.').actors).toEqual([]);
});

test('two given names of one surname, in different paragraphs and told apart by nothing, are one person', () => {
  const text = '# Le peintre Bob Marsh est mort\n\nRobert Marsh est mort mardi à Lyon.\n\nEn 1990, Bob Marsh exposait à Paris. Marsh avait 80 ans.\n';
  const people = actorsOf(text).actors.filter((a) => a.type === 'person');
  expect(people).toHaveLength(1);
  // among full forms of equal length, the first one written names the person
  expect(people[0]).toMatchObject({ name: 'Bob Marsh', aliases: ['Robert Marsh', 'Marsh'] });
});

test('two given names of one surname stay two people when the text tells them apart', () => {
  const people = (text: string) => actorsOf(text).actors.filter((a) => a.type === 'person').map((a) => a.name);
  // one paragraph names both
  expect(people('Robert Marsh a parlé. Le ministre Paul Marsh a répondu.')).toEqual(['Robert Marsh', 'Paul Marsh']);
  // of two sexes
  expect(people('Robert Marsh a parlé.\n\nSylvie Marsh a répondu.')).toEqual(['Robert Marsh', 'Sylvie Marsh']);
  // a family of that name
  expect(people('Robert Marsh a parlé.\n\nPaul Marsh a répondu. La famille Marsh attend.')).toHaveLength(2);
  expect(people('Robert Marsh a parlé.\n\nPaul Marsh a répondu. Les frères Marsh attendent.')).toHaveLength(2);
  // each with a role of their own
  expect(people('Le maire Robert Marsh a parlé.\n\nLe préfet Paul Marsh a répondu.')).toHaveLength(2);
  // a "given name" the text also writes in lower case is a common word ("Affaire Marsh" in a title)
  expect(people('# Affaire Marsh : le procès s’ouvre\n\nRobert Marsh a parlé. L’affaire dure depuis 2019.\n')).toContain('Robert Marsh');
  // a couple named together by its given names ("Paul et Anne Marsh") in a paragraph
  expect(people('Robert Marsh a parlé.\n\nPaul et Anne Marsh ont répondu.').length).toBeGreaterThan(1);
});

test('an organisation named by the first word of a longer name, and some of its later words, is that organisation', () => {
  const orgs = (text: string) => actorsOf(text).actors.filter((a) => a.type === 'organization').map((a) => [a.name, a.aliases]);
  expect(orgs('Les studios Zorvax Animation Studios ont ouvert. Zorvax Studios recrute. La société Zorvax a grandi.')).toEqual([['Zorvax Animation Studios', ['Zorvax Studios', 'Zorvax']]]);
  // two longer names that are not one inside the other: the short one could be either
  expect(orgs('Le groupe Zorvax Média a racheté le groupe Zorvax Énergie. La société Zorvax a grandi.')).toHaveLength(3);
});

test('an actor with many roles keeps each once, in order of first mention', () => {
  // more roles than the short lists searched along (a set past them): the same answer
  const posts = ['maire', 'député', 'sénateur', 'ministre', 'conseiller', 'président', 'secrétaire', 'trésorier', 'délégué', 'rapporteur', 'questeur', 'préfet', 'consul', 'ambassadeur', 'gouverneur', 'juge', 'procureur', 'commissaire', 'directeur', 'inspecteur'];
  const text = posts.map((p) => `Le ${p} Marc Dalbret a parlé.`).join(' ') + ' Le maire Marc Dalbret a conclu.';
  const { actors } = actorsOf(text);
  const marc = actors.find((a) => a.name === 'Marc Dalbret')!;
  expect(marc.roles.length).toBeGreaterThan(16);
  expect(new Set(marc.roles.map((r) => r.toLowerCase())).size).toBe(marc.roles.length);
  expect(marc.roles).toEqual(posts.filter((p) => marc.roles.includes(p)));
});
