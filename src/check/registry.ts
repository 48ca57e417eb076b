/** The rules of `extract check`, in the order they are documented and listed. */
import type { AnyRule } from './types.js';
import { headingIncrement } from './rules/heading-increment.js';
import { singleTitle } from './rules/single-title.js';
import { blankLinesAroundHeadings } from './rules/blank-lines-around-headings.js';
import { paragraphSeparation } from './rules/paragraph-separation.js';
import { emptySection } from './rules/empty-section.js';
import { requiredSections } from './rules/required-sections.js';
import { requiredFrontMatter } from './rules/required-front-matter.js';
import { dateYearUnresolved } from './rules/date-year-unresolved.js';
import { eventConflict } from './rules/event-conflict.js';
import { actorNameVariants } from './rules/actor-name-variants.js';
import { personWithoutRole } from './rules/person-without-role.js';
import { frontMatterInvalid } from './rules/front-matter-invalid.js';
import { frontMatterDate } from './rules/front-matter-date.js';
import { inlineConfig } from './rules/inline-config.js';

export const RULES: readonly AnyRule[] = [
  // structure: from the Markdown alone (front matter included)
  headingIncrement,
  singleTitle,
  blankLinesAroundHeadings,
  paragraphSeparation,
  emptySection,
  requiredSections,
  requiredFrontMatter,
  frontMatterInvalid,
  frontMatterDate,
  inlineConfig,
  // from the extraction's diagnostics and results (usesExtraction)
  dateYearUnresolved,
  eventConflict,
  actorNameVariants,
  personWithoutRole,
];

/** The rule with this id, if there is one. */
export function findRule(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.id === id);
}
