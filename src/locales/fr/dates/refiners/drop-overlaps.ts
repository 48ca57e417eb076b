/** Keeps the longest of overlapping candidates ("le 3 avril 2024" over "avril 2024" over "2024"). */
import type { DateRefiner } from '../../../../dates/date-locale.js';
import { dropOverlaps } from '../../../../dates/find-candidates.js';

export const dropOverlapping: DateRefiner = { name: 'drop-overlaps', refine: (candidates) => dropOverlaps(candidates) };

/** Drops weak candidates no refiner built on ("la semaine" alone, "le 16" without a time). */
export const dropWeak: DateRefiner = { name: 'drop-weak', refine: (candidates) => candidates.filter((c) => !c.weak) };
