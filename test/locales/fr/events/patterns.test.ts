/** The French events locale, pattern by pattern, with cases that must match and cases that must not. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../../src/events/numbers.js';
import { splitClauses } from '../../../../src/events/clauses.js';
import { findTriggers } from '../../../../src/events/triggers.js';
import { eventLocale as fr } from '../../../../src/locales/fr/events/index.js';

const triggers = (text: string) => findTriggers(text, fr).map((t) => [text.slice(t.from, t.to), t.family, t.kind, t.light ? 'light' : t.generic ? 'generic' : t.weak ? 'weak' : '']);

describe('triggers', () => {
  it.each([
    ["Lors d'un appel téléphonique", [['appel téléphonique', 'call', 'noun', '']]],
    ['des assaillants ont attaqué une salle', [['ont attaqué', 'attack', 'verb', '']]],
    ["l'attaque revendiquée par l'EI", [['attaque revendiquée', 'attack', 'noun', '']]],
    ["l'EI a revendiqué l'attentat", [["a revendiqué l'attentat", 'attack', 'noun', '']]],
    ['Jean Dupont a été élu maire', [['a été élu', 'election', 'verb', '']]],
    ["l'attentat terroriste survenu à Moscou", [['attentat terroriste', 'attack', 'noun', ''], ['survenu', 'generic', 'verb', 'light']]],
    ['Le sommet aura lieu à Paris', [['sommet', 'meeting', 'noun', ''], ['aura lieu', 'generic', 'verb', 'light']]],
    ['Il a-t-il précisé', [['a-t-il précisé', 'statement', 'verb', '']]],
    ['la société présentera ses comptes', [['présentera', 'generic', 'verb', 'generic']]],
    ['pour rencontrer Joe Biden', [['rencontrer', 'meeting', 'verb', 'weak']]],
  ])('%s', (text, want) => {
    expect(triggers(text)).toEqual(want);
  });

  it.each(['un groupe appelé Wagner', 'le parti est fort', 'la première entre les deux parties', 'un portrait de famille', "l'opéra de Paris"])('no trigger in "%s"', (text) => {
    expect(triggers(text)).toEqual([]);
  });

  it('finds the same triggers when the text also holds letters outside the Latin alphabet', () => {
    // such a text runs the full Unicode patterns and reads its words with `\p{L}`, not the Latin tables
    for (const text of ["Le sommet s'est tenu à Paris et le ministre a démissionné", "L'ÉLECTION A ÉTÉ ANNULÉE, l'attaque revendiquée par le groupe"]) {
      const latin = triggers(text);
      expect(latin.length).toBeGreaterThan(1);
      expect(triggers(`${text} (Ωμέγα)`)).toEqual(latin);
      expect(triggers(`${text} Ⱥ`)).toEqual(latin);
    }
  });
});

describe('places and addressees', () => {
  it.each(['à ', 'en ', 'au ', 'dans la ', 'près de ', "le sud de la ", "l'attaque survenue à "])('"%s" places what follows', (before) => {
    expect(fr.locativeBefore.test(before)).toBe(true);
  });
  it.each(['une mise en garde à ', 'a demandé à ', 'a livré des armes à ', "l'aide à "])('"%s" makes what follows an addressee', (before) => {
    expect(fr.recipientBefore.test(before)).toBe(true);
  });
  it.each(['la volonté de la ', 'entre ', 'contre '])('"%s" neither places nor addresses', (before) => {
    expect(fr.locativeBefore.test(before) || fr.recipientBefore.test(before)).toBe(false);
  });
  it('reads the agent of a passive', () => {
    expect(fr.agentBefore.test('revendiquée par le groupe ')).toBe(true);
    expect(fr.agentBefore.test('initiée par ')).toBe(true);
    expect(fr.agentBefore.test('parmi les ')).toBe(false);
  });
});

describe('references back', () => {
  it.each([
    ['Lors de cet appel', 'appel'],
    ["au cours de l'appel", 'appel'],
    ['lors de cette rencontre', 'rencontre'],
    ['pendant sa visite', 'visite'],
  ])('%s', (text, noun) => {
    expect([...text.matchAll(fr.anchorCue)][0]?.groups?.['noun']).toBe(noun);
  });
  it.each(["lors d'un appel", 'avant cet appel', 'dans cette attaque'])('no reference back in "%s"', (text) => {
    expect([...text.matchAll(fr.anchorCue)]).toEqual([]);
  });
  it.each(['Ce jour-là', 'le même jour', 'à cette occasion'])('"%s" is the time of the event told last', (text) => {
    expect(text.search(fr.sameTimeCue)).toBe(0);
  });
  it('tells a period start from a date', () => {
    expect(fr.sinceBefore.test('la première depuis ')).toBe(true);
    expect(fr.sinceBefore.test('survenu à ')).toBe(false);
  });
});

describe('incises', () => {
  it.each(['Airbus a-t-il précisé', 'a-t-elle ajouté', 'estime-t-on à Paris'])('"%s" is an incise', (text) => {
    expect(fr.incise.test(text)).toBe(true);
  });
  it.each(['Macron a démissionné', 'la cadence a été relevée'])('"%s" is not', (text) => {
    expect(fr.incise.test(text)).toBe(false);
  });
});

describe('clauses', () => {
  const pieces = (text: string) => splitClauses(text, fr).map((c) => text.slice(c.from, c.to));
  it('splits at commas and clause openers, not inside numbers or quoted names', () => {
    expect(pieces("Le Kremlin a lancé une mise en garde à Paris concernant l'attentat, qui a fait 1,5 mort.")).toEqual([
      'Le Kremlin a lancé une mise en garde à Paris',
      "concernant l'attentat",
      'qui a fait 1,5 mort',
    ]);
    expect(pieces('Les partis ont créé le « Nouveau Front populaire » mardi.')).toEqual(['Les partis ont créé le « Nouveau Front populaire » mardi']);
  });

  it('trims white space and closing punctuation, keeps times and decimals whole, drops empty pieces', () => {
    expect(pieces('Mais le maire, qui a parlé à 12:30 (heure de Paris), a démissionné… ')).toEqual(['Mais le maire', 'qui a parlé à 12:30', 'heure de Paris', 'a démissionné']);
    expect(pieces("Alors que la séance s'ouvrait — vers 9 h — , les élus ont voté ; puis ils sont partis ?!")).toEqual([
      "Alors que la séance s'ouvrait",
      'vers 9 h',
      'les élus ont voté',
      'puis ils sont partis',
    ]);
    expect(pieces('\u00a0 Selon le ministère : 3,5 millions de personnes [au moins] ont manifesté, tandis que la police en comptait 1,2.')).toEqual([
      'Selon le ministère',
      '3,5 millions de personnes',
      'au moins',
      'ont manifesté',
      'tandis que la police en comptait 1,2',
    ]);
    expect(pieces(',,, ; ')).toEqual([]);
  });
});

describe('numbers', () => {
  const numbers = (text: string) => findNumbers(text, fr).map((n) => [n.what, n.value, n.text]);
  it.each([
    ['causant la mort de 144 personnes et blessant 360 autres', [['dead', 144, 'la mort de 144'], ['wounded', 360, 'blessant 360']]],
    ['faisant au moins 2 900 morts et 5 500 blessés', [['dead', 2900, '2 900 morts'], ['wounded', 5500, '5 500 blessés']]],
    ["un bénéfice de 3,8 milliards d'euros", [['amount', 3.8e9, "3,8 milliards d'euros"]]],
    ['trois personnes ont été tuées', [['dead', 3, 'trois personnes ont été tuées']]],
    // a word of a rule that a pattern would read as an operator ("$") is looked for as it is
    ['une rançon de 250 $ versée mardi', [['amount', 250, '250 $']]],
  ])('%s', (text, want) => {
    expect(numbers(text)).toEqual(want);
  });
  it('finds nothing in a clause without counts', () => {
    expect(numbers('le 22 mars, à Paris')).toEqual([]);
  });
  it('skips a rule only when the text holds none of its words', () => {
    // each rule's `words` must be in every match: the rules without them find the same counts
    const unfiltered = { ...fr, numberRules: fr.numberRules.map(({ what, pattern }) => ({ what, pattern })) };
    expect(fr.numberRules.every((r) => r.words && r.words.length > 0)).toBe(true);
    for (const text of [
      'LA MORT DE DOUZE PERSONNES, 40 BLESSÉS ET 3 DISPARUS',
      "l'explosion, tuant au moins sept passants et blessant 12 autres, a coûté la vie à deux policiers",
      'quatre otages ont été tués, 9 manifestants sont blessés, 15 personnes ont été interpellées',
      'Le décès de 3 randonneurs ; 2 TUÉſ ; 5 arrestations ; une amende de 40 000 € et 2 millions de dollars',
      'une centaine de soldats sont morts, cinq habitants décédés et 14 militants arrêtées',
      'faisant 8 personnes blessées sans un mort ni 10 morts',
    ]) {
      const got = findNumbers(text, fr);
      expect(got.length).toBeGreaterThan(0);
      expect(got).toEqual(findNumbers(text, unfiltered));
    }
  });
});
