import { describe } from 'vitest';
import { table } from './table.js';

describe('time parser (ref 2013-02-12T04:30, future)', () => {
  table('2013-02-12T04:30', [
    ['à 18 heures', ['18 heures=2013-02-12T18:00']],
    ['18h30', ['18h30=2013-02-12T18:30']],
    ['à quinze heures', ['quinze heures=2013-02-12T15:00']],
    ['midi et quart', ['midi et quart=2013-02-12T12:15']],
    ['midi moins le quart', ['midi moins le quart=2013-02-12T11:45']],
    ['onze heures trois quarts', ['onze heures trois quarts=2013-02-12T11:45']],
    ['3 heures du matin', ['3 heures du matin=2013-02-13T03:00']],
    ['vers midi', ['midi=2013-02-12T12:00 APPROX']],
    ['le 2 mars à 5h', ['le 2 mars à 5h=2013-03-02T05:00']],
    ['jeudi à 11h', ['jeudi à 11h=2013-02-14T11:00']],
    ['à 3 heures cet après-midi', ['3 heures cet après-midi=2013-02-12T15:00']],
  ], 'future');
});
