import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityRef } from '../../../src/model.ts';
import { buildEntityMatcher, detectEntities } from '../../../src/enrich/entities.ts';
import { emptyScores, scoreArticle } from '../../../src/enrich/entity-scores.ts';

const gazetteer = buildEntityMatcher([
  { kind: 'organisation', name: 'OpenAI', aliases: [] },
  { kind: 'organisation', name: 'Meta', aliases: [] },
  { kind: 'organisation', name: 'Google', aliases: [] },
  { kind: 'person', name: 'Emmanuel Macron', aliases: ['Macron'] },
  { kind: 'place', name: 'États-Unis', aliases: ['USA'] },
  { kind: 'organisation', name: 'Le Monde', aliases: [] },
]);
/** The built-in reference data only (places, organisations, given names), as a new user gets. */
const empty = buildEntityMatcher([]);
const detect = (body: string, matcher = gazetteer, title = '', lede = ''): EntityRef[] => detectEntities({ title, lede, body }, matcher);
const names = (refs: EntityRef[]): string[] => refs.map((e) => `${e.kind}:${e.name}:${e.count}`);

test('gazetteer names match through elisions and accents, from one mention', () => {
  assert.deepEqual(names(detect('Le patron d’OpenAI est aux Etats-Unis.')), ['place:États-Unis:1', 'organisation:OpenAI:1'], 'as often named: by name, « É » as « E »');
  assert.deepEqual(detect("L'offre d'OpenAI.")[0], { kind: 'organisation', name: 'OpenAI', slug: 'openai', count: 1 });
});

test('a capitalised alias word must be capitalised in the text', () => {
  assert.deepEqual(names(detect('Dans le monde entier, Le Monde écrit.')), ['organisation:Le Monde:1']);
});

test('Mark Zuckerberg and a later Zuckerberg are one person, even outside the gazetteer', () => {
  const refs = detect('Mark Zuckerberg, le patron de Meta, parle. Selon Zuckerberg, Meta avance. Zuckerberg insiste.', empty);
  assert.deepEqual(refs, [{ kind: 'person', name: 'Mark Zuckerberg', slug: 'mark-zuckerberg', count: 3 }]);
});

test('a last name in the title joins the full name given in the body', () => {
  assert.deepEqual(names(detect('Jean-Yves Le Drian a parlé.', empty, 'Le Drian à Tokyo')), ['person:Jean-Yves Le Drian:2', 'place:Tokyo:1']);
});

test('unknown given names need a cue: three-word Korean names after « le président »', () => {
  const refs = detect('Il a vu le président Yoon Suk Yeol et le PDG Jensen Huang, puis Jay Y. Lee et Ray Ban Meta.', empty);
  assert.deepEqual(names(refs), ['person:Jay Y. Lee:1', 'person:Jensen Huang:1', 'person:Yoon Suk Yeol:1']);
});

test('no entity starts with an article, determiner or sentence-opening word', () => {
  const refs = detect('Le Premier ministre parle. La Chine répond. Les Américains hésitent. Mais Cette Semaine, Dans Lille, Un Homme.', empty);
  assert.deepEqual(names(refs), ['place:Chine:1', 'place:Lille:1']);
});

test('a sentence-opening common word is not glued to the name after it', () => {
  const refs = detect('Rencontre Sam Altman demain. La rencontre a eu lieu.', empty);
  assert.deepEqual(names(refs), ['person:Sam Altman:1']);
});

test('a single unknown capitalised word is not an entity', () => {
  assert.deepEqual(detect('Il utilise Llama tous les jours, Llama encore et Llama toujours.', empty), []);
});

test('Brigitte Macron is not Emmanuel Macron', () => {
  const refs = detect('Emmanuel Macron et Brigitte Macron sont arrivés. Macron a parlé.');
  assert.deepEqual(names(refs), ['person:Emmanuel Macron:2', 'person:Brigitte Macron:1']);
});

test('known names stay apart from the words next to them: ChatGPT d’OpenAI, Anthropic de Google', () => {
  const refs = detect('ChatGPT d’OpenAI et Anthropic de Google.');
  // Anthropic, joined by « et » to OpenAI, is an organisation too; no name takes the words around it.
  assert.deepEqual(names(refs), ['organisation:Anthropic:1', 'organisation:Google:1', 'organisation:OpenAI:1']);
});

test('particles and elided articles join unknown names', () => {
  const refs = detect('Il a vu Charles de Gaulle à l’Office d’Études.', empty);
  assert.deepEqual(names(refs), ['person:Charles de Gaulle:1', 'organisation:Office d’Études:1']);
});

test('names with an organisation word are organisations; shouted headings are no names', () => {
  const refs = detect('Le président de Samsung Electronics arrive.\n\nDES ANTÉCÉDENTS PSYCHIATRIQUES\n\nSuite.', empty);
  assert.deepEqual(names(refs), ['organisation:Samsung Electronics:1']);
});

test('entities are ordered by count, then name, at most fifty', () => {
  // Each letter that tells two names apart is written twice: no two names are one misspelling apart (one person).
  const people = Array.from({ length: 52 }, (_, i) => {
    const [a, b] = [String.fromCharCode(97 + (i % 26)), String.fromCharCode(97 + Math.floor(i / 26))];
    return `Jean ${a.toUpperCase()}${b}lpha${b}${a}`;
  });
  const refs = detect(`${people.join(', ')}. Google, Google.`, gazetteer);
  assert.equal(refs.length, 50);
  assert.deepEqual(refs[0], { kind: 'organisation', name: 'Google', slug: 'google', count: 2 });
  assert.deepEqual(refs.slice(1, 3).map((e) => e.name), ['Jean Aalphaaa', 'Jean Ablphaba']);
});

test('slugs are ASCII kebab-case', () => {
  for (const e of detect('Jean-Luc Mélenchon et Ségolène Royal à Bruxelles, États-Unis.')) assert.match(e.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
});

test('issue 12: no word glued in front of a name', () => {
  const refs = detect('Selon une source au Parisien Philippe Grangeon arrive. La ministre de la Santé Agnès Buzyn et le président de la République Emmanuel Macron.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Le Parisien:1', 'person:Agnès Buzyn:1', 'person:Emmanuel Macron:1', 'person:Philippe Grangeon:1']);
});

test('issue 12: names with particles and hyphenated given names are whole people', () => {
  const refs = detect('Marine Le Pen, Bruno Le Maire, François de Rugy, Jean-Yves Le Drian, Valéry Giscard d’Estaing et Jean-Luc Mélenchon.', empty);
  assert.deepEqual(names(refs).sort(), [
    'person:Bruno Le Maire:1', 'person:François de Rugy:1', 'person:Jean-Luc Mélenchon:1', 'person:Jean-Yves Le Drian:1',
    'person:Marine Le Pen:1', 'person:Valéry Giscard d’Estaing:1',
  ]);
});

test('« Mme Maréchal-Le Pen », her surname alone, is Marion Maréchal, as her full name is (the eleventh reader’s review)', () => {
  const refs = detect('Il était prêt à collaborer avec Mme Maréchal-Le Pen à deux conditions.', empty);
  assert.deepEqual(names(refs), ['person:Marion Maréchal:1']);
});

test('a known body’s name cut at its lowercase words, or its head named again, is that body (the eleventh reader’s review)', () => {
  const hatvp = detect('La Haute Autorité a saisi la justice.', gazetteer, '', 'Selon la Haute Autorité pour la transparence de la vie publique (HATVP), il a menti.');
  assert.deepEqual(names(hatvp).filter((n) => n.startsWith('organisation:')), ['organisation:HATVP:3']);
  assert.deepEqual(names(detect('La Commission nationale informatique et libertés (CNIL) a tranché.')).filter((n) => n.startsWith('organisation:')), ['organisation:Commission nationale de l\'informatique et des libertés:2']);
  // Two bodies open with the same words: the head alone stays apart.
  const two = detect('La Haute Autorité a parlé.', gazetteer, '', 'La Haute Autorité de santé et la Haute Autorité pour la transparence de la vie publique.');
  assert.ok(names(two).includes('organisation:Haute Autorité:1'));
  assert.deepEqual(names(detect('Dans la Revue des deux mondes, il écrit.')), ['organisation:Revue des deux Mondes:1']);
  assert.deepEqual(names(detect('Il vit à Saint-Pierre et Miquelon depuis.')), ['place:Saint-Pierre-et-Miquelon:1']);
  // Other names of one referent: a town's former name, a residence named without its fort, a body with its country.
  assert.deepEqual(names(detect('Il vit à Montreuil-sous-Bois, puis à Montreuil.')), ['place:Montreuil:2']);
  assert.deepEqual(names(detect('Le président est à Brégançon, puis quitte le fort de Brégançon.')), ['place:Fort de Brégançon:2']);
  assert.deepEqual(names(detect('Selon Attac France, il faut taxer ; Attac insiste.')), ['organisation:Attac:2']);
  // A saint's day after « la » is no island.
  assert.deepEqual(names(detect('Le massacre de la Saint-Barthélemy eut lieu en 1572 ; l’ouragan a frappé Saint-Barthélemy.')), ['place:Saint-Barthélemy:1']);
});

test('a village named like an adjective is no place before a lowercase word; « Fake News » is no organisation (the eleventh reader’s review)', () => {
  // `Grand` (Vosges) and `Vieux` (Calvados) are communes; here they open a show's or a region's name.
  assert.deepEqual(names(detect('Il était l’invité du Grand rendez-vous Europe 1.')).filter((n) => n.startsWith('place:')), []);
  assert.deepEqual(names(detect('Dans la région Grand est, les élus protestent.')).filter((n) => n.startsWith('place:')), []);
  assert.deepEqual(names(detect('Il habite à Grand (Vosges) depuis dix ans.')).filter((n) => n.startsWith('place:Grand')), ['place:Grand:1']);
  assert.deepEqual(names(detect('Il dénonce les Fake News ; Sky News a rapporté ses propos.')).filter((n) => n.startsWith('organisation:')), ['organisation:Sky News:1']);
});

test('an acronym in brackets after a known body’s name it spells is that body; after « un », lowercase words are a kind of body, no body (the eleventh reader’s review)', () => {
  assert.deepEqual(names(detect('La CEF a réagi.', gazetteer, '', 'La Conférence des évêques de France (CEF) a réagi.')), ['organisation:Conférence des évêques de France:3']);
  assert.deepEqual(names(detect('Le groupe General Electric (GE) rachète Alstom.')).filter((n) => /GE|General/u.test(n)), ['organisation:General Electric:2']);
  // Not the known body at the end of a longer name.
  assert.ok(names(detect('Le Groupe d’intervention de la Gendarmerie nationale (GIGN) est intervenu.')).includes('organisation:Gendarmerie nationale:1'));
  assert.deepEqual(names(detect('Il a été placé dans un centre éducatif fermé (CEF) près de Lyon.')).filter((n) => n.startsWith('organisation:')), []);
});

test('« David R. » and « David Ramault » in one article are one person, named in full; with two such names, the initial stays apart (the eleventh reader’s review)', () => {
  assert.deepEqual(names(detect('David Ramault, 45 ans, a avoué. Selon l’enquête, David R. était connu.', empty, '', 'Le suspect, David R., a été interpellé.')).filter((n) => n.startsWith('person:')), ['person:David Ramault:3']);
  assert.deepEqual(names(detect('David Ramault et David Rachline ont parlé.', empty, '', 'Le suspect, David R., a été interpellé.')).filter((n) => n.startsWith('person:')).sort(), ['person:David R:1', 'person:David Rachline:1', 'person:David Ramault:1']);
});

test('issue 12: Paris Match, New York, Aston Martin, Abbey Road, Garde des Sceaux, Moyen-Orient are not people', () => {
  const refs = detect('Paris Match écrit que New York et Aston Martin, à Abbey Road, ont vu le Garde des Sceaux au Moyen-Orient.', empty);
  assert.equal(refs.filter((e) => e.kind === 'person').length, 0);
  assert.deepEqual(names(refs).sort(), ['organisation:Aston Martin:1', 'organisation:Paris Match:1', 'place:Moyen-Orient:1', 'place:New York:1']);
});

test('issue 12: one referent, one entity: Edouard Philippe is Édouard Philippe, a later Macron is Emmanuel Macron', () => {
  const refs = detect('Edouard Philippe et Emmanuel Macron. Édouard Philippe répond. Macron insiste. M. Philippe se tait.', empty);
  assert.deepEqual(names(refs), ['person:Édouard Philippe:3', 'person:Emmanuel Macron:2']);
});

test('a town is a place after « à », and a surname wins over the town of the same name', () => {
  assert.deepEqual(names(detect('Un incendie à Trappes (Yvelines).', empty)), ['place:Trappes:1', 'place:Yvelines:1']);
  assert.deepEqual(names(detect('François Hollande parle. Hollande insiste.', empty)), ['person:François Hollande:2']);
});

test('cues give unknown names their kind: « la société », « M. »', () => {
  assert.deepEqual(names(detect('La start-up Lydia grandit, selon M. Dupont-Moretti.', empty)).sort(), ['organisation:Lydia:1', 'person:Dupont-Moretti:1']);
});

test('an organisation named with and without its article is one: « Le Lab », « selon le Lab »', () => {
  assert.deepEqual(detect('Le site Le Lab relève que le député est absent. Selon le Lab, il était ailleurs.', empty), [{ kind: 'organisation', name: 'Le Lab', slug: 'lab', count: 2 }]);
});

test('a ministry is an organisation, named from « ministère » to its field', () => {
  const refs = detect('Selon le ministère de l’Intérieur, le ministère des Armées et le ministère de la Santé, tout va bien.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:ministère de la Santé:1', 'organisation:ministère de l’Intérieur:1', 'organisation:ministère des Armées:1']);
});

test('issue 12: « Europe centrale » is a region of its own, not Europe; so is « Afrique de l’Ouest »', () => {
  const refs = detect('Les pays d’Europe centrale et d’Afrique de l’Ouest, loin de l’Amérique du Sud.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Afrique de l’Ouest:1', 'place:Amérique du Sud:1', 'place:Europe centrale:1']);
});

test('hyphenated places also match written with spaces, their later words in either case', () => {
  assert.deepEqual(names(detect('Dans le Val d’Oise, en Seine et Marne et dans les Alpes maritimes.', empty)).sort(), ['place:Alpes-Maritimes:1', 'place:Seine-et-Marne:1', "place:Val-d'Oise:1"]);
});

test('a town is a place after the local institution named after it: « le parquet de Bobigny »', () => {
  assert.deepEqual(names(detect('Selon le parquet de Bobigny et les secouristes (PGHM) de Briançon.', empty)).sort(), ['place:Bobigny:1', 'place:Briançon:1']);
});

test('an apposition after an unknown name makes it a person: « Pateh Sabally, un migrant », « Jean Dupuis, 45 ans »', () => {
  const refs = detect('Pateh Sabally, un migrant, et Dino Vasso, directeur de la section, ont vu Jean Dupuis, 45 ans, et Rue Royale, une adresse.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Dino Vasso:1', 'person:Jean Dupuis:1', 'person:Pateh Sabally:1']);
});

test('a given name alone after a cue names no one: « son mari Philippe »', () => {
  assert.deepEqual(names(detect('Elle a perdu son mari Philippe en avril.', empty)), []);
});

test('a gazetteer alias written in lowercase matches lowercase text: « selon franceinfo »', () => {
  assert.deepEqual(names(detect('Selon franceinfo, la France gagne.', empty)).sort(), ['organisation:franceinfo:1', 'place:France:1']);
});

test('two names side by side are two people: « l’ex-porte-parole de Jean-Luc Mélenchon Laure Dubreuil »', () => {
  const refs = detect('L’ex-porte-parole de Jean-Luc Mélenchon Laure Dubreuil a réagi, et Jean-Marie Le Pen d’Emmanuel Macron aussi.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Emmanuel Macron:1', 'person:Jean-Luc Mélenchon:1', 'person:Jean-Marie Le Pen:1', 'person:Laure Dubreuil:1']);
});

test('a particle after a surname ends the name: « Emmanuel Grondein de SUD-rail »', () => {
  const refs = detect('Selon Emmanuel Grondein de SUD-rail et Charles de Gaulle, non.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:SUD-Rail:1', 'person:Charles de Gaulle:1', 'person:Emmanuel Grondein:1']);
});

test('public figures named by their surname or stage name alone, unless the article names another holder in full', () => {
  assert.deepEqual(names(detect('Pour le moment, je me suis arrêtée à Chirac. Wauquiez répond, et Nagui produit.', empty)).sort(), [
    'person:Jacques Chirac:1', 'person:Laurent Wauquiez:1', 'person:Nagui:1',
  ]);
  assert.deepEqual(names(detect('Brigitte Macron sourit. Macron, elle, se tait.', empty)), ['person:Brigitte Macron:2']);
});

test('an organisation’s name goes on in lowercase, and stops at a verb, a name or a trailing link', () => {
  const refs = detect(
    'Le Centre national du cinéma et de l’image animée a salué sa carrière. L’Association de la presse présidentielle reçoit, ' +
      'la Fédération australienne d’automobile pour assister au départ, et l’Académie de médecine explique le reste.',
    empty,
  );
  assert.deepEqual(names(refs).sort(), [
    'organisation:Académie de médecine:1', 'organisation:Association de la presse présidentielle:1',
    'organisation:Centre national du cinéma et de l’image animée:1', 'organisation:Fédération australienne d’automobile:1',
  ]);
  assert.deepEqual(names(detect('Il a saisi le ministère des Situations d’urgence, puis le président de la République d’affaiblir.', empty)), [
    'organisation:ministère des Situations d’urgence:1',
  ]);
});

test('an acronym in brackets is the organisation it follows or precedes, and its own entity after a lowercase one', () => {
  const refs = detect(
    'L’Observatoire pyrénéen du changement climatique (OPCC) alerte ; selon l’OPCC, tout fond. ' +
      'La commission nationale du débat public (CNDP) ouvre un débat, note le CLEEE (Comité de liaison des entreprises consommatrices d’électricité). ' +
      'La procréation médicalement assistée (PMA) reste en débat.',
    empty,
  );
  assert.deepEqual(names(refs).sort(), [
    'organisation:CNDP:1', 'organisation:Comité de liaison des entreprises consommatrices d’électricité:2',
    'organisation:Observatoire pyrénéen du changement climatique:3',
  ]);
});

test('a geographic noun names the place after it, known or not; « massif » as an adjective does not', () => {
  const refs = detect(
    'Des plongeurs ont sondé la rivière Vésubie, près du hameau de Saint-Jean-la-Rivière, au pied du massif de la Chartreuse. ' +
      'Un dépistage massif du Covid-19 est prévu. Les deux alpinistes étaient originaires de Tignes.',
    empty,
  );
  assert.deepEqual(names(refs).sort(), ['place:Chartreuse:1', 'place:Saint-Jean-la-Rivière:1', 'place:Tignes:1', 'place:Vésubie:1']);
});

test('an apposition or a cue names an unknown organisation; after a cue alone only adjectives go on its name', () => {
  const refs = detect(
    'Le jeu est produit par Air Production, la société de l’animateur. Le syndicat Solidaires Finances publiques proteste, ' +
      'selon la plateforme Pharos du ministère de l’Intérieur.',
    empty,
  );
  assert.deepEqual(names(refs).sort(), [
    'organisation:Air Production:1', 'organisation:Pharos:1', 'organisation:Solidaires Finances publiques:1', 'organisation:ministère de l’Intérieur:1',
  ]);
});

test('issue 12: a town after « maire du », « habitants des » or its own article is a place: « maire du Havre », « maire de Le Favril »', () => {
  const refs = detect('L’ancien maire du Havre a parlé. Le maire de Le Favril aussi.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Le Favril:1', 'place:Le Havre:1']);
});

test('issue 12: a noun of apposition followed by a name introduces that name, not the one before the comma', () => {
  const refs = detect('Frappée par la crise de Coronavirus, la société Hertz vend ses voitures.', empty);
  assert.deepEqual(names(refs), ['organisation:Hertz:1']);
});

test('issue 12: a known organisation before words that name nothing else is that organisation (« Odoxa Dentsu »), not after an article (« la Chevrolet Corvette », a product)', () => {
  const refs = detect('Selon un sondage Odoxa Dentsu publié jeudi, la Chevrolet Corvette et une Maserati MC12 se vendent bien.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Odoxa:1']);
});

test('issue 12: a rare given name alone after a cue names no one; after a nationality it starts a two-word name', () => {
  const refs = detect('Elle était là avec son fils Yohann pour voir le match de l’Autrichien Dominic Thiem.', empty);
  assert.deepEqual(names(refs), ['person:Dominic Thiem:1']);
});

test('issue 12: an ordinal starts no name (« la Ve République »); « le quartier de », « la station de » name a place', () => {
  const refs = detect('Le président le plus impopulaire de la Ve République. Il vivait dans le quartier de Pigalle, puis à la station de Serre-Chevalier.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Pigalle:1', 'place:Serre-Chevalier:1']);
});

test('issue 12: one person for « Valeria Bruni » and « Valeria Bruni-Tedeschi »; a rare given name takes a particle: « Déborah de Robertis »', () => {
  const refs = detect('Valeria Bruni-Tedeschi a posté une photo. Valeria Bruni-Tedeschi aime l’Italie. Valeria Bruni sourit, devant l’artiste Déborah de Robertis.', empty);
  assert.deepEqual(names(refs), ['person:Valeria Bruni-Tedeschi:3', 'person:Déborah de Robertis:1', 'place:Italie:1']);
  // Across articles too: the reference knows Carla Bruni by both names.
  assert.deepEqual(names(detect('Carla Bruni-Sarkozy a posté une photo.', empty)), ['person:Carla Bruni:1']);
});

test('royals: « la reine Elizabeth » and « Elisabeth II » are Elizabeth II; « le prince Philip »; « le prince Harry et Meghan Markle » are no « Harry Markle »', () => {
  assert.deepEqual(names(detect('La reine Elizabeth salue la foule, puis Elisabeth II repart.', empty)), ['person:Elizabeth II:2']);
  assert.deepEqual(names(detect('Le prince Philip est mort à 99 ans.', empty)), ['person:Prince Philip:1']);
  assert.deepEqual(names(detect('Le prince Harry et Meghan Markle quittent la famille royale.', empty)).sort(), ['person:Meghan Markle:1', 'person:Prince Harry:1']);
  // A couple still shares the surname: « George et Amal Clooney ».
  assert.deepEqual(names(detect('L’acteur George et Amal Clooney sont venus.', empty)).sort(), ['person:Amal Clooney:1', 'person:George Clooney:1']);
});

test('a title of nobility is no place: « la duchesse de Cornouailles », « le duc d’Édimbourg »; a country’s is (« le prince de Monaco »), and « le comté de Los Angeles » is the county', () => {
  assert.deepEqual(names(detect('La duchesse de Cornouailles et le duc d’Édimbourg sont arrivés.', empty)), []);
  assert.deepEqual(names(detect('Le prince de Monaco a parlé.', empty)), ['place:Monaco:1']);
  assert.deepEqual(names(detect('Le comté de Los Angeles rouvre ses plages.', empty)), ['place:Los Angeles:1']);
  assert.deepEqual(names(detect('Elle a étudié à Cambridge.', empty)), ['place:Cambridge:1']);
});

test('a country named like a common given name is a place only where a place is named: « son frère Dominique » is no Dominica, « l’île Maurice » is Mauritius', () => {
  assert.deepEqual(names(detect('Il courait avec son frère Dominique, puis avec Christian et Dominique.', empty)), []);
  assert.deepEqual(names(detect('Le coq Maurice chante.', empty)), []);
  assert.deepEqual(names(detect('Un cyclone a frappé l’île Maurice, puis la Dominique.', empty)).sort(), ['place:Dominique:1', 'place:Maurice:1']);
  assert.deepEqual(names(detect('Elle vit à Maurice.', empty)), ['place:Maurice:1']);
  // A town or a department named so stays the place.
  assert.deepEqual(names(detect('Les pompiers de l’Aude sont intervenus.', empty)), ['place:Aude:1']);
});

test('a party named before its deputy does not glue its last word to the name: « le député du Rassemblement bleu Marine Gilbert Collard »; « M Pokora » is Matt Pokora', () => {
  assert.deepEqual(names(detect('Le député du Rassemblement Bleu Marine Gilbert Collard a voté.', empty)).sort(), ['organisation:Rassemblement bleu Marine:1', 'person:Gilbert Collard:1']);
  assert.deepEqual(names(detect('Après M Pokora, Tal a chanté. Matt Pokora reviendra.', empty)), ['person:Matt Pokora:2']);
  // Other names of one organisation: one page.
  assert.deepEqual(names(detect('Selon le Huff Post, l’Agence du médicament, Foodwatch France et Aéroports de Paris ont réagi.', empty)).sort(), ['organisation:Agence nationale de sécurité du médicament:1', 'organisation:Foodwatch:1', 'organisation:Groupe ADP:1', 'organisation:Le HuffPost:1']);
  // Misspelt names of politicians the press often misspells: one page each.
  assert.deepEqual(names(detect('Danielle Simonet et Jean-Luc Benhamias ont parlé. Danielle Simonnet aussi.', empty)).sort(), ['person:Danielle Simonnet:2', 'person:Jean-Luc Bennahmias:1']);
});

test('a royal title written with a capital after an article, before no given name, is a work or a nickname: « Le Roi Lion », « le Roi Soleil »', () => {
  assert.deepEqual(names(detect('Il prêtait sa voix à Scar dans Le Roi Lion, puis au Roi Soleil.', empty)), []);
  // A given name still makes a royal, and « Prince » without an article is a given name.
  assert.deepEqual(names(detect('Le Prince Harry est arrivé.', empty)), ['person:Prince Harry:1']);
  assert.deepEqual(names(detect('Le capitaine amiénois Prince Gouano a été insulté.', empty)), ['person:Prince Gouano:1']);
});

test('a point of the compass inside a longer name or after a noun is no department: « Afrique du Nord », « quartiers Nord », « région Ouest »; « dans le Nord », « la CGT du Nord » are', () => {
  assert.deepEqual(names(detect('Il a grandi en Afrique du Nord puis dans les quartiers Nord de Marseille.', empty)).sort(), ['place:Afrique du Nord:1', 'place:Marseille:1']);
  assert.deepEqual(names(detect('La police de la région Ouest enquête sur un pétrolier en mer du Nord.', empty)), []);
  assert.deepEqual(names(detect('Il vit dans le Nord, où la CGT du Nord manifeste.', empty)).sort(), ['organisation:CGT:1', 'place:Nord:2']);
});

test('what bears a name is not the person: « le porte-avions Charles-de-Gaulle »; « l’hôpital Georges-Pompidou » is the hospital; a greeting is no department: « Cher Bernard Accoyer »', () => {
  assert.deepEqual(names(detect('Le porte-avions Charles-de-Gaulle appareille. Charles de Gaulle l’aurait aimé.', empty)), ['person:Charles de Gaulle:1']);
  assert.deepEqual(names(detect('Il est soigné à l’hôpital Georges-Pompidou.', empty)), ['organisation:Hôpital Georges-Pompidou:1']);
  assert.deepEqual(names(detect('« Cher Bernard Accoyer, je vous écris. » L’élu du Cher Yann Galut répond.', empty)).sort(), ['person:Bernard Accoyer:1', 'person:Yann Galut:1', 'place:Cher:1']);
  assert.deepEqual(names(detect('Il vit dans le Nord de Londres, puis dans le Nord de la France.', empty)).sort(), ['place:France:1', 'place:Londres:1']);
});

test('a kind of body named alone is no one body: « le Conseil régional », « le Conseil d’administration »; with its complement it is', () => {
  assert.deepEqual(names(detect('Le Conseil régional a voté. Le Conseil d’administration se réunit. Le Conseil régional d’Île-de-France suit.', empty)), ['organisation:Conseil régional d’Île-de-France:1']);
  // A kind of court too (review 25: « la Cour d’appel a confirmé la décision »), not the court of a town.
  assert.deepEqual(names(detect('La Cour d’appel a confirmé la décision. Le Tribunal de grande instance avait jugé. La Cour d’appel de Rouen suivra.', empty)), ['organisation:Cour d’appel de Rouen:1']);
});

test('the police’s central offices go by their own names, however the press writes them (review 25: three pages for the OCRVP)', () => {
  const offices = [detect('L’Office central de répression des violences aux personnes (OCRVP) enquête.', empty), detect('L’office central pour la répression des violences aux personnes a été saisi. L’OCRVP confirme.', empty)];
  assert.deepEqual(offices.map((refs) => refs.map((e) => `${e.kind}:${e.name}`)), [['organisation:Office central pour la répression des violences aux personnes'], ['organisation:Office central pour la répression des violences aux personnes']]);
});

test('one page per place: « la Réunion » and « La Réunion », « Guyane française » and « Guyane »; « Levallois » is Levallois-Perret, « Boulogne » and « Gray » stay', () => {
  assert.deepEqual(names(detect('Il vit à La Réunion. Un cyclone frappe la Réunion.', empty)), ['place:La Réunion:2']);
  assert.deepEqual(names(detect('En Guyane française, puis en Guyane.', empty)), ['place:Guyane:2']);
  assert.deepEqual(names(detect('Il vit à Levallois, joue à Boulogne et travaille à Gray.', empty)).sort(), ['place:Boulogne:1', 'place:Gray:1', 'place:Levallois-Perret:1']);
});

test('a known person’s name written with a letter doubled otherwise is that person: « Edouard Phillipe » is Édouard Philippe', () => {
  assert.deepEqual(names(detect('Le Premier ministre Edouard Phillipe a parlé.', empty)), ['person:Édouard Philippe:1']);
});

test('issue 12: painters and writers named by their surname are people; « made in France » is no place', () => {
  const refs = detect('Un mélange de Monsieur Propre et de Lamartine, qui défend le made in France, comme Manet.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Alphonse de Lamartine:1', 'person:Édouard Manet:1']);
});

test('issue 12: an organisation’s name goes on through « démocrate »', () => {
  const refs = detect('Il rejoint le groupe Groupe de la Gauche démocrate et républicaine, où siègent les communistes.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Groupe de la Gauche démocrate et républicaine:1']);
});

test('issue 12: « la région de l’Attique », « le village de », « la mer » name places (the sea with its noun); so do both sides of « France-Roumanie », not « Paris-Nord »', () => {
  const refs = detect('Le séisme a secoué la région de l’Attique, puis le village de Baghouz et la mer Egée. Le match France-Roumanie a eu lieu malgré la grève de la zone Paris-Nord.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Attique:1', 'place:Baghouz:1', 'place:France:1', 'place:Mer Egée:1', 'place:Roumanie:1']);
});

test('issue 12: a branch named by a known organisation and a hyphen is an organisation: « la CGT-Cheminots »', () => {
  const refs = detect('Selon le porte-parole de la CGT-Cheminots, la grève continue.', empty);
  assert.deepEqual(names(refs), ['organisation:CGT-Cheminots:1']);
});

test('issue 12: « Chaîne », « Radio », « Télévision » start no person: they make an organisation', () => {
  const refs = detect('Invité hier sur La Chaîne parlementaire, il a ensuite parlé à Radio Nova et à Télévision Suisse Romande.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:LCP:1', 'organisation:Radio Nova:1', 'organisation:Télévision Suisse Romande:1']);
});

test('issue 12: a place opening a sentence stays a place when the article also writes its adjective but names it inside a sentence', () => {
  const refs = detect('Corse : un incendie ravage le maquis. Selon le journal Corse Matin, le feu a pris au nord. Le quotidien corse cite les pompiers.', empty);
  assert.ok(names(refs).includes('place:Corse:1'), names(refs).join(' '));
  // A common word opening a sentence of an article that writes it in lowercase only is no name.
  assert.deepEqual(names(detect('Total : 40 euros. Le total grimpe encore.', empty)), []);
});

test('issue 12: the later towns of a list of places are places; a name after one place and a comma is not', () => {
  const refs = detect('Les blessés ont été conduits vers Compiègne, Creil, Noyon et Senlis. À Paris, Marie et son compagnon sont inquiets.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Compiègne:1', 'place:Creil:1', 'place:Noyon:1', 'place:Paris:1', 'place:Senlis:1']);
});

test('issue 12: a region of a place may be written in lowercase (« Asie du sud-est »), not « du nord au sud »', () => {
  assert.deepEqual(names(detect('Les cas se multiplient en Asie du sud-est.', empty)), ['place:Asie du sud-est:1']);
  assert.deepEqual(names(detect('La France du nord au sud grelotte.', empty)), ['place:France:1']);
});

test('issue 12: a website named by its address is an organisation, a known one when its name is known; not an e-mail address', () => {
  const refs = detect('Selon le site Leveil.fr, repris par lemonde.fr et www.jeanmarcmorandini.com ; écrire à contact@exemple.fr.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Le Monde:1', 'organisation:Leveil.fr:1', 'organisation:jeanmarcmorandini.com:1']);
});

test('issue 12: « le Groupe TF1 » is TF1; a cue noun keeps its force across adjectives: « la télévision publique ERT »', () => {
  const refs = detect('Elle a signé avec le Groupe TF1. Un sismologue a parlé à la télévision publique ERT.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:ERT:1', 'organisation:TF1:1']);
});

test('issue 12: « Me » names a lawyer; a given name alone after « la chanteuse » is a stage name, not after « son mari »', () => {
  const refs = detect('Me Gallo, son avocat, a plaidé. La chanteuse Adele était là avec son mari Philippe.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Adele:1', 'person:Gallo:1']);
});

test('issue 12: a point of the compass glued to a place is part of it; « le Nord » after « la Corée du Nord » is that country', () => {
  assert.deepEqual(names(detect('Les coupures touchent Aquitaine Nord et la Bretagne.', empty)).sort(), ['place:Aquitaine:1', 'place:Bretagne:1']);
  assert.deepEqual(names(detect('La Corée du Nord a tiré un missile. Séoul exhorte le Nord au calme.', empty)).sort(), ['place:Corée du Nord:2', 'place:Séoul:1']);
});

test('issue 12: no place in an English title (« Once Upon a Time in Hollywood »), no magazine in « Voici le… »', () => {
  assert.deepEqual(names(detect('Le film « Once Upon a Time in Hollywood » sort. « Voici le plus beau cadeau », dit-il.', empty)), []);
});

test('issue 12: « le ministre de l’Éducation nationale » is a title, « l’Éducation nationale » the institution', () => {
  assert.deepEqual(names(detect('Le ministre de l’Éducation nationale a parlé.', empty)), []);
  assert.deepEqual(names(detect('L’enquête de l’Éducation nationale avance.', empty)), ['organisation:Éducation nationale:1']);
});

test('issue 12: « al- » stays inside a name (Haider al-Abadi); « Sir » is no part of it', () => {
  const refs = detect('Le Premier ministre irakien Haider al-Abadi a reçu le champion britannique Sir Malcolm Campbell.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Haider al-Abadi:1', 'person:Malcolm Campbell:1']);
});

test('issue 12: well-known organisations of the reference: SPA, Enedis, JCDecaux, MTV, Afep', () => {
  const refs = detect('Même la SPA est venue. Selon Enedis, le courant revient. JCDecaux et l’Afep ont parlé sur MTV.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Afep:1', 'organisation:Enedis:1', 'organisation:JCDecaux:1', 'organisation:MTV:1', 'organisation:SPA:1']);
});

test('issue 12: an organisation’s name in quotes after its noun is taken whole; « et » joins two capitalised words after the noun', () => {
  const refs = detect('Elle milite dans l’association « Jamais sans toit », puis siège au groupe Libertés et Territoires.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Jamais sans toit:1', 'organisation:Libertés et Territoires:1']);
});

test('issue 12: after « à », a name that is no town takes the kind its apposition gives: « à Takis Candilis, le directeur »', () => {
  assert.deepEqual(names(detect('Il s’en prend à Takis Candilis, le directeur de la fiction.', empty)), ['person:Takis Candilis:1']);
});

test('issue 12: « l’Assemblée » alone is the Assemblée nationale; an organisation word followed by its complement names another body; a company’s general assembly is no body of its own', () => {
  const refs = detect('Le groupe LREM de l’Assemblée a voté. L’Assemblée générale des Nations unies siège, l’Assemblée générale d’Accor aussi, et l’Union des industries de la protection des plantes proteste.', empty);
  // The newspaper L'Union is not named.
  assert.deepEqual(names(refs).sort(), ['organisation:Accor:1', 'organisation:Assemblée générale des Nations unies:1', 'organisation:Assemblée nationale:1', 'organisation:La République en marche:1']);
});

test('issue 12: a region after a medium names its regional edition, not a place of the story: « France 3 Occitanie », « France Bleu Sud Lorraine »', () => {
  const refs = detect('Selon France 3 Occitanie et France Bleu Sud Lorraine, le maire de Rodez a parlé.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:France 3 Occitanie:1', 'organisation:France Bleu Sud Lorraine:1', 'place:Rodez:1']);
});

test('issue 12: a name headed by a noun of geography is a place: « au Pic du Midi de Bigorre », « le Lac Léman »; not « Cap 21 »', () => {
  const refs = detect('Au Pic du Midi de Bigorre, il neige sur le Lac Léman. Il a rejoint Cap 21 en 2010.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Lac Léman:1', 'place:Pic du Midi de Bigorre:1']);
});

test('issue 12: landmarks are places (« la Tour Eiffel »), and « Beauvau », like « Bercy », names a ministry', () => {
  const refs = detect('Selon Beauvau, la Tour Eiffel a été évacuée, comme la Promenade des Anglais.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Beauvau:1', 'place:Promenade des Anglais:1', 'place:Tour Eiffel:1']);
});

test('issue 12: a nationality after « , l’ » is not glued to the name; a town written with spaces after « à » is the town, not a person', () => {
  const refs = detect('Défendu par Angela Merkel, l’Allemand Manfred Weber, 46 ans, est candidat. À Saint-Pierre d’Oléron, il pleut.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Angela Merkel:1', 'person:Manfred Weber:1', 'place:Saint-Pierre-d\'Oléron:1']);
});

test('issue 12: a capitalised job title inside a sentence is no cue (« le Directeur Marketing »), a royal or presidential one is', () => {
  const refs = detect('Jim Owens, le Directeur Marketing de la marque, a parlé de la Reine Elizabeth II.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Elizabeth II:1', 'person:Jim Owens:1']);
});

test('issue 12: a given name alone after « à » is someone, not the village of that name', () => {
  assert.deepEqual(names(detect('Elle a chanté en hommage à René, puis à Roybon.', empty)), ['place:Roybon:1']);
});

test('issue 12: a field of ministries goes on an agency’s name in lowercase (« de santé »), a verb in -elle ends it', () => {
  const refs = detect('L’Agence régionale de santé a publié un avis. Le Comité scientifique appelle à la prudence.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Agence régionale de santé:1', 'organisation:Comité scientifique:1']);
});

test('issue 12: a capitalised organisation word, « de » and a known place are one name, with its number (« Université de Lyon 2 »)', () => {
  const refs = detect('Une chercheuse de l’Université de Lyon 2 et le Conseil de Paris ont signé.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Conseil de Paris:1', 'organisation:Université de Lyon 2:1']);
});

test('issue 12: a place or institution named after someone is not that person (« le collège Victor Hugo »); a hospital, university or museum is an organisation of that name', () => {
  const refs = detect('Les élèves du collège Jean Moulin et de l’hôpital Louis Pasteur ont rencontré Marie Dupont.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Hôpital Louis Pasteur:1', 'person:Marie Dupont:1']);
  const more = detect('Transféré à l’hôpital Robert-Debré, il a été suivi par l’université Duke, l’institut Curie et le musée Van Gogh.', empty);
  assert.deepEqual(names(more).sort(), ['organisation:Hôpital Robert-Debré:1', 'organisation:Institut Curie:1', 'organisation:Musée Van Gogh:1', 'organisation:Université Duke:1']);
});

test('issue 12: after a lowercase noun of institutions, a place, a word in capitals or a pollster is no institution of that name (« l’hôpital de Nantes », « la clinique VIP », « l’institut YouGov »)', () => {
  const refs = detect('Soigné à l’hôpital de Nantes puis dans la clinique VIP, selon l’institut YouGov.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:YouGov:1', 'place:Nantes:1']);
});

test('issue 12: a name ending in an English noun of places is a place (« Pebble Beach »), a given name and « Park » someone', () => {
  const refs = detect('La vente d’Amelia Island précède le concours de Pebble Beach, selon Jack Park.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Jack Park:1', 'place:Amelia Island:1', 'place:Pebble Beach:1']);
});

test('issue 12: a royal is named by title and given name (« le prince Louis »), a relative by a given name alone is no one', () => {
  const refs = detect('Le prince Louis joue avec la reine Sophie, puis son fils Paul arrive.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Prince Louis:1', 'person:Reine Sophie:1']);
});

test('issue 12: a town after « la plage de », « les rues de » or « l’aérodrome du » is a place', () => {
  const refs = detect('Il a marché sur la plage de Pornichet et dans les rues de Vannes, puis vers l’aérodrome du Versoud.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Le Versoud:1', 'place:Pornichet:1', 'place:Vannes:1']);
});

test('issue 12: a medium alone stays the medium beside its regional station (« France Bleu » and « France Bleu Isère »)', () => {
  const refs = detect('Selon France Bleu Isère, le feu a repris, comme le dit France Bleu.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:France Bleu Isère:1', 'organisation:France Bleu:1']);
});

test('issue 12: a known place after an organisation’s lowercase complement names its area (« …de santé de Bretagne »)', () => {
  const refs = detect('L’Agence régionale de santé de Bretagne et le Comité départemental de tourisme d’Ardèche ont écrit à Rennes.', empty);
  assert.deepEqual(names(refs).sort(), [
    'organisation:Agence régionale de santé de Bretagne:1', 'organisation:Comité départemental de tourisme d’Ardèche:1', 'place:Rennes:1',
  ]);
});

test('issue 12: a town after a known organisation and « de » is a place (« le Super U de Trèbes »); landmarks of Paris are places', () => {
  const refs = detect('La caissière du Super U de Trèbes ira aux Invalides puis au Palais de Chaillot.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Super U:1', 'place:Invalides:1', 'place:Palais de Chaillot:1', 'place:Trèbes:1']);
});

test('issue 12: « de l’ » and a capitalised word go on an organisation’s name; a nationality after its complement ends it', () => {
  const refs = detect('Elle a quitté l’Institut de l’Énergie pour l’Office de la chasse allemand et l’Agence de développement urbain.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Agence de développement urbain:1', 'organisation:Institut de l’Énergie:1', 'organisation:Office de la chasse:1']);
});

test('issue 12: a long form written otherwise than the reference, then a known acronym in brackets, is the known body, once', () => {
  const refs = detect('Selon le Centre national de recherches scientifiques (CNRS), à Lyon, le CNRS confirme.', empty);
  assert.deepEqual(names(refs), ['organisation:CNRS:3', 'place:Lyon:1']);
});

test('issue 12: « l’ONG » in capitals heads no name: the organisation is the name after it', () => {
  const refs = detect('Deux salariés de l’ONG Solidarités Nord travaillent avec l’ONG Brave Tortues.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Brave Tortues:1', 'organisation:Solidarités Nord:1']);
});

test('issue 12: a capitalised article after a verb of reporting opens a medium’s name (« rapporte Le Courrier », « selon La Gazette de l’Ain »)', () => {
  const refs = detect('Le maire a démissionné, rapporte Le Courrier. Selon La Gazette de l’Ain, il part. Il l’a confié à L’Écho régional.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:La Gazette de l’Ain:1', 'organisation:Le Courrier:1', 'organisation:L’Écho régional:1']);
});

test('issue 12: a surname written with its article is no medium (« selon Le Floch » after « Anne Le Floch »)', () => {
  const refs = detect('Anne Le Floch est candidate. Selon Le Floch, la ville change.', empty);
  assert.deepEqual(names(refs), ['person:Anne Le Floch:2']);
});

test('issue 12: a band named with its article after « le groupe » is an organisation', () => {
  assert.deepEqual(names(detect('Il jouait de la basse dans le groupe Les Baladins.', empty)), ['organisation:Les Baladins:1']);
});

test('issue 12: « chez » names a publisher or an employer after a word of publishing or work, not a host', () => {
  const refs = detect('Son roman est paru chez Quillet. Elle travaille chez Vorlane depuis mai. Il a dit un jour chez Tessard que tout va bien.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Quillet:1', 'organisation:Vorlane:1']);
});

test('issue 12: trades of companies, publishers and houses are cues, with a nationality between (« l’horloger suisse Vantor »)', () => {
  const refs = detect('L’horloger suisse Vantor, la maison Darrieux et les éditions Pelletane se sont associés.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Darrieux:1', 'organisation:Pelletane:1', 'organisation:Vantor:1']);
});

test('issue 12: a person noun after a noun of groups qualifies the group (« le groupe islamiste Ansar Wadi »)', () => {
  assert.deepEqual(names(detect('Le groupe islamiste Ansar Wadi a revendiqué l’attaque.', empty)), ['organisation:Ansar Wadi:1']);
});

test('issue 12: no person ends with a capitalised article; no person after an article before an apposition (« la Grande Guerre, le chef »)', () => {
  assert.deepEqual(names(detect('Le président de région Pierre Vasseur Le et le maire ont parlé.', empty)), ['person:Pierre Vasseur:1']);
  assert.deepEqual(names(detect('Il évoquait la Longue Marche, le chef du parti écoutait.', empty)), []);
});

test('issue 12: a name that fills a quotation is a title, unless a nickname’s word comes before it', () => {
  assert.deepEqual(names(detect('Il joue dans la série "Martin Fourchette" sur une chaîne.', empty)), []);
  assert.deepEqual(names(detect('Connu sous le surnom « Martin Fourchette », il a été arrêté.', empty)), ['person:Martin Fourchette:1']);
});

test('issue 12: an acronym defined by a long form of organisations in brackets after it is an organisation (« l’UFPA (Union française des pêcheurs amateurs) »), a tax is not', () => {
  const refs = detect('La présidente de l’UFPA (Union française des pêcheurs amateurs) proteste. L’UFPA écrit au préfet. Il paie la TVF (Taxe sur les voitures de fonction).', empty);
  assert.deepEqual(names(refs), ['organisation:UFPA:2']);
});

test('issue 12: a head of organisations starting with the acronym’s letter counts up to twelve words before the bracket', () => {
  const refs = detect('Il a rejoint l’Association pour le maintien des petits commerces dans les bourgs ruraux (AMPCBR) en mai.', empty);
  assert.deepEqual(names(refs), ['organisation:AMPCBR:2']);
});

test('issue 12: the article’s own long form wins over the reference’s body of the same acronym (FFA), not a long form of the same body', () => {
  assert.deepEqual(names(detect('Selon la Fédération française de l’assurance (FFA), la facture monte. La FFA s’inquiète.', empty)), [
    'organisation:Fédération française de l’assurance:3',
  ]);
  assert.deepEqual(names(detect('La Fédération française d’athlétisme (FFA) a suspendu le coureur.', empty)), ['organisation:Fédération française d\'athlétisme:2']);
});

test('issue 12: an acronym of a lowercase unit named by its town after the bracket is no organisation (« du peloton de montagne (PGM) de Briançon »)', () => {
  const refs = detect('Les secouristes du peloton de gendarmerie de montagne (PGM) de Grenoble ont aidé. Ils ont appelé la brigade de montagne (BDM).', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:BDM:1', 'place:Grenoble:1']);
});

test('issue 12: singers known by one name and hosts known by their surname are people without a cue (« Zazie », « chez Ruquier »)', () => {
  const refs = detect('Le titre interprété par Zazie a été repris par Calogero, puis chanté chez Ruquier.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Calogero:1', 'person:Laurent Ruquier:1', 'person:Zazie:1']);
});

test('issue 12: English words of companies make a name an organisation (« Selma Health »); a town after « la commune de » is no person', () => {
  const refs = detect('Selon une étude de Selma Health, le bus a quitté la route sur la commune de Saint-Pierre d’Eyraud.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Selma Health:1', 'place:Saint-Pierre-d\'Eyraud:1']);
});

test('issue 12: an Arabic article goes on a surname after a given name; « étrangères » and « publics » go on a ministry’s name', () => {
  const refs = detect('Il a parlé avec Karim al-Hassani. Le ministère des Affaires étrangères et le ministère de l’Action et des Comptes publics ont répondu.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:ministère de l’Action et des Comptes publics:1', 'organisation:ministère des Affaires étrangères:1', 'person:Karim al-Hassani:1']);
});

test('issue 12: a name after a comma that closes a title is that person (« le ministre grec de la Santé, Ilias Koutsos »), not a known name', () => {
  const refs = detect('Il l’a confirmé, a indiqué le ministre grec de la Santé, Ilias Koutsos. Le directeur du site, Renault Trucks, se tait.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'person')), ['person:Ilias Koutsos:1']);
});

test('issue 12: a saint’s name with its hyphen starts no person (« Saint-Jean d’Illac » is a town)', () => {
  const refs = detect('Le maire LR de Saint-Jean d’Illac, Jean Ordoqui, a parlé. Il passe à Saint-Hubert Lavaur.', empty);
  assert.ok(!names(refs).some((n) => n.startsWith('person:Saint')), names(refs).join(', '));
});

test('issue 12: « pour » links an organisation’s complement (« Agence française pour la biodiversité »), not a verb or a client (« sondage Odoxa pour BFMTV »)', () => {
  const refs = detect('Il préside l’Agence française pour la biodiversité. Le Centre de conférence pour prendre la parole. Le ministère de Benjamin Griveaux a été forcé.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation')).sort(), ['organisation:Agence française pour la biodiversité:1', 'organisation:Centre de conférence:1']);
});

test('issue 12: a letter alone names nothing, even after a noun of places (« une ville K.O. »)', () => {
  assert.deepEqual(names(detect('Après la tempête, c’est une ville K.O. qui se réveille.', empty)), []);
});

test('issue 12: « entre » a town and « et » another names two places', () => {
  const refs = detect('Un homme a été arrêté sur la départementale entre Houeillès et Damazan hier.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Damazan:1', 'place:Houeillès:1']);
});

test('issue 12: capitals after a given name without an initial’s dot name a model (« la Mini Cooper S »), not « Natan A. »; Cédric O is known', () => {
  const refs = detect('Il conduit la Mini Cooper S de sa mère. Natan A. a été arrêté. Cédric O a parlé.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'person')).sort(), ['person:Cédric O:1', 'person:Natan A:1']);
});

test('issue 12: an organisation’s noun, « de » or « d’ » and a noun of its trade are a cue (« la société de production Elzane Films », « le site d’information Vexo »)', () => {
  const refs = detect('Les droits ont été achetés par la société de production Elzane Films, a révélé le site d’information Vexo.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Elzane Films:1', 'organisation:Vexo:1']);
});

test('issue 12: « le réseau » and « la boutique » are cues of organisations', () => {
  assert.deepEqual(names(detect('La présidente du réseau Vérimax l’a dit devant la boutique Zéphyr.', empty)).sort(), ['organisation:Vérimax:1', 'organisation:Zéphyr:1']);
});

test('issue 12: a known organisation glued after a person cue is the party, not a word of the name (« la députée LREM Laura Vessi »); events are no people', () => {
  const refs = detect('La députée LREM Laura Vessi a été agressée. Le candidat Europe Écologie - Les Verts a parlé. Elle a eu trois Emmy Awards.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Europe Écologie-Les Verts:1', 'organisation:La République en marche:1', 'person:Laura Vessi:1']);
});

test('issue 12: an adjective before the noun of a complement waits for it (« Tribunal de grande instance », « Confédération des petites entreprises »)', () => {
  // (The court with its town: named alone, a tribunal is a kind of court, no entity.)
  const refs = detect('La Confédération des petites entreprises a saisi le Tribunal de grande instance de Nanterre.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Confédération des petites entreprises:1', 'organisation:Tribunal de grande instance de Nanterre:1']);
});

test('issue 12: a town written with its article after a verb of reporting and « à » is no medium (« a expliqué à La Ferté-Alais »)', () => {
  const refs = detect('Il l’a expliqué à La Ferté-Alais hier, rapporte Le Courrier.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation')), ['organisation:Le Courrier:1']);
});

test('issue 12: a maker’s name as a thing one has or before a model’s code is a product (« sa Rolls-Royce », « la Bugatti 57SC », « la RN 124 »), not the organisation', () => {
  const refs = detect('Il a vendu sa Rolls-Royce et la Bugatti 57SC de 1937 sur la RN 124. Plus tard, Airbus a annoncé une commande.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation')), ['organisation:Airbus:1']);
});

test('issue 12: a known organisation’s name is no rare given name (« Engie Gaz »); a title’s end before an apposition is no person (« pour Non Stop Politique, la mère »)', () => {
  const refs = detect('Elle reçoit un mail de Engie Gaz tarif réglementé. En exclusivité pour Non Stop Politique, la mère de Carla Bruni parle.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'person')), ['person:Carla Bruni:1']);
});

test('issue 12: after a cue, a town the commune list lacks as written is a place: without its article, with a hyphen after it, or shaped like a town', () => {
  const refs = detect('Elle a été tuée à Pont-de-Beauvoisin. Il vit à La-Barre-de-Monts et passe l’été à Saint-Zorglub. On l’a vu au Tour cycliste, puis aux Saint-Joriens.', empty);
  assert.deepEqual(names(refs).sort(), ['place:La Barre-de-Monts:1', 'place:Le Pont-de-Beauvoisin:1', 'place:Saint-Zorglub:1']);
  // Saint-Barth is the island the reference knows by its name.
  assert.deepEqual(names(detect('Il passe l’été à Saint-Barth.', empty)), ['place:Saint-Barthélemy:1']);
});

test('issue 12: a maker’s name after « un » or « une » is one of its products (« une Peugeot », « d’un Boeing »); the maker that acts is the organisation', () => {
  const refs = detect('Le voleur roulait dans une Peugeot grise, puis à bord d’un Boeing. Peugeot a porté plainte.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation')), ['organisation:Peugeot:1']);
});

test('issue 12: a maker’s name before a model’s code is a product whatever precedes it (« une série de Chevrolet Corvette Z06 »)', () => {
  const refs = detect('La loueuse a vendu une série de Chevrolet Corvette Z06 et un lot de Ford Mustang GT500.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation')), []);
});

test('issue 12: a name after a lowercase article that a verb of reporting introduces is a body or a medium (« rappelle l’Inrep », « révèle le Sentinel », « dans les colonnes du Herald »)', () => {
  const refs = detect('Le chômage baisse, rappelle l’Inrep dans son étude. Le maire a démissionné, révèle le Sentinel. Il s’est confié dans les colonnes du Herald.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Herald:1', 'organisation:Inrep:1', 'organisation:Sentinel:1']);
});

test('issue 12: after a verb of reporting, a party member, a nationality, a code or a local body named by a common noun is no organisation', () => {
  const refs = detect('« Je reste », a assuré l’Insoumis. Selon le Code du travail, rien ne change. Il est mort, selon la Région. Selon l’Américain Bob Kessler, tout va bien.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation')), []);
});

test('issue 12: an acronym that the article defines and a verb of reporting then introduces is one organisation (« Selon l’OPRC »)', () => {
  const refs = detect('L’Observatoire pyrénéen des risques climatiques (OPRC) publie un rapport. Selon l’OPRC, la neige recule.', empty);
  assert.deepEqual(names(refs), ['organisation:Observatoire pyrénéen des risques climatiques:3']);
});

test('issue 12: a given name alone after « l’animateur » or « le youtubeur » is a stage name; after a kinship noun or « le mannequin », no one to look up', () => {
  const refs = detect('L’animateur Arthur a reçu le youtubeur Cyprien. Son fils Arthur était là, avec le mannequin Inès de la Fressange et le mannequin Doutzen Kroes.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Arthur:1', 'person:Cyprien:1', 'person:Doutzen Kroes:1']);
});

test('issue 12: an acronym after a noun of members and « de », « du », « de la » or « de l’ » is an organisation (« le directeur de la DDTM », « les militants du CLAP »), not a local unit named by its town', () => {
  const refs = detect('Le directeur de la DDTM a reçu les militants du CLAP et un médecin de l’UMAP. Le directeur du CHR de Lille était absent.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation')).sort(), ['organisation:CLAP:1', 'organisation:DDTM:1', 'organisation:UMAP:1']);
});

test('issue 12: « sondage » introduces its pollster (« un sondage Pollix »), not a heading in capitals (« SONDAGE EXCLUSIF »)', () => {
  const refs = detect('SONDAGE EXCLUSIF. Selon un sondage Pollix publié dimanche, la réforme divise.', empty);
  assert.deepEqual(names(refs), ['organisation:Pollix:1']);
});

test('issue 12: a town abroad that no list holds is a place when the sentence says so (« née à Taroudi », « à Kelborn, en Floride », « à Wrocek (Pologne) », « à Ostralo, une île »), not a name in capitals or someone after « à »', () => {
  const refs = detect('Née à Taroudi, elle vit à Kelborn, en Floride. Il a fui à Wrocek (Pologne) puis à Ostralo, une île. Les lampes à LED ont été données à Jacques, en France.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'place')).sort(), ['place:Floride:1', 'place:France:1', 'place:Kelborn:1', 'place:Ostralo:1', 'place:Pologne:1', 'place:Taroudi:1', 'place:Wrocek:1']);
});

test('issue 12: one word after a noun of kinship is a given name, known or not (« sa fille Kestrel »); words between a person cue and the name qualify the person (« le député Insoumis François Ruffin »)', () => {
  const refs = detect('Patricia Spann et sa fille Kestrel se sont mariées. Le député Insoumis François Ruffin a réagi.', empty);
  assert.deepEqual(names(refs).sort(), ['person:François Ruffin:1', 'person:Patricia Spann:1']);
});

test('issue 12: an event or a meeting is no organisation (« les Jeux Olympiques », « le Grand Prix du Jury », « au Salon de Genève », « la Ligue Europa », « en Conseil des ministres »), its town is a place; a league as a body is one (« Ligue des droits de l’homme »)', () => {
  const refs = detect('Avant les Jeux Olympiques, il a reçu le Grand Prix du Jury puis exposé au Salon de Genève. La Ligue Europa reprend. La Ligue des droits de l’homme proteste contre le texte présenté en Conseil des ministres.', empty);
  assert.deepEqual(names(refs).sort(), ["organisation:Ligue des droits de l'homme:1", 'place:Genève:1']);
});

test('issue 12: an English event ending with its noun (« aux Vortex Music Awards ») and the Internet are no organisations', () => {
  const refs = detect('Elle a triomphé aux Vortex Music Awards, puis sur le site Internet du Time Magazine.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation')), ['organisation:Time Magazine:1']);
});

test('issue 12: a learned trade by its ending is a person cue (« un volcanologue, Aris Keramidas », « le psychiatre Tobb Larsen »), not a noun that ends alike (« le catalogue Vexia »)', () => {
  const refs = detect('Un volcanologue, Aris Keramidas, a mis en garde. Le psychiatre Tobb Larsen doute. Le catalogue Vexia est paru.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'person')).sort(), ['person:Aris Keramidas:1', 'person:Tobb Larsen:1']);
});

test('issue 12: an organisation keeps a plural complement whole, its nationality (« des éditeurs italiens ») and a word of age (« des anciens marins ») included; a singular complement leaves the nationality to the body (« l’École de la mer française »)', () => {
  const refs = detect('Selon la Fédération nationale des éditeurs italiens, les ventes chutent. Une plaque offerte par l’Association des anciens marins de Brest. L’École de la mer française recrute.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation')).sort(), ['organisation:Association des anciens marins de Brest:1', 'organisation:Fédération nationale des éditeurs italiens:1', 'organisation:École de la mer:1']);
});

test('issue 12: a word that starts no name elsewhere is the title of a medium right after a noun of the press (« au magazine Elle »), not at the start of a sentence', () => {
  const refs = detect('Elle a tout raconté au magazine Elle la semaine passée. Elle sourit.', empty);
  assert.deepEqual(names(refs), ['organisation:Elle:1']);
});

test('issue 12: « la fondation », « la fédération » and « le média » name the body after them (« la fondation Climat Avenir », « la fédération Rail Solidaire », « au média danois DKX »), a foundation named after someone as it writes itself (« la fondation Ferry Porsche »: Fondation Ferry Porsche)', () => {
  const refs = detect('Selon la fondation Climat Avenir, la mer monte. La fédération Rail Solidaire appelle à la grève. Le chèque ira à la fondation Ferry Porsche. Il l’a dit au média danois DKX.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Climat Avenir:1', 'organisation:DKX:1', 'organisation:Fondation Ferry Porsche:1', 'organisation:Rail Solidaire:1']);
});

test('issue 12: a foreign particle written with its capital joins two words into someone (« la danseuse Zelda Von Marsh », « Benito Del Fuego »), given name known or not', () => {
  const refs = detect('La danseuse burlesque Zelda Von Marsh a défilé, puis Benito Del Fuego est arrivé.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'person')).sort(), ['person:Benito Del Fuego:1', 'person:Zelda Von Marsh:1']);
});

test('issue 12: a hall headed by « Théâtre », « Opéra », « Zénith » or ended by « Arena » is a place (« au Théâtre des Lilas », « à la Brixo Arena »), as the samples label venues', () => {
  const refs = detect('La pièce se joue au Théâtre des Lilas avant une date à la Brixo Arena.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Brixo Arena:1', 'place:Théâtre des Lilas:1']);
});

test('issue 12: after a noun of nationality, two words name someone whose given name no list holds (« le Japonais Tokuro Hanabe », « la Danoise Mette Skovgaard »)', () => {
  const refs = detect('Il travaille avec le Japonais Tokuro Hanabe. Le comité est présidé par la Danoise Mette Skovgaard.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'person')).sort(), ['person:Mette Skovgaard:1', 'person:Tokuro Hanabe:1']);
});

test('issue 12: English links keep an English name whole (« le Journal of Marine Acoustics », « le Center for the Civic Future »), not cut at its first words', () => {
  const refs = detect('Publiée dans le Journal of Marine Acoustics, une étude du Center for the Civic Future le confirme.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Center for the Civic Future:1', 'organisation:Journal of Marine Acoustics:1']);
});

test('issue 12: « Muséum » heads an organisation as « Musée » does, its lowercase complement and its country included (« le Muséum d’histoire naturelle du Chili »)', () => {
  const refs = detect('Le Muséum d’histoire naturelle du Chili a confirmé la découverte.', empty);
  assert.deepEqual(names(refs), ['organisation:Muséum d’histoire naturelle du Chili:1']);
});

test('issue 12: a known place alone in brackets after a name makes it a place inside it, with or without « à » (« parti de Varenna (Italie) »); not after a common noun (« l’université Kellworth (États-Unis) », an institution)', () => {
  const refs = detect('Le ferry, parti de Varenna (Italie), a croisé un chercheur de l’université Kellworth (États-Unis) qui vit à Dornbirnel (Autriche).', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Université Kellworth:1', 'place:Autriche:1', 'place:Dornbirnel:1', 'place:Italie:1', 'place:Varenna:1', 'place:États-Unis:1']);
});

test('issue 12: « St. » and « Ste » abbreviate a saint inside a place’s name (« la ville de St. Augustine »), not a sentence end', () => {
  const refs = detect('Il vient de la ville de St. Augustine, en Floride.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Floride:1', 'place:St. Augustine:1']);
});

test('issue 12: nouns of towns and areas abroad name the place after them, an adjective between or not (« le comté de Harlow », « la localité de Tel Rifaat », « le quartier populaire de Vrana », « le mont Kelimu »)', () => {
  const refs = detect('Né dans le comté de Harlow, il a fui la localité de Tel Rifaat, puis le quartier populaire de Vrana, au pied du mont Kelimu.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Harlow:1', 'place:Kelimu:1', 'place:Tel Rifaat:1', 'place:Vrana:1']);
});

test('issue 12: after « à », a town abroad is said to be one by a noun of towns right after the comma (« à Kelsburg, ville de Bavière »), or by a word of birth or living a few words before (« né le 2 mai 1950 à Varessa », « vivait encore à Ostrel »)', () => {
  const refs = detect('Les obsèques auront lieu à Kelsburg, ville de Bavière. Né le 2 mai 1950 à Varessa, il vivait encore à Ostrel.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Bavière:1', 'place:Kelsburg:1', 'place:Ostrel:1', 'place:Varessa:1']);
});

test('issue 12: countries go by the short French names the press writes, not only their official ones (« en Birmanie », « la Centrafrique », « Brunei »)', () => {
  const refs = detect('Des réfugiés venus de Birmanie et de Centrafrique ont rejoint Brunei.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Birmanie:1', 'place:Brunei:1', 'place:Centrafrique:1']);
});

test('issue 12: « la revue » names a medium; a participle or an adjective in « -an » may stand between a cue and the name (« le site spécialisé Vantage », « le groupe catalan Puigmal »), not a cue noun itself (« la société américaine Hemotrix »)', () => {
  const refs = detect('Selon la revue Cellula et le site spécialisé Vantage, le groupe catalan Puigmal rachète la société américaine Hemotrix.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Cellula:1', 'organisation:Hemotrix:1', 'organisation:Puigmal:1', 'organisation:Vantage:1']);
});

test('issue 12: « and » links the words of an English name as « of » does (« la revue Particle and Fiber Toxicology »)', () => {
  assert.deepEqual(names(detect('Une étude parue dans la revue Particle and Fiber Toxicology le confirme.', empty)), ['organisation:Particle and Fiber Toxicology:1']);
});

test('issue 12: a known company followed by a known country is its national branch, one organisation (« Honda Australie », « la filiale Volkswagen France »), not the company and a place of the story', () => {
  const refs = detect('Honda Australie a présenté la voiture ; la filiale Volkswagen France suivra.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Honda Australie:1', 'organisation:Volkswagen France:1']);
});

test('issue 12: two words right after a verb of speech that follows a quotation name the speaker, given name known or not (« », souffle Ilvana Ribas »); not a title (« », analyse Maître Jean Colin »), nor a known body (« », prévient Météo France »)', () => {
  const refs = detect('« Tout a brûlé », souffle Ilvana Ribas. « Il faut attendre », analyse Maître Jean Colin. « Il va neiger », prévient Météo France.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Météo-France:1', 'person:Ilvana Ribas:1', 'person:Jean Colin:1']);
});

test('issue 12: after « en », one word ending in « -ie » names a land no list holds (« en Ombrie »), not a subject with its complement (« en Chimie de synthèse ») nor a word of a title (« Dimanche en Politique »)', () => {
  assert.deepEqual(names(detect('Des feux ont éclaté en Ombrie.', empty)), ['place:Ombrie:1']);
  assert.deepEqual(names(detect('Il enseigne en Chimie de synthèse. Il était invité de Dimanche en Politique.', empty)), []);
});

test('issue 12: « à X, dans le Y » names a town and its region when no list holds them (« à Brockton, dans le Wessexshire »), not a common phrase (« à Orange, dans le cadre »)', () => {
  assert.deepEqual(names(detect('Le musée ouvrira à Brockton, dans le Wessexshire, en mai.', empty)).sort(), ['place:Brockton:1', 'place:Wessexshire:1']);
  assert.deepEqual(names(detect('Elle répond à Orange, dans le cadre du contrat.', empty)), ['organisation:Orange:1']);
});

test('issue 12: a name quoted after a noun of organisations is one organisation, a known place inside it included (« l’association "Lyon en Commun" »)', () => {
  assert.deepEqual(names(detect('Elle milite au sein de l’association "Lyon en Commun", qui rassemble la gauche.', empty)), ['organisation:Lyon en Commun:1']);
});

test('issue 12: a title without article after a reporting participle and « à » or « par » is a medium (« a-t-elle expliqué à Vortexa », « repris par Hebdolux »); a surname named in full elsewhere stays the person', () => {
  assert.deepEqual(names(detect('Elle a expliqué à Vortexa que la série reviendra, selon un texte repris par Hebdolux.', empty)).sort(), ['organisation:Hebdolux:1', 'organisation:Vortexa:1']);
  assert.deepEqual(names(detect('Il a confié à Fillon son inquiétude. François Fillon a souri.', empty)), ['person:François Fillon:2']);
});

test('issue 12: the national forces are organisations of the built-in reference (« les CRS », « la Marine nationale », « l’Armée de terre »)', () => {
  const refs = detect('Les CRS ont dégagé la route ; la Marine nationale et l’Armée de terre sont mobilisées.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Armée de terre:1', 'organisation:Compagnies républicaines de sécurité:1', 'organisation:Marine nationale:1']);
});

test('issue 12: the town after a name of several words headed by a word of organisations is part of it (« l’École des Mines de Nancy », « le Centre des Brûlés de Tours »), not a place of the story', () => {
  const refs = detect('Le robot arpente l’École des Mines de Nancy ; le blessé ira au Centre des Brûlés de Tours.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Centre des Brûlés de Tours:1', 'organisation:École des Mines de Nancy:1']);
});

test('issue 12: an acronym listed beside known organisations is one (« la CGT, SNAT et FO »), not an acronym of common things (« les TPE et les PME ») nor one glued to a number (« TV 5 »)', () => {
  assert.deepEqual(names(detect('La CGT, SNAT et FO appellent à la grève.', empty)).sort(), ['organisation:CGT:1', 'organisation:Force ouvrière:1', 'organisation:SNAT:1']);
  assert.deepEqual(names(detect('Le Bon Coin séduit la CGT, PME et TPE.', empty)).filter((n) => n.includes('PME') || n.includes('TPE')), []);
});

test('issue 12: a day, a month or a year right before « à » says the name after it is where something happened (« lundi 15 juillet à Vilnor », « en 1975 à Monzetta »)', () => {
  const refs = detect('Le président a parlé lundi 15 juillet à Vilnor. Il avait gagné en 1975 à Monzetta.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Monzetta:1', 'place:Vilnor:1']);
});

test('issue 12: a noun of trips or events a few words before « à » says the name after it is a place (« une manifestation se préparait à Vestrik », « son déplacement à Korvane »)', () => {
  const refs = detect('Une manifestation se préparait aussi à Vestrik. Son déplacement à Korvane intervient après la crise.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Korvane:1', 'place:Vestrik:1']);
});

test('issue 12: one word followed by a comma and a trade whose people go by one name is a stage name (« Zelko, la chanteuse », « Navo, la star brésilienne »); not a known name', () => {
  const refs = detect('On retrouve Zelko, la chanteuse, puis la punition de Navo, la star brésilienne.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Navo:1', 'person:Zelko:1']);
});

test('issue 12: a word that locates by a place, then « de », names that place (« près de Dorlund », « au large d’Ostrande », « à 70 km au sud de Kuala Serang »); not a body (« non loin du Centre Pompidou »), nor « est » the verb', () => {
  const refs = detect('Il vivait près de Dorlund, puis au large d’Ostrande, à 70 km au sud de Kuala Serang. Il est de Zorglub.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Dorlund:1', 'place:Kuala Serang:1', 'place:Ostrande:1']);
});

test('issue 12: after a known name, a rarer given name and a surname name someone (« l’agent du FBI Ron Harper », « auprès du Parisien Erik Berg »), not a maker’s model (« une Rolls-Royce Dawn Adamas »)', () => {
  const refs = detect('Selon l’agent du FBI Ron Harper et, auprès du Parisien, Erik Berg. Il conduit une Rolls-Royce Dawn Adamas.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'person')).sort(), ['person:Erik Berg:1', 'person:Ron Harper:1']);
});

test('issue 12: « Al » written apart before one surname is a given name (« Al Pacino »), not before an Arabic noun of a body (« Al Quaïda »)', () => {
  const refs = detect('Le film réunit Al Pacino et Joe Pesci. La menace d’Al Quaïda plane.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'person')).sort(), ['person:Al Pacino:1', 'person:Joe Pesci:1']);
});

test('issue 12: a cue in the plural lists organisations (« les syndicats Solvia, CGT et Kerno », « les sociétés d’autoroutes Verlo et Sandix »), not a class of things (« les sites Seveso ») nor a common acronym (« les associations LGBT »)', () => {
  const refs = detect('Les syndicats Solvia, CGT et Kerno appellent à la grève. Les opérateurs Astrolink et Vantel s’associent, comme les sociétés d’autoroutes Verlo et Sandix.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation')).sort(), [
    'organisation:Astrolink:1', 'organisation:CGT:1', 'organisation:Kerno:1', 'organisation:Sandix:1', 'organisation:Solvia:1', 'organisation:Vantel:1', 'organisation:Verlo:1',
  ]);
  assert.deepEqual(names(detect('Les sites Seveso inquiètent les associations LGBT.', empty)), []);
});

test('issue 12: a think-tank or a circle is an organisation (« le think-tank Nova Civis »)', () => {
  assert.deepEqual(names(detect('Le débat est organisé avec le think-tank Nova Civis.', empty)), ['organisation:Nova Civis:1']);
});

test('issue 12: an acronym whose long form is cut short is named by the acronym (« l’Institut national de veille et de contrôle pour la sûreté des ouvrages d’art et des réseaux souterrains (INVCS) »), by its long form once whole (« la DGPRX (Direction générale de la Prévention, des Risques et des Crues) »); a lowercase long form in brackets after it names a body (« la BCTF (brigade de contrôle des transports fluviaux) »), not a kind of body (« une SELARL (société d’exercice libéral…) »)', () => {
  const long = detect('L’étude vient de l’Institut national de veille et de contrôle pour la sûreté des ouvrages d’art et des réseaux souterrains (INVCS). Elle inquiète.', empty);
  assert.deepEqual(names(long), ['organisation:INVCS:2']);
  const cut = detect('Il faut saisir la DGPRX (Direction générale de la Prévention, des Risques et des Crues) au plus vite.', empty);
  assert.deepEqual(names(cut), ['organisation:Direction générale de la Prévention, des Risques et des Crues:2']);
  const lower = detect('L’enquête revient à la BCTF (brigade de contrôle des transports fluviaux). Il a fondé une SELARL (société d’exercice libéral à responsabilité limitée).', empty);
  assert.deepEqual(names(lower), ['organisation:BCTF:1']);
});

test('issue 12: an acronym after a definite article that speaks or acts names a body (« la CNRX a constaté », « le SNPX dénonce »), not a thing a verb is done to (« le RIX réclamé par »), nor a hospital named by its town (« le CHU a annoncé »)', () => {
  const refs = detect('Plus grave, la CNRX a également constaté des failles. Le SNPX dénonce une situation. Le RIX réclamé par les manifestants attend. Le CHU a annoncé une enquête.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:CNRX:1', 'organisation:SNPX:1']);
});

test('issue 12: a name joined by « et » to a known organisation is one (« Google et Veltrix », « Lomaro et la CGT »), not a model (« BMW M8 »), a place on a road (« Valmont-Sud »), nor beside a known name that goes on (« Orange Nord »)', () => {
  const refs = detect('Le contrat lie Google et Veltrix. Un accord signé par Lomaro et la CGT. Il présente les BMW Série 8 et BMW M8. La route est coupée entre Valmont-Sud et Orange Nord.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation' && !['BMW', 'CGT', 'Google', 'Orange'].includes(e.name))).sort(), ['organisation:Lomaro:1', 'organisation:Veltrix:1']);
});

test('issue 12: the author of figures or a study is a body (« selon des chiffres de Médiaplex », « un rapport du Cnevo »), not a name inside a longer one (« le Bureau de l’enquête de Colfax »), nor one cut short (« les chiffres de la Sécurité routière »)', () => {
  const refs = detect('Selon des chiffres de Médiaplex, le débat a été suivi. Un rapport du Cnevo le confirme. Le Bureau de l’enquête de Colfax se tait.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation' && !e.name.startsWith('Bureau'))).sort(), ['organisation:Cnevo:1', 'organisation:Médiaplex:1']);
  assert.deepEqual(names(detect('Selon les chiffres de la Sécurité vélocipédique, tout baisse.', empty)), []);
});

test('issue 12: who reports, named without article after « selon », « d’après » or « comme le précise », is a body or a medium (« selon Médiaplex », « comme le précise InfoMatin »); not a surname of someone named in full (« selon Varda » after « Lina Varda »)', () => {
  const refs = detect('Le débat a été suivi, selon Médiaplex, par trois millions de personnes. La décision est prise, comme le précise InfoMatin. Lina Varda, elle, se tait ; selon Varda, rien ne change.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:InfoMatin:1', 'organisation:Médiaplex:1', 'person:Lina Varda:2']);
});

test('issue 12: one unknown word that starts the name of an organisation of the article is that organisation under its short form (« Vigilia International », then « selon Vigilia »)', () => {
  const refs = detect('Un rapport de Vigilia International accuse le régime. La police dément, selon Vigilia.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation')), ['organisation:Vigilia International:2']);
});

test('issue 12: a medium after a participle of noticing or broadcasting and « par » is named (« remarquée par Le Relais », « une vidéo diffusée par Brutal »)', () => {
  const refs = detect('Une intervention remarquée par Le Relais a fait réagir. Dans une vidéo diffusée par Brutal, la ministre répond.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Brutal:1', 'organisation:Le Relais:1']);
});

test('issue 12: an initial with its dot before a given name and a surname is part of the name (« G. Scott Varnell »)', () => {
  assert.deepEqual(names(detect('Il faudra des années, estime aujourd’hui G. Scott Varnell, ancien ingénieur.', empty)), ['person:G. Scott Varnell:1']);
});

test('issue 12: units of the police and the army are organisations by their head word (« la Brigade des marins-pompiers de Toulon », « le Groupement de montagne de la gendarmerie »); the Paris brigade is known, by its official name', () => {
  const refs = detect('Les secours de la Brigade des marins-pompiers de Toulon sont arrivés. Les gendarmes du Groupement de montagne de la gendarmerie aussi.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Brigade des marins-pompiers de Toulon:1', 'organisation:Groupement de montagne de la gendarmerie:1']);
  assert.deepEqual(names(detect('La Brigade des sapeurs-pompiers de Paris (BSPP) est intervenue ; la BSPP compte 8 500 hommes.', empty)), ['organisation:Brigade de sapeurs-pompiers de Paris:3']);
});

test('issue 12: a department named by a ministry’s field is a ministry abroad (« le département de l’Énergie », « le département de la Justice »), not a French département (« le département du Gard »)', () => {
  const refs = detect('La Nasa et le département de l’Énergie ont réussi. Selon le département de la Justice, rien. Le département du Gard a voté.', empty);
  assert.deepEqual(names(refs.filter((e) => e.name.startsWith('département'))).sort(), ['organisation:département de la Justice:1', 'organisation:département de l’Énergie:1']);
});

test('issue 12: built-in media are named however the press writes them: a joined number, a former name, lowercase title words, an overseas station, a regional channel after « + »', () => {
  const refs = detect('L’émission passe sur NRJ12 et sur W9. Elle avait débuté sur iTélé. Selon Vosges matin, et d’après Guyane la 1ère, la chaîne Canal+ Afrique la diffusera.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:CNews:1', 'organisation:Canal+ Afrique:1', 'organisation:Guyane La 1ère:1', 'organisation:NRJ 12:1', 'organisation:Vosges Matin:1', 'organisation:W9:1']);
});

test('issue 12: a medium whose title is a region or a common word is not read in the region or the word (« en Alsace », « mon temps », « Le monde entier »)', () => {
  const refs = detect('Il vit en Alsace et passe son temps à lire. Le monde entier le connaît.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Alsace:1']);
});

test('issue 12: a body or a house named after its founder is an organisation, whatever the given name (« la fondation Line Morvan », « l’association Noé Castel », « la maison Inès Varlet »); a foundation or an association as it writes itself; not after « marqué », nor the complement of someone’s post (« le directeur de l’association Marc Ponce »)', () => {
  const refs = detect('Le don ira à la fondation Line Morvan et à l’association Noé Castel. La maison Inès Varlet ferme. Il a marqué Hugo Ferrand. Selon le directeur de l’association Marc Ponce, tout va bien.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Association Noé Castel:1', 'organisation:Fondation Line Morvan:1', 'organisation:Inès Varlet:1', 'person:Hugo Ferrand:1', 'person:Marc Ponce:1']);
});

test('issue 12: a known body written with its first word alone capitalised is found (« selon SOS racisme », « la Haute autorité de santé »)', () => {
  const refs = detect('À l’appel de SOS racisme, ils ont défilé. Selon la Haute autorité de santé, le vaccin est sûr.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Haute Autorité de santé:1', 'organisation:SOS Racisme:1']);
});

test('issue 12: adjectives in « -ière » and « -iers » go on a body’s name (« la Ligue routière », « la Fédération nationale des métiers fruitiers »), not an infinitive in « -ier »', () => {
  const refs = detect('Selon la Ligue routière, les chiffres baissent. La Fédération nationale des métiers fruitiers proteste. Le Conseil scientifique veut publier un avis.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Conseil scientifique:1', 'organisation:Fédération nationale des métiers fruitiers:1', 'organisation:Ligue routière:1']);
});

test('issue 12: a title kept with its article is named when the press contracts it (« la journaliste du Monde », « un entretien aux Échos »), not at the end of another name (« Champion du Monde »)', () => {
  const refs = detect('Selon la journaliste du Monde Léa Marchal, il ment. Il l’a dit dans un entretien aux Échos. Il fut Champion du Monde en 1998.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation')).sort(), ['organisation:Le Monde:1', 'organisation:Les Échos:1']);
});

test('issue 12: a well-known character of fiction is no person (« le rôle de James Bond », « les aventures de Lucky Luke »), the actor who plays one is', () => {
  const refs = detect('Daniel Craig a rendu le costume de James Bond. Les aventures de Lucky Luke reviennent en librairie.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'person')), ['person:Daniel Craig:1']);
});

test('issue 12: a medium’s title written without an article, after one, is the common word or the event (« à la Libération », « le gala de charité »), the title elsewhere (« selon Libération »)', () => {
  const refs = detect('Il a résisté jusqu’à la Libération. Selon Libération, il a menti.', empty);
  assert.deepEqual(names(refs), ['organisation:Libération:1']);
});

test('issue 12: well-known associations and movements are known bodies (« la colère des Amis de la Terre », « l’association de consommateurs CLCV », « issue de la Manif pour tous »), not a town inside them (« Sens commun » is no Sens)', () => {
  const refs = detect('Ce vote a suscité la colère des Amis de la Terre. Selon l’association de consommateurs CLCV, les prix montent. Il vient de Sens commun, issue de la Manif pour tous.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:CLCV:1', 'organisation:La Manif pour tous:1', 'organisation:Les Amis de la Terre:1', 'organisation:Sens commun:1']);
});

test('issue 12: a company named like a town is the town where the words name places (« le maire d’Orange », « entre Lyon et Orange »), the company elsewhere (« Orange a annoncé »), never a seat of power (« à Matignon »)', () => {
  assert.deepEqual(names(detect('Le maire d’Orange a parlé. Évitez l’autoroute entre Valence et Orange.', empty)).sort(), ['place:Orange:2', 'place:Valence:1']);
  assert.deepEqual(names(detect('Orange a annoncé une panne. Il a été reçu à Matignon.', empty)).sort(), ['organisation:Matignon:1', 'organisation:Orange:1']);
});

test('issue 12: a show whose title ends with its channel or station names that medium (« l’invitée du Grand Rendez-vous Europe 1 », « le Grand Jury RTL »), a show followed by « sur » or « de » and its medium is no organisation (« au micro du Grand Jury, sur RTL », « le Grand Journal de Canal+ »), a body whose member speaks on air is one', () => {
  const refs = detect('Elle était l’invitée du Grand Rendez-vous Europe 1 dimanche. Lors du Grand Jury RTL, il a répondu. Au micro du Grand Débat, sur RTL, elle a parlé. Il présentait Le Grand Journal de Canal+. Le président de la Fédération des Boulangers, sur BFMTV, a protesté.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation')).sort(), ['organisation:BFMTV:1', 'organisation:Canal+:1', 'organisation:Europe 1:1', 'organisation:Fédération des Boulangers:1', 'organisation:RTL:2']);
});

test('issue 12: a paper or a model is not cut out of a longer name (« le Grand Paris Express », « une Corvette C8 », « DHL Express »)', () => {
  const refs = detect('Le métro du Grand Paris Express avance. Il conduit une Corvette C8 livrée par DHL Express.', empty);
  assert.ok(!names(refs).some((n) => /Express:|C8:/u.test(n) && !/DHL|Grand Paris/u.test(n)), names(refs).join(', '));
});

test('issue 12: a surname with its particle stays whole after the given name (« Paul Vernet de Sauvac ») and a later « M. Vernet de Sauvac » is the same person; not a known body or town after « de » (« Lucie Marchal de Twitter », « Marc Durieux de Béziers »), nor the end of a hyphenated pair of names', () => {
  const refs = detect('Le maire, Paul Vernet de Sauvac, a refusé la salle. M. Vernet de Sauvac s’en explique. Il a parlé à Lucie Marchal de Twitter et à Marc Durieux de Béziers.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Twitter:1', 'person:Lucie Marchal:1', 'person:Marc Durieux:1', 'person:Paul Vernet de Sauvac:2', 'place:Béziers:1']);
  assert.deepEqual(names(detect('Le duo Pascal Obispo-Florent Pagny a chanté. Florent Pagny a salué.', empty)).sort(), ['person:Florent Pagny:1', 'person:Pascal Obispo-Florent Pagny:1']);
});

test('issue 12: a university, a prison, a church or a prize written with a lowercase noun and named after someone is no person (« selon le comptage de l’université Pablo Neruda », « la prison Jean Valmont », « le prix Albert Londres »)', () => {
  const refs = detect('Selon le comptage de l’université Pablo Neruda, les morts augmentent. Il est détenu à la prison Jean Valmont. Le prix Albert Londres a été remis.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'person')), []);
});

test('issue 12: a capitalised noun of places or institutions glued before someone’s name heads what is named after them, as its lowercase noun does: a place (« au Stade Pierre Mauroy », « l’Aéroport Charles de Gaulle »), a body (« le Musée Enzo Ferrari », « l’Hôpital Georges Pompidou »), no prize; never the person', () => {
  const refs = detect('Le match se joue au Stade Lucien Marchal. L’Aéroport Charles de Gaulle est fermé. Ils ont visité le Musée Enzo Ferrari. Il est soigné à l’Hôpital Georges Pompidou. Le Prix Albert Londres a été remis.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Hôpital Georges Pompidou:1', 'organisation:Musée Enzo Ferrari:1', 'place:Aéroport Charles de Gaulle:1', 'place:Stade Lucien Marchal:1']);
});

test('issue 12: a quoted title opened by an article or a title of rank names no one (« La Dolce Vita », "Le Roi Lion", « Le Roi Arthur »), a quoted nickname still does (« sous le nom de guerre “Abou Hamza” »)', () => {
  const refs = detect('Elle a revu « La Dolce Vita » de Federico Fellini, puis "Le Roi Lion" et « Le Roi Arthur ». Sous le nom de guerre « Abou Hamza », il a combattu.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'person')).sort(), ['person:Abou Hamza:1', 'person:Federico Fellini:1']);
});

test('issue 12: one unknown word listed with people named in full is a person (« on verra Kalimo, Lucie Bernard et Tom Verlaine »), not a given name alone, an apposition (« pour Nike, Michael Jordan ») or a clause (« Après Voldemort, Harry Potter arrive »)', () => {
  assert.deepEqual(names(detect('Sur scène, on verra Kalimo, Lucie Bernard et Tom Verlaine.', empty)).sort(), ['person:Kalimo:1', 'person:Lucie Bernard:1', 'person:Tom Verlaine:1']);
  assert.deepEqual(names(detect('Il a vu Patrick, Lucie Bernard et Tom Verlaine. Après Voldemort, Harry Potter arrive.', empty)).sort(), ['person:Lucie Bernard:1', 'person:Tom Verlaine:1']);
});

test('issue 12: nouns that head the names of companies make them organisations (« détenu par la Financière Vauclair », « aux Editions Morel »), not the common adjective (« la crise financière »)', () => {
  const refs = detect('L’immeuble est détenu par la Financière Vauclair. Le livre paraît aux Editions Morel. La crise financière dure.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Editions Morel:1', 'organisation:Financière Vauclair:1']);
});

test('issue 12: a name in apposition to a noun of organisations is an organisation (« la société gestionnaire du port, Marlin Docks, a dit », « l’entreprise, baptisée Kalimo, a été fondée »), not when the noun is the complement of a person’s post (« la directrice de la troupe, Ayaka Imaide »)', () => {
  const refs = detect('Selon lui, la société gestionnaire du port, Marlin Docks, a protesté. L’entreprise, baptisée Kalimo, a été fondée en 2015. La directrice de la troupe, Ayaka Imaide, a répondu.', empty);
  assert.deepEqual(names(refs.filter((e) => e.kind === 'organisation')).sort(), ['organisation:Kalimo:1', 'organisation:Marlin Docks:1']);
});

test('issue 12: a title of person after a noun of the press starts who speaks, not the medium’s title (« a déclaré au quotidien M. Vernois »)', () => {
  const refs = detect('Jean Vernois dirige le groupe. « C’est un choix stratégique », a déclaré au quotidien M. Vernois.', empty);
  assert.deepEqual(names(refs), ['person:Jean Vernois:2']);
});

test('issue 12: an infinitive after « d’ » is no complement of a body’s name (« demander à l’Assemblée d’interdire », « d’adopter »), a noun is (« le Musée d’histoire naturelle »)', () => {
  assert.deepEqual(names(detect('Il a demandé à l’Assemblée d’interdire les armes.', empty)), ['organisation:Assemblée nationale:1']);
  assert.deepEqual(names(detect('Il a demandé à l’Assemblée d’adopter la loi. Le Musée d’histoire naturelle ouvre.', empty)).sort(), ['organisation:Assemblée nationale:1', 'organisation:Musée d’histoire naturelle:1']);
});

test('issue 12: a body’s long name goes on past eight words (« l’Association pour la sauvegarde des moulins et des rivières de montagne »)', () => {
  assert.deepEqual(names(detect('Selon l’Association pour la sauvegarde des moulins et des rivières de montagne, rien ne va.', empty)), ['organisation:Association pour la sauvegarde des moulins et des rivières de montagne:1']);
});

test('issue 12: large foreign cities are places without a cue (« des usines à Stuttgart et Anvers », « près de Minneapolis »), not a car maker or a Paris street named like one (« une Austin Mini », « le boulevard de Sébastopol »)', () => {
  assert.deepEqual(names(detect('Le groupe a des usines à Stuttgart et Anvers. Une manifestation a eu lieu près de Minneapolis.', empty)).sort(), ['place:Anvers:1', 'place:Minneapolis:1', 'place:Stuttgart:1']);
  assert.deepEqual(names(detect('Une Austin Mini a été vendue. Les faits ont eu lieu boulevard de Sébastopol.', empty)).filter((n) => n.startsWith('place:')), []);
});

test('issue 12: « N’ » glued to a capitalised word is part of a name (« Thomas N’Gijol », « N’Golo Kanté », « Denis Sassou N’Guesso »), not the negation (« il n’a pas vu Paris »)', () => {
  const refs = detect('On a découvert Thomas N’Gijol et Fabrice Eboué. Le joueur N’Golo Kanté a marqué. Il n’a pas vu Paris.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Fabrice Eboué:1', 'person:N’Golo Kanté:1', 'person:Thomas N’Gijol:1', 'place:Paris:1']);
});

test('issue 12: a known name whose particle is written in lowercase is still found (« le parti de Marine le Pen », « Jean-Yves le Drian »), never from a lowercase first word (« il a lu le Monde »)', () => {
  const refs = detect('Le parti de Marine le Pen a gagné. Jean-Yves le Drian a parlé. Il a lu le Monde.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Jean-Yves Le Drian:1', 'person:Marine Le Pen:1']);
});

test('issue 12: a given name, « de » and one word the reference knows as a company is someone (« Léonard de Vinci »), a place after « de » stays a place (« Marie de Paris parle »)', () => {
  assert.deepEqual(names(detect('Le Louvre expose Léonard de Vinci.', empty)).filter((n) => !n.includes('Louvre')), ['person:Léonard de Vinci:1']);
  assert.deepEqual(names(detect('Marie de Paris parle.', empty)), ['place:Paris:1']);
});

test('issue 12: a given name alone joined by « et » to a full name shares its surname (« George et Amal Clooney », « Walter et Emily Mead »), not when that given name is someone else’s in the article (« Florent Pagny … Florent et Vanessa Paradis »)', () => {
  assert.deepEqual(names(detect('Walter et Emily Mead ont vendu leur voiture.', empty)).sort(), ['person:Emily Mead:1', 'person:Walter Mead:1']);
  const refs = detect('Florent Pagny raconte. Des amis m’ont présenté Florent et Vanessa Paradis.', empty);
  assert.ok(!names(refs).some((n) => n.startsWith('person:Florent Paradis')), names(refs).join(', '));
});

test('issue 12: a royal named by given name and house is a person, not the place (« le prince Albert de Monaco », « la fille de Michael de Kent »), the place stays elsewhere (« le Grand Prix de Monaco »)', () => {
  assert.deepEqual(names(detect('Le prince Albert de Monaco a parlé. Elle est la fille de Michael de Kent.', empty)).sort(), ['person:Albert II de Monaco:1', 'person:Michael de Kent:1']);
  assert.deepEqual(names(detect('Le Grand Prix de Monaco a eu lieu.', empty)), ['place:Monaco:1']);
});

test('issue 12: a country or area whose point of the compass is written in lowercase is the known place (« en Corée du sud », « l’Amérique du nord »), not « le sud du pays »', () => {
  assert.deepEqual(names(detect('Il est parti en Corée du sud, puis en Amérique du nord. Le sud du pays brûle.', empty)).sort(), ['place:Amérique du Nord:1', 'place:Corée du Sud:1']);
});

test('issue 12: well-known halls, stadiums and cabarets are places (« un concert au Bataclan », « dîner au Fouquet’s », « le Zénith de Paris »), the town inside a hall’s name is not apart', () => {
  assert.deepEqual(names(detect('Il a donné un concert au Bataclan puis au Zénith de Paris, avant de dîner au Fouquet’s.', empty)).sort(), ['place:Bataclan:1', 'place:Fouquet’s:1', 'place:Zénith de Paris:1']);
});

test('issue 12: a small town followed by its department’s number, or after « à hauteur de », is a place (« entre Montbrison (42) et Brioude (43) », « à hauteur de Neuville-sur-Oise »), a person followed by a number stays a person', () => {
  assert.deepEqual(names(detect('Les cyclistes iront de Montbrison (42) à Brioude (43). La valise a été repérée à hauteur de Neuville-sur-Oise. Le député Jean Dupont (75) a parlé.', empty)).sort(), ['person:Jean Dupont:1', 'place:Brioude:1', 'place:Montbrison:1', 'place:Neuville-sur-Oise:1']);
});

test('issue 12: a name after « la station de ski de » is a place (« la station de ski de Val Thorens »)', () => {
  assert.deepEqual(names(detect('Un foyer est apparu dans la station de ski de Val Thorens.', empty)), ['place:Val Thorens:1']);
});

test('issue 12: a ministry’s name stops before the given name of its spokesperson (« la porte-parole du ministère de l’Intérieur Camille Vernet »)', () => {
  const refs = detect('« C’est intolérable », a déclaré la porte-parole du ministère de l’Intérieur Camille Vernet.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:ministère de l’Intérieur:1', 'person:Camille Vernet:1']);
});

test('issue 12: a party’s member written with a capital after a person cue names no one (« le procès du leader Insoumis »), the name after it does (« le leader Insoumis Jean-Luc Mélenchon »)', () => {
  assert.deepEqual(names(detect('Le procès du leader Insoumis fait la Une.', empty)), []);
  assert.deepEqual(names(detect('Le leader Insoumis Jean-Luc Mélenchon a parlé.', empty)), ['person:Jean-Luc Mélenchon:1']);
});

test('issue 12: well-known brands and chains are organisations once named (« au drive d’un Burger King », « les Chamallows de Haribo », « des baskets Nike »), not a given name that a brand shares (« Zara Holland »)', () => {
  const refs = detect('Il a commandé au drive d’un Burger King. Les Chamallows de Haribo et des baskets Nike. Zara Holland a été exclue.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Burger King:1', 'organisation:Haribo:1', 'organisation:Nike:1', 'person:Zara Holland:1']);
});

test('issue 12: a gate of Paris is one place, not the town it is named after (« au salon, Porte de Versailles »)', () => {
  assert.deepEqual(names(detect('Le congrès s’est ouvert mardi à Porte de Versailles, à Paris.', empty)).sort(), ['place:Paris:1', 'place:Porte de Versailles:1']);
});

test('issue 12: an English body named after someone is an organisation, not the person (« selon la Lucie Blackman Trust », « la Bill Clinton Foundation »)', () => {
  assert.deepEqual(names(detect('Selon la Lucie Blackman Trust, les touristes sont en danger. La Bill Clinton Foundation a donné.', empty)).sort(), ['organisation:Bill Clinton Foundation:1', 'organisation:Lucie Blackman Trust:1']);
});

test('issue 12: a ministry’s long name goes on over its fields, « et » and a comma that « et » closes (« le ministère de l’Europe et des Affaires étrangères », « le ministère de l’Intérieur, de l’Outre-mer et des Collectivités territoriales »), not over towns (« l’Agence de l’eau, de Paris et de Lyon »)', () => {
  // Whole, it is a former name of the ministère des Affaires étrangères (cut at « et », it would be the ministère de l’Europe).
  assert.deepEqual(names(detect('Selon le ministère de l’Europe et des Affaires étrangères, non.', empty)), ['organisation:ministère des Affaires étrangères:1']);
  assert.deepEqual(names(detect('Selon le ministère de l’Intérieur, de l’Outre-mer et des Collectivités territoriales, non.', empty)), ['organisation:ministère de l’Intérieur, de l’Outre-mer et des Collectivités territoriales:1']);
  assert.deepEqual(names(detect('Selon l’Agence de l’eau, de Paris et de Lyon, non.', empty)).sort(), ['organisation:Agence de l’eau:1', 'place:Lyon:1', 'place:Paris:1']);
});

test('issue 12: someone the reference knows anchors a list of surnames as a name in full does (« il a travaillé avec Sardou, Johnny Hallyday et Polnareff »)', () => {
  assert.deepEqual(names(detect('Il a travaillé avec Sardou, Johnny Hallyday et Polnareff.', empty)).sort(), ['person:Johnny Hallyday:1', 'person:Polnareff:1', 'person:Sardou:1']);
});

test('issue 12: a plural participle right after a plural head is part of a body’s name (« les Forces armées révolutionnaires de Colombie »), and « et du » before another body’s noun ends it (« des Forces armées révolutionnaires et du ministère de l’Intérieur »)', () => {
  assert.deepEqual(names(detect('Selon les Forces armées révolutionnaires de Colombie, non.', empty)), ['organisation:Forces armées révolutionnaires de Colombie:1']);
  assert.deepEqual(names(detect('Il a rencontré des agents des Forces armées révolutionnaires et du ministère de l’Intérieur.', empty)).sort(), ['organisation:Forces armées révolutionnaires:1', 'organisation:ministère de l’Intérieur:1']);
});

test('issue 12: well-known museums, universities and cultural bodies are organisations once named (« au Louvre », « une étude de Harvard », « la Comédie-Française »), the Louvre Abu Dhabi a body of its own', () => {
  const refs = detect('Il a visité le Louvre. Une étude de Harvard le dit. Elle entre à la Comédie-Française. Le Louvre Abu Dhabi a ouvert.', empty);
  assert.deepEqual(names(refs).sort(), ['organisation:Comédie-Française:1', 'organisation:Louvre Abu Dhabi:1', 'organisation:Musée du Louvre:1', 'organisation:Université Harvard:1']);
});

test('a word of the lede and a word of the body, resolved once the article is read, each keep their own field: no span of one is read as the other’s', () => {
  // The lede's `Zorglax` waits to the end of the article, as every single word does, and is then added as a person
  // at its lede position (past the body's last word); the body's `Trucmuche`, listed beside someone named in full,
  // waits too and then reads the people of the body only.
  const lede = 'Devant une foule venue de toute la région malgré la pluie et le froid de ce samedi soir, la scène a accueilli Jean Dupuis et Zorglax.';
  const body = 'Paul Martineau et Trucmuche ont salué le public.';
  const both = detectEntities({ title: '', lede, body }, empty).map((e) => e.name).sort();
  assert.deepEqual(both, ['Jean Dupuis', 'Paul Martineau', 'Trucmuche', 'Zorglax']);
  // The same people as when each field is read alone.
  const alone = [...detectEntities({ title: '', lede, body: '' }, empty), ...detectEntities({ title: '', lede: '', body }, empty)].map((e) => e.name).sort();
  assert.deepEqual(both, alone);
});

test('an acronym after « par » or « auprès de » and a singular article names the body that acts or is asked, not a tax or an event', () => {
  assert.deepEqual(names(detect('Le blessé a été pris en charge par le SMUR puis transporté par la SNCM.', empty)), ['organisation:SMUR:1', 'organisation:SNCM:1']);
  assert.deepEqual(names(detect('La compagnie a déposé une demande auprès de la FAA.', empty)), ['organisation:FAA:1']);
  assert.deepEqual(names(detect('Les retraités sont frappés par la CSG et les policiers mobilisés par l’EURO.', empty)), []);
  // Without the agent or the request, an acronym after an article may be a thing: « le JT de 20 heures ».
  assert.deepEqual(names(detect('Il présente le JT chaque soir.', empty)), []);
});

test('a post held in a party named « Les … », before « des » and its plural, names the party; members named by the plural do not', () => {
  assert.deepEqual(names(detect('Hier, la présidente des Républicains a répondu à ses critiques.', empty)), ['organisation:Les Républicains:1']);
  assert.deepEqual(names(detect('Selon lui, le patron des Républicains se trompe.', empty)), ['organisation:Les Républicains:1']);
  assert.deepEqual(names(detect('Ils ont reçu les Républicains Jean Dupuis et Paul Martineau.', empty)), ['person:Jean Dupuis:1', 'person:Paul Martineau:1']);
});

test('a commune’s compound name after « de » and a lowercase noun, or a name followed by its inhabitants, is a town; a saint’s name alone is not', () => {
  assert.deepEqual(names(detect('Il jouait dans l’équipe de rugby de Villeneuve-sur-Yonne.', empty)), ['place:Villeneuve-sur-Yonne:1']);
  assert.deepEqual(names(detect('Le maillot du club de football d’Eaucourt-sur-Somme a fait le tour des réseaux.', empty)), ['place:Eaucourt-sur-Somme:1']);
  assert.deepEqual(names(detect('Une chanson tournée sur un rond-point de Montbard (5.300 habitants) circule.', empty)), ['place:Montbard:1']);
  assert.deepEqual(names(detect('Ils ont réservé pour le dîner de Saint-Valentin et le rappel de Saint-Marcellin inquiète.', empty)), []);
});

test('a name the lists lack after a noun of towns and « de » is a town abroad; not after a beach, a side or an office', () => {
  assert.deepEqual(names(detect('Des passagers attendaient à l’aéroport de Zaventem depuis l’aube.', empty)), ['place:Zaventem:1']);
  assert.deepEqual(names(detect('Il a dû annuler son concert à l’hippodrome de Chichester.', empty)), ['place:Chichester:1']);
  assert.deepEqual(names(detect('Les baigneurs de la plage du Prophète et le camp du Brexit ne sont pas des villes.', empty)), []);
});

test('a channel with its nationality before its name is a medium: « chaîne » ends as « américaine » does, but is the cue noun', () => {
  assert.deepEqual(names(detect('Selon la chaîne américaine Zorglub, le tournage reprendra.', empty)), ['organisation:Zorglub:1']);
  assert.deepEqual(names(detect('Il s’est confié à la chaîne turque NTV mardi.', empty)), ['organisation:NTV:1']);
});

test('an organisation’s noun, its trade after « de » and an adjective, then a name: the name is the organisation', () => {
  assert.deepEqual(names(detect('Il l’a raconté à la chaîne d’information turque NTV.', empty)), ['organisation:NTV:1']);
  assert.deepEqual(names(detect('Il a témoigné au site d’information locale Zorglub Times hier.', empty)), ['organisation:Zorglub Times:1']);
});

test('a name misspelt once in an article is the same person; a given name and its feminine are two people', () => {
  const refs = detect('Le ministre Franck Zorglubier a parlé. Plus tard, Frank Zorglubier a insisté, et Franck Zorglubier a conclu.', empty);
  assert.deepEqual(names(refs), ['person:Franck Zorglubier:3']);
  assert.deepEqual(names(detect('Selon Arielle Dombasle, puis Arielle Dombalse, tout va bien.', empty)).length, 1);
  assert.deepEqual(names(detect('Denis Martineau et sa sœur Denise Martineau sont venus.', empty)).sort(), ['person:Denis Martineau:1', 'person:Denise Martineau:1']);
});

test('a poll named by a known pollster and, after hyphens, the partners it works for names each of them', () => {
  assert.deepEqual(names(detect('Selon un sondage Ipsos-Zorglub Conseil publié lundi, il mène.', empty)).sort(), ['organisation:Ipsos:1', 'organisation:Zorglub Conseil:1']);
  // No lowercase part: `onepoint` is how a partner writes itself, not told from a word.
  assert.deepEqual(names(detect('Selon un sondage Ifop-onepoint publié lundi, il mène.', empty)), ['organisation:Ifop:1']);
});

test('a name followed by a noun of towns in apposition, or in apposition after a known country’s capital, is a town', () => {
  assert.deepEqual(names(detect('Les troupes ont pris le contrôle de Zorgabad, un village proche de la frontière.', empty)), ['place:Zorgabad:1']);
  assert.deepEqual(names(detect('Il vit au cœur de la capitale d’Haïti, Port-au-Prince.', empty)).sort(), ['place:Haïti:1', 'place:Port-au-Prince:1']);
  // A definite article after the comma may start the next clause.
  assert.deepEqual(names(detect('Selon Zorglubier, la ville est calme.', empty)), []);
  // Without its article, « cité » is the participle: « cité par », « cité dans ».
  assert.deepEqual(names(detect('Le directeur de Zorbanque, cité par la presse, dément.', empty)).filter((e) => e.startsWith('place:')), []);
  assert.ok(names(detect('Ils ont rejoint Zorgabad, une cité ouvrière du Nord.', empty)).includes('place:Zorgabad:1'));
});

test('a railway station of Paris is a place of its own, not the town or the area it is named after', () => {
  assert.deepEqual(names(detect('Il a été contrôlé gare de Lyon, puis il a rejoint la gare du Nord.', empty)).sort(), ['place:gare de Lyon:1', 'place:gare du Nord:1']);
  assert.deepEqual(names(detect('Il habite près de la gare Montparnasse.', empty)), ['place:gare Montparnasse:1']);
  // A station with a further name is in Lyon.
  assert.deepEqual(names(detect('Le train s’est arrêté en gare de Lyon Part-Dieu.', empty)).some((e) => e.startsWith('place:gare')), false);
});

test('a street or square written with its lowercase noun names no entity, whatever it is named after; « à la place de » is « instead of »', () => {
  assert.deepEqual(names(detect('Le locataire de la place Beauvau a répondu au quai d’Orsay.', empty)), []);
  assert.deepEqual(names(detect('Le siège est rue de Dunkerque, près de la place d’Italie.', empty)), []);
  // After `de l’` too (a reader’s review: « le quai de l’Arsenal » is no football club).
  assert.deepEqual(names(detect('Le quai de l’Arsenal est inondé, la rue de l’Élysée bloquée.', empty)), []);
  assert.deepEqual(names(detect('Arsenal a battu Chelsea. Le palais de l’Élysée a réagi.', empty)).sort(), ['organisation:Arsenal:1', 'organisation:Chelsea:1', 'organisation:Élysée:1']);
  assert.deepEqual(names(detect('Il a présenté l’émission à la place de Camille Zorglub.', empty)), ['person:Camille Zorglub:1']);
});

test('a reader’s review: a letter’s greeting is no department (« Cher Donald Trump », « Cher patron »); « dans le Cher », « Bourges (Cher) » are', () => {
  assert.deepEqual(names(detect('Il écrit : "Cher Donald Trump, va te faire voir". Puis : "Cher patron, je comprends".', empty)), ['person:Donald Trump:1']);
  assert.deepEqual(names(detect('Des intempéries dans le Cher. Bourges (Cher) est touchée.', empty)).sort(), ['place:Bourges:1', 'place:Cher:2']);
});

test('a reader’s review: the inhabitants named like a region are no place (« les Bordelais », « 82 % des Bordelais »); « dans le Bordelais » is', () => {
  assert.deepEqual(names(detect('Les Bordelais n’auront pas de sapin. 82 % des Bordelais sont satisfaits.', empty)), []);
  assert.deepEqual(names(detect('En déplacement dans le Bordelais fin mai. Il est natif de Calais.', empty)), ['place:Bordelais:1', 'place:Calais:1']);
});

test('a reader’s review: a sea is named with its noun (« la mer Rouge », « la mer d’Iroise »), and « The Island » is no place', () => {
  assert.deepEqual(names(detect('Un pétrolier menace la mer Rouge. La marine croise en mer d’Iroise et en mer Méditerranée.', empty)).sort(), ['place:Mer Rouge:1', 'place:Mer d’Iroise:1', 'place:Méditerranée:1']);
  assert.deepEqual(names(detect('Je ne pensais qu’à The Island. Le tournoi se joue à Amelia Island.', empty)), ['place:Amelia Island:1']);
});

test('a reader’s review: a natural feature is named by its noun (« le col de l’Échelle (Hautes-Alpes) »), not its complement alone; « le massif de la Chartreuse » is the Chartreuse', () => {
  assert.deepEqual(names(detect('Ils bloquent le col de l’Échelle (Hautes-Alpes). Une crue dans les gorges du Zorglub.', empty)).sort(), ['place:Col de l’Échelle:1', 'place:Gorges du Zorglub:1', 'place:Hautes-Alpes:1']);
});

test('a reader’s review: « du Touquet », « au Touquet » are Le Touquet, as « du Havre » is Le Havre', () => {
  assert.deepEqual(names(detect('Sa maison du Touquet (Pas-de-Calais). Il ne se rendra pas au Touquet. Le maire du Havre.', empty)).sort(), ['place:Le Havre:1', 'place:Le Touquet:2', 'place:Pas-de-Calais:1']);
});

test('a reader’s review: a show’s title is no place (« l’émission de téléréalité anglaise, Love Island »), a game one plays at no person (« jouer à Candy Crush »)', () => {
  assert.deepEqual(names(detect('Elle a participé à l’émission de télé-réalité anglaise, Love Island. Il a joué au golf à Amelia Island.', empty)), ['place:Amelia Island:1']);
  assert.deepEqual(names(detect('Les mariés jouent à Candy Crush. Il a joué à Marseille. La pièce se joue au Théâtre des Lilas.', empty)).sort(), ['place:Marseille:1', 'place:Théâtre des Lilas:1']);
});

test('a reader’s review: Lady Diana, Lady Di, la princesse Diana and Diana Spencer are one person', () => {
  assert.deepEqual(names(detect('Les enfants de Lady Diana. Sa mère, la princesse Diana. Une statue de Lady Di. Diana Spencer est morte en 1997.', empty)), ['person:Lady Diana:4']);
});

test('a reader’s review: the places one name stands for get a page each (Vienna, the department and the town of Isère; Valence of the Drôme and of Spain), told by the article', () => {
  const place = (text: string) => names(detect(text, empty)).filter((n) => /Vienne|Valence/u.test(n));
  assert.deepEqual(place('L’Iran doit respecter l’accord de Vienne.'), ['place:Vienne:1']);
  assert.deepEqual(place('L’élu de la 2e circonscription de la Vienne a porté plainte.'), ['place:Vienne (département):1']);
  assert.deepEqual(place('Il a été déféré au parquet de Vienne pour mise en danger.'), ['place:Vienne (Isère):1']);
  // A story of the department's gendarmerie, told by its region, not Vienna (orangesum 11055).
  assert.deepEqual(place('Vienne : une brigade mobile. La gendarmerie de Poitou-Charentes a acquis un camping-car.'), ['place:Vienne (département):1']);
  // Review 27: « député de Vienne », without the department's article.
  assert.deepEqual(place('Sacha Houlié, député de Vienne, affirme n’avoir rien reçu.'), ['place:Vienne (département):1']);
  assert.deepEqual(place('Le navire est arrivé dans le port espagnol de Valence.'), ['place:Valence (Espagne):1']);
  assert.deepEqual(place('Un centre ouvre à Valence (Drôme).'), ['place:Valence:1']);
  assert.deepEqual(place('Des cachalots se sont échoués à Anvers en 2008, Londres ou Valence en 2013.').filter((p) => p.includes('Valence')), ['place:Valence (Espagne):1']);
  assert.deepEqual(place('Le FC Valence a battu Lyon. Le match a eu lieu au stade de Valence.').filter((p) => p.startsWith('place:Valence')), ['place:Valence (Espagne):1']);
  assert.deepEqual(place('Un détenu du centre pénitentiaire de Valence a agressé deux surveillants, entre Lyon et Valence.'), ['place:Valence:2']);
  const refs = detect('L’élu de la Vienne a porté plainte.', empty);
  assert.equal(refs.find((r) => r.name === 'Vienne (département)')?.slug, 'vienne-departement');
});

test('entity scores: a page name with a qualifier in brackets matches its label as written (« Vienne (département) » for « Vienne »)', () => {
  const scores = emptyScores();
  const errors = scoreArticle([{ kind: 'place', name: 'Vienne (département)', slug: 'vienne-departement', count: 1 }], [{ kind: 'place', names: ['Vienne'] }], scores);
  assert.deepEqual(errors, { falsePositives: [], misses: [] });
  assert.deepEqual(scoreArticle([{ kind: 'place', name: 'Vienne (Isère)', slug: 'vienne-isere', count: 1 }], [{ kind: 'place', names: ['Isère'] }], emptyScores()).falsePositives, ['place:Vienne (Isère)']);
});

test('a second reader’s review: a word after a capitalised possessive is part of a title (« Touche Pas à Mon Poste » is no La Poste); short names the press uses (France TV, REM, Saint-Barth, Revue des deux Mondes, the Insee’s long form) are their entity', () => {
  assert.deepEqual(names(detect('Il anime Touche Pas à Mon Poste sur C8. La Poste ferme des bureaux.')).sort(), ['organisation:C8:1', 'organisation:La Poste:1']);
  const refs = detect('Selon France TV, la grille change. Les députés REM ont voté. Un article de la Revue des deux Mondes. L’Institut national de la statistique et des études économiques publie ses chiffres.');
  assert.deepEqual(names(refs).sort(), ['organisation:France Télévisions:1', 'organisation:Insee:1', 'organisation:La République en marche:1', 'organisation:Revue des deux Mondes:1']);
});

test('a second reader’s review: « au Palais » is the court or the Élysée, not the commune Le Palais; the Palais des Congrès is a venue, not the US Congress', () => {
  assert.deepEqual(names(detect('Le président a reçu au Palais les ministres.', empty)), []);
  assert.deepEqual(names(detect('Le concert au Palais des Congrès.', empty)), ['place:Palais des Congrès:1']);
});

test('a second reader’s review: a colour of alert is no company (« classé Orange », « vigilance Orange »)', () => {
  assert.deepEqual(names(detect('Vendredi est classé Orange par Bison Futé. Le Var est en vigilance Orange.')).filter((n) => n.includes('Orange')), []);
  assert.deepEqual(names(detect('Orange a annoncé ses résultats.')), ['organisation:Orange:1']);
});

test('the twenty-eighth review: a word listed among colours is a colour, in its sentence or opening the line beside one; a colour in the next sentence says nothing', () => {
  const orange = (body: string) => names(detect(body)).filter((n) => n.includes('Orange'));
  assert.deepEqual(orange('Au choix, les couleurs « Pillar Box Red », « Orange », « Mulliner White » ou « Klein Blue ».'), []);
  assert.deepEqual(orange('Les niveaux de risque.\n\n• Jaune : vigilance renforcée\n\n• Orange : déplacement déconseillé sauf raison impérative'), []);
  assert.deepEqual(orange('Les trois blessés légers ont été conduits vers Cavaillon et Orange.\n\nD’après France Bleu, une cinquantaine de pompiers ont été mobilisés.'), ['place:Orange:1']);
});

test('the twenty-eighth review: a medium named with a number joined to its partners by hyphens (« Europe 1-Cnews-Les Échos ») is each of them, not the continent; a model’s number stays whole', () => {
  assert.deepEqual(names(detect('Elle était l’invitée du Grand Rendez-vous Europe 1-Cnews-Les Échos dimanche.')).sort(), ['organisation:CNews:1', 'organisation:Europe 1:1', 'organisation:Les Échos:1']);
  assert.deepEqual(names(detect('Selon un sondage Europe 1-Orange-BVA publié dimanche.')).sort(), ['organisation:BVA:1', 'organisation:Europe 1:1', 'organisation:Orange:1']);
  assert.deepEqual(names(detect('La Mercedes-AMG GT 4-Door Coupé allie confort et sportivité.')).filter((n) => n.includes('Door')), []);
});

test('the twenty-eighth review: a place named after a quarter is neither the body nor the club the quarter names; « au Parc » is no town', () => {
  assert.deepEqual(names(detect('La marche aura lieu de Nation au Parc de Bercy, à partir de 14 heures.')), []);
  assert.deepEqual(names(detect('Une péniche a coulé dans le bassin de l’Arsenal.')), []);
  assert.deepEqual(names(detect('Le ministre a été reçu à Bercy.')), ['organisation:Bercy:1']);
  assert.deepEqual(names(detect('Il a claqué la porte de Bercy en 2016.')), ['organisation:Bercy:1'], 'leaving a ministry');
  assert.deepEqual(names(detect('Elle est souvent aperçue au Parc, aux côtés du président du club.')), []);
  assert.deepEqual(names(detect('Les supporters étaient aux abords du Parc pour honorer le club.')), []);
  assert.deepEqual(names(detect('Après le cas du porte-avion Charles de Gaulle, la ministre a parlé.')), [], 'a ship, in either spelling');
});

test('the twenty-eighth review: « Seine Saint-Denis », a space before the saint, is the department, not the river and the town', () => {
  assert.deepEqual(names(detect('Ils ont été mis en examen à Bobigny (Seine Saint-Denis), pour blanchiment.')).sort(), ['place:Bobigny:1', 'place:Seine-Saint-Denis:1']);
});

test('a second reader’s review: a name after a street’s capitalised noun is the street (« Viale Ciro Menotti », « Quai de Loire »); « la Place Beauvau » stays the ministry', () => {
  assert.deepEqual(names(detect('Elle sera construite à l’usine de la Viale Ciro Menotti, à Modène.')), ['place:Modène:1']);
  assert.deepEqual(names(detect('Le cinéma MK2 Quai de Loire a été évacué. Il habite au 3 Allée Jean Moulin.')), []);
  assert.deepEqual(names(detect('Les policiers de la Place Beauvau ont manifesté.')), ['organisation:Beauvau:1']);
});

test('a second reader’s review: a direction is not the department Nord (« vers le Nord », « le Nord du pays », « plus au Nord », « un vent du Nord »)', () => {
  for (const text of ['La tempête remonte vers le Nord dans la soirée.', 'Il fuit vers le Nord du pays.', 'Plus au Nord, il neige.', 'Un vent du Nord souffle.']) assert.deepEqual(names(detect(text)), [], text);
  assert.deepEqual(names(detect('Il habite dans le Nord depuis dix ans, près de Lille (Nord).')).sort(), ['place:Lille:1', 'place:Nord:2']);
});

test('a second reader’s review: the Loire river has its own page; the department keeps « Loire »', () => {
  assert.deepEqual(names(detect('Il a été jeté dans la Loire à Nantes.')).sort(), ['place:Loire (fleuve):1', 'place:Nantes:1']);
  assert.deepEqual(names(detect('Les châteaux du Val de Loire attirent.')), ['place:Loire (fleuve):1']);
  // Review 25: « sur les quais de la Loire ».
  assert.deepEqual(names(detect('Ils se promenaient sur les quais de la Loire, en plein soleil.')), ['place:Loire (fleuve):1']);
  assert.deepEqual(names(detect('Renaison (Loire) est en deuil. Le préfet de la Loire a parlé.')).sort(), ['place:Loire:2', 'place:Renaison:1']);
});

test('a second reader’s review: the title of a work in English is no entity (« Orange is the new black »); Orange between two places, or before a point of the compass, is the town', () => {
  assert.deepEqual(names(detect('Elle a joué dans « Orange is the new black » et dans "Orange Is The New Black".')), []);
  assert.deepEqual(names(detect('L’A7 est coupée entre Lançon-de-Provence et Orange de 9h à 13h.')).filter((n) => n.includes('Orange')), ['place:Orange:1']);
  assert.deepEqual(names(detect('Un bouchon entre Montélimar-Sud et Orange Nord.')).filter((n) => n.includes('Orange')), ['place:Orange:1']);
  assert.deepEqual(names(detect('Le contrat entre Free et Orange a été signé.')).sort(), ['organisation:Free:1', 'organisation:Orange:1']);
});

test('a second reader’s review: the Musée d’Orsay is no town of Essonne', () => {
  assert.deepEqual(names(detect('Il a visité le Musée d’Orsay.')), ['organisation:Musée d\'Orsay:1']);
  assert.deepEqual(names(detect('Fillon veut que le musée d’Orsay soit rebaptisé.')).filter((n) => n.includes('Orsay')), []);
  assert.deepEqual(names(detect('Un étudiant de la faculté d’Orsay (Essonne).', empty)).filter((n) => n.includes('Orsay')), ['place:Orsay:1']);
});

test('a second reader’s review: names whose alias holds punctuation are found whole (« Conseil économique, social et environnemental », « Génération.s »); « l’île de la Cité » is the island, written with a lowercase « île »', () => {
  assert.deepEqual(names(detect('Le Conseil économique, social et environnemental (CESE) a rendu son avis.')), ['organisation:Conseil économique, social et environnemental:2']);
  assert.deepEqual(names(detect('Le mouvement Génération.s a voté.')), ['organisation:Génération.s:1']);
  assert.deepEqual(names(detect('Le feu a pris sur l’île de la Cité, puis sur l’île de Ré.')).sort(), ['place:Île de Ré:1', 'place:Île de la Cité:1']);
  assert.deepEqual(names(detect('Le look reste marqué DS, comme chez DS Automobiles.')), ['organisation:DS Automobiles:2']);
});

test('a third review: media and offices named whole (« Non Stop People », « Pure People » = Purepeople, « l’Office central de lutte contre… »), Corsica by its nickname', () => {
  assert.deepEqual(names(detect('Non Stop People vous dévoilait son message, repéré par Pure People.')).sort(), ['organisation:Non Stop People:1', 'organisation:Purepeople:1']);
  assert.deepEqual(names(detect('Les policiers de l’Office central de lutte contre le trafic de biens culturels ont saisi des statues.')), ['organisation:Office central de lutte contre le trafic de biens culturels:1']);
  assert.deepEqual(names(detect('Il passe ses vacances sur l’île de Beauté. La Corse attire.')), ['place:Corse:2']);
});

test('a third review: an acronym in brackets after the lowercase words it stands for is theirs (« programmation pluriannuelle de l’énergie (PPE) »), not the party of the same letters', () => {
  assert.deepEqual(names(detect('Le gouvernement présente sa programmation pluriannuelle de l’énergie (PPE) pour 2018-2023. La PPE prévoit de fermer des réacteurs.')), []);
  assert.deepEqual(names(detect('La police de sécurité du quotidien (PSQ) arrive.')), []);
  assert.deepEqual(names(detect('Je vais consulter nos partis, membres du PPE, après le constat.')), ['organisation:Parti populaire européen:1']);
  assert.deepEqual(names(detect('L’Agence régionale de santé (ARS) alerte.')), ['organisation:Agence régionale de santé:2']);
  assert.deepEqual(names(detect('Un collectif des Français d’origine indienne de Madagascar (CFOIM) a dénoncé la violence.', empty)).filter((n) => n.startsWith('organisation')), ['organisation:CFOIM:1']);
});

test('a third review: a model’s letters in capitals without a vowel end no one’s name (« une Senna GTR »)', () => {
  assert.deepEqual(names(detect('Il présentera deux châssis, une P1 GTR et une Senna GTR.', empty)), []);
  assert.deepEqual(names(detect('Marie Curie a parlé.', empty)), ['person:Marie Curie:1']);
});

test('a third review: the English Channel has its own page, « Manche (mer) »; the department keeps « Manche »', () => {
  assert.deepEqual(names(detect('En France, c’est l’héritage de Johnny ; de l’autre côté de la Manche, celui de sa mère.', empty)).filter((n) => n.includes('Manche')), ['place:Manche (mer):1']);
  assert.deepEqual(names(detect('Des deux côtés de la Manche, on s’inquiète du Brexit.', empty)).filter((n) => n.includes('Manche')), ['place:Manche (mer):1']);
  assert.deepEqual(names(detect('La députée de la Manche a été recadrée. Cherbourg (Manche) accueille le salon.', empty)).filter((n) => n.includes('Manche')), ['place:Manche:2']);
});

test('a third review: the Rhône river and its valley have their own page, « Rhône (fleuve) »; the department keeps « Rhône »', () => {
  assert.deepEqual(names(detect('L’orage va balayer le sud de la vallée du Rhône ce dimanche.', empty)), ['place:Rhône (fleuve):1']);
  assert.deepEqual(names(detect('Le député du Rhône assume. Vigilance orange dans le Rhône (69) et la vallée du Rhône.', empty)).filter((n) => n.includes('Rhône')), ['place:Rhône:3']);
});

test('a third review: places abroad in their English spelling are the French ones (« Abu Dhabi » was a person)', () => {
  assert.deepEqual(names(detect('Le parc « Ferrari World », installé à Abu Dhabi, puis Riyadh et Mumbai.')).sort(), ['place:Abou Dhabi:1', 'place:Bombay:1', 'place:Riyad:1']);
  assert.deepEqual(names(detect('Le prince Charles souhaite s’installer à Clarence House.', empty)).filter((n) => n.includes('Clarence')), ['place:Clarence House:1']);
});

test('a third review: a foreign parliament is not the French one (« le Parlement britannique », « le Parlement de Westminster »)', () => {
  assert.deepEqual(names(detect('Des blessés devant le Parlement britannique. Le Parlement de Westminster est bouclé. La loi passe au Parlement.', empty)).filter((n) => n.includes('Parlement')).sort(), ['organisation:Parlement britannique:2', 'organisation:Parlement:1']);
  assert.deepEqual(names(detect('Selon la Préfecture de police de Paris, 200 personnes ont manifesté.', empty)), ['organisation:Préfecture de police:1']);
  assert.deepEqual(names(detect('Deux avions se percutent à Roissy-Charles-de-Gaulle. Il visite le Mont Saint-Michel, puis atterrit à Roissy.', empty)).sort(), ['place:Mont-Saint-Michel:1', 'place:Roissy:2']);
  assert.deepEqual(names(detect('Bentley Motors et McLaren Automotive exposent, comme Bentley et McLaren.', empty)).sort(), ['organisation:Bentley:2', 'organisation:McLaren:2']);
});

test('a third reader’s review: « France info » is franceinfo; IDFM and Hyundai Motor Company are the bodies they abbreviate or name formally', () => {
  assert.deepEqual(names(detect('Il l’a dit sur France info mardi.', empty)), ['organisation:franceinfo:1']);
  assert.deepEqual(names(detect('Île-de-France Mobilités (IDFM) annonce. Hyundai Motor Company répond.', empty)).sort(), ['organisation:Hyundai:1', 'organisation:Île-de-France Mobilités:2']);
});

test('« le Congrès » alone is the American Congress only in an article about the United States, never a named congress nor France’s Parliament at Versailles', () => {
  assert.deepEqual(names(detect('Donald Trump a demandé au Congrès de financer le mur.', empty)).sort(), ['organisation:Congrès américain:1', 'person:Donald Trump:1']);
  assert.deepEqual(names(detect('Le maire a participé au Congrès des maires. Lors du Congrès du Parti socialiste, Olivier Faure a été réélu.', empty)).sort(), ['organisation:Parti socialiste:1', 'person:Olivier Faure:1']);
  assert.deepEqual(names(detect('Emmanuel Macron s’exprimera devant le Congrès à Versailles, comme devant le Congrès américain en 2018.', empty)).filter((n) => n.includes('Congrès')).sort(), ['organisation:Congrès américain:1', 'organisation:Congrès du Parlement:1']);
  assert.deepEqual(names(detect('La réforme échoue faute de majorité au Congrès.', empty)), []);
});

test('shared names told by the article: « Poitiers (Vienne) » is the department, « en Manche » the sea, Georgia of Atlanta the American state', () => {
  assert.deepEqual(names(detect('Un accident à Poitiers (Vienne) a fait deux morts.', empty)).sort(), ['place:Poitiers:1', 'place:Vienne (département):1']);
  assert.deepEqual(names(detect('Un chalutier a coulé en Manche.', empty)), ['place:Manche (mer):1']);
  assert.deepEqual(names(detect('Il est né en Géorgie, à Atlanta. Le gouverneur de Géorgie a signé.', empty)).filter((n) => n.includes('Géorgie')), ['place:Géorgie (États-Unis):2']);
  assert.deepEqual(names(detect('La Géorgie et la Russie s’affrontent en Ossétie, loin des États-Unis.', empty)).filter((n) => n.includes('Géorgie')), ['place:Géorgie:1']);
});

test('« dans le Rhône » is the department, not the river; the police union Alliance is one page however it is written', () => {
  assert.deepEqual(names(detect('Une fillette poignardée à Gleizé dans le Rhône est décédée.', empty)).filter((n) => n.includes('Rhône')), ['place:Rhône:1']);
  assert.deepEqual(names(detect('Le syndicat policier Alliance dénonce. Selon Alliance Police nationale, les policiers sont épuisés.', empty)), ['organisation:Alliance Police nationale:2']);
});

test('a place’s name used otherwise: a demonym before a given name, a wine, a singer’s stage name', () => {
  assert.deepEqual(names(detect('Le Bordelais Robert Ottaviani a gagné, face au député de la Meuse Bertrand Pancher.', empty)).sort(), ['person:Bertrand Pancher:1', 'person:Robert Ottaviani:1', 'place:Meuse:1']);
  assert.deepEqual(names(detect('Une bouteille de Champagne offerte, puis du Champagne. Bugatti a son Champagne. Les vignerons de la Champagne sont ravis.', empty)).filter((n) => n.startsWith('place')), ['place:Champagne:1']);
  assert.deepEqual(names(detect('La chanteuse Cher a annoncé sa tournée.', empty)), ['person:Cher:1']);
  // Listed beside someone known by one name, a stage name too; not a place a clause follows, nor a department among departments.
  assert.deepEqual(names(detect('Il livre une imitation de Cher, Rihanna et Madonna.', empty)).sort(), ['person:Cher:1', 'person:Madonna:1', 'person:Rihanna:1']);
  assert.deepEqual(names(detect('À Paris, Rihanna et Madonna ont chanté. Le Cher, l’Indre et la Creuse sont en vigilance.', empty)).filter((n) => n.startsWith('place')).sort(), ['place:Cher:1', 'place:Creuse:1', 'place:Indre:1', 'place:Paris:1']);
});

test('a French ministry renamed by a government is one page: « ministère des Solidarités et de la Santé » is the ministère de la Santé; a name foreign ministries bear stays apart', () => {
  assert.deepEqual(names(detect('Selon le ministère des Solidarités et de la Santé, puis le ministère de la Santé, et le ministère de la Transition écologique et solidaire.', empty)).sort(), ['organisation:ministère de la Santé:2', 'organisation:ministère de la Transition écologique:1']);
  assert.deepEqual(names(detect('Le ministère des Armées et le ministère de la Défense israélien, puis le ministère de la Défense.', empty)).sort(), ['organisation:ministère de la Défense israélien:1', 'organisation:ministère de la Défense:1', 'organisation:ministère des Armées:1']);
});

test('a television show named like a newspaper is no organisation (« le Grand Journal » de Canal+); a ministry written without its accents takes them', () => {
  assert.deepEqual(names(detect('Elle est revenue sur son passé dans « Le Grand Journal » de Canal+. Victor Robert a quitté le « Gros Journal ».', empty)).sort(), ['organisation:Canal+:1', 'person:Victor Robert:1']);
  assert.deepEqual(names(detect('Selon le ministère de l\'Education nationale, non.', empty)), ['organisation:ministère de l\'Éducation nationale:1']);
});

test('Bernard-Henri Lévy is one person however the press writes him (« Bernard Henri-Lévy », « BHL »)', () => {
  assert.deepEqual(names(detect('Bernard Henri-Lévy a signé. BHL répond.', empty)), ['person:Bernard-Henri Lévy:2']);
});

test('a ministry’s name ends before a verb in -iste and before someone’s name of two capitalised words', () => {
  assert.deepEqual(names(detect('Le ministère du Logement insiste sur ce point.', empty)), ['organisation:ministère du Logement:1']);
  assert.deepEqual(names(detect('a déclaré le porte-parole du ministère de la Santé Kianouche Jahanpour à la télévision.', empty)).filter((n) => n.startsWith('organisation')), ['organisation:ministère de la Santé:1']);
  assert.deepEqual(names(detect('Le ministère des Affaires Etrangères a réagi.', empty)), ['organisation:ministère des Affaires étrangères:1']);
});

test('Valence of Spain is told by its port and by the Spanish cities listed beside it', () => {
  assert.deepEqual(names(detect('Les migrants de l’Aquarius ont fini par accoster dans le port de Valence.', empty)), ['place:Valence (Espagne):1']);
  assert.deepEqual(names(detect('La mobilisation gagne Saint-Sébastien et Valence.', empty)).filter((n) => n.includes('Valence')), ['place:Valence (Espagne):1']);
  assert.deepEqual(names(detect('Un accident à Valence, dans la Drôme.', empty)).filter((n) => n.includes('Valence')), ['place:Valence:1']);
});

test('a road in an address is a street (« situé route de Vienne »); a road after a determiner leads to the town (« la route de Paris »)', () => {
  assert.deepEqual(names(detect('L’immeuble est situé route de Vienne, dans le 8e arrondissement de Lyon.', empty)), ['place:Lyon:1']);
  assert.deepEqual(names(detect('Il a pris la route de Paris.', empty)), ['place:Paris:1']);
});

test('a fourth reader’s review: « à L’AFP » written with a capital article is the AFP, not an organisation « L’AFP » whose name the AFP’s page took', () => {
  assert.deepEqual(names(detect('« Je suis ici pour défendre nos libertés », affirme à L’AFP Stefan, Berlinois.', empty)), ['organisation:Agence France-Presse:1']);
  // A medium whose name holds its article keeps it.
  assert.deepEqual(names(detect('Il a confié à La Croix son inquiétude.', empty)), ['organisation:La Croix:1']);
});

test('a fourth reader’s review: an acronym the reference gives another body names the article’s organisation whose initials it is (AMF: the mayors, not the markets’ authority)', () => {
  const orgs = (text: string) => names(detect(text, empty)).filter((n) => n.startsWith('organisation:'));
  assert.deepEqual(orgs('Le président de l’Association des maires de France, François Baroin, s’inquiète. Selon le président de l’AMF, la campagne doit reprendre.'), ['organisation:Association des maires de France:2']);
  // Named in full, the reference's body stays itself.
  assert.deepEqual(orgs('L’Autorité des marchés financiers a sanctionné la banque. L’AMF a rappelé la règle à l’Association des maires de France.'), ['organisation:Autorité des marchés financiers:2', 'organisation:Association des maires de France:1']);
  // A name written otherwise (words in common) is the reference's body.
  assert.deepEqual(orgs('Un agent de la Direction générale de la surveillance extérieure a parlé. La DGSE dément.'), ['organisation:Direction générale de la sécurité extérieure:2']);
});

test('a fourth reader’s review: the places a seat of power or a town names in Paris are neither (« le quartier de Bercy », « la station Bercy », « porte d’Italie », « porte de Clichy »)', () => {
  assert.deepEqual(names(detect('Des hélicoptères ont survolé la ville, dans le quartier de Bercy (12e arrondissement).', empty)), []);
  assert.deepEqual(names(detect('Le trafic a été interrompu entre les stations Bercy et Porte d’Italie, au milieu du pont de Bercy.', empty)), []);
  assert.deepEqual(names(detect('Un campement a été évacué porte de Clichy, à Paris.', empty)), ['place:Paris:1']);
  // The ministry and the towns themselves stay.
  assert.deepEqual(names(detect('Bercy a annoncé une hausse des taxes.', empty)), ['organisation:Bercy:1']);
  assert.deepEqual(names(detect('Un accident a eu lieu à Clichy, près de Paris.', empty)).sort(), ['place:Clichy:1', 'place:Paris:1']);
});

test('a fourth reader’s review: a town merged into a new commune is still the town the press names (Cherbourg, Vire)', () => {
  assert.deepEqual(names(detect('Tous les jours, Cherbourg est stigmatisée, dit le maire.', empty)), ['place:Cherbourg:1']);
  // The new commune's name and the former one's are the same town.
  assert.deepEqual(names(detect('Il vit à Cherbourg-en-Cotentin, l’ancienne Cherbourg-Octeville.', empty)), ['place:Cherbourg:2']);
  assert.deepEqual(names(detect('Vire a voté le budget.', empty)), ['place:Vire:1']);
});

test('a fourth reader’s review: a town named with its article in lowercase after « de » or « à » is that town (« les Francofolies de la Rochelle »), not the ministry « de la Défense » nor the church « la Madeleine »', () => {
  assert.deepEqual(names(detect('Il a chanté sur la scène des Francofolies de la Rochelle.', empty)), ['place:La Rochelle:1']);
  assert.deepEqual(names(detect('Un maire de la Garenne-Colombes a été condamné.', empty)), ['place:La Garenne-Colombes:1']);
  assert.deepEqual(names(detect('La ministre de la Défense a parlé.', empty)), []);
  assert.deepEqual(names(detect('Les obsèques ont eu lieu à la Madeleine.', empty)).filter((n) => n.includes('Madeleine')), []);
});

test('a fourth reader’s review: the tabloid the French press calls « le Sun » is The Sun', () => {
  assert.deepEqual(names(detect('Selon les informations du Sun, la reine a plaisanté.', empty)), ['organisation:The Sun:1']);
  assert.deepEqual(names(detect('Le Sun affirme que la reine a plaisanté.', empty)), ['organisation:The Sun:1']);
  assert.deepEqual(names(detect('Il écrivait pour le Chicago Sun Times.', empty)), ['organisation:Chicago Sun-Times:1']);
});

test('a fourth reader’s review: an association named by its founder alone is « Association … », so the founder named again is a person', () => {
  assert.deepEqual(names(detect('Il a donné à l’association Grégory Lemarchal. Elle a chanté en finale face à Grégory Lemarchal.', empty)).sort(), ['organisation:Association Grégory Lemarchal:1', 'person:Grégory Lemarchal:1']);
  // A name of its own after the founder's stays as written.
  assert.deepEqual(names(detect('Il représentera l’association Ryan Rett ForG1 dans le jeu.', empty)), ['organisation:Ryan Rett ForG1:1']);
});

test('a fourth reader’s review: the speaker named after « », a déclaré » is a person, whatever the given name (« Jacline Mouraud »)', () => {
  assert.deepEqual(names(detect('« Nous voulons discuter », a déclaré Jacline Mouraud, figure des gilets jaunes.', empty)), ['person:Jacline Mouraud:1']);
  assert.deepEqual(names(detect('« C’est fini », a conclu Jacline Mouraud.', empty)), ['person:Jacline Mouraud:1']);
  // Not a verb of speech without the quotation before it.
  assert.deepEqual(names(detect('La loi a déclaré Jacline Mouraud inéligible.', empty)), []);
});

test('a name with its particle opening a sentence is found when its first word is a given name (« Philippe de Villiers a parlé »), not after another word (« Perspectives de Llama »)', () => {
  assert.deepEqual(names(detect('Philippe de Villiers a parlé.', empty)), ['person:Philippe de Villiers:1']);
  assert.deepEqual(names(detect('Geneviève de Fontenay répond à son fils.', empty)), ['person:Geneviève de Fontenay:1']);
  assert.deepEqual(names(detect('Perspectives de Llama sont bonnes.', empty)), []);
});

test('a fourth reader’s review: an acronym named by the phrase of a body just before it or in apposition after it is that body (« l’association de défense des animaux PETA », « la PETA, l’association… »)', () => {
  assert.deepEqual(names(detect('Elle soutient l’association de défense des animaux PETA depuis des années.', empty)), ['organisation:PETA:1']);
  assert.deepEqual(names(detect('Elle est la nouvelle ambassadrice de la PETA, l’association de défense des animaux.', empty)), ['organisation:PETA:1']);
  assert.deepEqual(names(detect('Selon l’agence météo allemande DWD, le record est battu.', empty)), ['organisation:DWD:1']);
  // Not a complement, an object or a quality of the phrase.
  for (const text of ['Il dirige une entreprise du BTP depuis dix ans.', 'Le groupe aérien doit revoir cette GPEC au plus vite.', 'L’association des journalistes LGBT a protesté.', 'Les dioxines et les PCB, l’agence sanitaire les surveille.']) {
    assert.deepEqual(names(detect(text, empty)).filter((n) => /BTP|GPEC|LGBT|PCB/u.test(n)), [], text);
  }
});

test('a reader’s review: a known body’s name that an acronym in brackets spells longer is another body (« l’Assemblée nationale populaire (ANP) », « le Parti communiste (PCC) »)', () => {
  assert.deepEqual(names(detect('Le président a dissous l’Assemblée nationale populaire (ANP) mardi.', empty)), ['organisation:ANP:1']);
  assert.deepEqual(names(detect('Le Parti communiste (PCC) a réuni son comité central.', empty)), ['organisation:Parti communiste chinois:1']);
  // The body's own name, with or without its own acronym, stays the body.
  assert.deepEqual(names(detect('Le Parti communiste français (PCF) a voté. L’Assemblée nationale a voté (tard).', empty)).sort(), ['organisation:Assemblée nationale:1', 'organisation:Parti communiste français:2']);
});

test('a reader’s review: a show, a song or a venue named after a place is no place (« la série Dallas », « le restaurant Le Tennessee »); a known venue stays one', () => {
  assert.deepEqual(names(detect('Il a regardé la série Dallas. Le restaurant Le Tennessee a fermé.', empty)), []);
  assert.deepEqual(names(detect('Le film a été tourné à Dallas. Ils ont dîné au restaurant Le Fouquet’s.', empty)).sort(), ['place:Dallas:1', 'place:Fouquet’s:1']);
});

test('a reader’s review: « Johnny » alone is Johnny Hallyday, unless the article names another Johnny in full', () => {
  assert.deepEqual(names(detect('Laeticia Hallyday a pleuré Johnny. Johnny reste dans les cœurs.', empty)).sort(), ['person:Johnny Hallyday:2', 'person:Laeticia Hallyday:1']);
  assert.deepEqual(names(detect('Johnny Depp est arrivé. Johnny a salué ses fans.', empty)), ['person:Johnny Depp:2']);
});

test('a reader’s review: a given name alone is the person named in full with it before (« Julien Doré… Julien »), not one named after it (« Christophe… Christophe Dechavanne »)', () => {
  assert.deepEqual(names(detect('Julien Doré a racheté une maison dans le Gard. Julien y passe ses étés.', empty)).sort(), ['person:Julien Doré:2', 'place:Gard:1']);
  const singer = names(detect('Christophe est mort jeudi. Christophe Dechavanne lui a rendu hommage.', empty));
  assert.ok(singer.includes('person:Christophe Dechavanne:1'), singer.join(', '));
});

test('review 6: a known place of several words after a title or a common word opening the sentence is read whole (« Miss Pays de Loire », « Réunis Place de la République »)', () => {
  const refs = detect('Élue Miss Pays de Loire, puis Miss Centre-Val de Loire Jade Simon-Abadie. Réunis Place de la République, ils chantent.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Jade Simon-Abadie:1', 'place:Centre-Val de Loire:1', 'place:Pays de la Loire:1', 'place:Place de la République:1']);
});

test('review 6: a town and the area around it joined by a hyphen name the town (« Pau-Pyrénées », « Nantes-Atlantique »); two towns, two countries or two areas name each', () => {
  const refs = detect('L’aéroport Pau-Pyrénées et Nantes-Atlantique ferment ; Paris-Londres, France-Roumanie et Alsace-Lorraine restent.', empty);
  assert.deepEqual(names(refs).sort(), ['place:Alsace:1', 'place:France:1', 'place:Londres:1', 'place:Lorraine:1', 'place:Nantes:1', 'place:Paris:1', 'place:Pau:1', 'place:Roumanie:1']);
});

test('review 6: regional weeklies and foreign dailies named with their town or area are media, not the place (« L’Éveil de la Loire », « La Tribune de Genève »)', () => {
  const refs = detect('Selon L’Éveil de la Loire et La Tribune de Genève, il part.', empty);
  assert.deepEqual(names(refs).sort(), ["organisation:L'Éveil de la Haute-Loire:1", 'organisation:La Tribune de Genève:1']);
});

test('review 6: the British royals’ titles name them (« la duchesse de Cambridge », « la princesse Kate » are Kate Middleton); a building’s « Wing » is a place, not someone', () => {
  const refs = detect('La princesse Kate a accouché à la Lindo Wing. La duchesse de Sussex est venue. Kate Middleton et Meghan Markle ont souri.', empty);
  assert.deepEqual(names(refs).sort(), ['person:Kate Middleton:2', 'person:Meghan Markle:2', 'place:Lindo Wing:1']);
});

test('a reader’s review: « Hollande » alone is François Hollande, but the Netherlands after a place’s article or preposition', () => {
  for (const text of ['Sous le quinquennat Hollande, la dette a augmenté.', 'Jean Lassalle étrille Valls, Hollande et de Rugy.', 'Le bilan de Hollande est lourd.', 'Hollande veut une loi.']) {
    const found = names(detect(text, empty));
    assert.ok(found.includes('person:François Hollande:1'), `${text} → ${found}`);
    assert.ok(!found.some((n) => n.startsWith('place:Pays-Bas')), `${text} → ${found}`);
  }
  for (const text of ['Il est parti en Hollande.', 'La Hollande et la Belgique jouent ce soir.', 'Il a joué aux Pays-Bas.']) {
    assert.deepEqual(names(detect(text, empty)).filter((n) => n.includes('Hollande') || n.includes('Pays-Bas')), ['place:Pays-Bas:1'], text);
  }
});

test('a reader’s review: « le Sud-Ouest » after an article is the area, not the daily Sud Ouest; « la RN 118 » is a road', () => {
  const media = (text: string) => names(detect(text, empty)).filter((n) => n.startsWith('organisation:'));
  assert.deepEqual(media('La canicule s’installe dans le Sud-Ouest ce week-end.'), []);
  assert.deepEqual(media('Les trains à destination du Sud-Ouest sont annulés.'), []);
  assert.deepEqual(media('Selon Sud-Ouest, la jeune femme avait fugué.'), ['organisation:Sud Ouest:1']);
  assert.deepEqual(media('Comme le rapporte le quotidien Sud Ouest, il pleut.'), ['organisation:Sud Ouest:1']);
  assert.deepEqual(media('La RN 118 est fermée jusqu’à nouvel ordre.'), []);
  assert.deepEqual(media('Le RN a gagné trois sièges.'), ['organisation:Rassemblement national:1']);
});

test('a reader’s review: a name glued by « & » to other letters is part of another name (« GM&S » is not General Motors, « Pull&Bear » no « Pull »)', () => {
  assert.deepEqual(names(detect('Les salariés de GM&S manifestent. Le groupe GM a promis des commandes.', empty)), ['organisation:General Motors:1']);
  assert.deepEqual(names(detect('Les groupes Zara, Pull&Bear et Massimo Dutti.', empty)).filter((n) => n.includes('Pull')), []);
  assert.deepEqual(names(detect('Les magasins H&M ferment.', empty)), ['organisation:H&M:1']);
});

test('a reader’s review: a town named like a known company, its department in brackets after it, is the town (« le GIGN d’Orange (Vaucluse) »)', () => {
  assert.deepEqual(names(detect('Le GIGN d’Orange (Vaucluse) est intervenu.', empty)).filter((n) => n.includes('Orange')), ['place:Orange:1']);
  assert.deepEqual(names(detect('Orange a annoncé une hausse de ses tarifs.', empty)), ['organisation:Orange:1']);
});

test('a reader’s review: « Le Maire » opening a sentence or a heading, in an article that writes « le maire », is the mayor, not Bruno Le Maire', () => {
  const people = (body: string) => names(detect(body, empty)).filter((n) => n.startsWith('person:'));
  assert.deepEqual(people('Dans sa lettre, le maire assure que l’individu boit.\n\nLe MAIRE "N’EST PAS SON TUTEUR"\n\nLa suite.'), []);
  assert.deepEqual(people('Le maire de Levallois-Perret est candidat. « Le Maire a appelé pour remercier les élus », a-t-elle écrit.'), []);
  // Without « le maire » in lowercase it is the minister; named in full, he stays.
  assert.deepEqual(people('Le Maire a assuré que la croissance tiendrait.'), ['person:Bruno Le Maire:1']);
  assert.deepEqual(people('Bruno Le Maire a écrit au maire de Lyon. Le Maire a insisté.'), ['person:Bruno Le Maire:1']);
});

test('the tenth reader’s review: a word ending in « é » is no name the gazetteer writes with an « e » (« Posté debout sur son paddle » is not La Poste)', () => {
  assert.deepEqual(names(detect('Un garçon a sauvé deux personnes. Posté debout sur son paddle, il a vu la scène.', empty)).filter((n) => n.includes('Poste')), []);
  assert.deepEqual(names(detect('Les facteurs de La Poste sont en grève. La Poste a répondu.', empty)).filter((n) => n.includes('Poste')), ['organisation:La Poste:2']);
  assert.deepEqual(names(detect('Le président a parlé à l’Elysée.', empty)).filter((n) => n.includes('lysée')), ['organisation:Élysée:1']);
});

test('the tenth reader’s review: « Nord » listed with another point of the compass is the direction, not the department; in brackets after a place it stays the department', () => {
  const places = (body: string) => names(detect(body, empty)).filter((n) => n.startsWith('place:'));
  assert.deepEqual(places('Le trafic est perturbé sur les axes Est, Nord de la SNCF.').filter((n) => n.includes('Nord')), []);
  assert.deepEqual(places('Un accident à Saint-Amand-les-Eaux (Nord) hier.').filter((n) => n.includes('Nord')), ['place:Nord:1']);
});

test('a reader’s review: a body named like France’s but qualified by another country is not France’s (Parlement tunisien, Cour suprême des États-Unis), nor is another national team or another Alliance', () => {
  assert.deepEqual(names(detect('Le Parlement tunisien a voté la loi.', empty)), []);
  assert.deepEqual(names(detect('Il a obtenu gain de cause devant la Cour suprême autrichienne.', empty)), []);
  assert.deepEqual(names(detect('Un reportage, dirigé par le ministère de la Défense russe, a circulé.', empty)), []);
  assert.deepEqual(names(detect('La décision de la Cour suprême des Etats-Unis est tombée.', empty)), ['organisation:Cour suprême des Etats-Unis:1'], 'a name of its own');
  assert.deepEqual(names(detect('Le Parlement a voté la loi.', empty)), ['organisation:Parlement:1']);
  assert.deepEqual(names(detect('Le Parlement européen a voté la loi.', empty)), ['organisation:Parlement européen:1']);
  assert.deepEqual(names(detect('L’équipe de France de surf a gagné.', empty)), []);
  assert.deepEqual(names(detect('L’équipe de France a gagné.', empty)), ['organisation:Équipe de France:1']);
  assert.deepEqual(names(detect('Le meneur de jeu de l’équipe de France de football a marqué.', empty)), ['organisation:Équipe de France:1']);
  assert.deepEqual(names(detect('Il a été sélectionné en équipe de France des moins de 17 ans.', empty)), []);
  assert.deepEqual(names(detect('Pour l’ex-homme fort de l’Alliance, Renault a tout perdu.', empty)), ['organisation:Renault:1']);
  assert.deepEqual(names(detect('Le syndicat Alliance dénonce le manque de masques des policiers.', empty)), ['organisation:Alliance Police nationale:1']);
});

test('a reader’s review: a known body’s short name in brackets after its long form, written as a word (« Ifremer »), is that body, once', () => {
  assert.deepEqual(names(detect('Selon l’Institut français de recherche pour l’exploitation de la mer (Ifremer), les huîtres sont touchées. L’Ifremer a publié un rapport.', empty)), ['organisation:Ifremer:3']);
  assert.deepEqual(names(detect('Le constructeur automobile français (Renault) a parlé.', empty)), ['organisation:Renault:1'], 'a name that abbreviates nothing before it');
});

test('a reader’s review: the American state is told whatever its accents (« Augusta, en Georgie »), and « l’État de Washington » is not the capital', () => {
  const place = (body: string) => names(detect(body, empty)).filter((n) => n.startsWith('place:'));
  assert.deepEqual(place('La chanteuse est née à Augusta, en Georgie.'), ['place:Augusta:1', 'place:Géorgie (États-Unis):1']);
  assert.deepEqual(place('Une fusillade à Burlington (État de Washington) a fait trois morts.'), ['place:Burlington:1', 'place:Washington (État):1']);
  assert.deepEqual(place('Washington a sanctionné Moscou.'), ['place:Moscou:1', 'place:Washington:1']);
  assert.deepEqual(place('Tbilissi, en Géorgie, manifeste.'), ['place:Géorgie:1', 'place:Tbilissi:1']);
});

test('« le Congrès » in an article that writes « États-Unis » with its accent is the American Congress', () => {
  assert.deepEqual(names(detect('Aux États-Unis, le Congrès a voté.', empty)).sort(), ['organisation:Congrès américain:1', 'place:États-Unis:1']);
});

test('a reader’s review: a saint’s name abbreviated (« l’église St Mark d’Englefield ») is no one; « St. Petersburg » stays a place', () => {
  assert.deepEqual(names(detect('L’église St Mark d’Englefield a été vendue.', empty)), []);
});

test('a reader’s review: a regional edition named by places joined by a hyphen is the medium’s (« France Bleu Drôme-Ardèche »), not two places of the story', () => {
  assert.deepEqual(names(detect('Selon France Bleu Drôme-Ardèche, le feu est maîtrisé.', empty)), ['organisation:France Bleu Drôme-Ardèche:1']);
  assert.deepEqual(names(detect('Le match France-Roumanie a eu lieu.', empty)).sort(), ['place:France:1', 'place:Roumanie:1']);
});

test('a reader’s review: the station Lille-Europe is in Lille, not in Europe', () => {
  assert.deepEqual(names(detect('Entre les gares de Lille-Europe et de Lille-Flandres, la foule.', empty)).filter((n) => n.includes('Europe')), []);
});

test('issue 12: « ONG » before a known body of several words is a cue, not the start of another name (« l’ONG Médecins sans frontières » was « Médecins »)', () => {
  const known = buildEntityMatcher([{ name: 'Médecins sans frontières', kind: 'organisation', aliases: ['Médecins sans frontières'] }]);
  assert.deepEqual(names(detect('L’ONG Médecins sans frontières soutient une maternité.', known)), ['organisation:Médecins sans frontières:1']);
  assert.deepEqual(names(detect('Selon l’ONG Oxfam, la fortune des riches augmente.', known)), ['organisation:Oxfam:1']);
});

test('issue 12: a name cut short before the acronym in brackets that spells it is the acronym’s body (« l’association Droit au logement (DAL) » was « Droit » and « DAL »)', () => {
  assert.deepEqual(names(detect('Il est aux côtés de l’association Droit au logement (DAL) depuis 1990.', empty)), ['organisation:DAL:2']);
  assert.deepEqual(names(detect('Le syndicat Action et démocratie (AD) dénonce la réforme.', empty)), ['organisation:AD:2']);
});

test('a reader’s review: Dieudonné is the comedian, not the commune of the Oise; « Nouvelle Gauche » is a parliamentary group, not a person after « députée »; a feast or the State after a place’s noun is no place (« le village de Noël », « la capitale de l’État de Californie »)', () => {
  assert.deepEqual(names(detect('Dieudonné de retour au tribunal. Les enquêteurs reprochent à Dieudonné M’Bala M’Bala d’avoir détourné des fonds.', empty)), ['person:Dieudonné:2']);
  assert.deepEqual(names(detect('La députée Nouvelle Gauche des Deux-Sèvres, Delphine Batho, estime que la loi est mal faite.', empty)).sort(), ['organisation:Nouvelle Gauche:1', 'person:Delphine Batho:1', 'place:Deux-Sèvres:1']);
  assert.deepEqual(names(detect('Pour la soirée inaugurale du village de Noël, la mairie invite la reine.', empty)), []);
  // A text is no body: « selon la Constitution », « reconnues par la Charte ».
  assert.deepEqual(names(detect('Selon la Constitution, le président est un arbitre. Ces langues sont reconnues par la Charte.', empty)), []);
  // Nor the State before its own complement.
  assert.deepEqual(names(detect('Le barrage est au nord de Sacramento, la capitale de l’État de Californie.', empty)).sort(), ['place:Californie:1', 'place:Sacramento:1']);
});

test('a reader’s review: a model’s code after its maker is no word of a longer name (« la BMW M8 Coupé » was the organisation « BMW M8 Coupé »): the maker, or nothing when the car is a thing one drives', () => {
  assert.deepEqual(names(detect('Dans son catalogue, BMW M8 Coupé et BMW M5 se partagent la vedette.', empty)), ['organisation:BMW:2']);
  assert.deepEqual(names(detect('Il conduit une BMW M8 Coupé rouge.', empty)), []);
});

test('review 27: `Canal de Suez`, `Canal Saint-Martin` are canals, not Canal+, which `Canal` alone and `Canal Football Club` still name', () => {
  const canals = detect('Le navire a traversé le golfe d’Aden et le Canal de Suez. Une péniche a coulé dans le Canal Saint-Martin.', empty);
  assert.ok(canals.some((e) => e.kind === 'place' && e.name === 'Canal de Suez'), names(canals).join(' '));
  assert.ok(canals.some((e) => e.kind === 'place' && e.name === 'Canal Saint-Martin'), names(canals).join(' '));
  assert.ok(!canals.some((e) => e.name === 'Canal+'), names(canals).join(' '));
  const channel = detect('Canal+ a diffusé le match. Le Canal Football Club revient dimanche.', empty);
  assert.ok(channel.some((e) => e.kind === 'organisation' && e.name === 'Canal+'), names(channel).join(' '));
  assert.ok(!channel.some((e) => e.kind === 'place'), names(channel).join(' '));
});

test('review 27: Albert II de Monaco is one person by every name the press gives him', () => {
  for (const text of ['Le prince Albert II de Monaco a parlé.', 'Albert de Monaco a révélé ses projets.', 'La sœur du Prince Albert II est arrivée.']) {
    assert.deepEqual(detect(text, empty).filter((e) => e.kind === 'person').map((e) => e.name), ['Albert II de Monaco'], text);
  }
});
