import type { ActorType } from '../types.js';

/** An actor pinned by the user (`--actors FILE`). */
export interface GazetteerEntry {
  name: string;
  type: ActorType;
  aliases?: string[];
  roles?: string[];
  ids?: Record<string, string>;
}

/** Validates a parsed gazetteer (YAML or JSON); throws with a one-line message. Minimal until the actors stage lands. */
export function parseGazetteer(data: unknown): GazetteerEntry[] {
  const list = Array.isArray(data) ? data : (data as { actors?: unknown } | null)?.actors;
  if (!Array.isArray(list)) throw new Error('expected a list of actors (or an object with an "actors" list)');
  return list as GazetteerEntry[];
}
