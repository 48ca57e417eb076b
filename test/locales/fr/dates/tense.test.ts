import { describe, expect, it } from 'vitest';
import { PAST_UNION, pastCues, tenseAt } from '../../../../src/locales/fr/dates/tense.js';
import { inLatinDomain, inNarrowDomain } from '../../../../src/text/unicode-domain.js';

const at = (sentence: string, word: string) => {
  const i = sentence.indexOf(word);
  return tenseAt(sentence, i, i + word.length);
};

describe('tense cues', () => {
  it.each([
    ['Le Kremlin a lancé une mise en garde le 3 avril.', '3 avril', 'past'],
    ['Il avait annoncé sa venue le 3 avril.', '3 avril', 'past'],
    ['Il était malade le 3 avril.', '3 avril', 'past'],
    ['Ils sont arrivés le 3 avril.', '3 avril', 'past'],
    ['Le sommet aura lieu le 3 avril.', '3 avril', 'future'],
    ['Le sommet se tiendra le 3 avril.', '3 avril', 'future'],
    ['Il va signer le 3 avril.', '3 avril', 'future'],
    ['La mesure entrerait en vigueur le 3 avril.', '3 avril', 'future'],
    // a futur simple or a conditional of any verb, not only of the listed ones
    ['Le texte entrera en vigueur le 3 avril.', '3 avril', 'future'],
    ['Elle prendrait la parole le 3 avril.', '3 avril', 'future'],
    ['Ils rejoindront le cortège le 3 avril.', '3 avril', 'future'],
    ['Le sommet, le 3 avril.', '3 avril', null],
    ['Le texte, adopté le 3 avril, sera examiné en mai.', '3 avril', 'past'],
    // any imparfait, not only the common verbs; not the conditional, not "le fait"
    ['Ils dormaient le 3 avril.', '3 avril', 'past'],
    ['Le cortège avançait lentement le 3 avril.', '3 avril', 'past'],
    ['Nous partions le 3 avril.', '3 avril', 'past'],
    ['Vous ne saviez rien le 3 avril.', '3 avril', 'past'],
    ['Ils auraient une autre chance le 3 avril.', '3 avril', 'future'],
    ['Le fait est que le 3 avril approche.', '3 avril', null],
    // the imparfait and passé simple endings, read together: at most one ends a word
    ['Ils marchèrent jusqu’au palais le 3 avril.', '3 avril', 'past'],
    ['Elles partirent le 3 avril.', '3 avril', 'past'],
    ['Les pompiers-sauveteurs arrivaient le 3 avril.', '3 avril', 'past'],
    ['Ils préféraient le 3 avril.', '3 avril', null],
    ['Le satisfait du 3 avril.', '3 avril', null],
    ['Un auto-portrait le 3 avril.', '3 avril', null],
    // "nous …ions" after a pronoun, or a word that starts like one
    ['Nous les avions vus le 3 avril.', '3 avril', 'past'],
    ['Nous lavions le linge le 3 avril.', '3 avril', 'past'],
    ['Vous ne les signiez pas le 3 avril.', '3 avril', 'past'],
    // an attribute participle is not a past event: "resteront fermés"
    ['Les écoles resteront fermées jusqu’au 3 avril inclus, a annoncé la préfecture.', '3 avril', 'future'],
    ['Un contingent arrivé le 3 avril patrouille.', '3 avril', 'past'],
    ['Le lancement, initialement prévu le 3 avril, avait été repoussé.', '3 avril', 'past'],
    ['Le lancement est prévu le 3 avril.', '3 avril', 'future'],
    // the day of what was scheduled, not of the scheduling
    ['Le parti a convoqué son bureau politique le 3 avril.', '3 avril', null],
    ['Le match a été reporté au 3 avril.', '3 avril', null],
    ['Le parti a convoqué le 3 avril son bureau politique.', '3 avril', 'past'],
    ['Les ONG redoutent l’arrivée du froid le 3 avril.', '3 avril', null],
  ] as const)('%s -> %s', (sentence, word, tense) => {
    expect(at(sentence, word)).toBe(tense);
  });

  it('reads "depuis" as past and "d’ici" as future, whatever the tense', () => {
    expect(at('La trêve est en vigueur depuis le 7 octobre.', '7 octobre')).toBe('past');
    expect(at('Le texte doit passer d’ici le 7 octobre.', '7 octobre')).toBe('future');
  });

  it('prefers the cue of the same clause', () => {
    const s = 'Il a dit ceci ; le vote aura lieu le 3 avril.';
    expect(at(s, '3 avril')).toBe('future');
  });
});

describe('past cues: the "nous …ions" cue scanned on its own', () => {
  // pastCues finds what one global scan of the union pattern finds, on sentences with and without "nous"/"vous"
  const sentences = [
    'Nous avions décidé le 3 mai de partir.',
    'Nous partions le 3 avril, vous arriviez le 4.',
    'nous vous lavions les mains, puis nous arrivions, arrivé le 3',
    "Nous l'avions dit : nous partions ; ils étaient arrivés.",
    'Nous, nous mangions. Tous sont venus, vous n’étiez pas là.',
    'Vous ne saviez rien, il y a deux ans, le texte adopté le 3 avril.',
    'Le cortège avançait lentement le 3 avril, nous nous réunissions.',
    'Sous la pluie, ils dormaient ; vous étiez partis.',
  ];
  it.each(sentences)('%s', (sentence) => {
    for (const text of [sentence, sentence.replace(/’/g, "'"), sentence.replace(/e/g, 'ĕ')]) {
      const latin = inLatinDomain(text);
      for (const narrow of latin && inNarrowDomain(text) ? [false, true] : [false]) {
        const got: number[] = [];
        pastCues(text, latin, narrow, (at, end) => got.push(at, end));
        const want = [...text.matchAll(new RegExp(PAST_UNION.source, PAST_UNION.flags))].flatMap((m) => [m.index, m.index + m[0].length]);
        expect(got).toEqual(want);
      }
    }
  });
});
