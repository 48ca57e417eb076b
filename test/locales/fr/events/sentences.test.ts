/**
 * French sentences and the events they state, with hand-built dates and
 * actors (the dates and actors stages are tested on their own).
 */
import { describe, expect, it } from 'vitest';
import { findEvents } from '../../../../src/events/index.js';
import { actors, dates, doc, summarize, type ActorSpec, type DateSpec } from '../../../events/helpers.js';

type Expected = { value: string; trigger: string; actors?: string[]; places?: string[]; anchoredTo?: string };
const person = (id: string, name: string): ActorSpec => ({ id, type: 'person', names: [name] });
const place = (id: string, name: string): ActorSpec => ({ id, type: 'place', names: [name] });
const org = (id: string, name: string): ActorSpec => ({ id, type: 'organization', names: [name] });
const group = (id: string, name: string): ActorSpec => ({ id, type: 'group', names: [name] });

const cases: Array<{ text: string; dates: DateSpec[]; actors: ActorSpec[]; events: Expected[] }> = [
  {
    text: 'Emmanuel Macron, président de la République, a rencontré Olaf Scholz à Berlin le 3 avril.',
    dates: [{ text: 'le 3 avril', value: '2024-04-03' }],
    actors: [person('macron', 'Emmanuel Macron'), person('scholz', 'Olaf Scholz'), place('berlin', 'Berlin')],
    events: [{ value: '2024-04-03', trigger: 'a rencontré', actors: ['macron', 'scholz'], places: ['berlin'] }],
  },
  {
    text: 'Le sommet, qui aura lieu le 12 mai à Bruxelles, réunira les chefs d’État de l’Union européenne.',
    dates: [{ text: 'le 12 mai', value: '2024-05-12' }],
    actors: [place('bruxelles', 'Bruxelles'), org('ue', 'Union européenne')],
    events: [{ value: '2024-05-12', trigger: 'sommet', places: ['bruxelles'] }],
  },
  {
    text: 'Jean Dupont a été élu maire de Lyon en 2020 puis réélu en 2026.',
    dates: [{ text: '2020', value: '2020' }, { text: '2026', value: '2026' }],
    actors: [person('dupont', 'Jean Dupont'), place('lyon', 'Lyon')],
    events: [
      { value: '2020', trigger: 'a été élu', actors: ['dupont'], places: [] },
      { value: '2026', trigger: 'réélu', actors: ['dupont'], places: [] },
    ],
  },
  {
    text: 'Mardi, un séisme de magnitude 6 a frappé le sud de la Turquie, faisant au moins 12 morts et 80 blessés.',
    dates: [{ text: 'Mardi', value: '2024-04-02' }],
    actors: [place('turquie', 'Turquie')],
    events: [{ value: '2024-04-02', trigger: 'séisme', places: ['turquie'] }],
  },
  {
    text: 'Il y a deux ans, la société avait annoncé un plan de 3 millions d’euros.',
    dates: [{ text: 'deux ans', value: 'P2Y', type: 'DURATION', resolved: '2022' }],
    actors: [],
    events: [{ value: '2022', trigger: 'avait annoncé' }],
  },
  { text: 'La réunion a duré deux heures.', dates: [{ text: 'deux heures', value: 'PT2H', type: 'DURATION' }], actors: [], events: [] },
  { text: 'Le marché se tient tous les mardis.', dates: [{ text: 'tous les mardis', value: 'XXXX-WXX-2', type: 'SET' }], actors: [], events: [] },
  {
    text: 'Le 5 mars, la police a interpellé trois suspects à Marseille. Lors de cette opération, un policier a été blessé.',
    dates: [{ text: 'Le 5 mars', value: '2024-03-05' }],
    actors: [place('marseille', 'Marseille'), org('police', 'police')],
    events: [
      { value: '2024-03-05', trigger: 'a interpellé', actors: ['police'], places: ['marseille'] },
      { value: '2024-03-05', trigger: 'a été blessé', anchoredTo: 'e1' },
    ],
  },
  {
    text: 'Marie Curie est née à Varsovie le 7 novembre 1867.',
    dates: [{ text: 'le 7 novembre 1867', value: '1867-11-07' }],
    actors: [person('curie', 'Marie Curie'), place('varsovie', 'Varsovie')],
    events: [{ value: '1867-11-07', trigger: 'est née', actors: ['curie'], places: ['varsovie'] }],
  },
  {
    text: 'Le président ukrainien Volodymyr Zelensky s’est rendu à Washington jeudi 14 mars pour rencontrer Joe Biden.',
    dates: [{ text: 'jeudi 14 mars', value: '2024-03-14' }],
    actors: [person('zelensky', 'Volodymyr Zelensky'), person('biden', 'Joe Biden'), place('washington', 'Washington')],
    events: [{ value: '2024-03-14', trigger: 's’est rendu', actors: ['zelensky', 'biden'], places: ['washington'] }],
  },
  {
    text: 'Les manifestants se sont rassemblés à Paris samedi, à l’appel des syndicats.',
    dates: [{ text: 'samedi', value: '2024-03-30' }],
    actors: [place('paris', 'Paris'), group('syndicats', 'syndicats'), group('manifestants', 'manifestants')],
    events: [{ value: '2024-03-30', trigger: 'se sont rassemblés', actors: ['manifestants', 'syndicats'], places: ['paris'] }],
  },
  {
    text: 'Publié le 3 avril 2024 à 10h. Le gouvernement a présenté son budget le 2 avril.',
    dates: [{ text: '3 avril 2024', value: '2024-04-03' }, { text: 'le 2 avril', value: '2024-04-02' }],
    actors: [org('gouvernement', 'gouvernement')],
    events: [{ value: '2024-04-02', trigger: 'a présenté', actors: ['gouvernement'] }],
  },
  {
    text: 'Selon l’AFP, l’accord a été signé le 1er mars à Genève.',
    dates: [{ text: 'le 1er mars', value: '2024-03-01' }],
    actors: [org('afp', 'AFP'), place('geneve', 'Genève')],
    events: [{ value: '2024-03-01', trigger: 'a été signé', actors: [], places: ['geneve'] }],
  },
  {
    text: 'En 2019, l’incendie de Notre-Dame avait ému le monde entier.',
    dates: [{ text: '2019', value: '2019' }],
    actors: [place('notre-dame', 'Notre-Dame')],
    events: [{ value: '2019', trigger: 'incendie', places: ['notre-dame'] }],
  },
  {
    text: 'Le Premier ministre Gabriel Attal a annoncé lundi des mesures pour les agriculteurs, qui manifestent depuis janvier.',
    dates: [{ text: 'lundi', value: '2024-04-01' }, { text: 'janvier', value: '2024-01' }],
    actors: [person('attal', 'Gabriel Attal'), group('agriculteurs', 'agriculteurs')],
    events: [
      { value: '2024-04-01', trigger: 'a annoncé', actors: ['attal', 'agriculteurs'] },
      { value: '2024-01', trigger: 'manifestent', actors: ['agriculteurs'] },
    ],
  },
  {
    text: 'Le drame s’est produit à Lyon dans la nuit de samedi à dimanche. Le parquet a ouvert une enquête.',
    dates: [{ text: 'la nuit de samedi à dimanche', value: '2024-03-30TNI' }],
    actors: [place('lyon', 'Lyon'), org('parquet', 'parquet')],
    events: [{ value: '2024-03-30TNI', trigger: 's’est produit', places: ['lyon'] }],
  },
  {
    text: 'La cour d’assises a condamné vendredi huit accusés pour leur rôle dans l’attentat du 14 juillet 2016 à Nice, qui avait fait 86 morts.',
    dates: [{ text: 'vendredi', value: '2024-03-22' }, { text: '14 juillet 2016', value: '2016-07-14' }],
    actors: [org('cour', 'cour d’assises'), place('nice', 'Nice')],
    events: [
      { value: '2024-03-22', trigger: 'a condamné', actors: ['cour'], places: [] },
      { value: '2016-07-14', trigger: 'attentat', actors: [], places: ['nice'] },
    ],
  },
  {
    text: 'Le procès s’était ouvert le 5 septembre 2022. Le Rassemblement national avait réclamé cette dissolution dès le mois de mai.',
    dates: [{ text: 'le 5 septembre 2022', value: '2022-09-05' }, { text: 'le mois de mai', value: '2024-05' }],
    actors: [org('rn', 'Rassemblement national')],
    events: [
      { value: '2022-09-05', trigger: 'procès' },
      { value: '2024-05', trigger: 'avait réclamé', actors: ['rn'] },
    ],
  },
  {
    text: 'En janvier, Airbus a-t-il précisé, la cadence de production a été relevée. Le groupe présentera ses résultats du premier trimestre le 25 avril.',
    dates: [{ text: 'janvier', value: '2024-01' }, { text: 'premier trimestre', value: '2024-Q1' }, { text: 'le 25 avril', value: '2024-04-25' }],
    actors: [org('airbus', 'Airbus')],
    events: [
      { value: '2024-01', trigger: 'a été relevée' },
      { value: '2024-04-25', trigger: 'présentera' },
    ],
  },
  {
    text: 'Airbus a annoncé jeudi un bénéfice net de 3,8 milliards d’euros pour 2023. Les électeurs voteront le 30 juin et le 7 juillet.',
    dates: [{ text: 'jeudi', value: '2024-02-15' }, { text: '2023', value: '2023' }, { text: 'le 30 juin', value: '2024-06-30' }, { text: 'le 7 juillet', value: '2024-07-07' }],
    actors: [org('airbus', 'Airbus'), group('electeurs', 'électeurs')],
    events: [
      { value: '2024-02-15', trigger: 'a annoncé', actors: ['airbus'] },
      { value: '2024-06-30', trigger: 'voteront', actors: ['electeurs'] },
      { value: '2024-07-07', trigger: 'voteront', actors: ['electeurs'] },
    ],
  },
  {
    text: 'Le ministre Bruno Le Maire était à Bercy. Il a présenté mardi la loi. Elle a été adoptée en 2023.',
    dates: [{ text: 'mardi', value: '2024-04-02' }, { text: '2023', value: '2023' }],
    actors: [person('le-maire', 'Bruno Le Maire'), place('bercy', 'Bercy')],
    events: [
      { value: '2024-04-02', trigger: 'a présenté', actors: ['le-maire'] },
      { value: '2023', trigger: 'a été adoptée', actors: [] },
    ],
  },
  {
    text: 'À Lyon, le 3 avril, des milliers de personnes ont manifesté. Le 4 avril, à Nantes, les syndicats ont défilé.',
    dates: [{ text: 'le 3 avril', value: '2024-04-03' }, { text: 'Le 4 avril', value: '2024-04-04' }],
    actors: [place('lyon', 'Lyon'), place('nantes', 'Nantes'), group('syndicats', 'syndicats')],
    events: [
      { value: '2024-04-03', trigger: 'ont manifesté', places: ['lyon'] },
      { value: '2024-04-04', trigger: 'ont défilé', actors: ['syndicats'], places: ['nantes'] },
    ],
  },
  {
    text: 'À Quimper, Isabelle Assih, maire depuis 2020, n’a pas encore annoncé ses intentions.',
    dates: [{ text: '2020', value: '2020' }],
    actors: [place('quimper', 'Quimper'), person('assih', 'Isabelle Assih')],
    events: [],
  },
  {
    text: 'Viktor Orban a de nouveau bloqué jeudi à Bruxelles une enveloppe destinée à Kiev. La finale aura lieu le 1er juin à Londres, au stade de Wembley.',
    dates: [{ text: 'jeudi', value: '2024-05-30' }, { text: 'le 1er juin', value: '2024-06-01' }],
    actors: [person('orban', 'Viktor Orban'), place('bruxelles', 'Bruxelles'), place('kiev', 'Kiev'), place('londres', 'Londres'), place('wembley', 'stade de Wembley')],
    events: [
      { value: '2024-05-30', trigger: 'a de nouveau bloqué', actors: ['orban'], places: ['bruxelles'] },
      { value: '2024-06-01', trigger: 'finale', places: ['londres', 'wembley'] },
    ],
  },
  {
    text: 'Le 3 avril, Jean Martin a démissionné, à la surprise générale.',
    dates: [{ text: 'Le 3 avril', value: '2024-04-03' }],
    actors: [person('martin', 'Jean Martin')],
    events: [{ value: '2024-04-03', trigger: 'a démissionné', actors: ['martin'] }],
  },
  {
    text: 'Jacques Delors avait rejoint la CFDT au cabinet de Jacques Chaban-Delmas. En 1994, il avait renoncé à l’élection présidentielle, au grand regret de Lionel Jospin.',
    dates: [{ text: '1994', value: '1994' }],
    actors: [person('delors', 'Jacques Delors'), person('chaban', 'Jacques Chaban-Delmas'), person('jospin', 'Lionel Jospin'), org('cfdt', 'CFDT')],
    events: [{ value: '1994', trigger: 'avait renoncé', actors: ['delors', 'jospin'] }],
  },
  {
    text: 'La ministre Claire Morel s’est rendue à Dakar le 6 juin. Au cours de cette rencontre, les deux délégations ont adopté une feuille de route.',
    dates: [{ text: 'le 6 juin', value: '2024-06-06' }],
    actors: [person('morel', 'Claire Morel'), place('dakar', 'Dakar')],
    events: [
      { value: '2024-06-06', trigger: 's’est rendue', actors: ['morel'], places: ['dakar'] },
      { value: '2024-06-06', trigger: 'ont adopté', actors: ['morel'], places: ['dakar'], anchoredTo: 'e1' },
    ],
  },
  {
    text: 'Le préfet a été reçu à Matignon le 2 février.',
    dates: [{ text: 'le 2 février', value: '2024-02-02' }],
    actors: [org('matignon', 'Matignon')],
    events: [{ value: '2024-02-02', trigger: 'a été reçu', actors: [], places: ['matignon'] }],
  },
  {
    text: 'Le directeur, Paul Girard, recevra les syndicats le 9 octobre.',
    dates: [{ text: 'le 9 octobre', value: '2024-10-09' }],
    actors: [person('girard', 'Paul Girard')],
    events: [{ value: '2024-10-09', trigger: 'recevra', actors: ['girard'] }],
  },
  {
    text: 'La dernière grève remontait à mars 2021, lorsque les agents de Paul Girard avaient bloqué le dépôt.',
    dates: [{ text: 'mars 2021', value: '2021-03' }],
    actors: [person('girard', 'Paul Girard')],
    events: [{ value: '2021-03', trigger: 'grève', actors: ['girard'] }],
  },
  {
    text: 'Une tempête s’est abattue mercredi sur la Bretagne. Les écoles resteront fermées jusqu’à vendredi.',
    dates: [{ text: 'mercredi', value: '2024-04-03' }, { text: 'vendredi', value: '2024-04-05' }],
    actors: [place('bretagne', 'Bretagne')],
    events: [{ value: '2024-04-03', trigger: 'tempête', places: ['bretagne'] }],
  },
  {
    text: 'Un incendie a ravagé un entrepôt à Nîmes le 4 août. Le maire s’est rendu sur les lieux le 5 août.',
    dates: [{ text: 'le 4 août', value: '2024-08-04' }, { text: 'le 5 août', value: '2024-08-05' }],
    actors: [place('nimes', 'Nîmes')],
    events: [
      { value: '2024-08-04', trigger: 'incendie', places: ['nimes'] },
      { value: '2024-08-05', trigger: 's’est rendu', places: ['nimes'] },
    ],
  },
  {
    text: 'L’ancien préfet a été condamné le 3 mars à deux ans de prison.',
    dates: [{ text: 'le 3 mars', value: '2024-03-03' }],
    actors: [{ id: 'roux', type: 'person', names: ['Marc Roux'], roles: ['ancien préfet de la Somme'] }],
    events: [{ value: '2024-03-03', trigger: 'a été condamné', actors: ['roux'] }],
  },
  {
    text: 'Le militant a été expulsé lundi d’Italie vers la Tunisie.',
    dates: [{ text: 'lundi', value: '2024-04-01' }],
    actors: [place('italie', 'Italie'), place('tunisie', 'Tunisie')],
    events: [{ value: '2024-04-01', trigger: 'a été expulsé', places: ['italie', 'tunisie'] }],
  },
  {
    text: 'Le tribunal a requis le 8 mai trois ans de prison, dont deux avec sursis, contre le gérant, Luc Perrin.',
    dates: [{ text: 'le 8 mai', value: '2024-05-08' }],
    actors: [org('tribunal', 'tribunal'), person('perrin', 'Luc Perrin')],
    events: [{ value: '2024-05-08', trigger: 'a requis', actors: ['tribunal', 'perrin'] }],
  },
  {
    text: 'La Pologne a ouvert le 2 juin une ambassade à Kiev.',
    dates: [{ text: 'le 2 juin', value: '2024-06-02' }],
    actors: [place('pologne', 'Pologne'), place('kiev', 'Kiev')],
    events: [{ value: '2024-06-02', trigger: 'a ouvert', actors: ['pologne'], places: ['kiev'] }],
  },
  {
    text: 'Anne Roy a battu Léa Marin le 3 mai. Les deux joueuses s’étaient déjà affrontées en 2022.',
    dates: [{ text: 'le 3 mai', value: '2024-05-03' }, { text: '2022', value: '2022' }],
    actors: [person('roy', 'Anne Roy'), person('marin', 'Léa Marin')],
    events: [
      { value: '2024-05-03', trigger: 'a battu', actors: ['roy', 'marin'] },
      { value: '2022', trigger: 'étaient déjà affrontées', actors: ['roy', 'marin'] },
    ],
  },
  {
    text: 'La ville avait été touchée par la crue du 3 octobre 2020, qui avait fait six morts à Breil.',
    dates: [{ text: '3 octobre 2020', value: '2020-10-03' }],
    actors: [place('breil', 'Breil')],
    events: [{ value: '2020-10-03', trigger: 'crue', places: ['breil'] }],
  },
  {
    text: 'Paul Vidal a été extradé le 4 juin. L’homme de 52 ans avait été arrêté le 2 mai à Porto.',
    dates: [{ text: 'le 4 juin', value: '2024-06-04' }, { text: 'le 2 mai', value: '2024-05-02' }],
    actors: [person('vidal', 'Paul Vidal'), place('porto', 'Porto')],
    events: [
      { value: '2024-06-04', trigger: 'a été extradé', actors: ['vidal'] },
      { value: '2024-05-02', trigger: 'avait été arrêté', actors: ['vidal'], places: ['porto'] },
    ],
  },
  {
    text: 'Le consul de France à Milan, Jean Roux, a été reçu le 7 mai à Turin.',
    dates: [{ text: 'le 7 mai', value: '2024-05-07' }],
    actors: [{ id: 'roux', type: 'person', names: ['Jean Roux'], roles: ['consul de France à Milan'] }, place('france', 'France'), place('milan', 'Milan'), place('turin', 'Turin')],
    events: [{ value: '2024-05-07', trigger: 'a été reçu', actors: ['roux'], places: ['turin'] }],
  },
  {
    text: 'Marie Caron a été nommée directrice, dont la nomination a été publiée jeudi au Journal officiel.',
    dates: [{ text: 'jeudi', value: '2024-04-04' }],
    actors: [person('caron', 'Marie Caron')],
    events: [{ value: '2024-04-04', trigger: 'nomination' }],
  },
  {
    text: 'Paul Roy a quitté le gouvernement. Lors du conseil des ministres du 8 mars, il avait refusé de signer le décret.',
    dates: [{ text: '8 mars', value: '2024-03-08' }],
    actors: [person('roy', 'Paul Roy')],
    events: [{ value: '2024-03-08', trigger: 'conseil des ministres', actors: ['roy'] }],
  },
];

describe('French sentences -> events', () => {
  it('keeps the dead of the attack on the attack, not on the sentencing', () => {
    const c = cases.find((x) => x.text.startsWith('La cour'))!;
    const d = doc(c.text);
    const { events } = findEvents(d.units, dates(d, c.dates), actors(d, c.actors), d.context);
    expect(events.map((e) => e.numbers ?? [])).toEqual([[], [{ value: 86, what: 'dead', text: '86 morts' }]]);
  });

  it('finds no event without a date or a reference back', () => {
    const d = doc('Le gouvernement a présenté son budget. Il prévoit des économies importantes.');
    expect(findEvents(d.units, [], [], d.context).events).toEqual([]);
  });
  for (const c of cases) {
    it(c.text, () => {
      const { events } = summarize(doc(c.text), c, findEvents);
      expect(events).toHaveLength(c.events.length);
      c.events.forEach((want, i) => {
        const got = events[i]!;
        expect(got.value).toBe(want.value);
        expect(got.trigger).toBe(want.trigger);
        if (want.actors) expect(got.actors).toEqual(want.actors);
        if (want.places) expect(got.places).toEqual(want.places);
        if (want.anchoredTo) expect(got.anchoredTo).toBe(want.anchoredTo);
      });
    });
  }
});
