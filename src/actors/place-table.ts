/**
 * The places a locale knows, read by number. The known index files each place's forms under the place's number and
 * reads the place itself only when a text names one of them: an article names a few of some ten thousand. A table
 * held as one line of text per place makes an entry when first read (the French places as JSON objects were some 20 ms
 * of a cold start to parse, the same as lines about 2 ms); a plain list of entries is a table too (`placeTable`).
 */
import type { PlaceEntry } from './actor-locale.js';

/** The places of a locale, numbered from 0 in a fixed order (the known index refers to them by number). */
export interface PlaceTable extends Iterable<PlaceEntry> {
  readonly length: number;
  /** The place numbered `index`, or undefined past the end. */
  at(index: number): PlaceEntry | undefined;
  /** The places of one kind, in order (the others are not made). */
  ofKind(kind: PlaceEntry['kind']): readonly PlaceEntry[];
}

const KINDS: readonly PlaceEntry['kind'][] = ['country', 'city', 'region', 'other'];
/** Between a line's fields: a character no name holds (checked when the lines are written). */
const FIELD = '\u001f';
const FORBIDDEN = /[\u001f\n]/;

/**
 * The places as lines, one per place in order, for `placeTable`: the kind's number and the country code, the
 * population (or nothing), the name, then each alias, between FIELD characters.
 */
export function placeLines(places: Iterable<PlaceEntry>): string {
  const lines: string[] = [];
  for (const p of places) {
    const kind = KINDS.indexOf(p.kind);
    const fields = [`${kind}${p.country ?? ''}`, p.population === undefined ? '' : String(p.population), p.name, ...p.aliases];
    if (kind < 0 || fields.some((f) => FORBIDDEN.test(f)) || (p.country !== null && p.country === '')) {
      throw new Error(`a place that lines cannot hold: ${JSON.stringify(p)}`);
    }
    lines.push(fields.join(FIELD));
  }
  return lines.join('\n');
}

/** A table of `places`: a list of entries, or their lines (`placeLines`), each made into an entry when first read. */
export function placeTable(places: readonly PlaceEntry[] | string): PlaceTable {
  return typeof places === 'string' ? new PlaceLines(places) : new PlaceList(places);
}

class PlaceList implements PlaceTable {
  private readonly kinds = new Map<PlaceEntry['kind'], readonly PlaceEntry[]>();
  constructor(private readonly places: readonly PlaceEntry[]) {}
  get length(): number {
    return this.places.length;
  }
  at(index: number): PlaceEntry | undefined {
    return this.places[index];
  }
  ofKind(kind: PlaceEntry['kind']): readonly PlaceEntry[] {
    let list = this.kinds.get(kind);
    if (list === undefined) this.kinds.set(kind, (list = this.places.filter((p) => p.kind === kind)));
    return list;
  }
  [Symbol.iterator](): Iterator<PlaceEntry> {
    return this.places[Symbol.iterator]();
  }
}

class PlaceLines implements PlaceTable {
  private lines: readonly string[] | undefined;
  private readonly made: (PlaceEntry | undefined)[] = [];
  private readonly kinds = new Map<PlaceEntry['kind'], readonly PlaceEntry[]>();
  constructor(private readonly text: string) {}
  private all(): readonly string[] {
    return (this.lines ??= this.text === '' ? [] : this.text.split('\n'));
  }
  get length(): number {
    return this.all().length;
  }
  at(index: number): PlaceEntry | undefined {
    const lines = this.all();
    if (!(index >= 0 && index < lines.length)) return undefined;
    return (this.made[index] ??= entry(lines[index]!));
  }
  ofKind(kind: PlaceEntry['kind']): readonly PlaceEntry[] {
    let list = this.kinds.get(kind);
    if (list === undefined) {
      // (a line opens on its kind's number: only the places of that kind are made)
      const code = 0x30 + KINDS.indexOf(kind);
      const found: PlaceEntry[] = [];
      this.all().forEach((line, k) => {
        if (line.charCodeAt(0) === code) found.push(this.at(k)!);
      });
      this.kinds.set(kind, (list = found));
    }
    return list;
  }
  *[Symbol.iterator](): Iterator<PlaceEntry> {
    for (let k = 0; k < this.length; k++) yield this.at(k)!;
  }
}

/** The entry of one line (the fields in the order of an entry made in code: `population` only when known). */
function entry(line: string): PlaceEntry {
  const [head, population, name, ...aliases] = line.split(FIELD) as [string, string, string, ...string[]];
  const kind = KINDS[head.charCodeAt(0) - 0x30]!;
  const country = head.length > 1 ? head.slice(1) : null;
  return population === '' ? { name, aliases, kind, country } : { name, aliases, kind, country, population: Number(population) };
}
