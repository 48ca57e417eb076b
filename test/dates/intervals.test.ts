import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { dates, unitsOf } from './helpers.js';
import { findDates } from '../../src/dates/index.js';
import { fr } from '../../src/locales/fr/index.js';
import { LineIndex } from '../../src/text/line-index.js';

/** "text=value [start text|end text]" for each interval of one sentence. */
function ranges(sentence: string, ref: string, prefer: 'nearest' | 'future' = 'nearest'): string[] {
  const { source, units } = unitsOf([sentence]);
  const out = findDates(units, { source, lines: new LineIndex(source), referenceDate: { value: ref, source: 'option' }, prefer, locale: fr, gazetteer: [] });
  const text = (id: string | null) => (id === null ? '..' : out.dates.find((d) => d.id === id)!.text);
  return out.intervals.map((i) => `${i.text}=${i.value} [${text(i.start)}|${text(i.end)}]`);
}

describe('intervals: a range of two dates', () => {
  it('gives the ISO 8601 interval of two full ends, the prepositions in its text', () => {
    expect(ranges('Il a dirigé la région de 1998 à 2004.', '2024-06-01')).toEqual(['de 1998 à 2004=1998/2004 [1998|2004]']);
    expect(ranges('Le salon se tient du 2 mars 2025 au 5 avril 2025.', '2024-06-01')).toEqual(['du 2 mars 2025 au 5 avril 2025=2025-03-02/2025-04-05 [2 mars 2025|5 avril 2025]']);
  });

  it('completes an elliptic first day from the second (month and year), each end staying a date of its own', () => {
    const out = dates('La foire aura lieu du 4 au 9 octobre 2025.', '2024-06-01');
    expect(out.dates.map((d) => `${d.text}=${d.value}`)).toEqual(['4=2025-10-04', '9 octobre 2025=2025-10-09']);
    expect(ranges('La foire aura lieu du 4 au 9 octobre 2025.', '2024-06-01')).toEqual(['du 4 au 9 octobre 2025=2025-10-04/2025-10-09 [4|9 octobre 2025]']);
  });

  it('gives a first month the year of the second, the year before when it comes later in the year', () => {
    expect(ranges('Les travaux ont duré entre mars et septembre 2019.', '2024-06-01')).toEqual(['entre mars et septembre 2019=2019-03/2019-09 [mars|septembre 2019]']);
    expect(ranges('La grève a duré de novembre à février 2021.', '2024-06-01')).toEqual(['de novembre à février 2021=2020-11/2021-02 [novembre|février 2021]']);
  });

  it('puts a time with no day on the day of the other end, before or after it', () => {
    expect(ranges('La permanence est ouverte de 8 h 30 à 12 h vendredi.', '2024-06-04')).toEqual(['de 8 h 30 à 12 h vendredi=2024-06-07T08:30/2024-06-07T12:00 [8 h 30|12 h vendredi]']);
    expect(ranges('La permanence est ouverte vendredi de 8 h 30 à 12 h.', '2024-06-04')).toEqual(['de 8 h 30 à 12 h=2024-06-07T08:30/2024-06-07T12:00 [8 h 30|12 h]']);
    expect(ranges('Vendredi, la permanence ouvrira de 14 h à 17 h.', '2024-06-04')).toEqual(['de 14 h à 17 h=2024-06-07T14:00/2024-06-07T17:00 [14 h|17 h]']);
  });

  it('reads the second month forward from the first ("de janvier à mars" written in February, looking ahead)', () => {
    expect(ranges('La ligne sera fermée de janvier à mars.', '2024-02-10', 'future')).toEqual(['de janvier à mars=2025-01/2025-03 [janvier|mars]']);
  });

  it('takes noon as an end, and a bare day before a range of times gives both ends its day', () => {
    expect(ranges('Le bureau de vote ferme entre midi et 13 h 30.', '2024-06-04')).toEqual(['entre midi et 13 h 30=2024-06-04TMI/2024-06-04T13:30 [midi|13 h 30]']);
    expect(ranges('La braderie se tiendra le 22 de 8 h à 18 h.', '2024-06-04')).toEqual(['de 8 h à 18 h=2024-06-22T08:00/2024-06-22T18:00 [8 h|18 h]']);
    expect(ranges('Les guichets ouvriront le 9 entre 10 h et 16 h.', '2024-06-04')).toEqual(['entre 10 h et 16 h=2024-06-09T10:00/2024-06-09T16:00 [10 h|16 h]']);
    const out = dates('Les guichets ouvriront le 9 entre 10 h et 16 h.', '2024-06-04');
    expect(out.dates.map((d) => `${d.text}=${d.value}`)).toEqual(['le 9=2024-06-09', '10 h=2024-06-09T10:00', '16 h=2024-06-09T16:00']);
  });

  it('reads a bare first number as an hour when the second end is a clock time, in the same half of the day', () => {
    expect(ranges('Le bureau sera ouvert entre 14 et 17 h.', '2024-06-04')).toEqual(['entre 14 et 17 h=2024-06-04T14:00/2024-06-04T17:00 [14|17 h]']);
    expect(ranges('Le concert aura lieu de 9 à 11 heures du soir.', '2024-06-04')).toEqual(['de 9 à 11 heures du soir=2024-06-04T21:00/2024-06-04T23:00 [9|11 heures du soir]']);
    expect(ranges('La collecte a lieu entre 7 et 9 h ce soir.', '2024-06-04')).toEqual(['entre 7 et 9 h=2024-06-04T19:00/2024-06-04T21:00 [7|9 h]']);
    // a count of years or hours is no clock time
    expect(ranges('Il faut entre 15 et 20 ans pour cela.', '2024-06-04')).toEqual([]);
  });

  it('reads an end earlier on the clock than its start as the afternoon', () => {
    expect(ranges('Le guichet ouvrira de 10 h 30 à 2 h 30.', '2024-06-04')).toEqual(['de 10 h 30 à 2 h 30=2024-06-04T10:30/2024-06-04T14:30 [10 h 30|2 h 30]']);
  });

  it('takes "entre … et …", a dash and "jusqu\'à" between two dates', () => {
    expect(ranges('Le vote aura lieu entre le 3 et le 6 juin.', '2024-05-01')).toEqual(['entre le 3 et le 6 juin=2024-06-03/2024-06-06 [le 3|le 6 juin]']);
    expect(ranges('Saison 2011-2012 : un bilan.', '2024-05-01')).toEqual(['2011-2012=2011/2012 [2011|2012]']);
    expect(ranges('Le festival a lieu les 4-6 juillet et du 8-10 août.', '2024-05-01')).toEqual(['du 8-10 août=2024-08-08/2024-08-10 [8|10 août]']);
    expect(ranges('Un match nul de 13-15 points.', '2024-05-01')).toEqual([]);
    expect(ranges('La route restera fermée demain jusqu\'à 18 h.', '2024-05-01')).toEqual(['demain jusqu\'à 18 h=2024-05-02/2024-05-02T18:00 [demain|18 h]']);
  });

  it('is not a range: two days coordinated, a score, ages, an end before its start', () => {
    expect(ranges('Les élections des 9 et 16 juin.', '2024-05-01')).toEqual([]);
    expect(ranges('Ils ont gagné 3 à 1 le 5 mai.', '2024-05-20')).toEqual([]);
    expect(ranges('Un stage pour les enfants de 6 à 12 ans.', '2024-05-01')).toEqual([]);
    expect(ranges('Il a vécu entre 2010 et 2002 à Lyon.', '2024-05-01')).toEqual([]);
  });
});

describe('intervals: open at one end', () => {
  it('"à partir de", "dès", "depuis" open the end', () => {
    expect(ranges('Le musée ouvrira à partir de 10 h.', '2024-05-01')).toEqual(['à partir de 10 h=2024-05-01T10:00/.. [10 h|..]']);
    expect(ranges('Les inscriptions seront ouvertes dès le 2 septembre.', '2024-05-01')).toEqual(['dès le 2 septembre=2024-09-02/.. [le 2 septembre|..]']);
    expect(ranges('Il vit à Nantes depuis 2017.', '2024-05-01')).toEqual(['depuis 2017=2017/.. [2017|..]']);
  });

  it('"jusqu\'au", "jusqu\'en" open the start', () => {
    expect(ranges('La consultation est ouverte jusqu\'au 30 juin.', '2024-05-01')).toEqual(['jusqu\'au 30 juin=../2024-06-30 [..|30 juin]']);
    expect(ranges('Il restera en poste jusqu\'en 2027.', '2024-05-01')).toEqual(['jusqu\'en 2027=../2027 [..|2027]']);
    expect(ranges('Le chantier doit être achevé d\'ici 2028.', '2024-05-01')).toEqual(['d\'ici 2028=../2028 [..|2028]']);
  });

  it('"après" opens the end, "avant" the start, unless a duration counts from the date ("deux jours après")', () => {
    expect(ranges('Les guichets rouvriront après 14 h.', '2024-05-01')).toEqual(['après 14 h=2024-05-01T14:00/.. [14 h|..]']);
    expect(ranges('Les dossiers doivent être déposés avant le 15 juin.', '2024-05-01')).toEqual(['avant le 15 juin=../2024-06-15 [..|le 15 juin]']);
    expect(ranges('Il est revenu trois jours après le 8 mai.', '2024-05-20')).toEqual([]);
    expect(ranges('Il est parti avant-hier.', '2024-05-20')).toEqual([]);
  });

  it('not from a duration ("depuis trois ans") nor the present ("jusqu\'à maintenant")', () => {
    expect(ranges('Il vit à Nantes depuis trois ans.', '2024-05-01')).toEqual([]);
    expect(ranges('Rien n\'a changé jusqu\'à maintenant.', '2024-05-01')).toEqual([]);
  });
});

describe('intervals in the article', () => {
  it('have ids i1… in document order and spans over the source', () => {
    const source = '# Un titre\n\nLa fête dure du 1er au 3 août. Les ventes sont ouvertes depuis lundi.\n';
    const article = extract(source, { refDate: '2024-07-10' });
    expect(article.intervals.map((i) => i.id)).toEqual(['i1', 'i2']);
    for (const i of article.intervals) expect(source.slice(i.span.start.offset, i.span.end.offset)).toBe(i.text);
    expect(article.intervals.map((i) => i.value)).toEqual(['2024-08-01/2024-08-03', '2024-07-08/..']);
  });
});
