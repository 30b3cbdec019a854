/**
 * Topics with Kiosque's built-in taxonomy where a topic's words are only another story's
 * context (taxes in a political story, a campaign's words in a politician's), and where women's
 * rights are the story without their usual words. Paraphrased sentences, not corpus articles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topicsOf } from '../../helpers/built-in-topics.ts';

test('taxes and the deficit in the body of a political story do not make it Économie; an economic story told from its title stays so', () => {
  const got = topicsOf(
    'Le Sénat rejette la motion de la majorité',
    'Les sénateurs ont voté contre le texte du gouvernement mardi soir.',
    'Le débat a porté sur la fiscalité locale, la suppression de la taxe d’habitation et le déficit public. L’opposition dénonce une hausse de l’impôt sur le revenu déguisée. Le budget de la Sécurité sociale sera examiné la semaine prochaine. Les investissements des collectivités et la croissance ont aussi été évoqués.',
  );
  assert.ok(got.includes('politique'), got.join(', '));
  assert.ok(!got.includes('economie'), got.join(', '));
  const outlook = topicsOf('La croissance ralentit au troisième trimestre', 'Le PIB n’a progressé que de 0,1 %, selon l’Insee.', 'Les économistes redoutent une récession l’an prochain, la consommation et l’investissement des entreprises marquant le pas.');
  assert.ok(outlook.includes('economie'), outlook.join(', '));
});

test('women as a group in the title (« les femmes », « des femmes ») make a women’s-rights story; « une femme » does not', () => {
  const group = topicsOf('À poste égal, les femmes paient encore leur mutuelle plus cher', 'Une étude compare les tarifs de vingt assureurs.', 'L’écart atteint parfois 15 %. Les assureurs invoquent des risques différents.');
  assert.ok(group.includes('droits-des-femmes'), group.join(', '));
  const one = topicsOf('Une femme gagne deux fois au loto la même semaine', 'La gagnante a joué les mêmes numéros.', 'Elle compte offrir un voyage à ses petits-enfants.');
  assert.ok(!one.includes('droits-des-femmes'), one.join(', '));
});

test('a minister named in the title is politics, not her portfolio', () => {
  const got = topicsOf('Marlène Schiappa inaugure une médiathèque à Caen', 'La secrétaire d’État a coupé le ruban samedi.', 'Marlène Schiappa a ensuite visité les salles de lecture avec le maire. Schiappa a salué les bibliothécaires.');
  assert.ok(got.includes('politique'), got.join(', '));
  assert.ok(!got.includes('droits-des-femmes'), got.join(', '));
});

test('a car shown abroad is car news: the foreign city of a motor show does not make it International', () => {
  const got = topicsOf(
    'Francfort : Opel dévoile son nouveau SUV compact',
    'Le constructeur présente au salon de Francfort un SUV hybride rechargeable.',
    'Ce SUV reprend la plateforme de la berline et son moteur essence de 1,6 litre. La marque allemande annonce une autonomie électrique de 50 km. Le modèle arrivera chez les concessionnaires au printemps, Opel visant les familles.',
  );
  assert.ok(got.includes('automobile'), got.join(', '));
  assert.ok(!got.includes('international'), got.join(', '));
});

test('a programme told with its host, set and viewers is a media story; a star seen once on television is not', () => {
  const feud = topicsOf(
    'Le ton monte entre deux figures du petit écran',
    'Lucie Marnier n’a pas digéré les piques de son ancien complice.',
    'L’animatrice a répondu dans une interview. « Sur le plateau, il ne laissait parler personne », dit-elle. Son émission du samedi a perdu des téléspectateurs depuis son départ, et l’audience de la chaîne a baissé.',
  );
  assert.ok(feud.includes('medias'), feud.join(', '));
  const star = topicsOf('Jeanne Orsel se confie sur son enfance', 'L’actrice évoque sa grand-mère et la Bretagne.', 'Vue l’an dernier à la télévision, la comédienne prépare un film sur ses souvenirs de vacances.');
  assert.ok(!star.includes('medias'), star.join(', '));
});

test('drivers and motorways are where a story happens, not road safety; speed and a radar are', () => {
  const toll = topicsOf(
    'Des manifestants lèvent les barrières d’un péage près de Nîmes',
    'Les automobilistes ont pu passer sans payer pendant trois heures.',
    'Sur l’autoroute, les automobilistes klaxonnaient pour saluer les manifestants. Des bouchons se sont formés à la sortie. La société d’autoroute chiffre la perte à plusieurs milliers d’euros.',
  );
  assert.ok(!toll.includes('securite-routiere'), toll.join(', '));
  const speed = topicsOf('Un automobiliste flashé à 210 km/h sur l’autoroute A7', 'Le conducteur roulait en excès de vitesse de plus de 80 km/h.', 'Les gendarmes l’ont arrêté après un radar automatique. Son permis de conduire lui a été retiré.');
  assert.ok(speed.includes('securite-routiere'), speed.join(', '));
});

test('a train, a plane or a ship a story happens on is its setting, not Transports; the service itself is', () => {
  const cat = topicsOf(
    'Un chat fugueur retrouve ses maîtres à Lyon',
    'Le matou était monté dans un train en gare de Dijon.',
    'Des passagers l’ont remarqué sous un siège. À l’arrivée, le chat a été confié au refuge de la gare, puis à ses maîtres, qui le cherchaient depuis une semaine.',
  );
  assert.ok(!cat.includes('transports'), cat.join(', '));
  const service = topicsOf('La SNCF supprime un TER sur deux en Occitanie', 'Le trafic ferroviaire restera perturbé jusqu’à dimanche.', 'Les cheminots protestent contre la fermeture de guichets. Les trains régionaux seront remplacés par des autocars.');
  assert.ok(service.includes('transports'), service.join(', '));
});
