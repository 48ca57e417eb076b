/** person-without-role: newsroom style introduces every person with a role ("le ministre des Armées"). */
import type { Rule } from '../types.js';

export const personWithoutRole: Rule = {
  id: 'person-without-role',
  description: 'Every person is introduced with a role',
  defaultLevel: 'off',
  fixable: false,
  usesExtraction: true,
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  check({ article, report }) {
    for (const actor of article.actors) {
      if (actor.type !== 'person' || actor.roles.length > 0) continue;
      const first = actor.mentions[0];
      report({ message: `${actor.name} is not introduced with a role`, span: first ? first.span : null });
    }
  },
};
