import { describe } from 'vitest';
import { table } from './table.js';

describe('time parser (ref 2013-02-12T04:30, future)', () => {
  table('2013-02-12T04:30', [
    ['à 18 heures', ['18 heures=2013-02-12T18:00']],
    ['18h30', ['18h30=2013-02-12T18:30']],
    // hours given for a place or a zone are a clock time, not a duration
    ['Les bureaux ont fermé à 18 heures (22 heures à Paris).', ['18 heures=2013-02-11T18:00', '22 heures=2013-02-11T22:00']],
    ['Le vol décolle à 14 heures GMT.', ['14 heures=2013-02-12T14:00']],
    // after a late evening, the small hours fall on the next day
    ['Le 3 mars, il a appelé à 23 h 10, puis à minuit.', ['Le 3 mars=2012-03-03', '23 h 10=2012-03-03T23:10', 'minuit=2012-03-04T00:00']],
    // midnight after any time of the day told ends that day
    ['Le 3 mars au matin, il est parti ; à minuit, il est revenu.', ['Le 3 mars au matin=2012-03-03TMO', 'minuit=2012-03-04T00:00']],
    ['à quinze heures', ['quinze heures=2013-02-12T15:00']],
    ['midi et quart', ['midi et quart=2013-02-12T12:15']],
    ['midi moins le quart', ['midi moins le quart=2013-02-12T11:45']],
    // minutes before the hour, in digits or words; a measure after "moins" is no part of the time
    ['Le train part à 7 h moins 10.', ['7 h moins 10=2013-02-12T06:50']],
    ['Rendez-vous à dix heures moins vingt-cinq.', ['dix heures moins vingt-cinq=2013-02-12T09:35']],
    ['Vers 6 h moins 4 degrés, la route gèlera.', ['6 h=2013-02-12T06:00 APPROX']],
    ['onze heures trois quarts', ['onze heures trois quarts=2013-02-12T11:45']],
    ['3 heures du matin', ['3 heures du matin=2013-02-13T03:00']],
    // "midi" alone is the part of the day (TimeML TMI); with minutes a clock time
    ['vers midi', ['midi=2013-02-12TMI']],
    ['demain à midi', ['demain=2013-02-13', 'midi=2013-02-13TMI']],
    // a bare day number takes noon as it takes a clock time
    ['Le marché se tiendra le 23 à midi.', ['le 23=2013-02-23', 'midi=2013-02-23TMI']],
    // a date and its time in separate constituents are two expressions; the time carries the day
    ['le 2 mars à 5h', ['le 2 mars=2013-03-02', '5h=2013-03-02T05:00']],
    ['jeudi à 11h', ['jeudi=2013-02-14', '11h=2013-02-14T11:00']],
    ['à 16 heures jeudi', ['16 heures jeudi=2013-02-14T16:00']],
    ['à 3 heures cet après-midi', ['3 heures=2013-02-12T15:00', 'cet après-midi=2013-02-12TAF']],
    // one constituent: one expression
    ['mardi 15h', ['mardi 15h=2013-02-12T15:00']],
    ['le matin du 20 juin', ['le matin du 20 juin=2013-06-20TMO']],
  ], 'future');
});
