/**
 * Topics with Kiosque's built-in taxonomy from the cue words a French editor files a story by,
 * found on the tuning set of issue 12's twelfth pass. Paraphrased sentences, not corpus articles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topicsOf } from '../../helpers/built-in-topics.ts';

test('a public figure accused of rape, women killed as a count kept: women’s rights', () => {
  const accused = topicsOf(
    'Accusé de viol, un adjoint au maire suspendu par son parti',
    'Une militante a porté plainte en janvier.',
    'Le parti a annoncé sa suspension dans un communiqué. Des militantes dénoncent le silence de la direction depuis des mois.',
  );
  assert.ok(accused.includes('droits-des-femmes'), accused.join(', '));
  const count = topicsOf(
    'Une femme tuée tous les trois jours en France',
    'Un collectif tient le compte des meurtres de femmes depuis le début de l’année.',
    'Les bénévoles recensent chaque cas à partir de la presse locale. Le chiffre est en hausse par rapport à l’an dernier.',
  );
  assert.ok(count.includes('droits-des-femmes'), count.join(', '));
});

test('a politician accused of sexual assault is a women’s-rights story, not crime news: the inquiry and the victims are its aside', () => {
  const got = topicsOf(
    'Affaire Martin : trois élues racontent ce qu’elles ont subi',
    'Les plaignantes dénoncent le sexisme qui règne au sein du parti.',
    'L’une dit avoir été agressée dans son bureau, une autre parle de viol. Elles accusent l’ancien député de harcèlement sexuel. Une enquête a été ouverte et les enquêteurs ont entendu les victimes, qui disent avoir été découragées de témoigner. Des associations féministes les soutiennent, dans le sillage de MeToo.',
  );
  assert.ok(got.includes('droits-des-femmes'), got.join(', '));
  assert.ok(!got.includes('faits-divers'), got.join(', '));
});

test('a foreign star’s health scare is People news, even when the title gives the star’s nationality', () => {
  const got = topicsOf(
    'Le ténor italien Marco Bellini hospitalisé d’urgence',
    'Le chanteur italien a été admis dans une clinique de Milan après un malaise.',
    'Marco Bellini devait chanter samedi à Vérone. Le chanteur a annulé ses concerts en Italie, a indiqué son agent. Ses fans lui ont adressé des messages de soutien.',
  );
  assert.ok(got.includes('people'), got.join(', '));
  assert.ok(!got.includes('international'), got.join(', '));
});

test('a pandemic or a strike the lede announces and the body tells again is a subject, however political the story', () => {
  const school = topicsOf(
    'Le ministre de l’Éducation promet des classes ouvertes en septembre',
    'Le ministre assure que la rentrée aura lieu malgré l’épidémie de coronavirus.',
    'Devant les députés, le ministre a détaillé son plan pour les écoles, les collèges et les lycées. Les enseignants recevront des consignes en août. Les élèves porteront un masque dans les couloirs. Le Premier ministre a soutenu son ministre face à l’opposition, qui réclame plus de moyens pour l’Éducation nationale et un débat à l’Assemblée nationale.',
  );
  assert.ok(school.includes('covid-19'), school.join(', '));
  const strike = topicsOf(
    'Le Premier ministre reçoit les partenaires sociaux à Matignon',
    'Le gouvernement espère sortir de la grève qui paralyse les raffineries.',
    'Le Premier ministre a reçu pendant trois heures les représentants du patronat et des salariés. Le ministre du Travail et la ministre de l’Économie étaient présents. Les syndicats attendent des gestes sur les salaires. Le gouvernement, critiqué par l’opposition à l’Assemblée nationale, veut éviter un conflit long avant le vote du budget au Parlement.',
  );
  assert.ok(strike.includes('mouvements-sociaux'), strike.join(', '));
});

test('a title that says who is tried or acquitted is court news', () => {
  const tried = topicsOf('Nîmes : un père jugé pour avoir secoué son bébé', 'Les faits remontent à l’été dernier.', 'L’enfant garde des séquelles. La décision sera rendue le mois prochain.');
  assert.ok(tried.includes('justice'), tried.join(', '));
  const acquitted = topicsOf('Fraude aux subventions : l’ancien président du club relaxé', 'Il était poursuivi depuis six ans.', 'Ses avocats saluent une décision attendue. Le club, lui, a changé de direction.');
  assert.ok(acquitted.includes('justice'), acquitted.join(', '));
});

test('a murder whose lede is about the trial is court news as well as crime news', () => {
  const got = topicsOf(
    'Meurtre d’une joggeuse dans le Jura : le mari nie toujours',
    'Devant la cour d’assises, son avocat a demandé l’acquittement, le procureur a requis trente ans.',
    'Le corps de la victime avait été retrouvé dans un bois, près de leur maison. Les enquêteurs avaient relevé des traces de coups. Le suspect avait d’abord signalé la disparition de sa femme, puis pleuré devant les caméras. Le meurtre avait bouleversé la commune, où une marche blanche avait réuni des centaines de personnes.',
  );
  assert.ok(got.includes('justice'), got.join(', '));
  assert.ok(got.includes('faits-divers'), got.join(', '));
});

test('products withdrawn from sale are consumer news; a price in passing is not', () => {
  const recall = topicsOf('Des fromages de chèvre retirés de la vente', 'Le fabricant a détecté des traces de listeria dans un lot.', 'Les personnes qui en ont acheté sont invitées à les rapporter au magasin, où ils seront remboursés.');
  assert.ok(recall.includes('consommation'), recall.join(', '));
  const prize = topicsOf('Le prix du meilleur roman remis à une inconnue', 'La romancière a reçu le prix samedi à Paris.', 'Son livre, vendu au prix de 18 euros, raconte l’enfance d’une fille de pêcheur. L’écrivaine prépare déjà un deuxième roman.');
  assert.ok(!prize.includes('consommation'), prize.join(', '));
});

test('a story told about a sea lion is about animals', () => {
  const got = topicsOf('Bretagne : une otarie s’invite sur un bateau de pêche', 'Le mammifère marin est resté deux heures à bord.', 'Les pêcheurs ont filmé l’otarie, qui réclamait du poisson. Le centre de soins de la côte surveille cette otarie depuis l’été.');
  assert.ok(got.includes('animaux'), got.join(', '));
});

test('a melting glacier or a climate summit is about the environment', () => {
  const glacier = topicsOf('Alpes : un pan du glacier menace de s’effondrer', 'Les habitants de la vallée ont été évacués par précaution.', 'Le glacier recule de plusieurs mètres chaque été. Les guides constatent des crevasses nouvelles sur le glacier.');
  assert.ok(glacier.includes('environnement'), glacier.join(', '));
  const summit = topicsOf('La COP25 s’ouvre à Madrid', 'Deux cents pays sont réunis pendant deux semaines.', 'Les délégués doivent s’entendre sur la baisse des gaz à effet de serre. Les ONG dénoncent des engagements trop faibles des grands pays.');
  assert.ok(summit.includes('environnement'), summit.join(', '));
});

test('children hit by a lorry are road safety news', () => {
  const got = topicsOf('Isère : deux enfants percutés par un camion à la sortie de l’école', 'L’un des deux est grièvement blessé.', 'Le chauffeur ne les aurait pas vus en tournant. Les gendarmes ont ouvert une enquête pour blessures involontaires.');
  assert.ok(got.includes('securite-routiere'), got.join(', '));
});

test('Ariane the rocket is space news; Ariane the first name is not', () => {
  const launch = topicsOf('Kourou : Ariane 5 met deux satellites en orbite', 'Après trois reports, le lanceur européen a décollé samedi soir.', 'Arianespace annonce le succès de sa troisième mission de l’année.');
  assert.ok(launch.includes('espace'), launch.join(', '));
  const obituary = topicsOf('Mort d’Ariane Carletti, l’animatrice du Club Dorothée', 'Ariane Carletti est morte à 64 ans.', 'Ariane Carletti avait animé l’émission pendant dix ans. Ariane Carletti était aussi chanteuse.');
  assert.ok(!obituary.includes('espace'), obituary.join(', '));
  const cell = topicsOf('Disparitions : la cellule Ariane reprend les dossiers non résolus', 'Des gendarmes de la cellule Ariane enquêtent depuis janvier.', 'La cellule Ariane alimentera le logiciel des enquêteurs.');
  assert.ok(!cell.includes('espace'), cell.join(', '));
});
