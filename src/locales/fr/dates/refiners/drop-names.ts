/** Drops a date that is a name given in quotes: l'opération baptisée « 8 mai », un film intitulé « Mardi ». */
import type { DateRefiner } from '../../../../dates/date-locale.js';

const NAMING = /(?:baptisée?s?|intitulée?s?|appelée?s?|surnommée?s?|nommée?s?|dite?s?|dénommée?s?|opération|plan|projet|loi|mouvement|collectif|film|livre|album|chanson|émission)[\s\u00a0]*[«“"][\s\u00a0]*$/iu;
const CLOSING = /^[\s\u00a0]*[»”"]/u;

export const dropNames: DateRefiner = {
  name: 'drop-names',
  refine(candidates, text) {
    // (the closing quote asked first: three characters, and seldom there)
    return candidates.filter((c) => !(CLOSING.test(text.slice(c.to, c.to + 3)) && NAMING.test(text.slice(Math.max(0, c.from - 40), c.from))));
  },
};
