import { describe, expect, test } from 'vitest';
import { actorsOf, mentionsOf } from './helpers.js';

// Each case: a short text and the mentions it must yield ("type:text", document order).
const cases: Record<string, ReadonlyArray<readonly [string, readonly string[]]>> = {
  'people: given name + surname': [
    ['Jean-Noël Barrot est arrivé hier.', ['person:Jean-Noël Barrot']],
    ['Le texte est soutenu par Bruno Le Maire et Dominique de Villepin.', ['person:Bruno Le Maire', 'person:Dominique de Villepin']],
    ['Ursula von der Leyen a reçu Mohammed ben Salmane.', ['person:Ursula von der Leyen', 'person:Mohammed ben Salmane']],
    ['Bachar al-Assad n’a pas réagi.', ['person:Bachar al-Assad']],
    ['Il a parlé avec Sergueï Lavrov.', ['person:Sergueï Lavrov']],
    ['Les propos d’Emmanuel Macron ont surpris.', ['person:Emmanuel Macron']],
    ["Les propos d'Emmanuel Macron ont surpris.", ['person:Emmanuel Macron']],
    ['Patrick Martin préside le patronat.', ['person:Patrick Martin']],
  ],
  'people: titles and roles are not part of the name': [
    ['Mme Borne a démissionné.', ['person:Borne']],
    ['M. Dupont-Aignan est candidat.', ['person:Dupont-Aignan']],
    ['Le ministre de l’Intérieur Gérald Darmanin a répondu.', ['person:Gérald Darmanin']],
    ['La porte-parole du gouvernement, Maud Bregeon, a démenti.', ['person:Maud Bregeon']],
    ['Le président ukrainien Volodymyr Zelensky était à Paris.', ['person:Volodymyr Zelensky', 'place:Paris']],
    ['« Nous tiendrons », a déclaré Kyriakos Mitsotakis.', ['person:Kyriakos Mitsotakis']],
  ],
  'people: one actor, bare surnames': [
    ['Gabriel Attal est à Matignon. M. Attal a parlé. Attal a promis.', ['person:Gabriel Attal', 'organization:Matignon', 'person:Attal', 'person:Attal']],
    ['Mme Le Pen a répondu à Marine Le Pen.', ['person:Le Pen', 'person:Marine Le Pen']],
  ],
  'organisations': [
    ['Le ministère de la Défense a publié un communiqué.', ['organization:ministère de la Défense']],
    ['L’Organisation mondiale de la santé (OMS) alerte. L’OMS insiste.', ['organization:Organisation mondiale de la santé', 'organization:OMS', 'organization:OMS']],
    ['La Banque africaine de développement (BAD) prévoit une hausse.', ['organization:Banque africaine de développement', 'organization:BAD']],
    ['Le vote a eu lieu à l’Assemblée nationale.', ['organization:Assemblée nationale']],
    ['Le porte-parole du Hamas a parlé.', ['organization:Hamas']],
    ['Le groupe Vinci a annoncé des résultats.', ['organization:Vinci']],
    ['Le tribunal correctionnel de Nanterre a tranché.', ['organization:tribunal correctionnel de Nanterre']],
    ['Le Paris Saint-Germain a gagné.', ['organization:Paris Saint-Germain']],
    ['La décision de l’Initiative de Lyon pour le climat a été saluée.', ['organization:Initiative de Lyon pour le climat']],
  ],
  'places': [
    ['Les négociations se tiennent à Londres, Pékin et Kyiv.', ['place:Londres', 'place:Pékin', 'place:Kyiv']],
    ['Antony Blinken est attendu au Caire.', ['person:Antony Blinken', 'place:Caire']],
    ['Des navires croisent en mer de Chine.', ['place:mer de Chine']],
    ['La crue touche le Nord.', ['place:Nord']],
    ['Le stade de Wembley est plein.', ['place:Wembley']],
    ['Il réside à Plouzévédé depuis dix ans.', ['place:Plouzévédé']],
    ['Les camions sont bloqués au péage de Vrindal et au rond-point de Koszerac.', ['place:Vrindal', 'place:Koszerac']],
    ['La station de Brumaille ouvre ses pistes, la prison de Koszerac ferme.', ['place:Brumaille', 'place:Koszerac']],
    ["Le convoi est parti de la ville d' Ankoria.", ['place:Ankoria']],
    ['Le car venait de Vrindal (Drôme) et de Koszerac (Belgique).', ['place:Vrindal', 'place:Drôme', 'place:Koszerac', 'place:Belgique']],
    ['À Lille (Nord), la foule a défilé.', ['place:Lille', 'place:Nord']],
    ['Le Sud-Africain Thabo Ndlovu devance les Nord-Coréens, au Sud-Kivu.', ['person:Thabo Ndlovu', 'place:Sud-Kivu']],
  ],
  'a lone name after "de" in a role is the person the text names so, else an organisation': [
    ['Le candidat Paul Ferrandi parle. Le directeur de campagne de Ferrandi a démenti.', ['person:Paul Ferrandi', 'person:Ferrandi']],
    ['Le directeur de Vostrak a démenti.', ['organization:Vostrak']],
    ['Le PDG de Vostrak a parlé, puis il est allé à Vostrak.', ['organization:Vostrak', 'organization:Vostrak']],
  ],
  'places: unknown names listed after a preposition of place': [
    ['La navette circule entre Vrindal et Koszerac depuis mai.', ['place:Vrindal', 'place:Koszerac']],
    ['Des orages ont éclaté à Vrindal, Koszerac et Brumaille.', ['place:Vrindal', 'place:Koszerac', 'place:Brumaille']],
    ['Brumaille et Koszerac ont publié leurs comptes.', ['organization:Brumaille', 'organization:Koszerac']],
  ],
  'places: a landmark after "à la", "à l’" or "au"': [
    ['Le cortège est arrivé à la Bastille vers midi.', ['place:Bastille']],
    ['Un rassemblement est prévu au Trocadéro samedi.', ['place:Trocadéro']],
    ['Le député a pris la parole à l’Assemblée.', ['organization:Assemblée']],
  ],
  'places: a compass point or side narrows a known place': [
    ['La vague de froid gagne l’Europe du Nord.', ['place:Europe du Nord']],
    ['Un séisme a secoué le Pacifique Sud cette nuit.', ['place:Pacifique Sud']],
    ['Les pluies frappent l’Asie centrale et l’Afrique subsaharienne.', ['place:Asie centrale', 'place:Afrique subsaharienne']],
    ['Des renforts arrivent de l’Allemagne de l’Est.', ['place:Allemagne de l’Est']],
    ['La France a battu l’Italie dimanche.', ['place:France', 'place:Italie']],
  ],
  'known places and bodies: a country adjective agreeing with the name belongs to it': [
    ['Un référendum est organisé dans le Kurdistan irakien.', ['place:Kurdistan irakien']],
    ['Les glaciers des Alpes suisses reculent.', ['place:Alpes suisses']],
    ['Le chef des Nations unies sud-coréen Ban Ki-moon a parlé.', ['organization:Nations unies', 'person:Ban Ki-moon']],
  ],
  'media named with a lower-case word': [
    ['Selon les révélations du Canard enchaîné, le contrat a été signé.', ['organization:Canard enchaîné']],
    ['Le Dauphiné libéré et Midi libre ont publié la liste.', ['organization:Le Dauphiné libéré', 'organization:Midi libre']],
  ],
  'French regions and departments written without hyphens or initial accent': [
    ['Des orages touchent les Alpes de Haute Provence et la Seine Saint Denis.', ['place:Alpes de Haute Provence', 'place:Seine Saint Denis']],
    ['Il est né en Ile-de-France.', ['place:Ile-de-France']],
  ],
  'big cities by their short or older French names': [
    ['Le carnaval de Rio attire des foules, Saïgon aussi.', ['place:Rio', 'place:Saïgon']],
    ['Rio Ferdinand a signé.', ['person:Rio Ferdinand']],
  ],
  'a company in a list of platforms is the platform': [
    ['Partager : Instagram, Snapchat, Google, courriel.', ['misc:Instagram', 'misc:Snapchat', 'misc:Google']],
    ['Après Instagram, Google durcit ses règles.', ['misc:Instagram', 'organization:Google']],
  ],
  'a counted institution with its town names only the town': [
    ['Le blessé a été conduit dans un hôpital de Lyon.', ['place:Lyon']],
    ['Des lycées de Marseille ont fermé.', ['place:Marseille']],
    ['L’hôpital de Lyon a publié un bilan.', ['organization:hôpital de Lyon']],
  ],
  'an unknown acronym after an introducer still names a body': [
    ['La chaîne TVQ a diffusé le reportage.', ['organization:TVQ']],
  ],
};

// Each case: a text that must yield no mention of the listed kind.
const negatives: ReadonlyArray<readonly [string, string]> = [
  ['Bien que la pluie soit forte, rien ne change.', 'person'],
  ['Lors de la réunion, rien ne fut décidé.', 'person'],
  ['Cette décision est attendue. Elle sera publiée.', 'person'],
  ['Friture sur la ligne.', 'person'],
  ['Mardi, le Premier ministre a parlé.', 'person'],
  ['Le ministre des Armées a parlé.', 'organization'],
  ['Les Russes et les Parisiens ont voté.', 'organization'],
  ['Les chefs d’État africains sont arrivés.', 'organization'],
  ['La question ukrainienne et les alliés occidentaux.', 'place'],
  ['La Palme d’or a été décernée.', 'organization'],
  ['Le PIB a progressé et la TVA baissé.', 'organization'],
  ['Il a perdu du temps sur le parcours VTT puis a branché une clé USB.', 'organization'],
  ['Le disque sort en format CD et le réacteur QRX démarre.', 'organization'],
  ['La XXIVe édition du salon et la XII e rencontre annoncent la VIIe République, comme au XIXe siècle.', 'organization'],
];

describe.each(Object.entries(cases))('%s', (_name, table) => {
  test.each(table)('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('no false mentions', () => {
  test.each(negatives)('%s (no %s)', (text, type) => {
    expect(mentionsOf(text).filter((m) => m.startsWith(`${type}:`))).toEqual([]);
  });
});

test('a name containing a place is not a mention of the place', () => {
  expect(mentionsOf('Il cite l’Initiative de Genève pour la paix.')).toEqual(['organization:Initiative de Genève pour la paix']);
});

test('a title-case heading counts only names known from the text', () => {
  const text = '## Le Président Reçoit Olaf Scholz À Berlin\n\nLe chancelier Olaf Scholz a reçu mardi le président.\n';
  expect(mentionsOf(text)).toEqual(['person:Olaf Scholz', 'place:Berlin', 'person:Olaf Scholz']);
});

test.each([
  ['Le ministère des Affaires étrangères a convoqué l’ambassadeur.', ['organization:ministère des Affaires étrangères']],
  ['Il a lu « Le Comte de Monte-Cristo » cet été.', []],
  ['Valéry Giscard d’Estaing est mort.', ['person:Valéry Giscard d’Estaing']],
  ['Le milieu N’Golo Kanté est blessé.', ['person:N’Golo Kanté']],
  ['Le président de l’Union chrétienne-démocrate (CDU) a parlé.', ['organization:Union chrétienne-démocrate', 'organization:CDU']],
  ['L’AfD progresse, le MoDem recule.', ['organization:AfD', 'organization:MoDem']],
])('more: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  'Le Tour de France partira de Florence.',
  'Le Prix Goncourt a été attribué hier.',
  'Au Moyen Âge, la ville était fortifiée.',
  'La Ve République a été fondée en 1958.',
  'Le Brexit a pesé sur les échanges.',
  'La Coupe du monde aura lieu en 2026.',
])('no person or organisation: %s', (text) => {
  expect(mentionsOf(text).filter((m) => !m.startsWith('place:') && !m.startsWith('misc:'))).toEqual([]);
});

test.each([
  ['Le Tour de France partira de Florence.', 'misc:Tour de France'],
  ['La Coupe du monde aura lieu en 2026.', 'misc:Coupe du monde'],
  ['Elle a gagné la Coupe Fédération et les Grammy Awards.', 'misc:Coupe Fédération'],
  ['Elle a gagné la Coupe Fédération et les Grammy Awards.', 'misc:Grammy Awards'],
  ['Le Traité de Rome a été signé il y a longtemps.', 'misc:Traité de Rome'],
  ['La loi Travail a été adoptée.', 'misc:Travail'],
  ['Son album Lumière Noire sort demain.', 'misc:Lumière Noire'],
  ['La sonde Cassini a photographié Saturne et la Terre.', 'misc:Cassini'],
  ['La sonde Cassini a photographié Saturne et la Terre.', 'misc:Saturne'],
  ['La sonde Cassini a photographié Saturne et la Terre.', 'misc:Terre'],
  ['Partagez sur Facebook et Instagram.', 'misc:Instagram'],
])('named events, works, laws, products and astronomical bodies are misc: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  ['Le rendez-vous est fixé à 14 h UTC.', []],
  ['Le Moyen Âge a laissé des traces.', []],
])('no actor at all: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('"ex-" roles', () => {
  expect(mentionsOf('L’ex-président Nicolas Sarkozy a été condamné.')).toEqual(['person:Nicolas Sarkozy']);
});

test.each([
  ['Le RC Lens a battu l’AS Monaco.', ['organization:RC Lens', 'organization:AS Monaco']],
  ['Les équipes d’ArianeGroup sont prêtes, selon Arianespace.', ['organization:ArianeGroup', 'organization:Arianespace']],
  ['Selon Moody’s, la banque reste solide.', ['organization:Moody’s']],
  ['Le sénateur Ron DeSantis a parlé avec John McCain.', ['person:Ron DeSantis', 'person:John McCain']],
  ['Zelensky a parlé. Selon Zelensky, Volodymyr Zelensky est prêt.', ['person:Zelensky', 'person:Zelensky', 'person:Volodymyr Zelensky']],
])('names of companies and clubs: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Des assaillants ont ouvert le feu.', ['group:assaillants']],
  ['La Russie soupçonne ses alliés occidentaux et des assaillants.', ['place:Russie', 'group:alliés occidentaux', 'group:assaillants']],
  ['Les manifestants ukrainiens ont défilé.', ['group:manifestants ukrainiens']],
])('groups: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Des combats ont eu lieu près de Pokrovsk.', ['place:Pokrovsk']],
  ['Il habite près de Jean Dupont.', ['person:Jean Dupont']],
  ['Le Mont-Saint-Michel attire les foules.', ['place:Mont-Saint-Michel']],
  ['Le match a lieu au Stade de France.', ['organization:Stade de France']],
  ['Les habitants de Mayotte attendent.', ['place:Mayotte']],
])('places from their context: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['La cour d’appel de Rennes a confirmé le jugement.', ['organization:cour d’appel de Rennes']],
  ['Le rapport de la chambre régionale des comptes de Bretagne est sévère.', ['organization:chambre régionale des comptes de Bretagne']],
  ['Le parquet national antiterroriste a été saisi.', ['organization:parquet national antiterroriste']],
  ['Le conseil national a voté.', []],
  ['La Commission nationale de l’informatique et des libertés (Cnil) a sanctionné l’opérateur.', ['organization:Commission nationale de l’informatique et des libertés', 'organization:Cnil']],
  ['Le Syndicat national des personnels techniques et administratifs a protesté.', ['organization:Syndicat national des personnels techniques et administratifs']],
  ['L’Agence nationale de sécurité du médicament et des produits de santé (ANSM) alerte.', ['organization:Agence nationale de sécurité du médicament et des produits de santé', 'organization:ANSM']],
  ['Il est soigné au CHU de Nantes.', ['organization:CHU de Nantes']],
  ['Le Conseil de sécurité des Nations unies se réunit.', ['organization:Conseil de sécurité des Nations unies']],
  ['Le Conseil de sécurité de l’ONU se réunit.', ['organization:Conseil de sécurité', 'organization:ONU']],
  ['Selon La Gazette de Lausanne, la route est coupée.', ['organization:La Gazette de Lausanne']],
  ['Il lit Le Canard enchaîné.', ['organization:Le Canard enchaîné']],
  ['Il a confié au Monde ses doutes.', ['organization:Monde']],
  ['Le Stade rennais joue en Ligue 1.', ['organization:Stade rennais', 'organization:Ligue 1']],
  ['Le match se joue le 3 mai.', []],
  ['Golfe du Mexique : la tempête approche.', ['place:Golfe du Mexique']],
  ['La brigade de recherche et d’intervention (BRI) est intervenue.', ['organization:brigade de recherche et d’intervention', 'organization:BRI']],
  ['Les députés du groupe Union pour la démocratie française (UDF) ont voté.', ['organization:Union pour la démocratie française', 'organization:UDF']],
  ['L’association Sauver des vies a manifesté.', ['organization:Sauver des vies']],
  ['L’association Vivre du bois a manifesté.', ['organization:Vivre du bois']],
  ['Le cabinet de conseil Accenture a été retenu.', ['organization:Accenture']],
  ['Dans un communiqué, la section de Bretagne de la CGT a protesté.', ['place:Bretagne', 'organization:CGT']],
  ['L’Unédic prévoit un déficit.', ['organization:Unédic']],
  ['La Polonaise Iga Swiatek a gagné.', ['person:Iga Swiatek']],
  ['Tellus Energie, la société de Marc Dupin, a levé des fonds.', ['organization:Tellus Energie', 'person:Marc Dupin']],
])('organisation names and their limits: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('coordinated heads with two demonyms are two bodies, each with its country', () => {
  const { actors } = actorsOf('Les ministères des Affaires étrangères japonais et australien ont salué l’accord.');
  const bodies = actors.filter((a) => a.type === 'organization').map((a) => [a.name, a.country]);
  expect(bodies).toEqual([
    ['ministère des Affaires étrangères japonais', 'JP'],
    ['ministère des Affaires étrangères australien', 'AU'],
  ]);
});

test('intelligence services named by a common noun', () => {
  expect(mentionsOf('Les services secrets britanniques et les services de renseignement ont coopéré.')).toEqual(['organization:services secrets britanniques', 'organization:services de renseignement']);
  expect(mentionsOf('L’armée russe avance.')).toEqual([]);
});

test.each([
  ['La panne d’un Boeing B737 de la compagnie easyJet.', ['misc:Boeing B737', 'organization:easyJet']],
  ['Die Partei et The Economist en parlent.', ['organization:Die Partei', 'organization:The Economist']],
  ['L’Agence de l’Union européenne pour la cybersécurité (Enisa) alerte.', ['organization:Agence de l’Union européenne pour la cybersécurité', 'organization:Enisa']],
  ['Le syndicat Sud Rail appelle à la grève.', ['organization:Sud Rail']],
  ['Les syndicats Force-CGIL et Unia-UIL protestent.', ['group:syndicats', 'organization:Force-CGIL', 'organization:Unia-UIL']],
  ['L’institut Elabe publie un sondage.', ['organization:Elabe']],
  ['Le satellite MQ-9 et les émissions de CO2.', ['misc:MQ-9']],
  ['La Réserve fédérale (Fed) maintient ses taux.', ['organization:Réserve fédérale', 'organization:Fed']],
  ['Le PDG de Valeo a parlé.', ['organization:Valeo']],
  ['Les enseignes Auchan, Lidl et Système U baissent leurs prix.', ['organization:Auchan', 'organization:Lidl', 'organization:Système U']],
  ['Les groupes Renault et Jean Dupont ont signé.', ['organization:Renault', 'person:Jean Dupont']],
  ['La coopérative Terrena et la mutuelle Harmonie Mutuelle ont signé.', ['organization:Terrena', 'organization:Harmonie Mutuelle']],
  ['L’association Les Restos du cœur alerte.', ['organization:Les Restos du cœur']],
  ['L’Office national des forêts, de la chasse et de la faune (ONFCF) recrute.', ['organization:Office national des forêts, de la chasse et de la faune', 'organization:ONFCF']],
  ['L’Institut national de la mer, la pêche et le littoral (Inmpl) alerte.', ['organization:Institut national de la mer, la pêche et le littoral', 'organization:Inmpl']],
  ['L’Office national des forêts, le préfet et le maire ont signé.', ['organization:Office national des forêts']],
  ['Emmaüs France et les Jeunes Républicains ont signé avec Les Républicains.', ['organization:Emmaüs France', 'organization:Jeunes Républicains', 'organization:Les Républicains']],
  ['Anatole France écrivait peu.', ['person:Anatole France']],
  ['Le chantier de deux réacteurs EPR3 et les moteurs LEAP7 ; TF1 et la chaîne TMC2 en parlent.', ['misc:LEAP7', 'organization:TF1', 'organization:TMC2']],
  ['Le régulateur a sanctionné TF2 et averti RTL9.', ['organization:TF2', 'organization:RTL9']],
  ['Les actionnaires de Lumenor ont voté, les salariés d’Averix aussi, à Lyon.', ['organization:Lumenor', 'organization:Averix', 'place:Lyon']],
  ['Les salariés de Jean Dupont et les usines de Lyon ferment.', ['person:Jean Dupont', 'place:Lyon']],
  ['La Fédération hôtelière (FHT) et l’Agence de l’eau et de la mer (Ademer) alertent.', ['organization:Fédération hôtelière', 'organization:FHT', 'organization:Agence de l’eau et de la mer', 'organization:Ademer']],
  ['Le texte de Paul Fort (PFT) est lu.', ['person:Paul Fort', 'organization:PFT']],
  ['Le tribunal administratif de Saint-Quentin-Fallavier et le tribunal de grande instance de Créteil ont statué.', ['organization:tribunal administratif de Saint-Quentin-Fallavier', 'organization:tribunal de grande instance de Créteil']],
  ['La direction générale de Valmont et le tribunal correctionnel de Jean Dupont.', ['person:Jean Dupont']],
  ['La Ligue contre la faim et la chaîne maXTV Prime émettent ; l’Union contre la Russie.', ['organization:Ligue contre la faim', 'organization:maXTV Prime', 'organization:Union', 'place:Russie']],
  ['L’ONG Écoles sans frontières aide, via Finvesta, l’association Halte contre la pauvreté ; versée à Secours France.', ['organization:Écoles sans frontières', 'organization:Finvesta', 'organization:Halte contre la pauvreté', 'organization:Secours France']],
  ['L’Office national des ports, des routes et de la gestion de la mer (ONPRGM) recrute.', ['organization:Office national des ports, des routes et de la gestion de la mer', 'organization:ONPRGM']],
  ['Il est passé via Lyon puis via Jean Dupont.', ['place:Lyon', 'person:Jean Dupont']],
  ['Le cabinet Oliver J. Wyman estime la perte, selon Jean Dupont.', ['organization:Oliver J. Wyman', 'person:Jean Dupont']],
  ['Le match du XV de Belgique contre Louis XV de France.', ['organization:XV de Belgique', 'person:Louis XV', 'place:France']],
  ['Selon le rapport, Norvalis et Tervane pointent la hausse des coûts.', ['organization:Norvalis', 'organization:Tervane']],
  ['L’association e-Jeunesse et ONU Océans alertent, comme l’OTAN Mark Rutte.', ['organization:e-Jeunesse', 'organization:ONU Océans', 'organization:OTAN', 'person:Mark Rutte']],
])('company and body names: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('lone words listed together: people when the text names them in full', () => {
  expect(mentionsOf('Olaf Scholz et Friedrich Merz ont débattu. Scholz et Merz ont conclu.')).toEqual(['person:Olaf Scholz', 'person:Friedrich Merz', 'person:Scholz', 'person:Merz']);
});

test('an article opening a sentence, then a name and a speech verb: a body unless a person bears the name', () => {
  expect(mentionsOf('Le Kremlin a réagi.')).toEqual(['organization:Kremlin']);
  expect(mentionsOf('Marine Le Pen est candidate. Le Pen a répondu.')).toEqual(['person:Marine Le Pen', 'person:Le Pen']);
  expect(mentionsOf('Selon lui, M. Le Floch a répondu.')).toEqual(['person:Le Floch']);
});

test('"chez X": a workplace unless the text names a person so', () => {
  expect(mentionsOf('Gérard Valmy est là. Chez Valmy, on rit. Il travaille chez Renault et chez Valmora.')).toEqual(['person:Gérard Valmy', 'person:Valmy', 'organization:Renault', 'organization:Valmora']);
});

test.each([
  ['Le cortège est parti de la place de la Nation vers le boulevard Voltaire.', ['place:place de la Nation', 'place:boulevard Voltaire']],
  ['Une boutique de la rue Jean-Jaurès a été pillée près de la porte Dorée.', ['place:rue Jean-Jaurès', 'place:porte Dorée']],
  ['Il a été élu à la place de Marie Durand.', ['person:Marie Durand']],
  ['Un accident a bloqué la RN 12 dans la nuit.', ['place:RN 12']],
])('streets and squares keep their head noun: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('a movement named by a plural noun and a colour, then in lower case', () => {
  const text = 'Les Bonnets verts ont défilé samedi. Des bonnets verts ont aussi bloqué un pont.';
  expect(mentionsOf(text)).toEqual(['organization:Bonnets verts', 'organization:bonnets verts']);
  const { actors } = actorsOf(text);
  expect(actors.filter((a) => a.type === 'organization')).toHaveLength(1);
});

test.each([
  ['Il a été victime d’un AVC et de deux AVP.', []],
  ['Des CRS ont été déployés.', []],
  ['Les CRS ont repoussé le cortège vers un cordon de CRS.', []],
  ['Le BTP et les TPE paient moins d’ISF et de CSG, dit la CGT.', ['organization:CGT']],
  ['Une épreuve de VTT, puis une IRM après un AVC.', []],
  ['Le disque sort en CD ; ils réclament le RIC.', []],
])('a counted acronym, or one that is a common noun, names no body: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Selon la Protection civile belge, le pont a cédé.', ['organization:Protection civile belge']],
  ['L’Agence sanitaire canadienne a publié un avis.', ['organization:Agence sanitaire canadienne']],
  ['Il a quitté la Défense civile chilienne en 2010.', ['organization:Défense civile chilienne']],
])('a body named with an adjective keeps the country’s adjective after it: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le studio Ubisoft Montréal prépare un jeu, dit Ubisoft.', ['organization:Ubisoft Montréal', 'organization:Ubisoft']],
  ['Les salariés de Michelin Clermont-Ferrand manifestent ; Michelin quitte Clermont-Ferrand.', ['organization:Michelin Clermont-Ferrand', 'organization:Michelin', 'place:Clermont-Ferrand']],
])('a known company and a town right after it name its site: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le projet recevra l’aide de l’État et le budget de la Région.', []],
  ['La Ligue des droits de l’Homme dénonce ces atteintes aux droits de l’Homme.', ['organization:Ligue des droits de l’Homme']],
  ['Selon le Conseil d’État, l’État islamique a perdu la ville.', ['organization:Conseil d’État', 'organization:État islamique']],
])('a common noun written with a capital, alone, names no body: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Groupe C : la Norvège bat le Chili à Lille.', ['place:Norvège', 'place:Chili', 'place:Lille']],
  ['Le Groupe D du tournoi se joue à Nantes, dit le Groupe Valmart.', ['place:Nantes', 'organization:Groupe Valmart']],
])('a head noun and a lone capital letter name a pool of a competition, no body: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Les conseillers de Julien Marchand Sophie Delorme et Paul Vidal ont démissionné.', ['person:Julien Marchand', 'person:Sophie Delorme', 'person:Paul Vidal']],
  ['Le suppléant de Claire Dumont Marc Leroux la remplace.', ['person:Claire Dumont', 'person:Marc Leroux']],
])('a given name and a surname right after a full name start another person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le prix est décerné au Finlandais Mikko Laine.', ['person:Mikko Laine']],
  ['Le jeune Néerlandais Jan Vermeer monte sur le podium.', ['person:Jan Vermeer']],
  ['Il a affronté le Suisse Luca Meier en finale, en Suisse.', ['person:Luca Meier', 'place:Suisse']],
])('a nationality after an article stays out of the person’s name: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('a surname two people share goes to the one the text names first', () => {
  const { actors } = actorsOf('Jean Morvan a parlé. Sa sœur Anne Morvan a confirmé. Puis Morvan a quitté la salle.');
  const people = actors.filter((a) => a.type === 'person');
  expect(people.map((a) => a.name)).toEqual(['Jean Morvan', 'Anne Morvan']);
  expect(people[0]!.aliases).toContain('Morvan');
});

test.each([
  ['Les combats se rapprochent d’al-Tanf.', ['place:al-Tanf']],
  ['La colonne roule en direction de Deir Hafer.', ['place:Deir Hafer']],
  ['Bachar al-Hakim a parlé. Le clan d’al-Hakim résiste.', ['person:Bachar al-Hakim', 'person:al-Hakim']],
])('places after a preposition of direction: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('an acronym that opens an organisation’s full name is that organisation', () => {
  const { actors } = actorsOf('DMC Cartonnages Réunis a annoncé un plan. Selon le syndicat, DMC va fermer deux sites.');
  const orgs = actors.filter((a) => a.type === 'organization');
  expect(orgs.map((a) => a.name)).toContain('DMC Cartonnages Réunis');
  expect(orgs.find((a) => a.name === 'DMC Cartonnages Réunis')!.aliases).toContain('DMC');
});

test.each([
  ['Le constructeur Renault Trucks a recruté.', ['organization:Renault Trucks']],
  ['Le Mouvement des jeunes vignerons proteste.', ['organization:Mouvement des jeunes vignerons']],
])('organisation names whole: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Ont joué Marco Bellini, Zico, Careca et Paolo Rossetti.', ['person:Marco Bellini', 'person:Zico', 'person:Careca', 'person:Paolo Rossetti']],
  ['« Bravo, Marco Bellini », a-t-il écrit.', ['person:Marco Bellini']],
])('lone names listed with people are people: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['La Tour Montparnasse domine la ville.', ['place:Tour Montparnasse']],
  ['Il a reçu le prix Golden Pen en 2015.', ['misc:Golden Pen']],
])('landmarks and awards: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('a lone given name joins the person named in full; a family named by the surname is no mention of anyone', () => {
  const { actors } = actorsOf('Lucie Kerbrat a disparu. Le domicile des Kerbrat a été fouillé. La voiture de Lucie a été retrouvée.');
  const people = actors.filter((a) => a.type === 'person');
  expect(people.map((a) => a.name)).toEqual(['Lucie Kerbrat']);
  expect(people[0]!.mentions.map((m) => m.text)).toEqual(['Lucie Kerbrat', 'Lucie']);
  expect(actors.filter((a) => a.type === 'organization')).toEqual([]);
});

test('a capitalised noun inside a name introduces no other name', () => {
  expect(mentionsOf('Le candidat du Parti libéral Hugo Brenner a gagné.')).toEqual(['organization:Parti libéral', 'person:Hugo Brenner']);
});

test.each([
  ['La fédération italienne de cyclisme a protesté.', ['organization:fédération italienne de cyclisme']],
  ['L’agence spatiale japonaise a confirmé.', ['organization:agence spatiale japonaise']],
  ['Le conseil municipal a voté.', []],
  ['Les Etats-Unis et le Nord-Kivu.', ['place:Etats-Unis', 'place:Nord-Kivu']],
])('lower-case bodies by their adjectives and complement, places by their shape: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Il fut conseiller sous de Villemont, puis ministre de de Villemont.', ['person:de Villemont', 'person:de Villemont']],
  ['La statue du Maréchal de Castelnaud a été restaurée.', ['person:de Castelnaud']],
  ['Il vient de Nantes et de Brest.', ['place:Nantes', 'place:Brest']],
])('"de" after a preposition or a title opens a surname: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('a title followed by its sequel number is a work, and names it without the number too', () => {
  const { actors } = actorsOf('Elle a joué dans Dark Canyon 2. Dark Canyon avait déjà été un succès.');
  expect(actors.map((a) => [a.type, a.kind, a.name, a.mentions.length])).toEqual([['misc', 'work', 'Dark Canyon 2', 2]]);
});

test.each([
  ['La RDC et le Burkina-Faso ont signé.', ['place:RDC', 'place:Burkina-Faso']],
])('countries by their acronym or a hyphenated spelling: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le système de freinage automatique (SFA) a été testé.', []],
  ['La brigade de recherche et d’intervention (BRI) est intervenue.', ['organization:brigade de recherche et d’intervention', 'organization:BRI']],
])('an acronym that spells a common term is no body: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Il entame un tour de France des usines.', ['place:France']],
  ['La tour Montparnasse a été évacuée.', ['place:tour Montparnasse']],
])('a tower takes its name directly, a tour does not: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});
