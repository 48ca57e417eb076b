/** Place recognisers that need more than the lexicon: natural features with their name, a place in apposition. */
import { CandidateScan } from './scan-base.js';

export class PlaceRules extends CandidateScan {
  /** "mer de Chine", "golfe du Mexique", "détroit d’Ormuz": a natural feature with its name is one place. */
  protected naturalFeature(i: number): number {
    let k = i - 1;
    while (k >= 0 && this.isLink(k) && i - k <= 2 && this.tokens[k]!.lower !== 'et') k--;
    const head = this.tokens[k];
    if (!head?.word || head.cap || !this.locale.naturalFeatures.has(head.lower)) return 0;
    let end = i;
    while (this.isNameWord(end)) end++;
    if (end === i) return 0;
    this.push(k, end, 'place', 'pattern');
    return end;
  }

  /** ", capitale de…", ", ville de…", ", chef-lieu de…" after a name. */
  protected placeApposition(e: number): boolean {
    if (this.tokens[e]?.text !== ',') return false;
    let k = e + 1;
    if (this.isWord(k) && /^(la|le|l'|une|un)$/.test(this.tokens[k]!.lower)) k++;
    while (this.isWord(k) && !this.tokens[k]!.cap && this.locale.isInstitutionalAdjective(this.tokens[k]!.lower)) k++;
    return this.isWord(k) && this.locale.placeAppositions.has(this.tokens[k]!.lower);
  }
}
