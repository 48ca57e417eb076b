import type { DateLocale } from '../../../dates/date-locale.js';

export const dateLocale: DateLocale = {};
