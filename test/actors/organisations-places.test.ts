/**
 * Organisations and places as news annotators mark them: the rules that decide where such a name starts and ends,
 * and which names are events rather than bodies or places. Our own sentences, of the kinds real news writes.
 */
import { describe, expect, test } from 'vitest';
import { actorsOf, mentionsOf } from './helpers.js';

describe('a competition named after the place that holds it is an event, and that place no place mention', () => {
  test.each([
    ['Elle a couru aux Jeux olympiques de Lisbonne en 2032.', 'misc:Jeux olympiques de Lisbonne'],
    ['Les Jeux olympiques de Lisbonne 2032 ouvrent demain.', 'misc:Jeux olympiques de Lisbonne 2032'],
    ['Il a brillé aux championnats d’Europe de natation.', 'misc:championnats d’Europe'],
    ['Il a remporté le tournoi de Vienne.', 'misc:tournoi de Vienne'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('place:'))).toEqual([]);
  });

  test('not a person after the competition ("les Jeux olympiques du Belge Marc Dubois")', () => {
    expect(mentionsOf('Ce sont les premiers Jeux olympiques du Belge Marc Dubois.')).toContain('person:Marc Dubois');
  });

  test('a champion is no competition ("La championne du monde vit à Lyon")', () => {
    expect(mentionsOf('La championne du monde vit à Lyon.')).toEqual(['place:Lyon']);
  });
});

describe('a name written with the year of its edition is an event', () => {
  test.each([
    ['La Silver Blade 2019 a réuni vingt patineurs.', 'misc:Silver Blade 2019'],
    ['Résultats de Patinage Nordique 2021 à Oslo.', 'misc:Patinage Nordique 2021'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('organization:') || m.startsWith('person:'))).toEqual([]);
  });

  test('the name without its year, later, is the same event', () => {
    const { actors } = actorsOf('La Silver Blade 2019 a réuni vingt patineurs. La Silver Blade se tient chaque automne.');
    const event = actors.find((a) => a.type === 'misc');
    expect(event?.kind).toBe('event');
    expect(event?.mentions.map((m) => m.text)).toEqual(['Silver Blade 2019', 'Silver Blade']);
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  test('not a month and a year ("Mars 2016")', () => {
    expect(mentionsOf('Mars 2016 a été pluvieux à Brest.').filter((m) => m.startsWith('misc:'))).toEqual([]);
  });
});

describe('a lake, a river, a massif or a plain: the name alone is the place', () => {
  test.each([
    ['Les rives du lac de Vassivière sont fermées.', 'place:Vassivière'],
    ['Le fleuve Mékong a débordé.', 'place:Mékong'],
    ['Un incendie ravage le massif des Maures.', 'place:Maures'],
    ['La rivière Vézère est en crue.', 'place:Vézère'],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual([expected]);
  });

  test('seas, gulfs and islands keep their head ("mer de Chine", "golfe du Mexique")', () => {
    expect(mentionsOf('Des navires croisent dans le golfe du Mexique.')).toEqual(['place:golfe du Mexique']);
  });
});
