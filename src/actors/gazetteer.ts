import type { ActorType } from '../types.js';

/** An actor pinned by the user (`--actors FILE`). */
export interface GazetteerEntry {
  name: string;
  type: ActorType;
  aliases?: string[];
  roles?: string[];
  ids?: Record<string, string>;
}
