/** The French actor locale: word lists (./words.ts) and lexicons (./lexicon.ts, from ../data/, see its README). */
import type { ActorLocale } from '../../../actors/actor-locale.js';
import demonymTable from '../data/demonyms.json' with { type: 'json' };
import * as w from './words.js';
import { frActorLexicon } from './lexicon.js';
import { miscNames } from './misc.js';

const { places, organizations: allOrganizations } = frActorLexicon;
const firstNames = new Set(frActorLexicon.firstNames);
// (given names that big places bear, kept apart: "Sofia Marenko", a given name before an unknown surname, is still a person)
const placeGivenNames = new Set(frActorLexicon.placeGivenNames);
const surnames = new Set(frActorLexicon.surnames);

export const actorLocale: ActorLocale = {
  elisions: w.elisions,
  honorifics: w.honorifics,
  roleNouns: w.roleNouns,
  roleModifiers: w.roleModifiers,
  organizationHeads: w.organizationHeads,
  organizationNameHeads: w.organizationNameHeads,
  organizationIntroducers: w.organizationIntroducers,
  organizationSuffixes: w.organizationSuffixes,
  organizationParts: w.organizationParts,
  seatHeads: w.seatHeads,
  prenominalAdjectives: w.prenominalAdjectives,
  isOrganizationAdjective: w.isOrganizationAdjective,
  isInstitutionalAdjective: w.isInstitutionalAdjective,
  isMixedAcronym: w.isMixedAcronym,
  isCamelCase: w.isCamelCase,
  organizationHeadsWithName: w.organizationHeadsWithName,
  documentNouns: w.documentNouns,
  eventNouns: w.eventNouns,
  groupNouns: w.groupNouns,
  months: w.months,
  securityBodies: w.securityBodies,
  securityBodiesAlone: w.securityBodiesAlone,
  nameParticles: w.nameParticles,
  complementLinks: w.complementLinks,
  definiteArticles: w.definiteArticles,
  portfolios: w.portfolios,
  placeHeads: w.placeHeads,
  departureWords: w.departureWords,
  territorialRoles: w.territorialRoles,
  placeAppositions: w.placeAppositions,
  naturalFeatures: w.naturalFeatures,
  featureHeadsOutsideName: w.featureHeadsOutsideName,
  streetHeadsOutsideName: w.streetHeadsOutsideName,
  districtNouns: w.districtNouns,
  cardinalRegions: w.cardinalRegions,
  sideAdjectives: w.sideAdjectives,
  inhabitantEndings: w.inhabitantEndings,
  stopwords: w.stopwords,
  commonNouns: w.commonNouns,
  speechVerbs: w.speechVerbs,
  auxiliaries: w.auxiliaries,
  attributions: w.attributions,
  nonEntityAcronyms: w.nonEntityAcronyms,
  acronymSkipWords: w.acronymSkipWords,
  isFirstName: (written) => {
    const word = written.includes('’') ? written.replace(/’/g, "'") : written;
    if (firstNames.has(word)) return true;
    if (!word.includes('-')) return false;
    const parts = word.split('-');
    return parts.length > 1 && parts.every((part) => firstNames.has(part));
  },
  isKnownSurname: (word) => surnames.has(word),
  demonyms: new Map(Object.entries(demonymTable as Record<string, string>)),
  places,
  organizations: allOrganizations,
  miscNames,
  miscIntroducers: w.miscIntroducers,
  notPlacePhrases: w.notPlacePhrases,
  commonNounsWithPlace: w.commonNounsWithPlace,
  placeNameFirstWords: w.placeNameFirstWords,
  placeNameLastWords: w.placeNameLastWords,
  placeNameLastWordsAfterGivenName: w.placeNameLastWordsAfterGivenName,
  streetHeads: w.streetHeads,
  streetHeadsWithoutLink: w.streetHeadsWithoutLink,
  periodNouns: w.periodNouns,
  eventWords: w.eventWords,
  placeContests: w.placeContests,
  foreignNameLinks: w.foreignNameLinks,
  websiteSuffixes: w.websiteSuffixes,
  unitNouns: w.unitNouns,
  countingWords: w.countingWords,
  yearsOfAge: w.yearsOfAge,
  movementColours: w.movementColours,
  copulas: w.copulas,
  roleConnectors: w.roleConnectors,
  appointments: w.appointments,
  predicateAdverbs: w.predicateAdverbs,
  listIntroducers: w.listIntroducers,
  pluralDeterminers: w.pluralDeterminers,
  familyWords: w.familyWords,
  pluralContractions: w.pluralContractions,
  ofPrepositions: w.ofPrepositions,
  kinshipNouns: w.kinshipNouns,
  foreignParticles: w.foreignParticles,
  caseNouns: w.caseNouns,
  tenureNouns: w.tenureNouns,
  leaderTeamNouns: w.leaderTeamNouns,
  holderLinks: w.holderLinks,
  personRelations: w.personRelations,
  particleTitles: w.particleTitles,
  religiousTitles: w.religiousTitles,
  placeGivenNames,
  possessives: w.possessives,
  genericCapitalised: w.genericCapitalised,
};
