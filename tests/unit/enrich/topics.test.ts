import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readBuiltInKnowledge } from '../../../src/build/pipeline.ts';
import { articleAnalyser, loadKnowledge } from '../../../src/enrich/index.ts';
import type { Article, TopicDef } from '../../../src/model.ts';
import { assignTopics, buildTopicMatcher, kickerTopic, titleRubricTopic, topicEvidence } from '../../../src/enrich/topics.ts';
import { parseTaxonomy } from '../../../src/enrich/taxonomy.ts';

const topic = (slug: string, label: string, aliases: string[]): TopicDef => ({ slug, label, description: '', aliases });
const matcher = buildTopicMatcher([
  topic('intelligence-artificielle', 'Intelligence artificielle', ['IA', 'OpenAI', 'ChatGPT', 'IA générative']),
  topic('reseaux-sociaux', 'Réseaux sociaux', ['Instagram', 'créateur de contenu']),
  topic('chine', 'Chine', ['chinois', 'chinoise', 'Pékin']),
  topic('sante', 'Santé', ['hôpital', 'médecin']),
  topic('etats-unis', 'États-Unis', ['américain', 'Washington']),
  topic('japon', 'Japon', ['Tokyo', 'japonais']),
  topic('coree', 'Corées', ['Séoul']),
]);
/** The built-in taxonomy, compiled once for the tests that read it. */
const builtIn = buildTopicMatcher(loadKnowledge(readBuiltInKnowledge(), {}).topics);
/** Topics the built-in taxonomy gives an article of this title, lede and body. */
const topics = (title: string, lede: string, body = ''): string[] => assignTopics({ title, lede, body }, builtIn, []);
const filler = (words: number): string => Array.from({ length: words }, (_, i) => `mot${i % 50}`).join(' ');
const only = (body: string, title = '', lede = ''): string[] => assignTopics({ title, lede, body }, matcher, []);

test('aliases match through elisions, straight or curly', () => {
  assert.deepEqual(only('', 'L’IA et l\'IA', 'Le PDG d’OpenAI'), ['intelligence-artificielle']);
});

test('aliases match whatever the case and accents', () => {
  assert.deepEqual(only('', 'SANTE', 'les medecins de l’HOPITAL'), ['sante']);
});

test('plurals and multi-word aliases match: créateurs de contenus, hôpitaux, labels', () => {
  assert.deepEqual(only('Les créateurs de contenus, les créateurs de contenu et Instagram.'), ['reseaux-sociaux']);
  assert.deepEqual(only('', 'Hôpitaux et réseaux sociaux'), ['reseaux-sociaux', 'sante']);
});

test('one passing mention in a long body is not a topic', () => {
  assert.deepEqual(only(`${filler(400)} Pékin ${filler(400)}`), []);
  assert.deepEqual(only(`${filler(300)} Pékin, les Chinois ${filler(300)}`), []);
});

test('a mention in the title counts three times, in the lede twice', () => {
  assert.deepEqual(only(`${filler(200)} chinois`, 'Pékin'), ['chine']);
  assert.deepEqual(only(`${filler(200)} chinois`, '', 'Pékin'), ['chine']);
  assert.deepEqual(only(filler(200), '', 'Pékin'), []);
});

test('a long body needs more mentions than a short one', () => {
  assert.deepEqual(only(`${filler(100)} Pékin chinois chinoise`), ['chine']);
  assert.deepEqual(only(`${filler(1500)} Pékin chinois chinoise`), []);
});

test('an aside far below the main topic is left out', () => {
  const body = `${'L’IA générative et ChatGPT. '.repeat(8)} Le patron ira à Séoul, Séoul et Séoul.`;
  assert.deepEqual(only(body), ['intelligence-artificielle']);
});

test('topics are ordered by score, then slug, at most six', () => {
  const body = 'IA OpenAI ChatGPT IA OpenAI ChatGPT Pékin chinois Pékin chinois hôpital médecin hôpital américain Washington américain Tokyo japonais Tokyo Séoul Corées Séoul Instagram Réseaux sociaux Instagram';
  assert.deepEqual(only(body), ['intelligence-artificielle', 'chine', 'coree', 'etats-unis', 'japon', 'reseaux-sociaux']);
});

test('a topic named in the title is assigned even when the body is about something else (issue 12)', () => {
  const body = 'Tokyo japonais Tokyo japonais Tokyo japonais Tokyo japonais Tokyo japonais Tokyo japonais Tokyo japonais';
  assert.deepEqual(only(`${body} Le médecin repart.`, 'Un médecin à Tokyo'), ['japon', 'sante']);
  assert.deepEqual(only(body, 'Un voyage'), ['japon']);
});

test('a topic named in the title only is a passing word, unless the title is all there is', () => {
  assert.deepEqual(only(`${filler(200)} Tokyo japonais Tokyo`, 'Un chaton prend l’avion pour Pékin'), ['japon']);
  assert.deepEqual(only('', 'Un chaton prend l’avion pour Pékin'), ['chine']);
});

test('a word of the title the story hardly tells again, under a fifth of the best topic, is its setting, not its subject', () => {
  const story = 'Tokyo, les japonais, Tokyo encore, un japonais, Tokyo, des japonais, Tokyo et les japonais, Tokyo, japonais, Tokyo. '.repeat(2);
  // Santé: title 3 + one body mention = 4, under a fifth of Japon's 3 + 22 = 25; one more mention and it is a subject.
  assert.deepEqual(only(`${story} Un médecin.`, 'Un médecin japonais'), ['japon']);
  assert.deepEqual(only(`${story} Un médecin, un hôpital.`, 'Un médecin japonais'), ['japon', 'sante']);
});

test('one alias repeated is not a subject: a topic outside the title needs two different aliases', () => {
  assert.deepEqual(only('hôpital hôpital hôpital hôpital'), []);
  assert.deepEqual(only('hôpital médecin hôpital'), ['sante']);
});

test('a topic yielding to a narrower one found in the text is left out, unless the title names it', () => {
  const narrow = buildTopicMatcher([
    { ...topic('sante', 'Santé', ['hôpital', 'médecin', 'épidémie']), yieldsTo: ['covid-19', 'absent'] },
    topic('covid-19', 'Covid-19', ['coronavirus', 'confinement']),
  ]);
  const body = 'Le coronavirus, le confinement, encore le coronavirus : l’épidémie gagne, les médecins et l’hôpital s’inquiètent.';
  assert.deepEqual(assignTopics({ title: '', lede: '', body }, narrow, []), ['covid-19']);
  assert.deepEqual(assignTopics({ title: 'Un médecin raconte', lede: '', body }, narrow, []), ['sante', 'covid-19']);
  assert.deepEqual(assignTopics({ title: '', lede: '', body: 'L’épidémie de grippe : les médecins et l’hôpital s’inquiètent.' }, narrow, []), ['sante']);
});

test('a topic the story tells far more than the narrower one it yields to stays: politicians acting are politics too', () => {
  const politics = buildTopicMatcher([
    { ...topic('politique', 'Politique', ['ministre', 'Élysée', 'Premier ministre', 'conseil des ministres']), yieldsTo: ['mouvements-sociaux'] },
    topic('mouvements-sociaux', 'Mouvements sociaux', ['grève', 'manifestation', 'syndicat']),
  ]);
  // A strike told through the unions, a minister quoted once: the strike is the subject.
  const strike = { title: 'La grève continue', lede: 'Les syndicats appellent à une nouvelle manifestation.', body: 'La grève touche les dépôts ; un ministre a réagi. Le syndicat promet une autre manifestation et la grève s’étend.' };
  assert.deepEqual(assignTopics(strike, politics, []), ['mouvements-sociaux']);
  // A government meeting told through ministers and the Élysée, the strike named in passing.
  const meeting = { title: 'Réunion de crise sur la grève', lede: 'Le Premier ministre réunit les ministres à l’Élysée.', body: 'Un conseil des ministres suit ; chaque ministre présente un plan. L’Élysée veut aller vite, le Premier ministre aussi. Les syndicats attendent.' };
  assert.deepEqual(assignTopics(meeting, politics, []), ['politique', 'mouvements-sociaux']);
});

test('a weak alias never names the subject from the title, nor finds a topic alone', () => {
  const cars = buildTopicMatcher([
    { ...topic('automobile', 'Automobile', ['SUV', 'moteur', 'berline']), weakAliases: ['voiture', 'véhicule'] },
    topic('faits-divers', 'Faits divers', ['noyade', 'gendarmes']),
  ]);
  const crash = { title: 'Un pêcheur emporté par sa voiture', lede: 'Les gendarmes parlent d’une noyade : la voiture a glissé.', body: 'Le véhicule est sorti de l’eau.' };
  assert.deepEqual(assignTopics(crash, cars, []), ['faits-divers']);
  const launch = { title: 'Une nouvelle voiture chez le constructeur', lede: 'Ce SUV reprend le moteur de la berline.', body: 'La voiture arrive en mai.' };
  assert.deepEqual(assignTopics(launch, cars, []), ['automobile']);
});

test('a not_aliases phrase keeps its words from signalling the topic, and only that topic', () => {
  const m = buildTopicMatcher([
    { ...topic('espace', 'Espace', ['fusée', 'satellite']), notAliases: ['espace Schengen', 'espace public'] },
    { ...topic('elections', 'Élections', ['municipales', 'scrutin']), notAliases: ['police municipale'] },
    topic('faits-divers', 'Faits divers', ['police', 'agression']),
  ]);
  // « espace » is the label of Espace: here it is the Schengen area, twice.
  assert.deepEqual(assignTopics({ title: 'L’espace Schengen en question', lede: 'L’espace Schengen et l’espace public.', body: '' }, m, []), []);
  assert.deepEqual(assignTopics({ title: 'L’espace, une fusée', lede: 'La fusée part dans l’espace.', body: '' }, m, []), ['espace']);
  // « police municipale » is no election, and still police.
  assert.deepEqual(assignTopics({ title: 'La police municipale après une agression', lede: 'La police municipale est intervenue après l’agression.', body: '' }, m, []), ['faits-divers']);
  assert.deepEqual(assignTopics({ title: 'Les municipales, le scrutin de mars', lede: 'Le scrutin des municipales approche.', body: '' }, m, []), ['elections']);
});

test('four different weak aliases together make a topic that one or two of them never make', () => {
  const police = buildTopicMatcher([{ ...topic('faits-divers', 'Faits divers', ['meurtre']), weakAliases: ['meurt', 'pompiers', 'victime', 'enquête'] }]);
  const drowning = { title: 'Un plongeur de 50 ans disparaît au large de l’île', lede: 'Le plongeur meurt malgré les pompiers.', body: 'La victime plongeait seule. Une enquête est ouverte.' };
  assert.deepEqual(assignTopics(drowning, police, []), ['faits-divers']);
  const fire = { title: 'Les pompiers fêtent leur caserne', lede: 'Les pompiers ouvrent leurs portes.', body: 'Une enquête de satisfaction suit.' };
  assert.deepEqual(assignTopics(fire, police, []), []);
});

test('a topic outside the title must reach 40 % of the best score, or 30 % when told five times in three ways, a quarter more when only the body names it', () => {
  const main = 'L’IA générative, ChatGPT et OpenAI. '.repeat(5);
  // China five times in two ways against the IA's fifteen mentions (33 %): an aside.
  assert.deepEqual(only(`${main} Pékin, les chinois, Pékin, les chinois, Pékin.`), ['intelligence-artificielle']);
  // Named in the lede, then five times in three ways: a secondary subject.
  assert.deepEqual(only(`${main} Les chinois, une chinoise, Pékin encore, les chinois.`, '', 'Et Pékin.'), ['intelligence-artificielle', 'chine']);
  // Named in the lede, then seven times in two ways: a subject.
  assert.deepEqual(only(`${main} Les chinois, Pékin, les chinois, Pékin, les chinois, Pékin.`, '', 'Et Pékin.'), ['intelligence-artificielle', 'chine']);
  // Seven times in two ways in the body alone (47 %, under 50 %): an aside.
  assert.deepEqual(only(`${main} Pékin, les chinois, Pékin, les chinois, Pékin, les chinois, Pékin.`), ['intelligence-artificielle']);
});

test('a rubric opening the lede names its topic (« INSOLITE - », « FAIT DIVERS. »), an unknown one nothing', () => {
  const rubrics = buildTopicMatcher([
    { ...topic('insolite', 'Insolite', ['cocasse']), categories: ['Buzz'] },
    { ...topic('faits-divers', 'Faits divers', ['meurtre']), categories: ['Fait divers'] },
    { ...topic('france', 'France', []), matchText: false },
  ]);
  const lede = (text: string) => assignTopics({ title: 'Un chat dans le métro', lede: text, body: 'Il a été rendu à sa maîtresse.' }, rubrics, []);
  assert.deepEqual(lede('INSOLITE - Un chat a pris la ligne 4 seul.'), ['insolite']);
  assert.deepEqual(lede('FAIT DIVERS. Un chat a pris la ligne 4 seul.'), ['faits-divers']);
  assert.deepEqual(lede('BUZZ : un chat a pris la ligne 4 seul.'), ['insolite']);
  assert.deepEqual(lede('VIDÉO - Un chat a pris la ligne 4 seul.'), []);
  assert.deepEqual(lede('FRANCE - Un chat a pris la ligne 4 seul.'), []);
  assert.deepEqual(lede('Insolite : un chat a pris la ligne 4 seul.'), []);
  assert.equal(kickerTopic('INSOLITE - Un chat.', rubrics), 0);
});

test('a rubric opening the title names its topic (« Retraites : »), even when the text names others more', () => {
  const matcher = buildTopicMatcher([
    topic('retraites', 'Retraites', ['réforme des retraites', 'pension']),
    topic('politique', 'Politique', ['LFI', 'opposition', 'député', 'Mélenchon']),
    topic('elections', 'Élections', ['présidentielle']),
    { ...topic('france', 'France', []), matchText: false },
  ]);
  const body = 'LFI, Mélenchon et les députés de l’opposition. '.repeat(6);
  const article = (title: string) => assignTopics({ title, lede: 'Les insoumis veulent rassembler l’opposition.', body }, matcher, []);
  assert.deepEqual(article('Retraites : LFI veut rassembler l’opposition'), ['politique', 'retraites']);
  assert.deepEqual(article('LFI veut rassembler l’opposition'), ['politique'], 'without the rubric, politics only');
  assert.equal(titleRubricTopic('Présidentielle 2017 : le calendrier', matcher), 2, 'a year after the rubric');
  assert.equal(titleRubricTopic('France : le calendrier', matcher), undefined, 'a topic the text never names');
  assert.equal(titleRubricTopic('Paris : un chat dans le métro', matcher), undefined);
  assert.equal(titleRubricTopic('Un chat dans le métro', matcher), undefined);
});

test('a topic brings the broader topics it implies, ranked with it', () => {
  const world = buildTopicMatcher([
    { ...topic('chine', 'Chine', ['Pékin', 'chinois']), implies: ['international'] },
    topic('international', 'International', ['diplomatie']),
    topic('sante', 'Santé', ['hôpital', 'médecin']),
  ]);
  assert.deepEqual(assignTopics({ title: 'Pékin ouvre un hôpital', lede: 'Les médecins chinois sont prêts.', body: '' }, world, []), ['chine', 'international', 'sante']);
  assert.deepEqual(assignTopics({ title: 'Un hôpital ouvre', lede: 'Les médecins sont prêts.', body: '' }, world, []), ['sante']);
});

test('front-matter topics come first, mapped to taxonomy slugs by slug, label or alias', () => {
  const doc = { title: 'Pékin', lede: '', body: '' };
  assert.deepEqual(assignTopics(doc, matcher, ['Santé', 'chine']), ['sante', 'chine']);
  assert.deepEqual(assignTopics(doc, matcher, ['hôpital']), ['sante', 'chine']);
});

test('a front-matter topic outside the taxonomy is kept as its slug', () => {
  assert.deepEqual(assignTopics({ title: '', lede: '', body: '' }, matcher, ['Faits divers', 'faits-divers']), ['faits-divers']);
});

test('front-matter topics are all kept even beyond the cap', () => {
  const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  assert.deepEqual(assignTopics({ title: 'Pékin', lede: '', body: '' }, matcher, many), many);
});

test('assignment is deterministic', () => {
  const doc = { title: 'Tokyo et Pékin', lede: 'Séoul, Washington, Pékin, Tokyo', body: 'IA IA' };
  const first = assignTopics(doc, matcher, []);
  for (let i = 0; i < 3; i++) assert.deepEqual(assignTopics(doc, matcher, []), first);
  assert.deepEqual(first, ['chine', 'japon']);
});

test('a word of the title that only says where the story happens (« dans le métro », « sur l’autoroute ») weighs as a body mention', () => {
  const transit = buildTopicMatcher([topic('transports', 'Transports', ['métro', 'RATP']), topic('animaux', 'Animaux', ['chèvre', 'chien'])]);
  const got = (title: string) => assignTopics({ title, lede: 'Une chèvre a voyagé seule.', body: 'La chèvre et le chien sont rentrés par le métro.' }, transit, []);
  assert.deepEqual(got('Une chèvre voyage dans le métro'), ['animaux']);
  assert.deepEqual(got('Une chèvre voyage sur le métro'), ['animaux', 'transports']);
  assert.deepEqual(got('Le métro accueille une chèvre'), ['animaux', 'transports']);
  // « sur » an alias of two long words is what the story is about, not where it happens.
  const pensions = buildTopicMatcher([topic('retraites', 'Retraites', ['réforme des retraites']), topic('politique', 'Politique', ['ministre', 'député'])]);
  assert.deepEqual(assignTopics({ title: 'Sur la réforme des retraites, le ministre veut aller vite', lede: 'Le ministre a parlé aux députés.', body: 'Le député et le ministre.' }, pensions, []), ['politique', 'retraites']);
});

test('in the lede and body, a word that only says where the story happens (« dans le métro ») backs a subject and never makes one', () => {
  const transit = buildTopicMatcher([topic('transports', 'Transports', ['métro', 'rame']), topic('sante', 'Santé', ['maternité'])]);
  const got = (lede: string, body: string) => assignTopics({ title: 'Un bébé pressé', lede, body }, transit, []);
  assert.deepEqual(got('Une femme a accouché dans le métro parisien.', 'Le bébé est né dans une rame, entre deux stations. Les pompiers sont venus dans le métro.'), []);
  assert.deepEqual(got('Une femme a accouché dans le métro parisien.', 'La rame a été arrêtée. Le métro a repris une heure plus tard.'), ['transports']);
});

test('the crimes of a work of fiction the title names are its plot, not Faits divers; « une série de cambriolages » is police news', () => {
  const crime = buildTopicMatcher([topic('faits-divers', 'Faits divers', ['meurtre', 'enquêteur', 'cambriolage']), topic('culture', 'Culture', ['romancière', 'écrivain'])]);
  const body = 'Un enquêteur y résout un meurtre par épisode. Le meurtre de la saison finale reste le plus célèbre, et l’enquêteur le plus aimé.';
  assert.deepEqual(assignTopics({ title: 'La série policière revient pour une dernière saison', lede: 'Les fans retrouveront leur enquêteur.', body }, crime, []), []);
  assert.deepEqual(assignTopics({ title: 'Le quartier revient au calme', lede: 'Les habitants retrouvent leur enquêteur.', body }, crime, []), ['faits-divers']);
  assert.deepEqual(assignTopics({ title: 'Une série de cambriolages inquiète le quartier', lede: 'Un enquêteur a été chargé du dossier.', body: 'Un cambriolage par nuit.' }, crime, []), ['faits-divers']);
});

test('a title alias names the subject in the title alone, never in the lede or body, nor where the story happens', () => {
  const media = buildTopicMatcher([
    { ...topic('medias', 'Médias', ['audiovisuel']), titleAliases: ['TF1', 'France 2'] },
    topic('people', 'People', ['animatrice', 'chanteuse']),
  ]);
  const got = (title: string, lede: string) => assignTopics({ title, lede, body: 'L’animatrice a longtemps été la voix de la météo. La chanteuse l’admire.' }, media, []);
  assert.deepEqual(got('L’animatrice quitte TF1 après trente ans', 'Elle part.'), ['people', 'medias']);
  assert.deepEqual(got('L’animatrice se confie', 'Elle l’a raconté sur TF1 et sur France 2, puis encore sur TF1.'), ['people']);
  assert.deepEqual(got('L’animatrice tacle une chanteuse sur France 2', 'Elle part.'), ['people']);
});

test('a topic marked needsLede is a subject only when the title or the lede names it; from the body alone only in a story whose title and lede announce no subject', () => {
  const words = buildTopicMatcher([
    { ...topic('economie', 'Économie', ['fiscalité', 'déficit public', 'croissance']), needsLede: true },
    topic('politique', 'Politique', ['député', 'Assemblée nationale']),
  ]);
  // A deputy's change of group, the body recalling his votes on taxes and the deficit: politics, not the economy.
  const change = { title: 'Un député quitte son groupe', lede: 'Le député siégera parmi les non-inscrits de l’Assemblée nationale.', body: 'Il avait voté contre la réforme de la fiscalité, puis contre le budget, jugeant le déficit public trop lourd. Sur la croissance, il restait prudent. La fiscalité, selon lui, pèse trop.' };
  assert.deepEqual(assignTopics(change, words, []), ['politique']);
  // The same words announced by the lede: a story about the economy.
  const outlook = { ...change, lede: 'La croissance ralentit et le déficit public se creuse, prévient un député.' };
  assert.ok(assignTopics(outlook, words, []).includes('economie'));
  // A story whose title and lede announce no subject at all is told by its body.
  const unannounced = { title: 'Le point du mardi', lede: 'Voici ce qu’il faut savoir.', body: change.body };
  assert.deepEqual(assignTopics(unannounced, words, []), ['economie']);
});

test('the built-in Automobile topic needs its title or lede: a candidate’s burnt Mercedes SUV is no car story; a car story without a car in its title is one', () => {
  const arson = { title: 'Municipales en Corse : la voiture d’une candidate incendiée', lede: 'Les faits se sont produits dans la nuit de samedi à dimanche.', body: 'Le parquet a ouvert une enquête. Les secours ont découvert la voiture de la tête de liste, incendiée sur un parking. La voiture brûlée, un Mercedes SUV, était la seule garée là. Une semaine avant le premier tour des élections municipales, l’incendie a été dénoncé par les élus.' };
  assert.ok(!assignTopics(arson, builtIn, []).includes('automobile'));
  const review = { title: 'Un record pour l’Abarth 124 Spider', lede: 'Le cabriolet italien a battu son record.', body: 'Son moteur turbo de 170 ch et sa boîte de vitesses courte font merveille.' };
  assert.ok(assignTopics(review, builtIn, []).includes('automobile'));
});

test('a maker named in the lede of an untitled text makes a car story, beside a place abroad (the eleventh reader’s review: Subaru was not known)', () => {
  const { analyse } = articleAnalyser(loadKnowledge(readBuiltInKnowledge(), {}));
  const lede = 'Désirant participer à sa manière aux célébrations du 30e anniversaire de Subaru Tecnica International (STI), Subaru South Africa a conçu une édition (très) spéciale de la Subaru WRX STI baptisée « Diamond Edition ».';
  const body = 'Ce modèle exclusif est le plus puissant des modèles Subaru WRX STI, car animé par un bloc développant 349 ch et 463 Nm. Subaru South Africa a limité la production de ce modèle à 30 unités.';
  const article = { id: 'sti', sourceFile: 'sti.txt', title: 'Désirant participer à sa manière, aux célébrations…', lede, sections: [{ paragraphs: [body] }], topics: [], diagnostics: [], date: { iso: '2018-11-15', precision: 'day' } } as unknown as Article;
  assert.ok(analyse(article).topics.includes('automobile'));
});

test('human remains found are police news: « un couple découvre un squelette d’enfant dans son jardin » (the eleventh reader’s review found it without topic)', () => {
  const remains = { title: 'Deux-Sèvres : un couple découvre un squelette d’enfant dans son jardin', lede: 'Un couple habitant près de Niort a découvert dans son jardin des ossements qui pourraient être ceux d’un enfant.', body: 'Elle alerte son compagnon, qui pense d’abord à la dépouille d’un animal. Mais en creusant un peu plus, il découvre un crâne et une mâchoire.' };
  assert.deepEqual(assignTopics(remains, builtIn, []), ['faits-divers']);
});

test('a topic marked ledeSubject is a subject when the lede names it and the body again in another word, however small its share', () => {
  const defs = [
    topic('covid-19', 'Covid-19', ['coronavirus', 'confinement', 'épidémie']),
    topic('education', 'Éducation', ['école', 'élève', 'enseignant', 'rentrée', 'classe']),
  ];
  const reopening = {
    title: 'Les écoles rouvrent lundi : ce qui attend les élèves',
    lede: 'Après le confinement, les enseignants préparent la rentrée des élèves.',
    body: 'Dans chaque école, les classes accueilleront quinze élèves au plus. Les enseignants alterneront les groupes, et la rentrée se fera par niveau. Les parents pourront garder leurs enfants à la maison. Le coronavirus circule encore, rappelle le ministère.',
  };
  assert.deepEqual(assignTopics(reopening, buildTopicMatcher(defs), []), ['education']);
  const framed = buildTopicMatcher([{ ...defs[0]!, ledeSubject: true }, defs[1]!]);
  assert.deepEqual(assignTopics(reopening, framed, []), ['education', 'covid-19']);
  // Named in the lede alone, the pandemic is still an aside.
  assert.deepEqual(assignTopics({ ...reopening, body: reopening.body.replace(' Le coronavirus circule encore, rappelle le ministère.', '') }, framed, []), ['education']);
});

test('a topic marked ledeSubject named in the title and again in the text needs no share of the best score', () => {
  const defs = [
    topic('mouvements-sociaux', 'Mouvements sociaux', ['grève']),
    topic('transports', 'Transports', ['train', 'TGV', 'gare', 'trafic', 'RER', 'TER', 'voyageur']),
  ];
  const strike = {
    title: 'Neuf trains sur dix supprimés jeudi par la grève',
    lede: 'Le trafic des TGV, des TER et des RER sera très perturbé, prévient la SNCF.',
    body: 'Dans chaque gare, les voyageurs sont invités à reporter leur trajet. Un train sur trois circulera sur les lignes de RER. Les TGV vers le sud seront les plus touchés. La grève est reconductible. Le trafic des TER reprendra vendredi, les voyageurs pourront échanger leur billet de train. Les trains de nuit et les TGV vers l’Italie restent à quai.',
  };
  assert.deepEqual(assignTopics(strike, buildTopicMatcher(defs), []), ['transports']);
  assert.deepEqual(assignTopics(strike, buildTopicMatcher([{ ...defs[0]!, ledeSubject: true }, defs[1]!]), []), ['transports', 'mouvements-sociaux']);
  // As the title's rubric, it is a subject whatever the share.
  assert.deepEqual(assignTopics({ ...strike, title: 'Grève : neuf trains sur dix supprimés jeudi' }, buildTopicMatcher(defs), []), ['transports', 'mouvements-sociaux']);
});

test('a cause alias makes its topic a subject of an article given the movement it names the cause of (a strike against the pension reform)', () => {
  const defs = [
    { ...topic('mouvements-sociaux', 'Mouvements sociaux', ['grève', 'gréviste', 'manifestation', 'cortège']), ledeSubject: true as const },
    topic('transports', 'Transports', ['train', 'métro', 'RATP', 'trafic', 'ligne']),
    { ...topic('retraites', 'Retraites', ['réforme des retraites', 'pension']), causeAliases: ['contre la réforme des retraites'], causeOf: ['mouvements-sociaux'] },
  ];
  const strikeDay = {
    title: 'Grève : le trafic reste perturbé à la RATP ce lundi',
    lede: 'Les grévistes maintiennent la pression, le trafic du métro reste très perturbé.',
    body: 'Seules deux lignes de métro fonctionnent normalement. Les grévistes, mobilisés contre la réforme des retraites, ont voté la reconduction de la grève. Le trafic des trains de banlieue est lui aussi perturbé, et la RATP conseille le télétravail.',
  };
  assert.deepEqual(assignTopics(strikeDay, buildTopicMatcher(defs.map(({ causeAliases, causeOf, ...d }) => d)), []), ['transports', 'mouvements-sociaux']);
  assert.deepEqual(assignTopics(strikeDay, buildTopicMatcher(defs), []), ['transports', 'mouvements-sociaux', 'retraites']);
  // Without the movement, the phrase in passing makes no pensions story (a company's losses « liées aux grèves contre la réforme des retraites »).
  const losses = { title: 'La RATP chiffre ses pertes de l’année', lede: 'Le trafic a baissé de moitié au printemps.', body: 'Les pertes liées au trafic du métro et des trains, et aux grèves contre la réforme des retraites en décembre, dépassent un milliard.' };
  assert.ok(!assignTopics(losses, buildTopicMatcher(defs), []).includes('retraites'));
});

test('a topic marked ledeKeeps stays beside the narrower topic it yields to when its lede tells it in three words', () => {
  const defs = [
    { ...topic('justice', 'Justice', ['procès', 'avocat', 'tribunal', 'verdict']), yieldsTo: ['faits-divers'] },
    topic('faits-divers', 'Faits divers', ['meurtre', 'victime', 'enquêteur', 'suspect']),
  ];
  const trial = {
    title: 'Le meurtre de la joggeuse devant les juges',
    lede: 'Au procès, l’avocat du suspect a plaidé devant le tribunal.',
    body: 'Le meurtre avait bouleversé le village. La victime courait chaque matin. Les enquêteurs avaient retrouvé le suspect grâce à son téléphone. La victime et le suspect ne se connaissaient pas. Le meurtre a été commis un dimanche.',
  };
  assert.deepEqual(assignTopics(trial, buildTopicMatcher(defs), []), ['faits-divers']);
  assert.deepEqual(assignTopics(trial, buildTopicMatcher([{ ...defs[0]!, ledeKeeps: true }, defs[1]!]), []), ['faits-divers', 'justice']);
});

test('one specific alias (two words of four letters or more) makes a topic alone; one short word repeated does not', () => {
  const rights = buildTopicMatcher([
    topic('droits-des-femmes', 'Droits des femmes', ['harcèlement sexuel', 'sexiste']),
    topic('politique', 'Politique', ['conseil municipal', 'adjoint']),
  ]);
  const complaint = { title: 'Un adjoint au maire suspendu par le conseil municipal', lede: 'Deux employées de la mairie l’accusent de harcèlement sexuel.', body: 'Le conseil municipal a voté la suspension. La plainte pour harcèlement sexuel a été transmise au parquet.' };
  assert.deepEqual(assignTopics(complaint, rights, []), ['politique', 'droits-des-femmes']);
  const remark = { ...complaint, lede: 'Deux employées jugent son discours sexiste.', body: 'Le conseil municipal a voté la suspension. Le mot sexiste revient dans la plainte.' };
  assert.deepEqual(assignTopics(remark, rights, []), ['politique']);
});

test('a topic whose story starts later (`since`) is not found in an older article’s text; front matter still gives it; `since` is read from sujets.yml and checked', () => {
  const pandemic = buildTopicMatcher([{ ...topic('covid-19', 'Covid-19', ['confinés', 'confinement', 'coronavirus']), since: '2019-12' }]);
  const doc = { title: 'Des croisiéristes confinés pendant dix jours', lede: 'Le confinement a duré dix jours.', body: 'Ils sont restés confinés dans leurs cabines, sous le confinement.' };
  assert.deepEqual(assignTopics({ ...doc, date: '2017-08-09' }, pandemic, []), []);
  assert.deepEqual(assignTopics({ ...doc, date: '2020-03-20' }, pandemic, []), ['covid-19']);
  assert.deepEqual(assignTopics(doc, pandemic, []), ['covid-19'], 'an undated article');
  assert.deepEqual(assignTopics({ ...doc, date: '2017-08-09' }, pandemic, ['Covid-19']), ['covid-19'], 'its front matter');
  const parsed = parseTaxonomy('sujets.yml', '- slug: covid-19\n  label: Covid-19\n  description: La pandémie.\n  since: 2019-12\n  aliases: [coronavirus]\n- slug: x\n  label: X\n  description: X.\n  since: 2020\n  aliases: [x]\n- slug: y\n  label: Y\n  description: Y.\n  since: décembre\n  aliases: [y]');
  assert.deepEqual(parsed.topics.map((t) => [t.slug, t.since]), [['covid-19', '2019-12'], ['x', '2020']]);
  assert.match(parsed.diagnostics.find((d) => d.level === 'error')!.message, /« since » est un mois ou une année/);
});

test('an alias in -e is not a word in é (« juge » is not « jugés peu attractifs »); an alias in é is found with or without its accent (« SANTE »)', () => {
  const matcher = buildTopicMatcher([
    { slug: 'justice', label: 'Justice', description: '', aliases: ['juge', 'jugé pour'] },
    { slug: 'sante', label: 'Santé', description: '', aliases: ['santé'] },
  ]);
  const found = (text: string) => topicEvidence({ title: '', lede: text, body: '' }, matcher).evidence.map((e) => matcher.slugs[e.topic]);
  assert.deepEqual(found('Les magasins jugés peu attractifs ferment.'), []);
  assert.deepEqual(found('Le juge a tranché. Les juges aussi.'), ['justice']);
  assert.deepEqual(found('Il a été jugé pour vol.'), ['justice']);
  assert.deepEqual(found('SANTE : les hôpitaux débordés.'), ['sante']);
  assert.deepEqual(found('La santé des Français.'), ['sante']);
});

test('the built-in Justice topic: to condemn an act is to denounce it (« a fermement condamné les fusillades »); a court’s sentence is still justice', () => {
  const denounced = { title: 'Le député a fermement condamné les fusillades en Allemagne', lede: 'L’élu du Rassemblement national a condamné sans ambages les fusillades aux motivations xénophobes.', body: 'Il y voit le signe de tensions entre communautés. Le parti allemand AfD est selon lui respectable.' };
  assert.ok(!assignTopics(denounced, builtIn, []).includes('justice'));
  const sentenced = { title: 'Le tireur condamné à vingt ans de prison', lede: 'La cour d’assises a condamné l’homme à vingt ans de réclusion.', body: 'Son avocat va faire appel du verdict.' };
  assert.ok(assignTopics(sentenced, builtIn, []).includes('justice'));
});

test('the built-in topics: an adjective, an idiom or a phone in one’s pocket is no subject (« le tourisme mondial », « un petit joueur », « sa vie privée », a stolen smartphone); the World Cup still is', () => {
  assert.ok(!topics('Coronavirus : le tourisme mondial menacé', 'Le secteur craint une baisse des voyages.').includes('sport'));
  assert.ok(!topics('Emmanuel Macron est un « petit joueur », ironise François Fillon', 'L’ancien Premier ministre critique le président.').includes('sport'));
  assert.ok(!topics('Bernard Cazeneuve : l’anecdote restée secrète sur sa vie privée', 'L’ancien Premier ministre se confie.').includes('technologie'));
  assert.ok(!topics('Une ministre victime d’un pickpocket', 'On lui a volé son téléphone portable dans le métro.', 'Son smartphone a disparu.').includes('technologie'));
  assert.ok(topics('Le Mondial 2018 : les Bleus en finale', 'Les joueurs de Didier Deschamps affrontent la Croatie au stade Loujniki.').includes('sport'));
});

test('the built-in topics: being exposed to screens is no exhibition; a hospital’s deprogrammed operations are no television', () => {
  assert.ok(!topics('Enfants et écrans : une exposition le matin favorise les troubles du langage', 'L’exposition aux écrans avant l’école triple le risque, selon une étude.').includes('culture'));
  assert.ok(!topics('Coronavirus : les hôpitaux se préparent', 'Le plan blanc prévoit la déprogrammation des opérations chirurgicales non urgentes.', 'Les hôpitaux ont lancé la déprogrammation des interventions.').includes('medias'));
  assert.ok(topics('Une nouvelle exposition au musée du Louvre', 'Le musée présente les peintures de Léonard de Vinci.').includes('culture'));
});

test('the built-in Éducation topic yields to Faits divers: a crime whose story happens at a school is a crime story; a school story stays one', () => {
  const crime = topics('Un père armé interpellé à Choisy-le-Roi', 'Vêtu d’un gilet pare-balles, il s’est présenté devant une école primaire, où une enseignante a donné l’alerte.', 'Les élèves ont été confinés dans leurs classes par l’institutrice. Le forcené a été interpellé par les policiers ; une enquête a été ouverte et le suspect placé en garde à vue.');
  assert.ok(crime.includes('faits-divers') && !crime.includes('education'), crime.join());
  assert.ok(topics('Réforme du bac : les enseignants inquiets', 'Les professeurs et les élèves de lycée découvrent les nouvelles épreuves.').includes('education'));
});

test('the built-in Animaux topic: hunting backs an animal story and never makes one; a shooting brake is a car', () => {
  assert.ok(!topics('Les étonnants cadeaux de Laurent Wauquiez aux chasseurs', 'Le président de région a offert aux chasseurs une subvention pour la chasse.', 'Les chasseurs remercient la région.').includes('animaux'));
  assert.ok(!topics('Le break de chasse par Aston Martin', 'Aston Martin dévoile un break de chasse.').includes('animaux'));
  assert.ok(topics('Un loup attaque un troupeau de moutons', 'Le loup a tué dix brebis, les chasseurs sont mobilisés.').includes('animaux'));
});

test('the built-in Espace topic: « en l’espace de six ans » is a span of time; fireworks are no rockets', () => {
  assert.ok(!topics('La fraude bancaire a plus que doublé en l’espace de six ans', 'Les banques constatent une hausse des fraudes en l’espace de six ans.').includes('espace'));
  assert.ok(!topics('Des fusées du feu d’artifice tombent sur la foule', 'Les fusées du feu d’artifice ont blessé trois spectateurs.').includes('espace'));
});

test('a reader’s review: a common noun in a person’s surname names no topic (« Camille Cerf » is no deer); a name the taxonomy lists still does', () => {
  const cerf = assignTopics({ title: 'DALS 8 : Camille Cerf recalée', lede: 'Camille Cerf ne participera pas à Danse avec les stars.', body: 'Les fans de Camille Cerf sont déçus, le cerf de sa photo aussi.', people: ['Camille Cerf'] }, builtIn, []);
  assert.ok(!cerf.includes('animaux'), cerf.join());
  assert.ok(topics('Le cerf blessé a été soigné', 'Le cerf a été recueilli par la SPA.').includes('animaux'));
  const macron = assignTopics({ title: 'Emmanuel Macron reçoit les maires', lede: 'Emmanuel Macron a reçu les maires à l’Élysée.', body: '', people: ['Emmanuel Macron'] }, builtIn, []);
  assert.ok(macron.includes('politique'), macron.join());
});

test('the built-in topics: a weather presenter is television, a declaration of wealth no heritage, paint no painting, a Range Rover Sport no sport', () => {
  assert.ok(!topics('Ornella Fleury : la nouvelle Miss météo de Canal+', 'La présentatrice météo fait ses débuts.').includes('meteo'));
  assert.ok(!topics('Déclarations de patrimoine : les députés bons élèves', 'Les déclarations de patrimoine des députés sont en ligne.').includes('culture'));
  assert.ok(!topics('Le domicile d’Éric Drouet vandalisé', 'Sa maison et sa voiture ont été enduits de peinture.').includes('culture'));
  assert.ok(!topics('Nouveau Range Rover Sport HST', 'Land Rover ajoute un moteur au Range Rover Sport.').includes('sport'));
  assert.ok(topics('Orages : trois départements en vigilance orange', 'Météo-France prévoit de violents orages.').includes('meteo'));
  assert.ok(topics('Le patrimoine de Notre-Dame restauré', 'Les journées du patrimoine attirent les visiteurs au musée.').includes('culture'));
});

test('a reader’s review: « ont élu domicile » elects no one, and « rapportent les médias locaux » is where a story comes from, not its subject', () => {
  const { analyse } = articleAnalyser(loadKnowledge(readBuiltInKnowledge(), {}));
  const title = 'Plus de 500 perruches ont élu domicile en plein centre de Montpellier, rapportent les médias locaux';
  const lede = 'Plus de 500 perruches ont élu domicile en plein centre de Montpellier, rapportent les médias locaux. Et le phénomène n’est pas nouveau.';
  const body = 'Plus de 500 perruches à collier peuplent actuellement le centre-ville de la préfecture de l’Hérault, rapportent les médias locaux. Ces oiseaux, reconnaissables à leurs couleurs vives, ont colonisé la ville. Le zoo avait reçu de nombreux mails d’habitants.';
  const topicsOf = analyse({ title, lede, sections: [{ heading: '', paragraphs: [body] }], date: { iso: '2020-07-08', precision: 'day' }, topics: [] } as unknown as Article).topics;
  assert.ok(!topicsOf.includes('politique'), topicsOf.join(', '));
  assert.ok(!topicsOf.includes('medias'), topicsOf.join(', '));
});

test('a word written with a capital after a model’s code is the model’s name (« la Yaris GR Sport », « une Evora GT410 Sport »), not sport; after an ordinal or an acronym alone it still counts', () => {
  const sport = buildTopicMatcher([topic('sport', 'Sport', ['sport', 'festival'])]);
  const found = (text: string) => topicEvidence({ title: text, lede: '', body: '' }, sport).evidence.length;
  assert.equal(found('Toyota présente sa Yaris GR Sport'), 0);
  assert.equal(found('Une Evora GT410 Sport en série limitée'), 0);
  assert.equal(found('Le sport à la Yaris'), 1);
  assert.equal(found('Le 70e Festival de Cannes'), 1);
  assert.equal(found('Le PS Sport veut des stades'), 1);
});
