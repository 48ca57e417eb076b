/**
 * The sex of the people an article names, as far as its text tells it: what
 * a pronoun ("elle", "il") or "cette dernière" may stand for.
 */
import { mentionSexWeight } from '../actors/sex-evidence.js';
import type { EventLocale, Sex } from './event-locale.js';
import type { UnitView } from './unit-view.js';

const cache = new WeakMap<readonly UnitView[], Map<string, Sex>>();

/**
 * The sex of every person of the article whose mentions tell one: each mention's evidence is weighed (honorific
 * above first name above agreement) and a person keeps the sex with more weight; a tie tells nothing. One pass
 * over the mentions, cached per article.
 */
export function sexesOf(views: readonly UnitView[], locale: EventLocale): Map<string, Sex> {
  let out = cache.get(views);
  if (out) return out;
  const weight = new Map<string, number>(); // > 0 feminine, < 0 masculine
  for (const view of views) {
    for (const m of view.mentions) {
      if (m.actor.type !== 'person') continue;
      let w = (weight.get(m.actor.id) ?? 0) + mentionSexWeight(locale.mentionSex, view.text, m.from, m.to);
      // the actor's full name tells its first name once even when the text only uses the surname
      if (!weight.has(m.actor.id)) for (const [sex, n] of locale.mentionSex(m.actor.name, '', '')) w += sex === 'f' ? n : -n;
      weight.set(m.actor.id, w);
    }
  }
  out = new Map();
  for (const [id, w] of weight) if (w !== 0) out.set(id, w > 0 ? 'f' : 'm');
  cache.set(views, out);
  return out;
}

/** True unless the person is known to be of the other sex. */
export function mayBe(sexes: ReadonlyMap<string, Sex>, id: string, sex: Sex | undefined): boolean {
  const known = sexes.get(id);
  return !sex || !known || known === sex;
}
