/**
 * Names of type `misc` that French news writes without a cue: platforms and
 * services (what one posts on, not who acts), major sports competitions, and astronomical bodies.
 * General knowledge, not tied to any article; [name, aliases, kind].
 */
import type { MiscEntry } from '../../../actors/actor-locale.js';

const LIST: ReadonlyArray<readonly [string, readonly string[], string]> = [
  ['Facebook', [], 'product'], ['Twitter', [], 'product'], ['Instagram', [], 'product'], ['Snapchat', [], 'product'],
  ['YouTube', ['Youtube'], 'product'], ['WhatsApp', ['Whatsapp'], 'product'], ['TikTok', [], 'product'], ['Telegram', [], 'product'],
  ['LinkedIn', [], 'product'], ['Wikipédia', ['Wikipedia'], 'product'], ['Reddit', [], 'product'], ['Digg', [], 'product'],
  ['Messenger', [], 'product'], ['Signal', [], 'product'], ['Threads', [], 'product'], ['Bluesky', [], 'product'], ['Mastodon', [], 'product'],
  ['Windows', [], 'product'], ['Android', [], 'product'], ['iOS', [], 'product'], ['iPhone', [], 'product'], ['ChatGPT', [], 'product'],
  ['Terre', [], 'astronomical'], ['Lune', [], 'astronomical'], ['Soleil', [], 'astronomical'], ['Mercure', [], 'astronomical'],
  ['Vénus', [], 'astronomical'], ['Jupiter', [], 'astronomical'], ['Saturne', [], 'astronomical'], ['Uranus', [], 'astronomical'],
  ['Neptune', [], 'astronomical'], ['Pluton', [], 'astronomical'], ['Cérès', [], 'astronomical'], ['Encelade', [], 'astronomical'],
  ['Titan', [], 'astronomical'], ['Ganymède', [], 'astronomical'], ['Callisto', [], 'astronomical'], ['Phobos', [], 'astronomical'],
  ['Ligue des champions', ['Ligue des Champions'], 'event'], ['Ligue Europa', [], 'event'], ['Ligue des nations', ['Ligue des Nations'], 'event'],
  ['Tournoi des Six Nations', ['Tournoi des six nations'], 'event'], ['Super Bowl', [], 'event'],
  ['Grand Chelem', ['Grand chelem'], 'event'], ['Ironman', [], 'event'],
  ['Voie lactée', ['Voie Lactée'], 'astronomical'], ['Andromède', [], 'astronomical'], ['Proxima du Centaure', [], 'astronomical'],
];

export const miscNames: MiscEntry[] = LIST.map(([name, aliases, kind]) => ({ name, aliases, kind }));
