import type { ActorLocale } from '../../../actors/actor-locale.js';

export const actorLocale: ActorLocale = {};
