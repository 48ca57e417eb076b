/**
 * French cue words for the actors stage, in one place. Lower case, NFC,
 * straight apostrophes; multi-word entries use single spaces.
 */
import { deferred, latinTest, latinTwin } from '../../../text/unicode-domain.js';

const words = (text: string): Set<string> => new Set(text.trim().split(/\s*\n\s*|\s*,\s*/).filter(Boolean));

export const elisions = words('d, l, qu, j, n, s, c, m, t, jusqu, lorsqu, puisqu, quoiqu, presqu');

export const honorifics = words(`
  m, mm, mme, mmes, mlle, mlles, mgr, dr, drs, pr, me, sir, lord, lady, mr, mrs, ms,
  monsieur, madame, mademoiselle, messieurs, maître, docteur, professeur, monseigneur, feu
`);

/** Functions and titles: before a name ("le ministre X") or in apposition ("X, ministre de…"). */
export const roleNouns = words(`
  ministre, ministres, premier ministre, première ministre, vice-premier ministre, ministre-président,
  président, présidente, présidents, vice-président, vice-présidente, président-directeur général, pdg,
  chef, cheffe, chefs, porte-parole, secrétaire, secrétaire général, secrétaire générale, secrétaire d'état,
  député, députée, députés, eurodéputé, eurodéputée, sénateur, sénatrice, maire, adjoint, adjointe,
  conseiller, conseillère, élu, élue, gouverneur, gouverneure, préfet, préfète, ambassadeur, ambassadrice,
  consul, diplomate, émissaire, envoyé, envoyée, négociateur, négociatrice, médiateur, médiatrice,
  chancelier, chancelière, roi, reine, prince, princesse, émir, cheikh, sultan, pape, ayatollah,
  patron, patronne, dirigeant, dirigeante, directeur, directrice, fondateur, fondatrice, cofondateur,
  administrateur, administratrice, gérant, gérante, responsable, coordinateur, coordinatrice, délégué, déléguée,
  commissaire, haut-commissaire, haut représentant, haute représentante, représentant, représentante,
  procureur, procureure, juge, magistrat, magistrate, avocat, avocate, bâtonnier, greffier,
  général, colonel, lieutenant-colonel, commandant, capitaine, lieutenant, amiral, maréchal, sergent,
  chef d'état-major, officier, soldat,
  candidat, candidate, leader, opposant, opposante, dissident, dissidente, militant, militante, activiste,
  syndicaliste, homologue, successeur, prédécesseur, rival, rivale, allié, alliée, adversaire,
  économiste, analyste, chercheur, chercheuse, politologue, historien, historienne, sociologue, expert, experte,
  spécialiste, professeur, professeure, enseignant, enseignante, médecin, chirurgien, infirmier, infirmière,
  journaliste, reporter, correspondant, correspondante, éditorialiste, rédacteur, rédactrice, photographe,
  écrivain, écrivaine, auteur, autrice, romancier, romancière, poète, philosophe, artiste, cinéaste,
  réalisateur, réalisatrice, acteur, actrice, comédien, comédienne, chanteur, chanteuse, musicien, musicienne,
  entraîneur, entraîneuse, sélectionneur, joueur, joueuse, attaquant, défenseur, gardien, capitaine,
  footballeur, tennisman, cycliste, pilote, athlète, champion, championne, nageur, nageuse, navigateur, navigatrice, skipper,
  évêque, archevêque, cardinal, prêtre, abbé, pasteur, rabbin, imam, recteur, rectrice,
  doyen, doyenne, présidente-directrice générale, numéro un, numéro deux, vice-chancelier, garde des sceaux,
  commissaire européen, commissaire européenne, patron du, porte-voix, héritier, héritière, milliardaire,
  homme d'affaires, femme d'affaires, vice-ministre, vice-ministres, sous-secrétaire, secrétaire d'état adjoint,
  assistant, assistante, assistant parlementaire, assistante parlementaire, collaborateur, collaboratrice, suppléant, suppléante,
  ingénieur, ingénieure, technicien, technicienne, employé, employée, salarié, salariée, ouvrier, ouvrière, militaire,
  initiateur, initiatrice, créateur, créatrice, concepteur, conceptrice, inventeur, inventrice, animateur, animatrice,
  producteur, productrice, scénariste, dessinateur, dessinatrice, compositeur, compositrice, architecte, designer,
  scientifique, physicien, physicienne, chimiste, biologiste, astronome, astrophysicien, astrophysicienne, mathématicien,
  mathématicienne, géologue, climatologue, épidémiologiste, virologue, juriste, ethnologue, anthropologue, archéologue,
  vainqueur, lauréat, lauréate, favori, favorite, finaliste, médaillé, médaillée, recordman, recordwoman, tenant du titre,
  membre, star, vedette, légende, icône, figure, porte-drapeau, égérie, ambassadeur,
  suspect, suspecte, meurtrier, meurtrière, assassin, témoin,
  épouse, époux, compagne, compagnon, veuve, veuf, fiancé, fiancée, beau-frère, belle-sœur, beau-père, belle-mère,
  directeur sportif, directrice sportive, manager, coach, sélectionneuse, arbitre, président-fondateur, vice-champion, vice-championne,
  enfants, fils, filles, frères, sœurs, parents, petits-enfants, personnalité, personnalités, personnalités politiques, élus, ministres, députés, sénateurs, physiciens, chercheurs, scientifiques,
  peintre, peintres, sculpteur, sculpteurs, écrivains, auteurs, cinéastes, réalisateurs, acteurs, actrices, chanteurs, musiciens,
  joueurs, légendes, stars, dirigeants, responsables, candidats, experts, militants, maires, artistes, astronautes, astronaute,
  poursuivant, poursuivante, dauphin, dauphine, outsider, fidèle, fidèles,
  compatriote, compatriotes, coéquipier, coéquipière, coéquipiers, coéquipières, adversaires, rivaux, concurrents, concurrentes,
  patineur, patineuse, skieur, skieuse, triathlète, boxeur, boxeuse, coureur, coureuse, judoka,
  rugbyman, tenniswoman, golfeur, golfeuse, escrimeur, escrimeuse, gymnaste, biathlète, perchiste, marathonien,
  marathonienne, sprinteur, sprinteuse, grimpeur, grimpeuse, alpiniste, rameur, rameuse, handballeur, handballeuse,
  basketteur, basketteuse, cavalier, cavalière, jockey, lutteur, lutteuse, haltérophile, surfeur, surfeuse,
  youtubeur, youtubeuse, blogueur, blogueuse, influenceur, influenceuse, rappeur, rappeuse, humoriste, danseur, danseuse,
  pianiste, violoniste, guitariste, mannequin, styliste, couturier, couturière, présentateur, présentatrice, chroniqueur,
  chroniqueuse, commentateur, commentatrice, metteur en scène, dramaturge, entrepreneur, entrepreneuse, banquier,
  banquière, homme politique, femme politique, gendarme, pompier,
  chauffeur, agriculteur, agricultrice, éleveur, éleveuse, commerçant, commerçante, artisan, boulanger, boulangère,
  cuisinier, cuisinière, serveur, serveuse, vendeur, vendeuse, mécanicien, électricien, plombier, conducteur, conductrice,
  livreur, livreuse, caissier, caissière, aide-soignant, aide-soignante, sage-femme, pharmacien, pharmacienne,
  vétérinaire, dentiste, psychiatre, psychologue, notaire, comptable, informaticien, informaticienne, retraité, retraitée,
  bénévole, fonctionnaire, surveillant, surveillante, instituteur, institutrice, éducateur, éducatrice, moniteur, monitrice,
  enquêteur, enquêtrice, inspecteur, inspectrice, brigadier, adjudant, caporal, sapeur-pompier,
  homme de radio, femme de radio, homme de télévision, femme de télévision, homme de théâtre, femme de théâtre,
  homme de lettres, femme de lettres, homme d'état, femme d'état, homme de loi
`);

/**
 * Statuses and trades that are adjectives too ("un barrage policier", "le syndicat étudiant"): roles only in apposition
 * after a name ("X, 22 ans, étudiant en droit,") or as its predicate, never before a name.
 */
export const appositionRoleNouns = words(`
  étudiant, étudiante, étudiants, étudiantes, lycéen, lycéenne, lycéens, lycéennes, collégien, collégienne,
  policier, policière, policiers, chômeur, chômeuse, habitant, habitante, habitants, riverain, riveraine, passant,
  passante, touriste, touristes, supporter, manifestant, manifestante, manifestants, père de famille, mère de famille
`);

/** Words that may precede a role noun and are kept with it. */
export const roleModifiers = words(`
  ancien, ancienne, anciens, ex, ex-, futur, future, nouveau, nouvel, nouvelle, actuel, actuelle, éphémère, défunt, défunte,
  premier, première, dernier, dernière, grand, grande, jeune, célèbre, influent, influente, puissant, puissante,
  double, triple, quadruple, quintuple, sextuple, septuple, multiple
`);

/** Lower-case heads of an organisation name with a complement: "ministère de la Défense", "tribunal de Paris". */
export const organizationHeads = words(`
  ministère, ministères, tribunal, tribunaux, parquet, mairie, préfecture, université, conseil, cour,
  ambassade, consulat, commission, assemblée, direction,
  état-major, académie, rectorat, hôpital, chambre, diocèse, archevêché, agence,
  banque, caisse, fédération, office, inspection, secrétariat, haut conseil, autorité, musée,
  lycée, collège, école, institut, observatoire, fondation, théâtre, opéra, comité
`);

/** Capitalised nouns that start an organisation name: "Conseil constitutionnel", "Banque de France". */
export const organizationNameHeads = words(`
  conseil, assemblée, sénat, parlement, cour, tribunal, commission, comité, union, organisation, organisme,
  banque, fonds, agence, autorité, office, institut, fondation, fédération, confédération, association,
  syndicat, parti, front, rassemblement, mouvement, alliance, ligue, coalition, congrès, gouvernement, bourse,
  ministère, direction, inspection, haut-commissariat, haute, haut, secrétariat, chambre, caisse, centre,
  compagnie, société, groupe, groupement, défenseur, médiateur, contrôleur, haut-commissaire, collectif, conférence, initiative,
  armée, armées, forces, force, garde, gardiens, brigade, brigades, légion, marine, corps, état, états,
  université, école, académie, lycée, collège, observatoire, musée, bibliothèque, théâtre, opéra, hôpital,
  tribunal, parquet, cabinet, bureau, police, gendarmerie, service, services, radio, télévision, journal,
  église, conférence, communauté, section, régiment, division, escadron, club, olympique, racing, stade,
  association, observatoire, laboratoire, réseau, mutuelle, crédit, caisse, entreprise, maison, ordre, régie,
  conservatoire, orchestre, secours, trésor,
  air, sporting, athletic, atletico, atlético, dynamo, spartak, lokomotiv, studios, éditions
`);

/** Nouns after which a capitalised name is an organisation: "le groupe X", "le parti X", "l'entreprise X". */
export const organizationIntroducers = words(`
  groupe, groupes, parti, partis, mouvement, organisation, organisations, entreprise, entreprises, société,
  sociétés, firme, compagnie, constructeur, géant, géants, groupuscule, milice, milices, club, clubs, équipe,
  journal, quotidien, hebdomadaire, magazine, mensuel, chaîne, radio, station, site, plateforme, application,
  réseau, réseaux, agence, banque, fonds, assureur, opérateur, fabricant, distributeur, enseigne, marque,
  label, start-up, startup, ong, association, fondation, syndicat, institut, cabinet, laboratoire, éditeur,
  holding, conglomérat, consortium, coalition, alliance, faction, cartel, gang, organisation terroriste,
  mouvance, confrérie, formation, think tank, think-tank, fédération, ligue, compagnie aérienne, transporteur,
  service, organisme, administration, bailleur, sondage, sondeur, institut de sondage, armateur, industriel, équipementier,
  producteur, studio, pétrolier, énergéticien, chimiste, sidérurgiste, brasseur, laboratoire pharmaceutique, cimentier,
  coopérative, coopératives, mutuelle, mutuelles, filiale, filiales, enseignes, marques, constructeurs, laboratoires,
  banques, chaînes, compagnies, opérateurs, fabricants, distributeurs, assureurs, quotidiens, journaux, éditeurs,
  fédérations, associations, syndicats, collectif, revue, revues, média, médias, site internet, site web, manufacturier,
  agence immobilière, magasin, magasins, supermarché, hypermarché,
  boutique, boutiques, café, éditions, usine, usines
`);

/** Bodies named after their seat: "tribunal administratif de Cergy-Pontoise", "cour d’assises de la Somme". */
export const seatHeads = words('tribunal, tribunaux, cour, parquet, préfecture, sous-préfecture, rectorat, mairie, diocèse, archevêché');

/** Adjectives written before their noun: "tribunal de grande instance", "Haute Cour". */
export const prenominalAdjectives = words('grand, grande, grands, grandes, haut, haute, hauts, hautes, petit, petite, petits, petites, premier, première, premiers, premières, nouveau, nouvelle, nouveaux, nouvelles');

/** What a company has or is made of: "les actionnaires d’Atos", "les salariés de X", "les usines de X". */
export const organizationParts = words(`
  actionnaire, actionnaires, salarié, salariés, salariées, employés, employées, clients, clientes, abonnés, usine, usines,
  filiale, filiales, dirigeants, actionnariat, magasins, concessionnaires, sous-traitants, fournisseurs,
  syndiqués, adhérents, licenciements, comptes, bénéfices, pertes, siège
`);

/** Last words of foreign organisation names. */
export const organizationSuffixes = words(`
  bank, group, groupe, international, internationale, watch, airlines, airways, motors, energies, energy,
  holding, holdings, sa, sas, inc, corp, corporation, ltd, llc, plc, ag, gmbh, spa, media, médias, capital,
  partners, foundation, institute, university, times, post, news, press, tv, radio, fc, club, union, company,
  technologies, technology, systems, pharma, pharmaceuticals, telecom, télécom, airlines, auto, automobiles,
  studios, entertainment, records, network, networks, services, solutions, industries, industrie, group,
  council, committee, agency, office, party, front, army, forces, league, association, federation, network,
  world, global, united, rugby, football, basketball, sport, sports, airport, railways, bank, aerospace, space,
  defence, defense, robotics, labs, dynamics, therapeutics, ventures, research, analytics, semiconductors, corps, council,
  pictures, productions, films, éditions, editions, television, télévision, channel, broadcasting, presse, shimbun, zeitung,
  tribune, herald, gazette, daily, chronicle, courier, observer, business, commerce, communications, interactive, electric,
  electronics, software, games, gaming, foods, chemicals, petroleum, insurance, assurances, financial, logistics, navy,
  laboratories, hospital, observatory
`);

/** Lower-case words that continue an institutional name: "Assemblée nationale", "Nations unies", "République islamique". */
const ORGANIZATION_ADJECTIVES = words(`
  unies, unis, uni, unie, nationale, national, nationaux, générale, général, suprême, fédérale, fédéral,
  constitutionnel, constitutionnelle, centrale, central, mondiale, mondial, européenne, européen, africaine,
  africain, islamique, musulman, musulmane, musulmans, musulmanes, démocrate, démocratique, républicain, républicaine, populaire, socialiste, communiste,
  écologiste, insoumise, libéral, libérale, conservateur, conservatrice, travailliste, vert, verte, verts,
  rouge, rouges, révolutionnaire, révolutionnaires, olympique, international, internationale, internationaux,
  militaire, militaires, monétaire, maritime, atlantique, arabe, islamiste, consultatif, consultative,
  économique, social, sociale, environnemental, permanent, permanente, pénale, pénal, administratif,
  administrative, municipal, municipale, régional, régionale, départemental, départementale, territorial,
  territoriale, supérieur, supérieure, spécial, spéciale, civile, civil, civiles, civils, patriotique, souverain, souveraine,
  nucléaire, atomique, sanitaire, financier, financière, fiscale, fiscal, électorale, électoral,
  mutuel, mutuelle, agricole, coopératif, coopérative, paysan, paysanne, paysans, ouvrier, ouvrière, ouvriers,
  patronal, patronale, syndical, syndicale, étudiant, étudiante, étudiants, libre, libres, autonome, autonomes, unitaire,
  indépendant, indépendante, indépendants, étrangères, étrangers, étranger, extérieures, extérieur, intérieures, publics, publiques, sociaux, armées, unifié, unifiée,
  financiers, financières, pétrolier, pétrolière, pétroliers, pétrolières, routier, routière, routiers, routières, boursier,
  boursière, minier, minière, miniers, minières, immobilier, immobilière, hospitalier, hospitalière, hospitaliers,
  hospitalières, douanier, douanière, policière, policières, forestier, forestière, laitier, laitière, gazier, gazière,
  privé, privée, privés, privées, public, publique, boursiers, boursières, douaniers, douanières, forestiers, forestières,
  laitiers, laitières, gaziers, gazières, immobiliers, immobilières
`);

export function isOrganizationAdjective(word: string): boolean {
  return ORGANIZATION_ADJECTIVES.has(word);
}

export const nameParticles = words(`
  de, du, des, d, la, le, les, von, van, der, den, ter, ten, zu, vom, ben, bin, ibn, bint, al, el, abou, abu,
  da, di, dos, do, das, del, della, dei, degli, y, mac, st, saint, sainte, bou, ould, ag, wa, o
`);

export const complementLinks = words('de, du, des, d, la, le, les, l, et, à, au, aux, en, pour, sur');

export const definiteArticles = words('le, la, les, l, du, au, aux, des');

/**
 * Words that are not names even when capitalised at the start of a sentence
 * or in a title: function words, pronouns, frequent sentence starters,
 * months, weekdays, titles and common nouns seen capitalised in headings.
 */
export const stopwords = words(`
  le, la, les, l, un, une, unes, uns, des, monde, nouvel, an, ans, du, de, d, au, aux, ce, cet, cette, ces, mon, ma, mes, ton, ta, tes, son, sa, ses,
  notre, nos, votre, vos, leur, leurs, quel, quelle, quels, quelles, tout, toute, tous, toutes, aucun, aucune,
  chaque, plusieurs, certains, certaines, quelques, autre, autres, même, mêmes, tel, telle, tels, telles,
  je, tu, il, elle, on, nous, vous, ils, elles, me, te, se, lui, y, en, eux, moi, toi, soi, cela, ça, ceci,
  celui, celle, ceux, celles, qui, que, quoi, dont, où, lequel, laquelle, lesquels, lesquelles,
  à, états, etat, etats, jeux, deux, trois, quatre, cinq, six, sept, huit, neuf, dix, douze, quinze, vingt, vingt-cinq, vingt-sept, vingt-huit, cent, mille, et, ou, mais, donc, or, ni, car, si, comme, quand, lorsque, puisque, parce, bien, alors, ainsi, aussi,
  puis, ensuite, enfin, pourtant, cependant, toutefois, néanmoins, sinon, soit, voire, non, oui, pas, plus,
  moins, très, trop, peu, beaucoup, déjà, encore, toujours, jamais, souvent, parfois, désormais, hier,
  aujourd'hui, demain, maintenant, ici, là, là-bas, depuis, pendant, avant, après, lors, dès, vers, par, pour,
  sans, sous, sur, dans, entre, contre, chez, avec, selon, malgré, durant, outre, parmi, via, face, hors,
  auprès, près, loin, autour, jusque, jusqu, afin, tandis, dont, cependant, d'ailleurs, ailleurs, surtout,
  notamment, seulement, seul, seule, seuls, seules, voici, voilà, car, c, qu, s, n, j, m, t,
  est, sont, était, étaient, sera, seront, été, être, a, ont, avait, avaient, aura, auront, avoir, fait, faire,
  peut, peuvent, doit, doivent, va, vont, faut, il y a, reste, restent, semble, devient,
  premier, première, premiers, premières, dernier, dernière, derniers, dernières, deuxième, troisième, second,
  seconde, nouveau, nouvelle, nouveaux, nouvelles, grand, grande, grands, grandes, petit, petite, petits,
  petites, haut, haute, bas, basse, vieux, vieille, ancien, ancienne, anciens, anciennes,
  plusieurs, nombreux, nombreuses, divers, diverses, certes, environ, près, presque, quasi, rien, personne,
  chacun, chacune, quiconque, nul, nulle, ensemble, vraiment, enfin, évidemment, finalement, récemment,
  actuellement, également, notamment, seulement, ailleurs, longtemps, aussitôt, bientôt, tard, tôt,
  janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre,
  lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche, printemps, été, automne, hiver,
  monsieur, madame, mademoiselle, messieurs, mesdames, mme, m, mgr, dr, me, pr,
  président, présidente, ministre, premier ministre, gouvernement, état, république, nation, président,
  chef, roi, reine, pape, général, député, sénateur, maire, directeur, secrétaire, conseil, parlement,
  nord, sud, est, ouest, centre, nord-est, nord-ouest, sud-est, sud-ouest,
  noël, pâques, toussaint, ramadan, aïd, hanoukka, pentecôte, ascension, réveillon, saint-sylvestre, halloween, thanksgiving,
  hexagone, dieu, seigneur, internet, web, covid, covid-19, coronavirus, euro, euros, dollar, dollars,
  photo, vidéo, source, sources, crédit, crédits, lire, voir, aussi, infos, info, article, édito, éditorial,
  analyse, entretien, interview, tribune, reportage, enquête, décryptage, récit, portrait, chronique, direct,
  mise, point, fin, début, suite, partie, guerre, paix, crise, attaque, attentat, mort, morts, accord,
  réforme, loi, projet, élection, élections, vote, sommet, visite, appel, réunion, rencontre,
  selon, d'après, pourquoi, comment, combien, quoi, quand, qui, ou, tant, lorsqu, puisqu
`);

/** Common nouns among the stopwords that may end a body's name after "de": "Médecins du monde", "Comité d’enquête" (not "loi": "au Sénat de la loi"). */
export const nameComplementNouns = words('monde, appel, paix, guerre, crise, enquête, information, centre');

/** Common nouns among the stopwords: they may sit inside a lower-case institution name ("cour d’appel", "conseil des ministres"). */
export const commonNouns = words(`
  appel, monde, conseil, gouvernement, parlement, centre, guerre, paix, crise, accord,
  réforme, loi, projet, élection, élections, vote, sommet, visite, réunion, rencontre, source, sources, crédit, crédits,
  analyse, enquête, information, point, fin, suite, partie
`);

/**
 * Verbs of a feat in the present, right after a lone unknown name ("X remporte la 12e étape", "Y creuse l’écart",
 * "Z s’impose"): what a contestant does in a result's headline; a known place or body is read before.
 */
export const featVerbs = words("remporte, décroche, devance, creuse, conserve, garde, bat, s'impose");
/** Subject pronouns and the negation, before "le"/"la" used as a pronoun ("s’il le juge nécessaire"): no article there. */
export const subjectPronouns = words("je, tu, il, elle, on, nous, vous, ils, elles, ne, n', s'il, s'ils, qu'il, qu'elle, qu'ils, qu'elles, qu'on");
/** Prefixes of a stance joined to a name by a hyphen ("anti-Trump", "pro-Assad"): the name is a mention of what the text names so. */
export const stancePrefixes = words('anti, pro');
/** Participles that give a person's given name after them ("un homme prénommé X"; not "dénommé": "une zone dénommée X"). */
export const givenNameParticiples = words('prénommé, prénommée');

/** Around a role: a year after one of these ends the role's complement ("élu maire en 2014", "directeur depuis 2010"). */
export const roleYearPrepositions = words('en, depuis');
/** A short adjunct after a role, before the comma and the name ("Favorite de l’épreuve chez les femmes, X"). */
export const roleAdjunctPrepositions = words('chez, depuis, en');
/** "âgé de 42 ans": an age, no part of a role. */
export const agedWords = words('âgé, âgée, âgés, âgées');
/** "A et B, respectivement 21 et 18 ans, étudiants". */
export const respectivelyWords = words('respectivement');
/** Small numbers before a plural role in apposition ("A et B, deux chercheurs de l’université"). */
export const smallCountWords = words('deux, trois, quatre, cinq, six');
/** Articles before a role in apposition ("X, le directeur de …", "X, une militante de …"). */
export const appositionArticles = words("le, la, l', les, un, une");
/** Determiners and prepositions that open a noun phrase before its noun: "la mission lunaire X", "d’un agent X". */
export const nounDeterminers = words("le, la, les, l', un, une, des, du, de, d', au, aux, en, ce, cet, cette, ces, son, sa, ses, leur, leurs");
/** The plural article and contractions before a plural noun: "les Faucons de …", "des Unités de …". */
export const pluralArticles = words('les, des, aux');
/** The participles that name what follows: "les accords dits de Minsk". */
export const namingParticiples = words('dit, dite, dits, dites');
/** A saint's name: the prefix of its compound ("Saint-Martin", "Sainte-Anne") and the words written apart ("Santa Maria"). */
export const saintPrefixes = words('saint, sainte');
export const saintNameWords = words('santa, san, são, santo');

/** Speech and statement verbs: "a déclaré X", "X a affirmé", "estime X". */
export const speechVerbs = words(`
  déclaré, affirmé, indiqué, expliqué, annoncé, dit, estimé, souligné, ajouté, précisé, assuré, confié,
  répondu, lancé, martelé, insisté, averti, dénoncé, rappelé, reconnu, jugé, regretté, salué, tweeté, écrit,
  déploré, prévenu, fustigé, promis, admis, avoué, raconté, commenté, réagi, réaffirmé, démenti, confirmé,
  observé, noté, relevé, résumé, tranché, poursuivi, détaillé, annoncée, déclarée, affirmée, clamé, exhorté,
  appelé, plaidé, soutenu, menacé, condamné, critiqué, accusé, réclamé, demandé, exigé, proposé, suggéré,
  déclare, affirme, indique, explique, annonce, dit, estime, souligne, ajoute, précise, assure, confie,
  répond, lance, martèle, insiste, avertit, dénonce, rappelle, reconnaît, juge, regrette, salue, écrit,
  déplore, prévient, fustige, promet, admet, avoue, raconte, commente, réagit, réaffirme, dément, confirme,
  observe, note, relève, résume, tranche, poursuit, détaille, clame, exhorte, appelle, plaide, soutient,
  menace, condamne, critique, accuse, réclame, demande, exige, propose, suggère, souhaite, veut, espère,
  s'est, se, a-t-il, a-t-elle, ajoute-t-il, ajoute-t-elle, estime-t-il, estime-t-elle, explique-t-il,
  explique-t-elle, selon, déclarait, affirmait, expliquait, annonçait, estimait, soulignait, rappelait
`);

/** Words after a name that give the role it comes in: "l’arrivée de X comme entraîneur", "X, en tant que présidente". */
export const roleConnectors = words("comme, en tant que, en qualité de, en qualité d'");

/** Verbs that give a name a role as predicate: "X est le vainqueur", "X devient président", "X, qui était directeur". */
export const copulas = words('est, était, sera, serait, fut, devient, devenait, deviendra, reste, restait, demeure, demeurait');

/** Participles between a copula and a role: "X est nommé entraîneur", "X a été élu président". */
export const appointments = words(`
  devenu, devenue, nommé, nommée, élu, élue, réélu, réélue, désigné, désignée, choisi, choisie, promu, promue,
  investi, investie, reconduit, reconduite, installé, installée, confirmé, confirmée, recruté, recrutée, engagé, engagée
`);

/** Adverbs that may stand between a name, its copula and its role: "X est désormais le candidat". */
export const predicateAdverbs = words('désormais, déjà, également, aussi, toujours, alors, actuellement, officiellement, encore, donc, ainsi, jusqu\'ici, depuis, notamment, bien, aujourd\'hui, ensuite, enfin, longtemps, pourtant, cependant, néanmoins, toutefois, effectivement, en effet, de fait, par ailleurs, lui aussi, elle aussi');

/** Words between a plural role and the names it covers: "des élus, comme par exemple A et B", "les physiciens, notamment A". */
export const listIntroducers = words('comme, tels, telles, tel, que, dont, notamment, par, exemple, à, savoir, parmi, lesquels, lesquelles, entre, autres, ou, encore, en, particulier');

/** Adverbs between a list's coordinator (listCoordinators) and its last item: "ou encore", "et enfin". */
export const listAdverbs = words('encore, enfin, aussi');

/** Words that open a list of examples after a plural noun: "des entreprises telles que …", "des groupes comme …". */
export const exampleIntroducers = words('comme, tels, telles, tel, dont, notamment');

/** Determiners and quantifiers before a plural role that covers a list: "les", "diverses", "plusieurs". */
export const pluralDeterminers = words('les, des, ses, leurs, ces, nos, vos, diverses, divers, plusieurs, nombreux, nombreuses, deux, trois, quatre, cinq, six, quelques, certains, certaines, autres, aux');

export const auxiliaries = words('a, avait, aura, aurait, ont, avaient, auront, auraient, s\'est, s\'était');

export const attributions = words("selon, d'après");

/**
 * All-capital words that are not names of organisations: common nouns, units, taxes, diplomas, vaccines; "les CRS",
 * "un cordon de CRS" are police officers, like "les gendarmes".
 */
export const nonEntityAcronyms = words(`
  pib, tva, smic, cdi, cdd, pdg, drh, dg, ok, tv, ii, iii, iv, vi, vii, viii, ix, xi, xii, xiii, xiv, xv, xvi,
  xvii, xviii, xix, xx, xxi, xxe, xixe, ivg, sida, vih, adn, arn, covid, hlm, rsa, rer, tgv, ter, pme, eti, qg,
  km, kg, mw, gw, kwh, mwh, usd, eur, ht, ttc, cm, mm, rdv, sms, gps, ia, it, cp, cm1, cm2, bac, bts, cap,
  vtc, suv, pv, hd, pdf, url, faq, ndlr, nb, km/h, ceo, cfo, coo, cto, vip, co2, ch4, no2, so2, h2, pm10, pm2,
  utc, gmt, cet, cest, pst, pdt, edt, est, hae, hne, tu, cac, sbf, ong, jo, jop, cfa, fcfa, lgbt, lgbtq, lgbtqi, lgbtqia, qr, id, iphone, ipad, nft, vs, etc, ad, av, jc, bd, cv, rh, tnt, 4g, 5g
  isf, ifi, csg, crds, apl, rtt, sdf, avc, avp, irm, itt, btp, tpe, vtt, dtp, ror, staps, bep, tatp, gwh, twh, kw,
  crs, cd, dvd, ric
`);

export const acronymSkipWords = words('de, du, des, d, la, le, les, l, et, pour, en, à, au, aux, sur, contre, of, the, and, for');

export const months = words('janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre');

/** Portfolios and offices named after "ministre de…", "chef de…": not organisations on their own. */
export const portfolios = words(`
  armées, défense, intérieur, économie, finances, budget, comptes, santé, justice, culture, éducation,
  enseignement, recherche, travail, emploi, affaires, agriculture, alimentation, transports, logement,
  environnement, écologie, transition, énergie, numérique, sports, jeunesse, outre-mer, industrie, commerce,
  tourisme, europe, diplomatie, république, état, nation, solidarités, famille, fonction, territoires, ville,
  cohésion, mer, handicap, citoyenneté, francophonie, armée, marine, anciens, mémoire, égalité, relations,
  partenariats, collectivités, ruralité, consommation, aménagement, communication, information, immigration,
  intégration, sécurité, police, gouvernement, marché, sceaux, trésor, plan, patrimoine, pêche, forêt, espace
`);

/** Nouns after which a capitalised name is a place: "stade de Wembley", "place de la Concorde". */
export const placeHeads = words(`
  place, rue, avenue, boulevard, quai, pont, stade, aéroport, gare, parc, port, île, îles, mont, monts, lac,
  golfe, mer, océan, fleuve, rivière, vallée, désert, plaine, massif, col, forêt, quartier, faubourg, cap,
  baie, détroit, canal, colline, camp, village, villages, ville, villes, région, régions, province, provinces,
  district, oblast, comté, état, habitants, capitale, commune, communes, localité, localités, bourgade, hameau,
  banlieue, quartiers, vallées, îlots, territoire, territoires, département, arrondissement, municipalité,
  près, proximité, environs, alentours, abords, large, périphérie, faubourgs, oblast,
  esplanade, square, jardin, jardins, cité, route, autoroute, plateau, péninsule, presqu'île, bassin, delta,
  usine, usines, raffinerie, péage, rond-point, ronds-points, station, tunnel, prison, commissariat,
  nord, sud, ouest, nord-est, nord-ouest, sud-est, sud-ouest, kilomètres, km, originaire, originaires, hauteur,
  enclave, plage, plages, grotte, grottes, cavernes, zoning, aérodrome, centre-ville, métropole, frontière, secteur,
  bord, bords, rive, rives, berge, berges, flanc, flancs, pied, sommet, versant, versants, fort, forteresse, citadelle,
  cratère, crête, métro, hippodrome, vélodrome, zone, lieu-dit, lieux-dits, lieu dit, église, basilique, cathédrale, chapelle, abbaye, site, sites,
  mine, mines
`);

/**
 * Adjectives that make a place noun of the noun before them: "centre commercial", "zone commerciale", "centrale
 * nucléaire" (not "Banque centrale"), by adjective.
 */
export const placeHeadAdjectives = new Map<string, ReadonlySet<string>>([
  ['nucléaire', words('centrale, centrales, site')],
  ['hydroélectrique', words('centrale, barrage')],
  ['thermique', words('centrale')],
  ['commercial', words('centre, pôle, espace')],
  ['commerciale', words('zone, galerie, rue, surface')],
  ['commerciales', words('zones, galeries')],
  ['commerciaux', words('centres')],
  ['aérienne', words('base, bases')],
  ['militaire', words('base, bases')],
  ['navale', words('base, bases')],
]);

/**
 * Roles held over a town, a region or a diocese: after them and "de", a name is that place ("le maire de Kervignac",
 * "le préfet du Morbihan", "l’évêque de Tulle").
 */
export const territorialRoles = words(`
  maire, maires, mairesse, préfet, préfets, préfète, sous-préfet, sous-préfète, gouverneur, gouverneure, gouverneurs,
  bourgmestre, évêque, archevêque, édile, édiles, wali, conseiller municipal, conseillère municipale, conseillers municipaux
`);

/**
 * Prepositions before a town's name, where a capitalised article belongs to the name: "à La Valette", "entre Le Puy et
 * Lorient" (not "dans Les Échos").
 */
export const townPrepositions = words('à, entre');
/** The phrases before "de" and a name that say where one goes: "en direction du Trocadéro". */
export const towardsPhrases = words('en direction');

/** Nouns of buildings of worship that stay outside the name after them, even written with a capital: "l’Église Saint-Marc". */
export const worshipBuildingHeads = words('église, basilique, cathédrale, chapelle, abbaye');

/** Place nouns whose place comes after "de" only: "l’usine de Flins", not "l’usine Tupperware" (the company's name). */
export const placeHeadsWithLink = words('usine, usines, raffinerie, site, sites');

/** Words that join the items of a list: "la Mauricie, l’Outaouais et la Montérégie". */
export const listCoordinators = words('et, ou');

/** Words of leaving or coming that take the place after "de": "venus de X", "en provenance de X", "évacués de X". */
export const departureWords = words(`
  provenance, venu, venue, venus, venues,
  décollé, évacué, évacuée, évacués, évacuées, rapatrié, rapatriés, expulsé, expulsés, chassé, chassés, enlevé, enlevée, enlevés
`);

/**
 * Capitalised first words and (English) last words that make a run of capitalised words a place's name, not a person's:
 * "Fort Kervelec", "Val Morena", "Sainte Odile"; "Glenmore Avenue", "Tanana Lodge", "Baxter Street".
 */
export const placeNameFirstWords = words('arc, fort, cap, port, val, mont, monts, lac, océan, mer, golfe, île, îles, saint, sainte, santa, san, são, cape, mount, lake, col, pic, bande, dent, gué, plateau, volcan, volcán, pointe, vallée, baie, détroit, presqu\'île');
export const placeNameLastWords = words(`
  avenue, street, road, drive, lodge, roadhouse, lake, creek, river, valley, canyon, memorial, bridge, bay, beach, island,
  islands, mountain, mountains, falls, springs, heights, harbour, harbor, square, plaza, airport, stadium, gorge, basin, hall
`);
/** Of those, the words no one bears as a surname: after a given name they still make a place ("Alice Springs", not "Michael Bay"). */
export const placeNameLastWordsAfterGivenName = words('avenue, street, road, drive, lodge, roadhouse, creek, memorial, bridge, beach, springs, harbour, harbor, square, plaza, airport, stadium');

/** Common nouns that hold a place's name, which they do not mention: "des cochons d’Inde", "des choux de Bruxelles", "des cocktails Molotov". */
export const commonNounsWithPlace = words(`
  cochon d'inde, cochons d'inde, chou de bruxelles, choux de bruxelles, eau de cologne, herbes de provence, bleu de prusse,
  toile de jouy, moutarde de dijon, montre suisse, chêne d'amérique, cocktail molotov, cocktails molotov
`);

/** Fixed phrases that end on a place noun yet name no place: "il fait état de X", "à la place de X", "à bord de X" (a vehicle). */
export const notPlacePhrases = words('fait état, font état, faisait état, faisant état, faire état, à la place, a la place, lieu et place, à bord');

/** Heads of streets and squares, part of the place's name: "place de la Nation", "rue Royale", "porte Maillot". */
export const streetHeads = words(`
  place, rue, avenue, boulevard, quai, gare, esplanade, square, parvis, allée, impasse, passage, cours, porte, rond-point,
  chaussée, route, autoroute, périphérique, pont, jardin, jardins, parc, tour
`);

/** Street and landmark heads that take their name directly, never after "de": "la tour Eiffel", not "un tour de France". */
export const streetHeadsWithoutLink = words('tour');

/** Nouns that introduce the name of a work, a product or a text, and the kind they give it: "l’album X", "la sonde X", "la loi X". */
export const miscIntroducers: ReadonlyMap<string, string> = new Map([
  ...[...words('album, film, livre, roman, série, émission, chanson, single, spectacle, documentaire, tableau, œuvre, jeu, ouvrage, essai, feuilleton, téléfilm, disque, opus, morceau, pièce, comédie, tragédie, saga, manga, bande dessinée, jeu vidéo, long-métrage, court-métrage, projet')].map((w) => [w, 'work'] as const),
  ...[...words('sonde, mission, télescope, satellite, fusée, lanceur, application, appli, logiciel, smartphone, console, navigateur, rançongiciel, véhicule, robot, drone, missile, char, porte-avions, sous-marin, frégate, navire, paquebot, cargo, module, rover, station spatiale, algorithme, réseau social, plateforme, messagerie, moteur de recherche, système d\'exploitation')].map((w) => [w, 'product'] as const),
  // plurals, and instruments: "les télescopes spatiaux X et Y", "les instruments X, Y et Z", "les moteurs X"
  ...[...words('sondes, télescopes, radiotélescope, radiotélescopes, satellites, instrument, instruments, spectrographe, spectromètre, caméra, caméras, moteur, moteurs, logiciels, applications')].map((w) => [w, 'product'] as const),
  ...[...words('planète, exoplanète, astéroïde, comète, étoile, galaxie, nébuleuse, constellation, lune, naine brune, supernova')].map((w) => [w, 'astronomical'] as const),
  ...[...words('prix, trophée, tournoi, championnat, concours, opération, festival, rallye, marathon, édition')].map((w) => [w, 'event'] as const),
  ...[...words('loi, projet de loi, proposition de loi, décret, ordonnance, directive, règlement, réforme')].map((w) => [w, 'law'] as const),
]);

/** Misc introducers whose name may follow "de": "la constellation du Toucan", "la constellation de la Vierge". */
export const miscIntroducersWithLink = words('constellation, constellations');

/** Words that make a run of capitalised words an event's name wherever they stand: "Tony Awards", "Finlandia Trophy". */
export const eventWords = words('awards, award, trophy, cup, series, games, championship, championships, festival, marathon, open, classic, challenge, olympics, expo');

/**
 * Competitions named after the place that holds them, in lower case: "les Jeux olympiques de Rio", "les championnats
 * d’Europe de triathlon", "les Masters de Monte-Carlo"; the place inside such a name is no place mention.
 */
export const placeContests = words('jeux, championnat, championnats, mondiaux, masters, open, tournoi, rallye, coupe, trophée, marathon, ironman');

/** English link words inside a name French news quotes as written ("Federal Bureau of Investigation"), case-sensitive. */
export const foreignNameLinks = new Set(['of', 'and', 'for', '&']);

/** English pronouns as titles write them: "I Want Your Love", "Wake Me Up" (case-sensitive). */
export const foreignPronouns = new Set(['I', 'You', 'Your', 'My', 'Me', 'We', 'Our', 'She', 'He', 'They', 'It']);

/**
 * English prepositions, quantifiers and number words as titles write them: "From Dusk", "All Stars", "Two Rivers", "Last
 * Dance" (case-sensitive; not "To", "Do", "No", "In", which some Asian names are written with).
 */
export const foreignTitleWords = new Set(['From', 'All', 'Up', 'Last', 'Before', 'After', 'With', 'Without', 'Into', 'Over', 'Under', 'Two', 'Three', 'Four', 'Five', 'Six']);

/** What glued after a name makes it a website's or a medium's: a web domain ("Dreuz.info") or a news word ("Breizh-info"); case-sensitive. */
export const websiteSuffixes = new Set(['fr', 'com', 'info', 'org', 'net', 'eu', 'be', 'ch', 'io', 'actu', 'infos', 'news']);

/** Colours that make a capitalised plural noun a movement's name: "les Gilets jaunes", "les Bonnets rouges". */
export const movementColours = words('jaunes, rouges, bleus, verts, noirs, blancs, roses, bruns, oranges, violets, gris, blanches, noires, vertes');

/** A plural noun and a colour that name a kind of people, soldiers or workers, no movement: "les Casques bleus de l’ONU", "les cols blancs". */
export const colouredCommonNouns = words('casques bleus, cols blancs, cols bleus, blouses blanches, bérets verts, bérets rouges, bérets bleus, robes noires, maillots jaunes, maillots verts');

/** The word after a number that makes it an age: "X, 46 ans". */
export const yearsOfAge = 'ans';

/** Sports titles whose complement is a place, "championne d’Europe"; and the other words of such a complement, "champion du monde et d’Europe". */
export const sportsTitles = words('champion, championne, champions, championnes, vice-champion, vice-championne, vice-champions, vice-championnes');
export const sportsTitleComplements = words('monde, olympique, olympiques');
/** Championships: "le championnat du monde d’Ironman", "les championnats d’Europe de Xterra" (the competition after "de"). */
export const championshipNouns = words('championnat, championnats, mondial, mondiaux');

/** Determiners and numbers that count what follows, so that an acronym after them is a common noun: "un AVC", "des CRS". */
/** Nouns after which a code of letters and digits is a model, not a road: "du type A350", "les familles A320 et A340". */
export const modelNouns = words('type, types, famille, familles, modèle, modèles, version, versions, gamme, série');

export const countingWords = words('un, une, des, deux, trois, quatre, cinq, six, sept, huit, neuf, dix, onze, douze, treize, quatorze, quinze, seize, vingt, trente, quarante, cinquante, soixante, plusieurs, quelques, aucun, aucune, chaque, nombreux, nombreuses, cent, mille, certains, certaines, divers, diverses, nouveaux, nouvelles');

/** Lower-case nouns that head a body's name spelled out before its acronym ("brigade de recherche et d’intervention (BRI)"). */
export const unitNouns = words('brigade, compagnie, compagnies, peloton, unité, service, services, bureau, cellule, division, commandement, régiment, escadron, groupement, force, forces, mission, centre, police, gendarmerie, section, délégation, inspection, haut, haute, caisse, régie, établissement, syndicat, parti, front, union, conférence');

/** Currency words and signs: "70 millions de dollars US", "68 $US", "70 millions de US$". */
export const currencyWords = words('dollar, dollars, $, euro, euros, €, livre, livres, £, franc, francs, yen, yens, yuan, yuans, peso, pesos');

/** Event and award nouns that name a period, not an event: "le Moyen Âge". */
export const periodNouns = words('moyen, époque');

/** Plural inhabitants' names: "Parisiens", "Lyonnais", "Marseillais", "Niçois", "Bordelais", "Toulousains". */
/** A verb in the third person plural of the present or the imperfect: "approuvent", "demandaient". */
export const pluralVerbShape = /^\p{Ll}{2,}(?:ent)$/u;
/** "sortant", "désigné", "présumée": a participle that narrows a role given no name ("le chef sortant"). */
export const roleParticipleShape = deferred(String.raw`^\p{Ll}{3,}(?:ant|ante|é|ée)$`, 'u');
/** The prepositions of a body's name's complement after the name ("contre la faim", "sans frontières", "pour la paix"). */
export const nameComplementPrepositions = words('contre, sans, pour');
/** Those of them after which a known place stays in the name ("Alternative pour l’Allemagne"). */
export const placeComplementPrepositions = words('pour');
/** Plural verbs that pluralVerbShape misses: "Norlys et Vesta ont signé", "sont", "vont". */
export const pluralAuxiliaries = words('ont, sont, vont, font, seront, auront, feront, iront');

export const inhabitantEndings = /(?:iens|iennes|ais|aises|ois|oises|ains|aines|ins|ines|ens|ennes|ards|ates|ites|iotes|ans|anes|ols|oles|èques)$/u;

/** Natural features named with a complement: "mer de Chine", "golfe du Mexique", "détroit d’Ormuz". */
export const naturalFeatures = words('mer, golfe, océan, détroit, canal, baie, lac, mont, monts, massif, île, îles, archipel, cap, fleuve, rivière, désert, péninsule, presqu\'île, bassin, delta, vallée, plaine, plateau, volcan');
/** Verbs of taking a place by arms, before its name: "prendre Dabiq", "ont repris Tabqa", "pour libérer Mossoul". */
export const conquestVerbs = words('prendre, reprendre, pris, repris, prise, reprise, conquérir, conquis, reconquérir, reconquis, encercler, encerclé, encerclent, encercle, assiéger, assiégé, libérer, libéré, bombarder, bombardé, bombardent, bombarde, évacuer, évacué');
/** Nouns of a territory, written with a capital, whose name follows after "de": "l’État de Hawaï", "la Province de Gitega". */
export const territoryHeads = words('état, états, province, provinces, comté, gouvernorat, oblast');
/** Nouns of a state that open a country's full name: "la République d’Haïti", "la république islamique du Pakistan", "le royaume du Maroc". */
export const stateNouns = words('république, royaume, principauté, émirat, sultanat, grand-duché');
/** Natural features that a country's adjective names, as one place: "le désert syrien", "le désert irakien". */
export const countryFeatures = words('désert');
/**
 * Natural features whose head noun stays outside the place's name: the name alone is the place ("le lac du Bourget" →
 * "Bourget", "le fleuve Niger" → "Niger", "le massif de la Chartreuse" → "Chartreuse"), as news annotators mark them;
 * not the seas, gulfs, capes and islands, whose head belongs to the name ("mer de Chine", "golfe du Mexique").
 */
export const featureHeadsOutsideName = words('lac, fleuve, rivière, massif, monts, plaine, plateau, archipel, péninsule, volcan');
/**
 * Natural features whose head noun stays outside the name when the name alone is a place the lexicons know: "la mer
 * Méditerranée" → "Méditerranée", "la vallée de l’Euphrate" → "Euphrate" (not a country's: "la mer de Chine"); not "la mer
 * des Sargasses", "la vallée de Joux".
 */
export const featureHeadsOutsideKnownName = words('mer, vallée');
/** Natural features whose head stays outside any known place's name, a country's too: "les îles Vanuatu" → "Vanuatu", "les îles Hawaï". */
export const featureHeadsOutsideCountry = words('îles');
/**
 * Street heads that name no street: "le rond-point de Lorient", "la chaussée des Champs-Élysées", "la route de Brest" (towards it);
 * in lower case, a park is named by the name alone ("le parc Guvenli" → "Guvenli"), as news annotators mark it.
 */
export const streetHeadsOutsideName = words('rond-point, ronds-points, chaussée, route, parc');
/** A bridge is named by the name alone after "de" ("le pont du Rialto" → "Rialto"), not before a name of its own ("le pont Neuf"). */
export const streetHeadsOutsideNameAfterLink = words('pont');
/** Nouns of a city's districts named by number: "le 15e arrondissement". */
export const districtNouns = words('arrondissement, arrondissements');

export const cardinalRegions = words('nord, sud, est, ouest, nord-est, nord-ouest, sud-est, sud-ouest');
/**
 * Of those, the ones that name a region alone after an article: "le Nord" (a French department too, as news writes
 * it); "l’Est", "l’Ouest", "le Sud" alone are mostly directions or blocs ("vers l’Est", "les relations avec l’Ouest").
 */
export const regionalCardinals = words('nord');
// "Java occidental", "Afrique subsaharienne", "Asie centrale": every inflection
export const sideAdjectives = words(
  ['occidental', 'oriental', 'central', 'méridional', 'septentrional', 'équatorial', 'austral']
    .flatMap((a) => [a, `${a}e`, `${a}es`, a.replace(/al$/, 'aux')])
    .concat(['subsaharien', 'subsaharienne', 'subsahariens', 'subsahariennes'])
    .join(', '),
);

const ADJECTIVE = deferred(String.raw`^\p{Ll}[\p{Ll}]{2,}(?:ique|iques|al|ale|ales|aux|aire|aires|el|elle|els|elles|ien|ienne|iens|iennes|ais|aise|aises|ois|oise|oises|ain|aine|ains|aines|if|ive|ifs|ives|iste|istes)$`, 'u');

/** A word's ending that makes it read as an adjective after a noun: "neurotoxique", "japonaise", "lunaire", "classé". */
const ADJECTIVE_ENDING = /(?:ique|iques|aire|aires|al|ale|aux|ales|el|elle|els|elles|if|ive|ifs|ives|eux|euse|euses|ien|ienne|iens|iennes|ais|aise|aises|ain|aine|ains|aines|é|ée|és|ées|ant|ante|ants|antes|ible|ibles|able|ables)$/;
export function hasAdjectiveEnding(word: string): boolean {
  return ADJECTIVE_ENDING.test(word);
}

/** Adjectives by their shape ("publique", "chrétienne-démocrate"); each part of a compound must fit. */
export function isInstitutionalAdjective(word: string): boolean {
  if (stopwords.has(word) || speechVerbs.has(word)) return false; // "indique" is a verb
  // "anti-stupéfiants", "inter-régional": a prefix before the adjective
  const parts = word.split('-');
  if (parts.length === 2 && /^(anti|pro|inter|extra|post|pré|multi|néo|ultra|co|non|contre|sous|sur|trans|pan)$/.test(parts[0]!) && parts[1]!.length >= 4) return true;
  return parts.every((part) => latinTest(ADJECTIVE, part) || ORGANIZATION_ADJECTIVES.has(part));
}

/** "AfD", "MoDem", "CDiscount": two capitals or more in a short word, not a Scottish or Irish surname. */
export function isMixedAcronym(word: string): boolean {
  // (not "McCain", "LaFleur", surnames with a prefix; "LaREM": a prefix before two capitals or more is an acronym's)
  return (
    latinTest(SHORT_WORD, word) &&
    (word.match(latinTwin(CAPITAL, word))?.length ?? 0) >= 2 &&
    latinTest(LOWER, word) &&
    (!latinTest(GAELIC_OR_PARTICLE_CAPITAL, word) || latinTest(PREFIXED_ACRONYM, word))
  );
}
// (deferred, and run through their Latin twins: text/unicode-domain)
const SHORT_WORD = deferred(String.raw`^[\p{L}\d]{3,6}$`, 'u');
const CAPITAL = deferred(String.raw`\p{Lu}`, 'gu');
const LOWER = deferred(String.raw`\p{Ll}`, 'u');
const GAELIC_OR_PARTICLE_CAPITAL = deferred(String.raw`^(?:Mc|Mac|O|D|L|Di|De|Le|La|Van)\p{Lu}`, 'u');
const PREFIXED_ACRONYM = deferred(String.raw`^(?:Di|De|Le|La)\p{Lu}{2,}$`, 'u');

/** Heads followed directly by the institution's name: "hôpital Bichat", "lycée Voltaire". */
// "l’institut Ipsos", "la banque Lazard", "le cabinet McKinsey": after these the noun introduces the name and stays out of it
export const organizationHeadsWithName = words('hôpital, université, lycée, collège, école, musée, théâtre, opéra, fondation, clinique, festival, comité');

/** Texts named with a capital: "la Charte des Nations unies", "le Traité de Lisbonne", "la Constitution". */
export const documentNouns = words('charte, traité, traités, accord, accords, convention, pacte, déclaration, constitution, résolution, code, loi, directive, règlement, protocole, statut, livre, manifeste, plan, programme, rapport');

/** Events, awards, periods named with a capital: "le Tour de France", "le Prix Goncourt", "le Moyen Âge". */
export const eventNouns = words(`
  sommet, forum, prix, coupe, trophée, championnat, championnats, tournoi, mondial, mondiaux, tour, salon, biennale, exposition,
  marathon, grand prix, concours, festival, carnaval, rallye, jeux, jo, paralympiques, olympiades, open, masters, nobel, oscar, oscars, césar, goncourt, renaudot,
  journée, journées, marche, fête,
  brexit, moyen, époque, révolution, guerre, libération, occupation, résistance, shoah, holocauste
`);

/** "ArianeGroup", "BlackRock", "YouTube": a lower-case letter then a capital inside the word; not "McCain", "DeSantis". */
export function isCamelCase(word: string): boolean {
  if (latinTest(CAPITALS_THEN_LOWER, word)) return true; // "OVHcloud", "JCDecaux"
  return latinTest(LOWER_THEN_CAPITAL, word) && !latinTest(PARTICLE_CAPITAL, word) && !word.includes('-');
}
const CAPITALS_THEN_LOWER = deferred(String.raw`^\p{Lu}{2,}\p{Ll}{3,}$`, 'u');
const LOWER_THEN_CAPITAL = deferred(String.raw`^\p{Lu}?\p{Ll}+\p{Lu}`, 'u');
const PARTICLE_CAPITAL = deferred(String.raw`^(?:Mc|Mac|Di|De|Le|La|Van|Von|Du|Da|Fitz)\p{Lu}`, 'u');

/** Nouns in apposition after a place: "Yellowknife, capitale des Territoires du Nord-Ouest". */
export const placeAppositions = words('capitale, ville, commune, localité, village, bourgade, métropole, port, chef-lieu, préfecture, sous-préfecture, province, région, île, archipel, station balnéaire');

/**
 * Intelligence services named by a common noun: with a demonym ("les services secrets français", "le
 * renseignement américain") one country's organisation; the first ones are organisations without one too.
 * Armies and police forces with a demonym ("l’armée russe") are left out: annotations rarely count them.
 */
export const securityBodiesAlone = words('services secrets, services de renseignement, service de renseignement');
export const securityBodies = words('services secrets, services de renseignement, service de renseignement, renseignement, renseignements');

/** Collective actors named without a proper name: "des assaillants", "les alliés occidentaux". */
export const groupNouns = words(`
  assaillants, manifestants, rebelles, alliés, insurgés, djihadistes, jihadistes, terroristes, séparatistes, militants,
  soldats, militaires, policiers, gendarmes, pompiers, secouristes, sauveteurs, enquêteurs, émeutiers, grévistes,
  agriculteurs, syndicats, opposants, partisans, colons, miliciens, combattants, paramilitaires, mercenaires, casseurs
`);

/** Words before a surname that name a family, not one person ("la famille Martin", "les Martin", "les époux Martin"). */
export const familyWords = words('famille, familles, clan, dynastie, les, époux, frères, sœurs, soeurs, couple, parents, enfants, cousins');

/** Plural articles contracted with a preposition: before a surname the text gives a person, the family ("le domicile des Marsh"). */
/** The definite article as tokens write it (the elided form with its apostrophe). */
export const articleForms = words("le, la, les, l'");

/** Singular articles, definite and indefinite. */
export const singularDeterminers = words("le, la, l', un, une");

/** A preposition contracted with the singular article. */
export const singularContractions = words('au, du');

/** "de" and its elided form. */
export const deForms = words("de, d'");

/** "de" in all its forms, plural too. */
export const ofForms = words("de, d', du, des");

/** The feminine singular article. */
export const feminineArticles = words("la, l'");

/** A preposition contracted with the article, singular or plural. */
export const contractedArticles = words('du, au, aux, des');

export const pluralContractions = words('des, aux');

/** "of" in its forms: "le siège de X", "les actionnaires d'X", "le patron du X". */
export const ofPrepositions = words("de, d', du");

/** Nouns of a case named after a person: capitalised in a title, they stay out of the name ("Affaire X : …", "Procès X"). */
export const caseNouns = words('affaire, procès, scandale, dossier');

/** Lower-case particles of foreign surnames, never French prepositions: "da Silva", "van Dijk", "von Trier", "dos Santos". */
export const foreignParticles = words('da, do, dos, das, van, von, der, den, di, del, della, dalla, ten, ter, bin, ibn');

/** Kinship nouns: after a possessive, the capitalised word that follows is a person ("sa sœur Odile", "leur fils Tom"). */
export const kinshipNouns = words(`
  frère, sœur, soeur, demi-frère, demi-sœur, fils, fille, père, mère, oncle, tante, neveu, nièce, cousin, cousine,
  mari, époux, épouse, femme, compagnon, compagne, fiancé, fiancée, petit-fils, petite-fille, grand-père, grand-mère,
  beau-frère, belle-sœur, beau-père, belle-mère, gendre, belle-fille, bébé, cadet, cadette, aîné, aînée, jumeau, jumelle
`);

/** Nouns of a leader's time in office or circle: the capitalised word after is the leader ("l’administration X", "le règne de X"). */
export const tenureNouns = words('administration, gouvernement, présidence, quinquennat, septennat, mandat, mandature, règne, clan, couple, ère, génération');

/** Nouns of a team or a camp named after its leader: a full name after one is the leader's ("l’équipe Jean Roux"). */
export const leaderTeamNouns = words('équipe, camp, clan, entourage, staff');

/** Links from a role to the one it is held towards: "un conseiller du président X", "l’adjoint au maire X", "l’avocat de la victime X". */
export const holderLinks = words("de, d', du, des, à, au, aux");

/** Roles held towards a person: after one and "de", a lone name is a person ("un fidèle de X", "le successeur de X"). */
export const personRelations = words(`
  fidèle, fidèles, proche, proches, successeur, prédécesseur, adversaire, adversaires, rival, rivale, allié, alliée,
  homologue, épouse, époux, veuve, veuf, compagne, compagnon, biographe, bras droit, dauphin, dauphine, héritier, héritière
`);

/**
 * Arabic common nouns that open the names of movements, armed groups and parties as French news transcribes them
 * ("Ahrar al-Cham", "Jabhat al-Nosra", "Harakat Hazm", "Jaych al-Islam"): front, army, movement, party, brigade,
 * soldiers, partisans, free men, liberation, organisation, council, group; in lower case.
 */
export const foreignOrganizationHeads = words(`
  ahrar, ansar, asaïb, asaib, faylaq, harakat, hay'at, hayat, hayet, hezb, hizb, jabhat, jabhet, jaych, jaysh, jaish,
  jeich, jamaat, jama'at, jund, kataëb, kataeb, kataïb, katibat, liwa, liwaa, majlis, saraya, tahrir, tanzim
`);

/**
 * What happens to a person, or is written of one: after one and "de", a name is a person's ("le décès de X", "les
 * obsèques de X", "l’assassinat de X").
 */
export const personEventNouns = words(`
  décès, obsèques, funérailles, enterrement, inhumation, assassinat, biographie, autobiographie, mémoires, veuve, veuf
`);

/**
 * Endings that surnames of Slavic, Baltic, Romanian, Greek, Georgian, Armenian or Turkish origin take and common words
 * or places' names rarely do ("Evdokimova", "Kowalski", "Petrović", "Popescu", "Papadopoulos", "Beridze"): such a word
 * after a given name that is also a place's name makes the pair a person's name ("Sofia Evdokimova"). General
 * morphology, no list of names.
 */
export const surnameEndings = deferred(String.raw`\p{Ll}(?:ova|eva|ovna|evna|skaïa|skaya|ski|ska|sky|skyi|vić|vič|ović|ević|vitch|wicz|czyk|enko|tchouk|chuk|escu|opoulos|poulos|akis|idis|ichvili|chvili|shvili|adze|idze|oğlu|oglu|yan|ian|ov|ev)$`, 'u');

/** Military and noble titles: after one and its article, "de" and an unknown capitalised word are a surname ("le général de X"). */
export const particleTitles = words(`
  général, maréchal, amiral, colonel, lieutenant-colonel, commandant, capitaine, cardinal, chevalier,
  duc, duchesse, comte, comtesse, vicomte, vicomtesse, marquis, marquise, baron, baronne
`);

/** Religious titles that make one name with a lone given name after them: "l’abbé Pierre", "sœur Emmanuelle". */
export const religiousTitles = words('abbé, sœur, soeur, frère, père, mère');

/** Possessive determiners. */
export const possessives = words('son, sa, ses, leur, leurs, mon, ma, mes, ton, ta, tes, notre, nos, votre, vos');

/**
 * Common nouns that French writes with a capital yet that, alone, name no organisation: the generic state, town,
 * region or government ("l’aide de l’État", "le budget de la Région"), and "Homme", "Enfant" in "les droits de l’Homme".
 */
export const genericCapitalised = words('état, etat, ville, région, province, histoire, gouvernement, homme, femme, enfant');

/** Geological eras and periods, epochs and prehistoric ages, written with a capital: "au début du Cambrien", "la fin du Paléolithique". */
export const periodNames = words(`
  hadéen, archéen, protérozoïque, précambrien, paléozoïque, cambrien, ordovicien, silurien, dévonien, carbonifère, permien,
  mésozoïque, trias, triasique, jurassique, crétacé, cénozoïque, paléogène, néogène, paléocène, éocène, oligocène, miocène,
  pliocène, pléistocène, holocène, anthropocène, quaternaire, paléolithique, épipaléolithique, mésolithique, néolithique,
  chalcolithique
`);

/** Before a known name of one letter, the words that make it the name ("sur X", "via X", "le réseau social X"); not "une plainte contre X", "les rayons X". */
export const oneLetterNameCues = words('sur, via, réseau, social, plateforme, compte');

/** Words that make a sentence speak of works: there a title with its article is a work ("au cinéma dans Les Fruits amers, L’Orage"). */
export const workCues = words(`
  film, films, cinéma, théâtre, série, séries, téléfilm, téléfilms, feuilleton, feuilletons, documentaire, documentaires,
  roman, romans, album, albums, chanson, chansons, pièce, pièces, spectacle, spectacles, ouvrage, ouvrages, livre, livres,
  émission, émissions, opéra, opéras, réalisateur, réalisatrice, réalisant, réalisé, réalisée, interprété, interprétée,
  musique, scénario, scénariste
`);
/** Words right before a work's title in such a sentence: "joue dans L’Orage", "notamment Le Chant du soir", "X, Y et Z". */
export const workTitleOpeners = words('dans, notamment, comme, dont, encore, et, ou, de, sera');
