/** Person recognisers: given names and surnames, particles, names cued by a role or an honorific, roles in apposition. */
import type { Candidate, Evidence } from './candidate.js';
import { isPlaceShaped } from './candidate.js';
import { PlaceRules } from './recognise-places.js';
import type { Role } from './roles.js';

export class PersonRules extends PlaceRules {
  /** Surname words from token k: capitalised words and particles ("de Villepin", "von der Leyen", "al-Assad", "Le Maire"). */
  protected surnameEnd(k: number, afterGivenName: boolean): number {
    let end = k;
    let words = 0;
    let j = k;
    while (j < this.tokens.length && words < 4) {
      if (this.isNameWord(j) && !this.lexicons.known.longest(this.tokens, j)?.value.type.startsWith('org')) {
        j++;
        words++;
        end = j;
        continue;
      }
      if (this.isJoinedParticle(j)) {
        j++;
        words++;
        end = j;
        continue;
      }
      // particles: lower case anywhere, capitalised ("Le", "De", "Van") only right after the given name
      const t = this.tokens[j];
      if (!t?.word) break;
      const particle = this.locale.nameParticles.has(t.lower.replace(/'$/, '')) && (!t.cap || (afterGivenName && words === 0));
      if (!particle) break;
      let p = j + 1;
      while (p < this.tokens.length && p - j < 3 && this.tokens[p]!.word && !this.tokens[p]!.cap && this.locale.nameParticles.has(this.tokens[p]!.lower.replace(/'$/, ''))) p++;
      const surname = this.tokens[p];
      if (!surname || !surname.word || !surname.cap || surname.lower.endsWith("'") || this.locale.nameParticles.has(surname.lower)) break;
      // "Olaf Scholz de Berlin": a place after "de" is not a surname
      if (words > 0 && this.lexicons.known.longest(this.tokens, p)) break;
      j = p + 1;
      words++;
      end = j;
    }
    return end;
  }

  /** A person name at token i: given name(s) + surname, or a name after an honorific or a role. */
  protected personAt(i: number): { end: number; givenNames: number; evidence: Evidence; role?: Role } | null {
    if (!this.isNameWord(i) && !this.isInitial(i)) return null;
    const role = this.roleBefore.get(i);
    const cue = role !== undefined || this.honorificBefore(i);
    let k = i;
    let givenNames = 0;
    for (;;) {
      if (givenNames >= 3) break;
      if (this.isInitial(k)) k += 2;
      else if (this.isNameWord(k) && this.locale.isFirstName(this.tokens[k]!.text)) k++;
      else break;
      givenNames++;
    }
    let end: number;
    if (givenNames > 0) {
      end = this.surnameEnd(k, true);
      if (end === k) {
        if (givenNames >= 2) givenNames--; // "Pierre Michel": the last given name is the surname
        else if (cue) givenNames = 0; // "M. Gabriel": read as a surname
        else return null;
      }
    } else if (cue) {
      end = this.surnameEnd(i, false);
      if (end === i) return null;
    } else return null;
    const evidence: Evidence = givenNames > 0 ? 'first-name' : 'cue';
    return role ? { end, givenNames, evidence, role } : { end, givenNames, evidence };
  }

  /** A capitalised particle starting a surname: "Le Pen", "De Gaulle", "Van Rompuy" (not "Le Caire": lexicon first). */
  protected isSurnameParticle(i: number): boolean {
    const t = this.tokens[i]!;
    if (!t.cap || !this.locale.nameParticles.has(t.lower) || !this.isNameWord(i + 1)) return false;
    if (this.isNameWord(i + 2) || this.tokens[i + 1]!.allCaps || this.lexicons.known.longest(this.tokens, i + 1)) return false;
    const next = this.tokens[i + 1]!.lower;
    // opening a sentence, "Le Conseil", "Le Tour", "La Charte" are an article and a common noun
    if (this.sentenceInitial(i) && (this.locale.organizationNameHeads.has(next) || this.locale.eventNouns.has(next) || this.locale.documentNouns.has(next))) return false;
    if (isPlaceShaped(this.tokens[i + 1]!.text)) return false; // "Le Mont-Saint-Michel"
    // "Le Toulousain": an inhabitant, not a surname
    if (this.locale.inhabitantEndings.test(this.tokens[i + 1]!.text) || /(?:ain|aine|ais|aise|ois|oise|ien|ienne)$/u.test(next)) return false;
    return !this.locale.isFirstName(this.tokens[i + 1]!.text) && !this.locale.demonyms.has(next);
  }

  /** A role in apposition after a candidate ending before token e ("X, ministre des Armées,"). */
  protected attachContext(c: Candidate, e: number): void {
    if (c.type === 'place') return;
    if ((c.type === 'unknown' || c.evidence === 'multi') && this.tokens[e]?.text === ',' && this.isDeterminer(e + 1) && !/^(son|sa|ses|leur|leurs)$/.test(this.tokens[e + 1]!.lower) && this.isWord(e + 2) && this.locale.organizationIntroducers.has(this.tokens[e + 2]!.lower)) {
      // "Vente Venezuela, le parti de l’opposante", "Framatome, l’entreprise qui…": an organisation in apposition
      c.type = 'organization';
      c.evidence = 'pattern';
      return;
    }
    const role = this.appositionAfter(e);
    if (role && (c.type === 'person' || c.type === 'unknown')) {
      if (role.text) c.roles.push(role.text);
      if (role.country && !c.country) c.country = role.country;
      if (c.type === 'unknown' || c.evidence === 'multi') {
        c.type = 'person';
        c.evidence = 'cue';
      }
    }
  }
}
