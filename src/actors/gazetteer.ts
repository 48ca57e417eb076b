/**
 * The user gazetteer (`--actors FILE`): actors a newsroom pins, with their
 * canonical names, aliases, roles and external ids. Accepts either a list of
 * entries or `{ actors: [...] }`.
 */
import type { ActorType } from '../types.js';

/** An actor pinned by the user (`--actors FILE`). */
export interface GazetteerEntry {
  name: string;
  type: ActorType;
  aliases?: string[];
  roles?: string[];
  /** External ids carried to the output as `externalIds` ({ wikidata: "Q3052772" }). */
  ids?: Record<string, string>;
  /** ISO 3166-1 alpha-2 code of the actor's country. */
  country?: string;
}

const TYPES: readonly ActorType[] = ['person', 'organization', 'place', 'group'];
const TYPE_WORDS: Record<string, ActorType> = { org: 'organization', organisation: 'organization', location: 'place', loc: 'place', per: 'person' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function strings(value: unknown, where: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim() !== '')) {
    throw new Error(`${where} must be a string or a list of non-empty strings`);
  }
  return list.map((item) => item.trim().normalize('NFC'));
}

/** Validates parsed YAML/JSON and returns the entries; throws an Error with a one-line message on bad input. */
export function parseGazetteer(data: unknown): GazetteerEntry[] {
  const list = isRecord(data) && 'actors' in data ? data.actors : data;
  if (!Array.isArray(list)) throw new Error('actors file: expected a list of actors (or an object with an "actors" list)');
  return list.map((item, index): GazetteerEntry => {
    const where = `actors file, entry ${index + 1}`;
    if (!isRecord(item)) throw new Error(`${where}: expected an object with "name" and "type"`);
    const known = new Set(['name', 'type', 'aliases', 'roles', 'ids', 'externalIds', 'country']);
    const unknown = Object.keys(item).find((key) => !known.has(key));
    if (unknown !== undefined) throw new Error(`${where}: unknown field "${unknown}" (expected name, type, aliases, roles, ids, country)`);
    if (typeof item.name !== 'string' || item.name.trim() === '') throw new Error(`${where}: "name" must be a non-empty string`);
    const rawType = typeof item.type === 'string' ? item.type.trim().toLowerCase() : '';
    const type = (TYPES as readonly string[]).includes(rawType) ? (rawType as ActorType) : TYPE_WORDS[rawType];
    if (!type) throw new Error(`${where} (${item.name}): "type" must be one of ${TYPES.join(', ')}`);
    const entry: GazetteerEntry = { name: item.name.trim().normalize('NFC'), type };
    const aliases = strings(item.aliases, `${where} (${item.name}): "aliases"`);
    if (aliases) entry.aliases = aliases;
    const roles = strings(item.roles, `${where} (${item.name}): "roles"`);
    if (roles) entry.roles = roles;
    const ids = item.ids ?? item.externalIds;
    if (ids !== undefined) {
      if (!isRecord(ids) || !Object.values(ids).every((v) => typeof v === 'string' || typeof v === 'number')) {
        throw new Error(`${where} (${item.name}): "ids" must map names to strings ({ wikidata: "Q42" })`);
      }
      entry.ids = Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, String(v)]));
    }
    if (item.country !== undefined) {
      if (typeof item.country !== 'string' || !/^[A-Za-z]{2}$/.test(item.country)) throw new Error(`${where} (${item.name}): "country" must be an ISO 3166-1 alpha-2 code`);
      entry.country = item.country.toUpperCase();
    }
    return entry;
  });
}
