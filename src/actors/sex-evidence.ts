/**
 * The sex a mention of a person tells from the text around it, weighed by the locale's evidence (an honorific
 * before, a first name, an agreeing participle after). Shared by the actors stage (two given names of one surname)
 * and the events stage (what "il", "elle" may stand for).
 */

/** How much text around a mention the locale reads: an honorific before it, an agreeing participle after it. */
const BEFORE = 12;
const AFTER = 40;

/** A locale's evidence for the sex of a name, from the text just before and just after it. */
export type MentionSex = (name: string, before: string, after: string) => ReadonlyArray<readonly ['f' | 'm', number]>;

/** The weight of the evidence around the mention at `from`–`to` of `text`: above 0 feminine, below 0 masculine. */
export function mentionSexWeight(mentionSex: MentionSex, text: string, from: number, to: number, name = text.slice(from, to)): number {
  let weight = 0;
  for (const [sex, n] of mentionSex(name, text.slice(Math.max(0, from - BEFORE), from), text.slice(to, to + AFTER))) weight += sex === 'f' ? n : -n;
  return weight;
}
