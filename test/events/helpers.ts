/** Builds the inputs of the events stage by hand: units from Markdown, dates and actors from their surface forms. */
import type { StageContext, TextUnit } from '../../src/context.js';
import { fr } from '../../src/locales/fr/index.js';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';
import { buildSections } from '../../src/markdown/sections.js';
import { LineIndex } from '../../src/text/line-index.js';
import { toTextUnits } from '../../src/text/text-units.js';
import type { Actor, ActorType, DateMention, TimexType } from '../../src/types.js';

export interface Doc {
  source: string;
  units: TextUnit[];
  context: StageContext;
}

/** Text units and a stage context for a Markdown string (reference date 2024-04-05). */
export function doc(source: string): Doc {
  const lines = new LineIndex(source);
  const { blocks } = buildSections(parseMarkdown(source), source, lines);
  const units = toTextUnits(blocks, fr.sentences, lines);
  const context: StageContext = { source, lines, referenceDate: { value: '2024-04-05', source: 'option' }, prefer: 'nearest', locale: fr, gazetteer: [] };
  return { source, units, context };
}

export interface DateSpec {
  text: string;
  value: string;
  mod?: string | null;
  type?: TimexType;
  resolved?: string;
  /** 0-based occurrence of `text` in the source. */
  nth?: number;
}

function indexOf(source: string, text: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = source.indexOf(text, at + 1);
    if (at < 0) throw new Error(`"${text}" (#${nth}) not in the source`);
  }
  return at;
}

/** DateMentions d1… for the given surface forms. */
export function dates(d: Doc, specs: readonly DateSpec[]): DateMention[] {
  return specs
    .map((s) => {
      const at = indexOf(d.source, s.text, s.nth);
      return { s, at };
    })
    .sort((a, b) => a.at - b.at)
    .map(({ s, at }, i) => ({
      id: `d${i + 1}`,
      text: s.text,
      span: d.context.lines.span(at, at + s.text.length),
      type: s.type ?? 'DATE',
      value: s.value,
      mod: s.mod ?? null,
      anchor: null,
      ...(s.resolved ? { resolved: s.resolved } : {}),
    }));
}

export interface ActorSpec {
  id: string;
  type: ActorType;
  names: readonly string[];
  /** Roles the actors stage would have read ("ancien maire de Lyon"). */
  roles?: readonly string[];
}

/** Actors whose mentions are every whole-word occurrence of their names (longest names first, no overlaps). */
export function actors(d: Doc, specs: readonly ActorSpec[]): Actor[] {
  const taken: Array<[number, number]> = [];
  const all = specs.flatMap((s) => s.names.map((n) => ({ s, n }))).sort((a, b) => b.n.length - a.n.length);
  const found = new Map<string, Array<{ at: number; n: string }>>();
  for (const { s, n } of all) {
    const re = new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of d.source.matchAll(re)) {
      const at = m.index ?? 0;
      if (taken.some(([a, b]) => at < b && a < at + n.length)) continue;
      taken.push([at, at + n.length]);
      found.set(s.id, [...(found.get(s.id) ?? []), { at, n }]);
    }
  }
  return specs.map((s) => ({
    id: s.id,
    type: s.type,
    name: s.names[0]!,
    aliases: s.names.slice(1),
    roles: [...(s.roles ?? [])],
    mentions: (found.get(s.id) ?? [])
      .sort((a, b) => a.at - b.at)
      .map(({ at, n }) => ({ text: n, span: d.context.lines.span(at, at + n.length), section: '' })),
  }));
}

/** A compact view of an event for table tests: [value, trigger, actor ids, place ids, anchored]. */
export function summarize(d: Doc, specs: { dates: readonly DateSpec[]; actors: readonly ActorSpec[] }, find: typeof import('../../src/events/index.js').findEvents) {
  const r = find(d.units, dates(d, specs.dates), actors(d, specs.actors), d.context);
  return {
    events: r.events.map((e) => ({ value: e.value, trigger: e.trigger, actors: e.actors, places: e.places, ...(e.anchoredTo ? { anchoredTo: e.anchoredTo } : {}), ...(e.group ? { group: e.group } : {}) })),
    diagnostics: r.diagnostics,
  };
}
