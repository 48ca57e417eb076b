// Deterministic generator of French news articles in Markdown, for the benchmark.
// Everything comes from a seeded PRNG and the word lists below: no clock, no I/O.
// The text is general French written for this file (not taken from any fixture).

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function createRng(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

// ---- word lists -----------------------------------------------------------

const FIRST_NAMES = [
  'Marie', 'Jean', 'Camille', 'Nicolas', 'Isabelle', 'François', 'Hélène', 'Thomas', 'Élodie', 'Mathieu',
  'Sophie', 'Olivier', 'Nathalie', 'Julien', 'Claire', 'Antoine', 'Anne-Sophie', 'Pierre-Yves', 'Amélie', 'Benoît',
  'Céline', 'Grégoire', 'Laëtitia', 'Loïc', 'Margaux', 'Raphaël', 'Zoé', 'Yannick', 'Ségolène', 'Jérôme',
  'Agnès', 'Frédéric', 'Inès', 'Karim', 'Fatima', 'Mehdi', 'Aurélie', 'Gaël', 'Noémie', 'Hervé',
  'Béatrice', 'Stéphane', 'Chloé', 'Xavier', 'Léa', 'Damien', 'Solène', 'Bruno', 'Maëlle', 'Éric',
];
const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Garnier', 'Rousseau', 'Fournier', 'Girard',
  'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Marchand', 'Duval', 'Denis',
  'Lemoine', 'Brunet', 'Roussel', 'Perrin', 'Morel', 'Giraud', 'Mercier', 'Blanchard', 'Guérin', 'Boyer',
  'Le Gall', 'de La Tour', 'Benali', 'Nguyen', 'Haddad', 'Kowalski', 'Da Silva', 'Ferrand', 'Caron', 'Picard',
  'Leroux', 'Vasseur', 'Delacroix', 'Aubert', "D'Almeida", 'Texier', 'Poulain', 'Besson', 'Charpentier', 'Lacombe',
];
const TITLES = [
  'le ministre de l’Intérieur', 'la ministre de la Santé', 'le maire', 'la présidente de la région', 'le député',
  'la sénatrice', 'le préfet', 'la porte-parole du gouvernement', 'le secrétaire général', 'la directrice',
  'le procureur de la République', 'la juge d’instruction', 'le président du conseil départemental', 'l’ancien Premier ministre',
  'la cheffe de file', 'le syndicaliste', 'la chercheuse', 'l’économiste', 'le général', 'l’ambassadrice',
];
const ORGS = [
  'l’Assemblée nationale', 'le Sénat', 'le Conseil constitutionnel', 'la SNCF', 'l’Insee', 'la Banque de France',
  'le CNRS', 'Météo-France', 'la CGT', 'la CFDT', 'l’Union européenne', 'l’ONU', 'l’Otan', 'la Cour des comptes',
  'le Conseil d’État', 'l’Agence régionale de santé', 'la mairie de Lyon', 'le ministère des Armées', 'l’Élysée',
  'Matignon', 'la Commission européenne', 'le Medef', 'Pôle emploi', 'la Croix-Rouge', 'Médecins sans frontières',
  'l’OMS', 'la Fédération française de football', 'le parquet national financier', 'l’Arcom', 'la RATP',
];
const ORG_SHORT = ['SNCF', 'Insee', 'CNRS', 'CGT', 'CFDT', 'ONU', 'Otan', 'OMS', 'RATP', 'Arcom', 'Medef', 'UE', 'EDF', 'AFP'];
const PLACES = [
  'Paris', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Lille', 'Nantes', 'Strasbourg', 'Rennes', 'Montpellier',
  'Clermont-Ferrand', 'Saint-Étienne', 'Aix-en-Provence', 'Brest', 'Ajaccio', 'Grenoble', 'Dijon', 'Le Havre',
  'Bruxelles', 'Genève', 'Berlin', 'Madrid', 'Rome', 'Alger', 'Dakar', 'Montréal', 'Kiev', 'Moscou', 'Washington', 'Pékin',
];
const REGIONS = [
  'en Bretagne', 'en Normandie', 'en Occitanie', 'en Corse', 'dans les Hauts-de-France', 'en Auvergne-Rhône-Alpes',
  'en Île-de-France', 'dans le Grand Est', 'en Nouvelle-Aquitaine', 'en Provence-Alpes-Côte d’Azur', 'en Guadeloupe',
  'à La Réunion', 'en Belgique', 'en Suisse', 'au Québec', 'en Allemagne', 'en Espagne', 'au Sénégal', 'au Maroc', 'en Ukraine',
];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const NUMBER_WORDS = ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'dix', 'quinze', 'vingt'];
const SEASONS = ['au printemps', 'cet été', 'à l’automne', 'cet hiver', 'au printemps dernier', 'l’été prochain'];
const TOPICS = [
  'la réforme des retraites', 'le budget de l’État', 'la crise du logement', 'la sécurité des transports', 'la hausse des prix de l’énergie',
  'la pénurie de médecins', 'le plan de relance', 'la sécheresse', 'les élections municipales', 'la rénovation des écoles',
  'le projet de loi sur l’immigration', 'la fermeture de l’usine', 'les violences urbaines', 'le trafic de stupéfiants', 'la qualité de l’air',
  'le chantier du tramway', 'la grève des contrôleurs', 'l’accord de libre-échange', 'la cybersécurité des hôpitaux', 'le festival de musique',
];
const VERBS_PAST = [
  'a annoncé', 'a déclaré', 'a confirmé', 'a démenti', 'a présenté', 'a dévoilé', 'a rencontré', 'a reçu', 'a signé', 'a rejeté',
  'a défendu', 'a critiqué', 'a inauguré', 'a visité', 'a promis', 'a rappelé', 'a dénoncé', 'a salué', 'a évoqué', 'a lancé',
];
const VERBS_FUTURE = ['présentera', 'recevra', 'signera', 'annoncera', 'examinera', 'inaugurera', 'publiera', 'défendra'];
const SPEECH = ['a-t-il affirmé', 'a-t-elle expliqué', 'a-t-il ajouté', 'a-t-elle insisté', 'selon un communiqué', 'a précisé un proche du dossier'];
const OBJECTS = [
  'un plan d’urgence', 'une enveloppe de 40 millions d’euros', 'une nouvelle consultation', 'un rapport très attendu', 'des mesures de soutien',
  'un accord de principe', 'une enquête préliminaire', 'un calendrier de négociations', 'une commission d’enquête', 'un projet de décret',
  'la création de 300 postes', 'un moratoire', 'une aide exceptionnelle', 'un recours devant la justice', 'une feuille de route',
];
const QUOTES = [
  'Nous ne lâcherons rien', 'La situation est grave mais pas désespérée', 'Il faut agir vite et fort', 'Ce n’est qu’un début',
  'Nous avons été entendus', 'Personne ne pouvait l’anticiper', 'C’est une décision historique', 'Le dialogue reste ouvert',
  'Les chiffres parlent d’eux-mêmes', 'Nous attendons des actes, pas des promesses',
];
const FILLERS = [
  'Dans un contexte tendu', 'Selon plusieurs sources concordantes', 'Pour l’heure', 'D’après les premiers éléments de l’enquête',
  'À la surprise générale', 'Comme prévu', 'Sans surprise', 'Du côté de l’opposition', 'Sur le terrain', 'En coulisses',
];
const CLOSERS = [
  'ce qui a suscité de vives réactions', 'sans donner plus de détails', 'au terme de longues discussions', 'malgré les critiques',
  'devant une salle comble', 'dans un climat de défiance', 'à l’issue d’une réunion à huis clos', 'pour apaiser les tensions',
];
const HEADING_WORDS = [
  'Les coulisses d’un accord', 'Une décision contestée', 'Ce qu’il faut retenir', 'Réactions en chaîne', 'Le calendrier',
  'Un bilan mitigé', 'Les chiffres clés', 'Vers une sortie de crise ?', 'La riposte s’organise', 'Ce que dit la loi',
  'Les prochaines étapes', 'Une colère qui monte', 'Retour sur une semaine agitée', 'Contexte', 'Chronologie',
];

// ---- small helpers --------------------------------------------------------

function makeTools(rng) {
  const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const chance = (p) => rng() < p;
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  return { int, pick, chance, cap };
}

/** A date or time expression, in the many shapes a French article uses. */
function dateExpression(t) {
  const { int, pick } = t;
  const day = () => (t.chance(0.1) ? '1er' : String(int(2, 28)));
  const month = () => pick(MONTHS);
  const year = () => String(int(1990, 2027));
  const hour = () => int(6, 23);
  switch (int(0, 33)) {
    case 0: return `le ${day()} ${month()}`;
    case 1: return `le ${day()} ${month()} ${year()}`;
    case 2: return `${pick(WEEKDAYS)} dernier`;
    case 3: return `${pick(WEEKDAYS)} prochain`;
    case 4: return `en ${year()}`;
    case 5: return `à ${hour()} heures`;
    case 6: return `à ${hour()}${NBSP}h${NBSP}${pick(['15', '30', '45', '05'])}`;
    case 7: return `vers ${hour()}h`;
    case 8: return `il y a ${pick(NUMBER_WORDS)} ${pick(['ans', 'mois', 'semaines', 'jours'])}`;
    case 9: { const a = int(1, 20); return `du ${a} au ${a + int(1, 8)} ${month()}`; }
    case 10: return `${pick(WEEKDAYS)} ${day()} ${month()}`;
    case 11: return pick(['hier', 'avant-hier', 'demain', 'aujourd’hui', 'ce matin', 'hier soir', 'cette nuit', 'dimanche soir']);
    case 12: return pick(['la semaine dernière', 'le mois dernier', 'l’année dernière', 'la semaine prochaine', 'le mois prochain', 'l’an prochain']);
    case 13: return `dans ${pick(NUMBER_WORDS)} ${pick(['ans', 'mois', 'semaines', 'jours'])}`;
    case 14: return `${pick(['début ', 'fin ', 'mi-'])}${month()}`;
    case 15: return `${pick(['début', 'fin'])} ${year()}`;
    case 16: return `depuis ${month()} ${year()}`;
    case 17: { const y = int(1995, 2020); return `entre ${y} et ${y + int(1, 6)}`; }
    case 18: return `d’ici ${int(2025, 2050)}`;
    case 19: return `dans les années ${pick(['1960', '1970', '1980', '1990', '2000'])}`;
    case 20: return pick(SEASONS);
    case 21: return `le ${String(int(1, 28)).padStart(2, '0')}/${String(int(1, 12)).padStart(2, '0')}/${year()}`;
    case 22: return pick(['le lendemain', 'la veille', 'le surlendemain', 'deux jours plus tard', 'quelques heures après']);
    case 23: return `le ${day()} ${month()} dernier`;
    case 24: return `${pick(WEEKDAYS)} matin`;
    case 25: return `pendant ${pick(NUMBER_WORDS)} ${pick(['semaines', 'jours', 'heures', 'mois'])}`;
    case 26: return `au ${pick(['premier', 'deuxième', 'troisième', 'quatrième'])} trimestre ${year()}`;
    case 27: return `chaque ${pick(WEEKDAYS)}`;
    case 28: return `à la fin du mois de ${month()}`;
    case 29: return `en ${month()} ${year()}`;
    case 30: return `le ${day()} ${month()} à ${hour()} heures`;
    case 31: return `cette ${pick(['semaine', 'année', 'nuit'])}`;
    case 32: return `au ${pick(['XIXe', 'XXe', 'XXIe'])} siècle`;
    default: return `à partir du ${day()} ${month()}`;
  }
}

function person(t) {
  return `${t.pick(FIRST_NAMES)} ${t.pick(LAST_NAMES)}`;
}

function emphasise(t, text) {
  if (!t.chance(0.12)) return text;
  switch (t.int(0, 3)) {
    case 0: return `*${text}*`;
    case 1: return `**${text}**`;
    case 2: return `_${text}_`;
    default: return `[${text}](https://www.exemple-info.fr/${t.pick(['politique', 'societe', 'monde', 'economie', 'culture'])}/${t.int(1000, 99999)})`;
  }
}

/** One sentence; `cast` is the article's recurring people so names come back. */
function sentence(t, cast) {
  const { pick, chance, cap, int } = t;
  const who = () => {
    const r = t.rng();
    if (r < 0.45) return emphasise(t, pick(cast));
    if (r < 0.6) return `${pick(TITLES)} ${emphasise(t, pick(cast))}`;
    if (r < 0.8) return emphasise(t, pick(ORGS));
    return `${pick(cast).split(' ').slice(-1)[0]}`;
  };
  const when = () => emphasise(t, dateExpression(t));
  const where = () => (chance(0.6) ? `à ${pick(PLACES)}` : pick(REGIONS));
  const sp = chance(0.5) ? NBSP : NNBSP;
  const quote = () => `«${sp}${pick(QUOTES)}${sp}»`;
  let s;
  switch (int(0, 9)) {
    case 0: s = `${cap(when())}, ${who()} ${pick(VERBS_PAST)} ${pick(OBJECTS)} ${where()}`; break;
    case 1: s = `${cap(who())} ${pick(VERBS_PAST)} ${when()} ${pick(OBJECTS)} concernant ${pick(TOPICS)}, ${pick(CLOSERS)}`; break;
    case 2: s = `${quote()}, ${pick(SPEECH)} ${who()} ${when()}`; break;
    case 3: s = chance(0.5) ? `${pick(FILLERS)}, ${who()} se rendra ${where()} ${when()}` : `${pick(FILLERS)}, ${who()} ${pick(VERBS_FUTURE)} ${pick(OBJECTS)} ${when()}`; break;
    case 4: s = `${cap(who())} et ${who()} se sont retrouvés ${where()} ${when()} pour évoquer ${pick(TOPICS)}`; break;
    case 5: s = `La dernière réunion sur ${pick(TOPICS)} remonte à ${int(2, 30)} jours, ${when()}, ${pick(CLOSERS)}`; break;
    case 6: s = `Selon ${pick(ORG_SHORT)}, ${int(3, 97)},${int(0, 9)}${NBSP}% des personnes interrogées ${when()} jugent ${pick(TOPICS)} prioritaire`; break;
    case 7: s = `${cap(pick(TOPICS))} revient au premier plan ${when()}, ${int(2, 15)} ans après la crise de ${int(1995, 2015)}`; break;
    case 8: s = `${cap(who())} avait déjà ${pick(VERBS_PAST).replace(/^a /, '')} ${pick(OBJECTS)} ${when()} (${pick(ORG_SHORT)})`; break;
    default: s = `${cap(who())}, qui ${pick(VERBS_PAST)} ${when()} ${pick(OBJECTS)} ${where()}, ${pick(['n’a pas souhaité réagir', 'reste prudent', 'appelle au calme', 'promet un bilan'])} ${when()}`;
  }
  const end = chance(0.08) ? ' ?' : chance(0.05) ? ' !' : chance(0.04) ? '…' : '.';
  s = s.replace(/ ,/g, ',') + end;
  if (chance(0.25)) s = s.replace(/’/g, "'"); // some sources use straight apostrophes
  return s;
}

function paragraphText(t, cast, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(sentence(t, cast));
  return out.join(' ');
}

/** Hard-wraps a paragraph at about `width` columns (print/desk style). */
function wrap(text, width) {
  const words = text.split(' ');
  const lines = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function heading(t, depth, cast) {
  const base = t.chance(0.5) ? t.pick(HEADING_WORDS) : `${t.cap(t.pick(TOPICS))} : ${t.pick(cast)} ${t.pick(['s’explique', 'contre-attaque', 'tranche', 'persiste'])}`;
  const text = t.chance(0.2) ? `${base} ${dateExpression(t)}` : base;
  if (depth <= 2 && t.chance(0.1)) return `${text}\n${depth === 1 ? '===' : '---'}`; // setext
  return `${'#'.repeat(depth)} ${text}${t.chance(0.05) ? ` ${'#'.repeat(depth)}` : ''}`;
}

function list(t, cast) {
  const ordered = t.chance(0.35);
  const bullet = t.pick(['-', '*', '+']);
  const items = [];
  const n = t.int(2, 6);
  for (let i = 0; i < n; i++) {
    const marker = ordered ? `${i + 1}.` : bullet;
    items.push(`${marker} ${t.chance(0.4) ? `**${t.cap(dateExpression(t))}** : ` : ''}${sentence(t, cast)}`);
    if (t.chance(0.15)) items.push(`   ${bullet === '-' ? '*' : '-'} ${sentence(t, cast)}`);
  }
  return items.join('\n');
}

function blockquote(t, cast) {
  const sp = NBSP;
  const lines = [`> «${sp}${t.pick(QUOTES)}. ${sentence(t, cast).replace(/[.?!…]$/, '')}${sp}»`];
  if (t.chance(0.5)) lines.push('>', `> — ${t.pick(cast)}, ${dateExpression(t)}`);
  return lines.join('\n');
}

function table(t, cast) {
  const rows = ['| Date | Acteur | Lieu | Fait |', '| --- | --- | :---: | --- |'];
  const n = t.int(2, 7);
  for (let i = 0; i < n; i++) {
    rows.push(`| ${t.int(1, 28)} ${t.pick(MONTHS)} ${t.int(2015, 2026)} | ${t.pick(cast)} | ${t.pick(PLACES)} | ${t.cap(t.pick(VERBS_PAST).replace(/^a /, ''))} ${t.pick(OBJECTS)} |`);
  }
  return rows.join('\n');
}

function codeBlock(t) {
  if (t.chance(0.3)) return `    donnees = charger("${t.pick(PLACES)}.csv")\n    print(donnees.filtrer(annee=${t.int(2000, 2026)}))`;
  const lang = t.pick(['json', 'python', 'sh', '']);
  const body = lang === 'json'
    ? `{ "lieu": "${t.pick(PLACES)}", "date": "${t.int(2000, 2026)}-0${t.int(1, 9)}-1${t.int(0, 9)}", "valeur": ${t.int(1, 999)} }`
    : lang === 'python'
      ? `import pandas as pd\ndf = pd.read_csv("releves_${t.int(2010, 2026)}.csv")\nprint(df.describe())`
      : `curl -s https://donnees.exemple.fr/api/v1/indicateurs?annee=${t.int(2010, 2026)}`;
  return `\`\`\`${lang}\n${body}\n\`\`\``;
}

function frontMatter(t, title) {
  const y = t.int(2019, 2026);
  const m = String(t.int(1, 12)).padStart(2, '0');
  const d = String(t.int(1, 28)).padStart(2, '0');
  const date = t.chance(0.5) ? `${y}-${m}-${d}` : `${y}-${m}-${d}T${String(t.int(6, 22)).padStart(2, '0')}:${String(t.int(0, 59)).padStart(2, '0')}:00+02:00`;
  return ['---', `title: "${title.replace(/"/g, '\\"')}"`, `date: ${date}`, 'lang: fr', `auteur: ${person(t)}`, `rubrique: ${t.pick(['Politique', 'Société', 'Monde', 'Économie', 'Culture'])}`, '---'].join('\n');
}

/** Blocks that must be set apart by blank lines (or they would merge with a paragraph). */
function needsBlankLines(block) {
  return /^(?:[-*+] |\d+\. |> |\||```| {4}|---)/.test(block) || /\n(?:===|---)$/.test(block);
}

/**
 * One article. `options.frontMatter`: true/false to force the YAML block, or
 * undefined to let the PRNG decide (about one article in four has one).
 */
export function generateArticle(rng, options = {}) {
  const t = { ...makeTools(rng), rng };
  const cast = [];
  const castSize = t.int(3, 7);
  for (let i = 0; i < castSize; i++) cast.push(person(t));
  const style = t.pick(['cms', 'cms', 'blank', 'wrapped']); // cms: one line per paragraph, no blank lines
  const sep = style === 'cms' ? '\n' : '\n\n';
  const para = (n) => {
    const text = paragraphText(t, cast, n);
    return style === 'wrapped' ? wrap(text, t.int(60, 80)) : text;
  };
  const title = `${cast[0]} ${t.pick(VERBS_PAST)} ${t.pick(OBJECTS)} ${dateExpression(t)}`;
  const parts = [];
  const withFrontMatter = options.frontMatter ?? t.chance(0.25);
  if (withFrontMatter) parts.push(frontMatter(t, title));
  const top = t.int(1, 2);
  parts.push(`${'#'.repeat(top)} ${title}`);
  if (t.chance(0.5)) parts.push(`*Par ${person(t)}, ${dateExpression(t)}*`);
  parts.push(para(t.int(2, 4)));
  const sections = t.int(2, 6);
  for (let s = 0; s < sections; s++) {
    parts.push(heading(t, Math.min(6, top + 1 + (t.chance(0.3) ? t.int(1, 3) : 0)), cast));
    const blocks = t.int(1, 5);
    for (let b = 0; b < blocks; b++) {
      const r = t.rng();
      if (r < 0.62) parts.push(para(t.int(1, 6)));
      else if (r < 0.74) parts.push(list(t, cast));
      else if (r < 0.84) parts.push(blockquote(t, cast));
      else if (r < 0.92) parts.push(table(t, cast));
      else if (r < 0.96) parts.push(codeBlock(t));
      else parts.push(heading(t, 6, cast));
    }
  }
  // lists, quotes, tables and code need blank lines around them even in the CMS style
  return parts.map((p, i) => (i === 0 ? p : (needsBlankLines(p) || needsBlankLines(parts[i - 1]) ? '\n\n' : sep) + p)).join('') + '\n';
}

/**
 * Articles from `seed`, in order, until their total length reaches `bytes`
 * (UTF-8). The first article always has a front matter (with a `date`), so a
 * concatenation of a prefix of them is one document with a reference date.
 */
export function generateArticles({ seed = 20260401, bytes = 4 * 1024 * 1024 } = {}) {
  const rng = createRng(seed);
  const articles = [];
  let total = 0;
  while (total < bytes) {
    const a = generateArticle(rng, articles.length === 0 ? { frontMatter: true } : {});
    articles.push(a);
    total += Buffer.byteLength(a, 'utf8') + 1;
  }
  return articles;
}

/** The articles joined into one document (blank line between articles). */
export function generateCorpus(options) {
  return generateArticles(options).join('\n');
}
