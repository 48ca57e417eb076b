/**
 * The events stage's prefilters may let through a text that then matches nothing, never stop one that matches:
 * the trigger rules' keys (`openRules` never closes a rule whose pattern matches) and the words of the cues back
 * (`mayHoldCue` is true on every text where `anchorCue` or `sameTimeCue` matches), and the cue of a whole text (`cueOf`
 * is true when a clause of it holds a cue back). Checked over every phrase of the locale's data (as written, in capitals,
 * capitalised, glued to punctuation and apostrophes) and over sentences of news.
 */
import { describe, expect, it } from 'vitest';
import { foldCase, openRules } from '../../src/events/triggers.js';
import { splitClauses } from '../../src/events/clauses.js';
import { cueOf, mayHoldCue, type UnitView } from '../../src/events/unit-view.js';
import { inLatinDomain } from '../../src/text/unicode-domain.js';
import { BACK_DETERMINERS, EVENT_NOUNS, FIRST_GROUP_ENDINGS, LIGHT_VERBS, NOT_EVENT_PHRASES, SAME_TIME_CUES, SATELLITE_STEMS, TEMPORAL_PREPOSITIONS, VERB_FORMS, VERB_STEMS } from '../../src/locales/fr/events/constants.js';
import { eventLocale as fr } from '../../src/locales/fr/events/index.js';

const rules = fr.triggers;

/** Every rule whose pattern matches `text` and that `openRules` leaves closed. */
function closedButMatching(text: string): string[] {
  const lower = text.toLowerCase();
  const open = openRules(rules, lower, foldCase(lower));
  const out: string[] = [];
  rules.forEach((rule, r) => {
    rule.pattern.lastIndex = 0;
    const hit = rule.pattern.test(text);
    rule.pattern.lastIndex = 0;
    if (hit && open[r] !== 1) out.push(`${rule.family}/${rule.kind}: ${text}`);
  });
  return out;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Each form of the locale's trigger lists, the verb stems with each ending. */
const forms: string[] = [
  ...LIGHT_VERBS,
  ...Object.values(EVENT_NOUNS).flat(),
  ...Object.values(VERB_FORMS).flat(),
  ...[...Object.values(VERB_STEMS), ...Object.values(SATELLITE_STEMS)].flat().flatMap((stem) => FIRST_GROUP_ENDINGS.map((e) => stem + e)),
];

describe('the keys of the phrases that name no event', () => {
  /** True when `notEvent` matches `text` and the keys' slot of `openRules` stays closed. */
  const closedButMatching = (text: string): boolean => {
    const lower = text.toLowerCase();
    const open = openRules(rules, lower, foldCase(lower), fr.notEventKeys);
    fr.notEvent.lastIndex = 0;
    const hit = fr.notEvent.test(text);
    fr.notEvent.lastIndex = 0;
    return hit && open[rules.length] !== 1;
  };

  it('never close the idioms on a text holding one, whatever the case and the surroundings', () => {
    const missed: string[] = [];
    let hits = 0;
    for (const idiom of NOT_EVENT_PHRASES) {
      for (const variant of [idiom, idiom.toUpperCase(), capitalised(idiom), idiom.replaceAll('s', 'ſ'), idiom.replaceAll("'", '’')]) {
        for (const text of [`${variant}es syndicats`, `Hier, ${variant}u maire.`, `(${variant}'État)`, `«${variant}» — 12${variant} Ⱥ`]) {
          const lower = text.toLowerCase();
          fr.notEvent.lastIndex = 0;
          if (fr.notEvent.test(text)) hits++;
          fr.notEvent.lastIndex = 0;
          if (openRules(rules, lower, foldCase(lower), fr.notEventKeys)[rules.length] !== 1 && closedButMatching(text)) missed.push(text);
        }
      }
    }
    expect(missed).toEqual([]);
    // (the texts do hold the idioms: the check above is not empty)
    expect(hits).toBeGreaterThan(NOT_EVENT_PHRASES.length * 4);
  });

  it('stay closed on a text holding none of their words, and leave the rules their own answers', () => {
    const text = 'Le ministre a rencontré mardi les élus de la région.';
    const lower = text.toLowerCase();
    expect(openRules(rules, lower, lower, fr.notEventKeys)[rules.length]).toBe(0);
    expect([...openRules(rules, lower, lower, fr.notEventKeys).subarray(0, rules.length)]).toEqual([...openRules(rules, lower, lower).subarray(0, rules.length)]);
  });
});

describe('trigger rule keys', () => {
  it('never close a rule on a text holding one of its forms, whatever the case and the surroundings', () => {
    const missed: string[] = [];
    for (const form of forms) {
      const plural = form.split(' ').map((w) => (w.endsWith("'") ? w : `${w}s`)).join(' ');
      for (const variant of [form, form.toUpperCase(), capitalised(form), plural, form.replaceAll('s', 'ſ')]) {
        for (const text of [variant, `Hier, ${variant}.`, `(${variant})`, `l'${variant} et «${variant}»`, `Ⱥ ${variant} — 12${variant}`]) missed.push(...closedButMatching(text));
      }
    }
    expect(missed).toEqual([]);
  });

  it('never close a rule on sentences of news', () => {
    const sentences = [
      "Le Premier ministre s'est rendu mardi à Lyon, où il a rencontré les élus de la métropole.",
      "L'attentat, revendiqué jeudi par un groupe armé, a fait douze morts et quarante blessés.",
      'Les syndicats ont appelé à une nouvelle journée de grève le 14 mars, après l’échec des négociations.',
      "LA COUR D'APPEL A CONFIRMÉ LA CONDAMNATION DE L'ANCIEN MAIRE, INTERPELLÉ EN 2019.",
      'Un séisme de magnitude 6,1 a secoué la région dimanche ; les secours ont évacué trois villages.',
      "Élu en 2017, le député a démissionné hier soir après l'annonce de sa mise en examen.",
      'La réunion du conseil, prévue lundi, a été reportée : les ministres se réuniront la semaine prochaine.',
      'Il avait été arrêté à la frontière puis libéré sous contrôle judiciaire.',
    ];
    expect(sentences.flatMap(closedButMatching)).toEqual([]);
  });

  it('close a rule whose key word the text holds only inside other words', () => {
    // "appel" inside "rappelle", and a word starting as it does ("application"): no word starts with "appel"
    const text = "L'application rappelle l'heure aux abonnés.";
    const lower = text.toLowerCase();
    const open = openRules(rules, lower, foldCase(lower));
    const withAppel = rules.map((rule, r) => [rule, r] as const).filter(([rule]) => [...(rule.keys?.values() ?? [])].some((words) => words.includes('appel')));
    expect(withAppel.length).toBeGreaterThan(0);
    for (const [, r] of withAppel) expect(open[r]).toBe(0);
    expect(closedButMatching(text)).toEqual([]);
  });

  it('open exactly the rules one of whose key words starts a word of the text', () => {
    const sentences = ["L'attentat a fait douze morts ; les secours ont évacué trois villages.", 'Les négociations reprendront après la manifestation de jeudi.'];
    for (const text of sentences) {
      const lower = text.toLowerCase();
      const words = foldCase(lower).split(/[^\p{L}]+/u).filter((w) => w.length > 0);
      const open = openRules(rules, lower, foldCase(lower));
      rules.forEach((rule, r) => {
        const starts = [...(rule.keys?.values() ?? [])].some((keys) => keys.some((k) => words.some((w) => w.startsWith(k))));
        expect(open[r], `${rule.family}/${rule.kind}: ${text}`).toBe(starts ? 1 : 0);
      });
    }
  });

  it('close the rules whose key words start no word of the text', () => {
    const lower = 'le chat dort sur le tapis du salon.';
    const open = openRules(rules, lower, foldCase(lower));
    expect([...open].filter((o, r) => o === 1 && rules[r]!.keys).length).toBe(0);
  });
});

describe('cue words', () => {
  const matches = (pattern: RegExp, text: string) => {
    pattern.lastIndex = 0;
    const hit = pattern.test(text);
    pattern.lastIndex = 0;
    return hit;
  };
  const cue = (text: string) => matches(fr.anchorCue, text) || matches(fr.sameTimeCue, text);

  /** Each preposition with each determiner and a noun ("lors de cet appel"), and each same-time phrase. */
  const phrases = [
    ...TEMPORAL_PREPOSITIONS.flatMap((p) =>
      BACK_DETERMINERS.map((d) => `${p.endsWith(' d') || p === 'd' ? `${p}e` : p} ${d}${d.endsWith("'") ? '' : ' '}entretien`),
    ),
    ...TEMPORAL_PREPOSITIONS.filter((p) => p.endsWith(' d')).map((p) => `${p}'une réunion, du sommet, des débats`.replace(" d'une", "'une")),
    ...SAME_TIME_CUES,
  ];

  it('are all in every text where a cue back matches, whatever the case and the surroundings', () => {
    const missed: string[] = [];
    let matched = 0;
    for (const phrase of phrases) {
      for (const variant of [phrase, phrase.toUpperCase(), capitalised(phrase), phrase.replaceAll('s', 'ſ')]) {
        for (const text of [variant, `Hier, ${variant}, il a parlé.`, `(${variant})`, `«${variant}»`, `Ⱥ ${variant}`]) {
          if (!cue(text)) continue;
          matched++;
          if (!mayHoldCue(text, fr)) missed.push(text);
        }
      }
    }
    expect(missed).toEqual([]);
    // (the phrases above are cues: the check is not empty)
    expect(matched).toBeGreaterThan(phrases.length);
  });

  it('are in sentences of news that hold a cue, and not in one that holds none', () => {
    const sentences = [
      'Lors de cette rencontre, les deux dirigeants ont signé un accord.',
      "AU COURS DE L'ENTRETIEN, le ministre a rappelé sa position.",
      'Le même jour, la police a interpellé trois suspects.',
      "Ce soir-là, la foule s'est dispersée sans incident.",
      "Pendant ces négociations, les syndicats ont maintenu l'appel à la grève.",
    ];
    for (const s of sentences) {
      expect(cue(s)).toBe(true);
      expect(mayHoldCue(s, fr)).toBe(true);
    }
    expect(mayHoldCue('Le chat dort sur le tapis du salon.', fr)).toBe(false);
  });

  it('are in the whole text whenever they are in one of its clauses, whatever cuts the clause', () => {
    // (cueOf reads only these fields of a view)
    const holds = (text: string) => cueOf({ text, latin: inLatinDomain(text), lower: undefined, cue: undefined } as unknown as UnitView, fr);
    // what may stand right before and right after a clause: white space, the clause cuts, a clause opener, letters, digits,
    // apostrophes, hyphens, closing punctuation
    const before = ['', ' ', 'x', '1', '(', ',', ';', ':', '—', '–', '[', ']', ')', "qu'", 'mais ', 'qui', "'", '-', '« '];
    const after = ['', ' ', 'x', '1', ',', ')', '.', '…', ' qui', 'qui', 'mais', '-là', '-x', "'", ' »'];
    const missed: string[] = [];
    let inClause = 0;
    for (const phrase of phrases) {
      for (const variant of [phrase, phrase.toUpperCase()]) {
        for (const b of before) {
          for (const a of after) {
            const text = `Hier${b}${variant}${a} il a parlé.`;
            const latin = inLatinDomain(text);
            const clauseHolds = splitClauses(text, fr, latin).some((c) => cue(text.slice(c.from, c.to)));
            if (!clauseHolds) continue;
            inClause++;
            if (!holds(text)) missed.push(text);
          }
        }
      }
    }
    expect(missed).toEqual([]);
    expect(inClause).toBeGreaterThan(phrases.length);
    expect(holds('Le chat dort sur le tapis du salon, ce jour.')).toBe(false);
  });

  it('answer as the scan for the first words and the search for every word of a list together', () => {
    const firstWords = new RegExp(fr.cueWords.map((l) => l[0] ?? '').join('|'), 'iu');
    const both = (text: string) => firstWords.test(text) && fr.cueWords.some((l) => l.every((w) => foldCase(text.toLowerCase()).includes(w)));
    const texts = ['Lors de cette réunion, rien.', 'LORS DE CETTE RÉUNION', 'Au coſt du cours, ce même jour-là', 'İl a parlé lors de cette İnterview', 'Durant ce temps', 'Le même jour İ', 'KELVİN pendant', 'Ce soir-là', 'Le chat dort.'];
    for (const text of texts) expect(mayHoldCue(text, fr), text).toBe(both(text));
  });
});
