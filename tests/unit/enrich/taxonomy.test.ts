import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseGazetteer, parseTaxonomy } from '../../../src/enrich/taxonomy.ts';
import { assignTopics, buildTopicMatcher } from '../../../src/enrich/topics.ts';

const FILE = 'sujets.yml';
/** Kiosque's built-in taxonomy, and its matcher, read once for the tests of its aliases. */
const BUILT_IN = parseTaxonomy('sujets.yml', readFileSync(new URL('../../../src/enrich/knowledge/sujets.yml', import.meta.url), 'utf8'));
const matcher = buildTopicMatcher(BUILT_IN.topics);
const ids = (diagnostics: { id: string; line?: number }[]): string[] => diagnostics.map((d) => `${d.id}@${d.line}`);

test('a valid taxonomy gives its topics and no diagnostics', () => {
  const text = '- slug: sante\n  label: Santé\n  description: Soins.\n  aliases: [hôpital, "2024"]\n- slug: chine\n  label: Chine\n  description: Pays.\n';
  const { topics, diagnostics } = parseTaxonomy(FILE, text);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(topics, [
    { slug: 'sante', label: 'Santé', description: 'Soins.', aliases: ['hôpital', '2024'] },
    { slug: 'chine', label: 'Chine', description: 'Pays.', aliases: [] },
  ]);
});

test('yields_to lists the narrower topics a topic gives way to; a non-list is an error', () => {
  const ok = parseTaxonomy(FILE, '- slug: sante\n  label: Santé\n  description: Soins.\n  yields_to: [covid-19]\n');
  assert.deepEqual(ok.topics[0]?.yieldsTo, ['covid-19']);
  const bad = parseTaxonomy(FILE, '- slug: sante\n  label: Santé\n  description: Soins.\n  yields_to: covid-19\n');
  assert.deepEqual(bad.topics, []);
  assert.deepEqual(ids(bad.diagnostics), ['taxonomy-bad-yields_to@4']);
});

test('weak_aliases, title_aliases, not_aliases and implies are lists of texts; a non-list is an error', () => {
  const ok = parseTaxonomy(FILE, '- slug: auto\n  label: Automobile\n  description: Voitures.\n  aliases: [SUV]\n  weak_aliases: [voiture]\n  title_aliases: [Salon de Genève]\n  not_aliases: [voiture de fonction]\n- slug: chine\n  label: Chine\n  description: Pays.\n  implies: [international]\n');
  assert.deepEqual(ok.diagnostics, []);
  assert.deepEqual(ok.topics[0]?.weakAliases, ['voiture']);
  assert.deepEqual(ok.topics[0]?.titleAliases, ['Salon de Genève']);
  assert.deepEqual(ok.topics[0]?.notAliases, ['voiture de fonction']);
  assert.equal(parseTaxonomy(FILE, '- slug: auto\n  label: Automobile\n  description: Voitures.\n  title_aliases: TF1\n').topics.length, 0);
  assert.deepEqual(ok.topics[1]?.implies, ['international']);
  const bad = parseTaxonomy(FILE, '- slug: auto\n  label: Automobile\n  description: Voitures.\n  weak_aliases: voiture\n- slug: chine\n  label: Chine\n  description: Pays.\n  implies: international\n');
  assert.deepEqual(bad.topics, []);
  assert.deepEqual(ids(bad.diagnostics), ['taxonomy-bad-weak_aliases@4', 'taxonomy-bad-implies@8']);
});

test('needs_lede: true marks a topic the body alone never gives; absent, the topic has no such mark', () => {
  const parsed = parseTaxonomy(FILE, '- slug: economie\n  label: Économie\n  description: Marchés.\n  aliases: [PIB]\n  needs_lede: true\n- slug: sante\n  label: Santé\n  description: Soins.\n  aliases: [hôpital]\n');
  assert.deepEqual(parsed.diagnostics, []);
  assert.equal(parsed.topics[0]?.needsLede, true);
  assert.equal(parsed.topics[1]?.needsLede, undefined);
});

test('cause_aliases and cause_of are read together; one without the other is reported and left out', () => {
  const both = parseTaxonomy(FILE, '- slug: retraites\n  label: Retraites\n  description: Pensions.\n  aliases: [pension]\n  cause_aliases: [contre la réforme des retraites]\n  cause_of: [mouvements-sociaux]\n');
  assert.deepEqual(both.diagnostics, []);
  assert.deepEqual([both.topics[0]?.causeAliases, both.topics[0]?.causeOf], [['contre la réforme des retraites'], ['mouvements-sociaux']]);
  const half = parseTaxonomy(FILE, '- slug: retraites\n  label: Retraites\n  description: Pensions.\n  aliases: [pension]\n  cause_aliases: [contre la réforme des retraites]\n');
  assert.deepEqual(half.diagnostics.map((d) => [d.id, d.line]), [['taxonomy-incomplete-cause', 1]]);
  assert.equal(half.topics[0]?.causeAliases, undefined);
});

test('lede_subject: true marks a topic the lede and body together make a subject; absent, the topic has no such mark', () => {
  const parsed = parseTaxonomy(FILE, '- slug: covid-19\n  label: Covid-19\n  description: Pandémie.\n  aliases: [coronavirus]\n  lede_subject: true\n- slug: sante\n  label: Santé\n  description: Soins.\n  aliases: [hôpital]\n');
  assert.deepEqual(parsed.diagnostics, []);
  assert.equal(parsed.topics[0]?.ledeSubject, true);
  assert.equal(parsed.topics[1]?.ledeSubject, undefined);
});

test('lede_keeps: true marks a topic that stays beside a narrower one when its lede tells it', () => {
  const parsed = parseTaxonomy(FILE, '- slug: justice\n  label: Justice\n  description: Tribunaux.\n  aliases: [procès]\n  yields_to: [faits-divers]\n  lede_keeps: true\n');
  assert.deepEqual(parsed.diagnostics, []);
  assert.equal(parsed.topics[0]?.ledeKeeps, true);
});

test('each wrong entry is an error naming its file and line, and is left out', () => {
  const text = [
    '- slug: sante', //                1
    '  label: Santé',
    '  description: Soins.',
    '- label: Sans slug', //           4
    '  description: x',
    '- slug: Pas_Kebab', //            6
    '  label: X',
    '  description: x',
    '- slug: sante', //                9
    '  label: Doublon',
    '  description: x',
    '- slug: ok-mais-aliases', //      12
    '  label: Y',
    '  description: x',
    '  aliases: IA', //                15
    '- slug: alias-nombre', //         16
    '  label: Z',
    '  description: x',
    '  aliases: [IA, 2024]', //        19
    '- slug: sans-label', //           20
    '  description: x',
  ].join('\n');
  const { topics, diagnostics } = parseTaxonomy(FILE, text);
  assert.deepEqual(topics.map((t) => t.slug), ['sante']);
  assert.deepEqual(ids(diagnostics), [
    'taxonomy-missing-slug@4',
    'taxonomy-bad-slug@6',
    'taxonomy-duplicate-slug@9',
    'taxonomy-bad-aliases@15',
    'taxonomy-bad-aliases@19',
    'taxonomy-missing-label@20',
  ]);
  for (const d of diagnostics) {
    assert.equal(d.file, FILE);
    assert.equal(d.level, 'error');
  }
  assert.match(diagnostics[1]!.message, /slug: pas-kebab/);
  assert.match(diagnostics[2]!.message, /ligne 1/);
});

test('an unclosed quote is reported on the line that opens it, not where parsing stopped', () => {
  const { topics, diagnostics } = parseTaxonomy(FILE, '- slug: sante\n  label: "Santé\n  description: x\n- slug: b\n');
  assert.deepEqual(topics, []);
  assert.deepEqual(ids(diagnostics), ['taxonomy-yaml-syntax@2']);
  assert.match(diagnostics[0]!.message, /jamais fermé \(lecture arrêtée ligne 5\)/);
});

test('an unclosed bracket is reported on the line that opens it, not on the next key (the twelfth reader’s review)', () => {
  const { diagnostics } = parseTaxonomy(FILE, '- slug: sante\n  label: Santé\n  aliases: [hôpital, médecin\n- slug: b\n  label: B\n');
  assert.deepEqual(ids(diagnostics), ['taxonomy-yaml-syntax@3']);
  assert.match(diagnostics[0]!.message, /crochet ouvert sur cette ligne n’est jamais fermé/);
});

test('other YAML syntax errors give the line and a hint', () => {
  const { diagnostics } = parseTaxonomy(FILE, '- slug: a\n  label: b: c\n');
  assert.deepEqual(ids(diagnostics), ['taxonomy-yaml-syntax@2']);
  assert.match(diagnostics[0]!.message, /lignes au-dessus/);
});

test('anchors and aliases are refused before anything walks the document', () => {
  const bomb = '- slug: a\n  label: &l A\n  description: x\n- slug: b\n  label: *l\n  description: x\n';
  const { topics, diagnostics } = parseTaxonomy(FILE, bomb);
  assert.deepEqual(topics, []);
  assert.deepEqual(ids(diagnostics), ['taxonomy-yaml-alias@2']);
});

test('a file that is not a list, an unknown field and an empty file are reported', () => {
  assert.deepEqual(ids(parseTaxonomy(FILE, 'slug: sante\nlabel: Santé\n').diagnostics), ['taxonomy-not-a-list@1']);
  assert.deepEqual(ids(parseTaxonomy(FILE, '- slug: a\n  label: A\n  description: x\n  alias: [b]\n').diagnostics), ['taxonomy-unknown-field@4']);
  assert.deepEqual(ids(parseTaxonomy(FILE, '# nothing yet\n').diagnostics), ['taxonomy-empty@1']);
});

test('the gazetteer checks kind, name and duplicates', () => {
  const text = '- kind: person\n  name: Mark Zuckerberg\n  aliases: [Zuckerberg]\n- kind: robot\n  name: R2D2\n- kind: place\n- kind: person\n  name: Mark  Zuckerberg\n';
  const { entities, diagnostics } = parseGazetteer('entites.yml', text);
  assert.deepEqual(entities, [{ kind: 'person', name: 'Mark Zuckerberg', aliases: ['Zuckerberg'] }]);
  assert.deepEqual(ids(diagnostics), ['gazetteer-bad-kind@4', 'gazetteer-missing-name@6', 'gazetteer-duplicate-name@7']);
});

test('the built-in taxonomy and gazetteer are valid', () => {
  const taxonomy = BUILT_IN;
  assert.deepEqual(taxonomy.diagnostics, []);
  assert.ok(taxonomy.topics.length >= 30 && taxonomy.topics.length <= 60, `${taxonomy.topics.length} topics`);
  const gazetteer = parseGazetteer('entites.yml', readFileSync(new URL('../../../src/enrich/knowledge/entites.yml', import.meta.url), 'utf8'));
  assert.deepEqual(gazetteer.diagnostics, []);
  assert.ok(gazetteer.entities.length >= 24);
});

test('built-in aliases that name someone else are not read as politics or a celebrity: « élue Miss France », « Renaud Muselier »', () => {
  const miss = { title: 'Une Normande élue Miss France', lede: 'La jeune femme a été élue dimanche soir devant huit millions de téléspectateurs.', body: 'Élue à 20 ans, elle succède à la Miss France sortante.' };
  assert.ok(!assignTopics(miss, matcher, []).includes('politique'));
  const region = { title: 'Renaud Muselier présente son plan régional', lede: 'Le président de la région veut des trains.', body: 'Renaud Muselier parle aux élus régionaux.' };
  assert.ok(!assignTopics(region, matcher, []).includes('people'));
});

test('a wildfire is read as a natural disaster from the words a reader sees, a house fire is not', () => {
  const wildfire = { title: 'Un incendie ravage deux cents hectares dans le Var', lede: 'Les flammes ont parcouru deux cents hectares de garrigue avant d’être fixées dans la nuit.', body: 'Trois Canadair et un bombardier d’eau ont largué sur le massif forestier ; l’incendie est fixé.' };
  assert.ok(assignTopics(wildfire, matcher, []).includes('meteo'));
  const house = { title: 'Un incendie détruit une maison à Lille', lede: 'Les pompiers sont intervenus dans la nuit pour un incendie dans un pavillon.', body: 'Une enquête est ouverte ; l’incendie serait parti de la cuisine.' };
  assert.ok(!assignTopics(house, matcher, []).includes('meteo'));
});

test('a fatal accident or a stampede is a faits divers even told without police words', () => {
  const farm = { title: 'Dordogne : un agriculteur meurt écrasé sous sa remorque', lede: 'L’homme de 60 ans manœuvrait dans sa cour samedi soir.', body: 'Sa famille l’a découvert en rentrant.' };
  assert.ok(assignTopics(farm, matcher, []).includes('faits-divers'));
  const crowd = { title: 'Mouvement de foule à la sortie d’un concert', lede: 'Un bruit a provoqué une bousculade devant la salle.', body: 'Plusieurs spectateurs ont été légèrement blessés.' };
  assert.ok(assignTopics(crowd, matcher, []).includes('faits-divers'));
});

test('a reality show or a TV game named in the title puts its candidates’ lives under People', () => {
  const show = { title: '« Pékin Express » : un ancien candidat raconte sa nouvelle vie', lede: 'Il avait participé à la saison 3 avec son frère.', body: 'Depuis, il a ouvert un restaurant en Bretagne.' };
  assert.ok(assignTopics(show, matcher, []).includes('people'));
});

test('spoiled food sold in a supermarket is a consumer story', () => {
  const food = { title: 'Des yaourts vendus bien après leur date de péremption', lede: 'Une grande surface de Rouen a retiré les pots de ses rayons.', body: 'Plusieurs clients s’étaient plaints de maux de ventre.' };
  assert.ok(assignTopics(food, matcher, []).includes('consommation'));
});

test('« n’a pas permis de » is a verb, not a driving licence', () => {
  const audit = { title: 'La réforme n’a pas permis de réduire la dette', lede: 'Selon un rapport, les économies attendues ne sont pas venues.', body: 'Le budget a même augmenté, ce qui a permis de financer de nouveaux postes.' };
  assert.ok(!assignTopics(audit, matcher, []).includes('securite-routiere'));
  const licence = { title: 'Le permis de conduire bientôt moins cher', lede: 'Le prix du permis de conduire baisse pour les jeunes conducteurs.', body: 'Le code de la route et les auto-écoles sont concernés.' };
  assert.ok(assignTopics(licence, matcher, []).includes('securite-routiere'));
});

test('an opposition abroad alone is not French politics: « opposition » is a weak alias', () => {
  const exiles = { title: 'Des dissidents birmans en exil lancent un mouvement d’opposition', lede: 'Réfugiés en Thaïlande, ils veulent une opposition unie face à la junte de Birmanie.', body: 'L’opposition birmane compte sur l’aide de la Thaïlande.' };
  assert.ok(!assignTopics(exiles, matcher, []).includes('politique'));
});
