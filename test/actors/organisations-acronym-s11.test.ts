/** Issue 12, session 11 (organisations, second pass): a body spelled out before its acronym in parentheses, whole. */
import { expect, test } from 'vitest';
import { mentionsOf } from './helpers.js';

test.each([
  [
    'Les relevés de l’Institut régional pour la surveillance de la qualité de l’air et des rivières (IRSQAR) sont publiés.',
    'Institut régional pour la surveillance de la qualité de l’air et des rivières',
  ],
  ['La Ligue nationale de lutte contre les maladies rares (LNLMR) a lancé un appel aux dons.', 'Ligue nationale de lutte contre les maladies rares'],
  ['Les gendarmes du peloton de surveillance et d’intervention (PSI) sont arrivés sur place.', 'peloton de surveillance et d’intervention'],
])('the words whose initials spell the acronym after them are one body, however long, "contre" giving no letter: %s', (text, name) => {
  const mentions = mentionsOf(text);
  expect(mentions).toContain(`organization:${name}`);
  expect(mentions.filter((m) => m.startsWith('organization:'))).toHaveLength(2);
});

test.each([
  ['Il roule en vélo à assistance électrique (VAE) depuis deux ans.', []],
  ['Le patient souffre d’une maladie contre laquelle aucun traitement (ACT) n’existe.', []],
])('guard: a common term before its acronym names no body: %s', (text, expected) => {
  expect(mentionsOf(text).filter((m) => m.startsWith('organization:'))).toEqual(expected);
});

test.each([
  ['Le bureau de la MINUB (Mission des Nations unies au Bélouchistan) va fermer ses portes.', 'Mission des Nations unies au Bélouchistan', 'MINUB'],
  ['La police accuse le GRC (Grand réseau de la côte) de trafic de cocaïne.', 'Grand réseau de la côte', 'GRC'],
])('an acronym, then in parentheses the name that spells it: that name is one body, the acronym its alias: %s', (text, name, acronym) => {
  const mentions = mentionsOf(text);
  expect(mentions).toContain(`organization:${name}`);
  expect(mentions).toContain(`organization:${acronym}`);
  expect(mentions.filter((m) => m.startsWith('organization:'))).toHaveLength(2);
});

test.each([
  ['Le député Pierre Roussel (PRC, Calvados) a voté contre.', 'organization:PRC, Calvados'],
])('guard: a list in the parentheses is no spelled-out body: %s', (text, notExpected) => {
  expect(mentionsOf(text)).not.toContain(notExpected);
});

test('a document’s noun and capitalised adjectives that an acronym spells name a body, not a text', () => {
  const mentions = mentionsOf('Les vivres arrivent grâce au Programme Agricole Régional (PAR). Le PAR a remercié les donateurs.');
  expect(mentions).toEqual(['organization:Programme Agricole Régional', 'organization:PAR', 'organization:PAR']);
});

test('guard: with a complement, the document’s name before its acronym stays a text', () => {
  const mentions = mentionsOf('Le conseil municipal a voté le Plan Local de Déplacements (PLD) lundi.');
  expect(mentions).toContain('misc:Plan Local de Déplacements');
  expect(mentions.filter((m) => m.startsWith('organization:Plan'))).toEqual([]);
});

test.each([
  ['Le comité Lestrade a appelé à une nouvelle marche samedi.', 'comité Lestrade'],
  ['La décision revient au comité Vandel, qui se réunit en octobre.', 'comité Vandel'],
])('"comité" and the name after it are one body, as "hôpital Bichat": %s', (text, name) => {
  expect(mentionsOf(text)).toContain(`organization:${name}`);
});

test('guard: a committee with a common complement is untouched', () => {
  expect(mentionsOf('Le comité de soutien a appelé à une nouvelle marche samedi.').filter((m) => m.startsWith('organization:'))).toEqual([]);
});

test.each([
  ['L’Alliance musulmane des étudiants a protesté contre la décision.', 'Alliance musulmane des étudiants'],
  ['Le Collectif pour les droits civils a manifesté devant la préfecture.', 'Collectif pour les droits civils'],
])('"musulman" and the plurals of "civil" continue a body’s name as its other adjectives do: %s', (text, name) => {
  expect(mentionsOf(text)).toContain(`organization:${name}`);
});

test('a known body’s name, then "de" and a bare common noun, is another body', () => {
  expect(mentionsOf('L’Union européenne de cyclisme a suspendu le coureur pour deux ans.')).toEqual(['organization:Union européenne de cyclisme']);
});

test.each([
  ['L’Union européenne de la défense progresse lentement, selon le rapport.', ['organization:Union européenne']],
  ['La Commission européenne de Bruxelles a tranché mardi.', ['organization:Commission européenne', 'place:Bruxelles']],
])('guard: with an article or a name after "de", the known body stays as it is: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});
