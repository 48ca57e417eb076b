import type { EventLocale } from '../../../events/event-locale.js';

export const eventLocale: EventLocale = {};
