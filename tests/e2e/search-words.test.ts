/**
 * Search words as whole words, in real Chromium, over a small archive written here: Pagefind
 * matches every query word as the start of indexed words (`quart` finds « quartier »); the page
 * narrows a finished word to the articles holding one of its forms (`wordForms` in
 * public/js/search-core.js), and the filter counts follow. A word still being typed keeps
 * Pagefind's prefix answer, unless it is a word of the archive typed whole. A query naming a topic (`namedTopic`) lists its articles first.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openSearchPage, searchStatus, servedSearchSite } from '../search/site.ts';

/** name, topic, title, text */
const ARTICLES: [string, string, string, string][] = [
  ['2023-01-10-sondage', 'Santé', 'Un quart des Français renonce aux soins', 'Dans leur quartier, un quart des Français a renoncé à des soins cette année.'],
  ['2023-02-11-trains', 'Transports', 'Des trains en retard d’un quart d’heure', 'Les trains de la ligne accusent un quart d’heure de retard en moyenne ; trois quarts des voyageurs se plaignent.'],
  ['2023-03-12-gare', 'Santé', 'Un centre de santé ouvre dans le quartier de la gare', 'Le quartier de la gare attendait ce centre depuis dix ans.'],
  ['2023-04-13-marche', 'Santé', 'Le marché du quartier rouvre', 'Les habitants du quartier retrouvent leur marché du samedi.'],
  ['2023-05-14-canal', 'Faits divers', 'Une fillette tombée dans le canal sauvée par un passant', 'La fillette est tombée dans le canal ; un passant, tombé à l’eau à son tour, l’a sortie.'],
  ['2023-06-15-mur', 'Faits divers', 'Le vieux mur du port est tombé', 'Le mur est tombé dans la nuit. Une partie était déjà tombée l’hiver dernier.'],
  // Pagefind ranks the nursing home first (its title and three mentions): a query naming the Retraites topic shows the topic's article first.
  ['2023-07-16-ehpad', 'Santé', 'Drame dans une maison de retraite', 'La maison de retraite de la ville est en deuil. Les résidents de la maison de retraite, et le personnel de cette maison de retraite, se souviennent.'],
  ['2023-08-17-projet', 'Retraites', 'Le gouvernement présente son projet', 'Le projet sur les retraites sera présenté mardi en conseil des ministres.'],
  // `pen` starts « pensait » and « pénitencier » (words of a title, which Pagefind weighs most) as well as « Pen ».
  ['2023-09-18-directeur', 'Politique', 'Ce que pensait le directeur du pénitencier', 'Le directeur du pénitencier pensait partir en juin ; il pensait déjà à sa succession.'],
  ['2023-10-19-meeting', 'Politique', 'Un meeting dans le Pas-de-Calais', 'Marine Le Pen a tenu un meeting samedi devant ses partisans.'],
  // A word of one article, too rare for the word list: in the shards without it, Pagefind answers `oréal` with « ores ».
  ['2023-01-05-cosmetiques', 'Économie', 'Les comptes de L’Oréal', 'Le groupe de cosmétiques L’Oréal publie ses comptes annuels.'],
  ['2023-12-21-budget', 'Économie', 'Le budget de la ville est voté', 'Le conseil a d’ores et déjà adopté les grandes lignes du budget.'],
  ['2023-12-22-travaux', 'Économie', 'Les travaux du pont commencent', 'Les riverains sont d’ores et déjà prévenus des coupures.'],
  // A name written with a hyphen, or without: « Giscard d’Estaing » finds both.
  ['2024-01-10-hommage', 'Politique', 'Hommage à Valéry Giscard-d’Estaing', 'L’ancien chef de l’État Valéry Giscard-d’Estaing est mort à 94 ans.'],
  ['2024-01-11-carriere', 'Politique', 'La carrière de Valéry Giscard d’Estaing', 'Valéry Giscard d’Estaing a dirigé le pays de 1974 à 1981.'],
  // « Tour de France » with « Français » in the same text, which Pagefind's phrase search misses; and its words apart.
  ['2024-02-01-velo', 'Sport', 'Les Français et le vélo', 'Les Français regardent le Tour de France, monument du cyclisme, tout l’été.'],
  ['2024-02-02-nice', 'Sport', 'Le Tour de France part de Nice', 'Le Tour de France s’élancera samedi de Nice.'],
  ['2024-02-03-tourisme', 'Sport', 'Des sites touristiques en France', 'Les sites touristiques en France attendent les cyclistes. À son tour, sur France 2, le ministre a parlé.'],
  // `Notre-Dame` is a word of the archive's list, and the start of another (« Notre-Dame-des-Landes »).
  ['2024-04-15-cathedrale', 'Culture', 'La cathédrale Notre-Dame rouvre ses portes', 'Après cinq ans de chantier, Notre-Dame accueille de nouveau les visiteurs.'],
  ['2024-04-16-bocage', 'Environnement', 'Le bocage de Notre-Dame-des-Landes', 'À Notre-Dame-des-Landes, les haies du bocage sont replantées.'],
  // A name too rare for the word list, far from the excerpt (which shows the name said three times), one letter from a word of the list (« grand »).
  ['2024-05-06-sheila', 'Culture', 'Sheila chante à Lyon', 'Sheila a chanté samedi à Lyon. Sheila a repris ses succès, et Sheila a salué ses admirateurs venus nombreux.\n\nLe concert a duré deux heures dans une salle comble, devant un public conquis qui connaissait chaque refrain par cœur depuis des décennies, et les musiciens ont joué sans relâche jusqu’au rappel final.\n\nSon ancien agent, Gérard Grard, assistait au concert.'],
  ['2024-05-07-parc', 'Culture', 'Le grand parc rouvre', 'Le grand parc de la ville rouvre ses allées.'],
  ['2024-05-08-gratuit', 'Culture', 'Un grand concert gratuit', 'Un grand concert gratuit est prévu en juillet.'],
  // A word typed past its stem: Pagefind stems « confinement » and « confiné » `confin`, which `confinem` does not start.
  ['2024-06-01-levee', 'Santé', 'Le confinement est levé', 'Le confinement prend fin ce lundi dans tout le pays.'],
  ['2024-06-02-commerces', 'Économie', 'Les commerces rouvrent après le confinement', 'Après deux mois de confinement, les commerçants accueillent leurs clients.'],
  ['2024-06-03-village', 'Santé', 'Un village confiné', 'Le village reste confiné après un cas de rougeole.'],
  // A title cut with « … » right after the word: Pagefind indexes it whole (`confinement…` is not stemmed), so `confinem` finds it and no other.
  ['2024-06-04-librairies', 'Culture', 'Les librairies rouvrent après le confinement…', 'Les libraires ont rouvert leurs portes lundi.'],
  // « Élysées » is a plural of « Élysée » (the avenue, in its title and three times); `l’Élysée` names the palace.
  ['2024-07-01-avenue', 'Culture', 'Feu d’artifice sur les Champs-Élysées', 'Les Champs-Élysées ont accueilli la foule. Sur les Champs-Élysées, le feu d’artifice a duré vingt minutes ; les Champs-Élysées étaient fermés.'],
  ['2024-07-02-palais', 'Politique', 'Un dîner d’État pour le président brésilien', 'Le chef de l’État a reçu son homologue brésilien à l’Élysée mardi soir.'],
  // A word of the title only: the excerpt shows the text after the title, with its guillemets.
  ['2024-03-01-brioude', 'Politique', 'À Brioude, des commerçants en colère contre la fermeture annoncée de la dernière boulangerie du centre-ville manifestent devant la mairie', 'Ils dénoncent « une campagne de haine » et reviendront samedi prochain avec leurs clients et leurs familles.'],
];

const served = servedSearchSite('words', (work) => {
  const content = join(work, 'content');
  mkdirSync(content);
  for (const [name, topic, title, text] of ARTICLES) {
    writeFileSync(join(content, `${name}.md`), `---\ntitle: "${title}"\ndate: ${name.slice(0, 10)}\ntopics: [${topic}]\nsource: La Gazette\n---\n${text}\n`);
  }
  return content;
  // In shards of 4 articles (by date): Pagefind answers a word in each shard on its own.
}, { shardSize: 4 });

const status = searchStatus;
const titles = async (page: Page) => (await page.locator('#recherche-resultats h2').allTextContents()).sort();
const topicCount = (page: Page, label: string) => page.locator('#recherche-sujet option').filter({ hasText: label }).textContent();

describe('search words as whole words', () => {
  test('a finished word finds the articles that hold one of its forms, not the words it starts; the filter counts follow', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/?q=quart`);
    await status(page, /^2 résultats pour «\u202fquart\u202f»\.$/);
    assert.deepEqual(await titles(page), ['Des trains en retard d’un quart d’heure', 'Un quart des Français renonce aux soins']);
    // Pagefind highlights « quartier » too, in the first article's excerpt: only forms of the word are.
    const marks = await page.locator('#recherche-resultats .excerpt mark').allTextContents();
    assert.ok(marks.includes('quart'), marks.join(', '));
    assert.ok(!marks.includes('quartier'), marks.join(', '));
    // Pagefind counts 3 articles under Santé (the two about the « quartier »): the page counts 1.
    await page.waitForFunction(() => /Santé \(1\)/.test(document.getElementById('recherche-sujet')!.textContent ?? ''), null, { timeout: 15_000 });
    assert.equal((await topicCount(page, 'Transports'))?.trim(), 'Transports (1)');
    await page.selectOption('#recherche-sujet', 'sante');
    await status(page, /^1 résultat pour «\u202fquart\u202f», avec les filtres choisis\.$/);
    // Forms of a word: « tombé » finds « tombée ».
    await page.goto(`${served.url}recherche/?q=tomb%C3%A9`);
    await status(page, /^2 résultats pour «\u202ftombé\u202f»\.$/);
    assert.deepEqual(problems, []);
  });

  test('a finished rare word finds the articles that hold it, not those Pagefind adds for a shorter word', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    for (const q of ['l’Oréal', 'oreal']) {
      await page.goto(`${served.url}recherche/?q=${encodeURIComponent(q)}`);
      await status(page, new RegExp(`^1 résultat pour «\u202f${q}\u202f»\.$`));
      assert.deepEqual(await titles(page), ['Les comptes de L’Oréal']);
    }
    assert.deepEqual(problems, []);
  });

  test('a word being typed finds every word it starts; typed whole, it finds what its address finds', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/`);
    // `quar` starts « quart » and « quartier ».
    await page.locator('#recherche-q').pressSequentially('quar', { delay: 30 });
    await status(page, /^4 résultats pour «\u202fquar\u202f»\.$/);
    // `quart`, a word of the archive, is searched whole as soon as it is typed, as a space or its address would.
    await page.locator('#recherche-q').press('t');
    await status(page, /^2 résultats pour «\u202fquart\u202f»\.$/);
    assert.deepEqual(await titles(page), ['Des trains en retard d’un quart d’heure', 'Un quart des Français renonce aux soins']);
    await page.locator('#recherche-q').press(' ');
    await status(page, /^2 résultats pour «\u202fquart\u202f»\.$/);
    // A reader’s review: typed `Notre-Dame` found « Notre-Dame-des-Landes » too, which its address did not.
    const answers: string[][] = [];
    for (const typed of [true, false]) {
      await page.goto(`${served.url}recherche/${typed ? '' : '?q=Notre-Dame'}`);
      if (typed) await page.locator('#recherche-q').pressSequentially('Notre-Dame', { delay: 30 });
      await status(page, /^1 résultat pour «\u202fNotre-Dame\u202f»\.$/);
      answers.push(await titles(page));
    }
    assert.deepEqual(answers, [['La cathédrale Notre-Dame rouvre ses portes'], ['La cathédrale Notre-Dame rouvre ses portes']]);
    // Typed past its stem, a word still finds the articles holding the words it starts (the twenty-first reader’s review: `confinem` found 1 of 54).
    await page.goto(`${served.url}recherche/`);
    await page.locator('#recherche-q').pressSequentially('confine', { delay: 30 });
    await status(page, /^4 résultats pour «\u202fconfine\u202f»\.$/);
    await page.locator('#recherche-q').press('m');
    await status(page, /^\d+ résultats? pour «\u202fconfinem\u202f»\.$/);
    const typedPastStem = await titles(page);
    assert.ok(['Le confinement est levé', 'Les commerces rouvrent après le confinement', 'Les librairies rouvrent après le confinement…'].every((t) => typedPastStem.includes(t)), typedPastStem.join(' | '));
    // …as the word it becomes finds them (Pagefind's exact search of a word finds its stem: « confiné » too).
    await page.goto(`${served.url}recherche/?q=confinement`);
    await status(page, new RegExp(`^${typedPastStem.length} résultats? pour «\u202fconfinement\u202f»\\.$`));
    assert.deepEqual(await titles(page), typedPastStem);
    assert.deepEqual(problems, []);
  });

  test('a query naming a topic lists the topic’s articles first, then the others, as ranked; an excerpt does not repeat its title', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    for (const q of ['retraites', 'retraite']) {
      await page.goto(`${served.url}recherche/?q=${q}`);
      await status(page, new RegExp(`^2 résultats pour «\u202f${q}\u202f»\.$`));
      assert.deepEqual(await page.locator('#recherche-resultats h2').allTextContents(), ['Le gouvernement présente son projet', 'Drame dans une maison de retraite']);
    }
    // An excerpt from the start of the text does not repeat the title shown above it.
    const excerpts = await page.locator('#recherche-resultats .excerpt').allTextContents();
    assert.match(excerpts[1]!, /^La maison de retraite de la ville/);
    // Sorted by date, the order is the date's.
    await page.goto(`${served.url}recherche/?q=retraites&tri=ancien`);
    await status(page, /^2 résultats pour «\u202fretraites\u202f»\.$/);
    assert.deepEqual(await page.locator('#recherche-resultats h2').allTextContents(), ['Drame dans une maison de retraite', 'Le gouvernement présente son projet']);
    assert.deepEqual(problems, []);
  });

  test('review 34: an article opened from a result highlights the forms of the query words its text holds, as the excerpts mark them', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/?q=retraites`);
    await status(page, /^2 résultats pour «\u202fretraites\u202f»\.$/u);
    await page.locator('#recherche-resultats .card-title a', { hasText: 'Drame dans une maison de retraite' }).click();
    await page.waitForURL(/surligner=retraites&surligner=retraite$/u);
    const highlighted = page.locator('article mark.surlignage');
    await highlighted.first().waitFor();
    // « retraite » in the title and three times in the text; the query's own word, in none of them, highlighted nothing.
    assert.deepEqual(await highlighted.allTextContents(), ['retraite', 'retraite', 'retraite', 'retraite']);
    assert.deepEqual(problems, []);
  });

  test('a hyphenated name is found by its parts and by its spelling without the hyphen, and shown as written', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    for (const q of ['Giscard d’Estaing', "Giscard d'Estaing", 'estaing']) {
      await page.goto(`${served.url}recherche/?q=${encodeURIComponent(q)}`);
      await status(page, /^2 résultats pour /);
      assert.deepEqual(await titles(page), ['Hommage à Valéry Giscard-d’Estaing', 'La carrière de Valéry Giscard d’Estaing'], q);
    }
    const excerpts = await page.locator('#recherche-resultats .excerpt').allTextContents();
    assert.ok(excerpts.some((e) => e.includes('Valéry Giscard-d’Estaing est mort')), excerpts.join(' | '));
    assert.deepEqual(problems, []);
  });

  test('a finished word of three letters is searched whole; while it is typed, the articles holding it whole come first', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    const meeting = 'Un meeting dans le Pas-de-Calais';
    const prison = 'Ce que pensait le directeur du pénitencier';
    // Submitted, `pen` is a whole word: not « pensait » nor « pénitencier » (on 2,000 corpus articles `Le Pen` found 599, 79 naming him).
    await page.goto(`${served.url}recherche/?q=le%20pen`);
    await status(page, /^1 résultat pour «\u202fle pen\u202f»\.$/);
    assert.deepEqual(await page.locator('#recherche-resultats h2').allTextContents(), [meeting]);
    // Typed, the last word may go on: Pagefind's answer, the whole word first (Pagefind alone ranks the other article first:
    // « pensait » and « pénitencier » are in its title).
    await page.goto(`${served.url}recherche/`);
    await page.locator('#recherche-q').pressSequentially('Le Pen', { delay: 30 });
    await status(page, /^2 résultats pour «\u202fLe Pen\u202f»\.$/);
    assert.deepEqual(await page.locator('#recherche-resultats h2').allTextContents(), [meeting, prison]);
    // Sorted by date, no article the word only starts comes in.
    await page.goto(`${served.url}recherche/?q=pen&tri=ancien`);
    await status(page, /^1 résultat pour «\u202fpen\u202f»\.$/);
    assert.deepEqual(await page.locator('#recherche-resultats h2').allTextContents(), [meeting]);
    assert.deepEqual(problems, []);
  });

  test('an excerpt of the text after a title that held the match has French spaces inside its guillemets', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/?q=Brioude`);
    await status(page, /^1 résultat pour «\u202fBrioude\u202f»\.$/);
    const excerpt = await page.locator('#recherche-resultats .excerpt').textContent();
    assert.match(excerpt ?? '', /«\u202fune campagne de haine\u202f»/u);
    assert.doesNotMatch(excerpt ?? '', /« | »/u);
    assert.deepEqual(problems, []);
  });

  test('a phrase finds every article holding it, where a word of it has a form with accents too, and only those', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    // Pagefind 1.5's phrase search alone finds only the second: « Français » beside « France » (`phraseSearcher`).
    await page.goto(`${served.url}recherche/?q=${encodeURIComponent('« Tour de France »')}`);
    await status(page, /^2 résultats pour «\u202fTour de France\u202f»\.$/);
    assert.deepEqual(await titles(page), ['Le Tour de France part de Nice', 'Les Français et le vélo']);
    // Its words apart (« touristiques en France », « à son tour, sur France 2 ») are no match; with another word, both must be there.
    await page.goto(`${served.url}recherche/?q=${encodeURIComponent('"Tour de France" Nice')}`);
    await status(page, /^1 résultat pour «\u202f"Tour de France" Nice\u202f»\.$/);
    assert.deepEqual(await titles(page), ['Le Tour de France part de Nice']);
    // Without quotes, the articles holding the words one after the other come first.
    await page.goto(`${served.url}recherche/?q=${encodeURIComponent('Tour de France')}`);
    await status(page, /^3 résultats pour «\u202fTour de France\u202f»\.$/);
    const order = await page.locator('#recherche-resultats h2').allTextContents();
    assert.deepEqual(order.slice(0, 2).sort(), ['Le Tour de France part de Nice', 'Les Français et le vélo']);
    assert.equal(order[2], 'Des sites touristiques en France');
    // The topic counts follow the phrase.
    await page.goto(`${served.url}recherche/?q=${encodeURIComponent('"Tour de France"')}`);
    await page.waitForFunction(() => /Sport \(2\)/.test(document.getElementById('recherche-sujet')!.textContent ?? ''), null, { timeout: 15_000 });
    assert.deepEqual(problems, []);
  });

  test('a word typed after an elided article lists first the articles holding the two as written: `l’Élysée`, the palace before the avenue', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    const [avenue, palace] = ['Feu d’artifice sur les Champs-Élysées', 'Un dîner d’État pour le président brésilien'];
    // Alone, the word finds its forms, ranked by Pagefind: the avenue, named four times, first.
    await page.goto(`${served.url}recherche/?q=${encodeURIComponent('Élysée')}`);
    await status(page, /^2 résultats pour /);
    assert.deepEqual(await page.locator('#recherche-resultats h2').allTextContents(), [avenue, palace]);
    for (const q of ['l’Élysée', "l'elysee"]) {
      await page.goto(`${served.url}recherche/?q=${encodeURIComponent(q)}`);
      await status(page, /^2 résultats pour /);
      assert.deepEqual(await page.locator('#recherche-resultats h2').allTextContents(), [palace, avenue], q);
    }
    assert.deepEqual(problems, []);
  });

  test('a word of a result’s text that its excerpt does not show is no typo: no « Essayez » (the eleventh reader’s review)', async (t) => {
    if (!served.browser) return t.skip(served.skipReason);
    const { page, problems } = await openSearchPage(served.browser!);
    await page.goto(`${served.url}recherche/?q=Sheila%20Grard`);
    await status(page, /^1 résultat pour «\u202fSheila Grard\u202f»\.$/);
    assert.deepEqual(await titles(page), ['Sheila chante à Lyon']);
    assert.ok(!/Grard/u.test((await page.locator('#recherche-resultats').textContent()) ?? ''), 'the excerpt does not show the name');
    // Once the page holds the word list (a typo's suggestion read it), « Essayez » is decided with the
    // results on screen: a query typed after it shows its suggestion, or none, with its status line.
    await page.locator('#recherche-q').fill('Sheila grend');
    await page.locator('#recherche-essayez').filter({ hasText: 'Essayez' }).waitFor({ timeout: 15_000 });
    await page.locator('#recherche-q').fill('Sheila Grard');
    await status(page, /^1 résultat pour «\u202fSheila Grard\u202f»\.$/);
    await page.locator('#recherche-resultats li').first().waitFor();
    assert.equal(await page.locator('#recherche-essayez').isVisible(), false, 'no « Essayez : Sheila grand »');
    assert.deepEqual(problems, []);
  });
});

/**
 * Review 34: an article whose lede holds the query word is about it; one whose text mentions it
 * once in passing is not. Both of the Retraites topic, the passing mention in a shorter text,
 * which Pagefind's relevance favours when the lede's words weigh as the body's; and a nursing
 * home outside the topic, which Pagefind ranks first (its title and three mentions).
 */
const ledes = servedSearchSite('ledes', (work) => {
  const content = join(work, 'content');
  mkdirSync(content);
  const filler = 'Les sénateurs ont entendu les ministres, les rapporteurs et les représentants des syndicats pendant deux jours de débats souvent tendus, avant un vote prévu à la fin du mois. Le calendrier reste serré et plusieurs amendements doivent encore être examinés en commission.';
  const articles: [string, string, string, string?][] = [
    ['2024-03-01-senat', 'Le Sénat examine le texte du gouvernement', `La réforme des retraites arrive au Sénat mardi.\n\n${filler}\n\n${filler.replace('deux jours', 'trois jours')}`],
    ['2024-03-02-budget', 'Le conseil municipal vote son budget', `Le conseil a voté le budget de la commune jeudi soir.\n\n${filler.replace('sénateurs', 'élus').replace(', avant un vote prévu à la fin du mois', '')} Les retraites des agents y sont comprises.`],
    ['2024-03-03-ehpad', 'Drame dans une maison de retraite', 'La maison de retraite de la ville est en deuil. Les résidents de la maison de retraite, et le personnel de cette maison de retraite, se souviennent.', 'Santé'],
  ];
  for (const [name, title, text, topic = 'Retraites'] of articles) writeFileSync(join(content, `${name}.md`), `---\ntitle: "${title}"\ndate: ${name.slice(0, 10)}\ntopics: [${topic}]\n---\n${text}\n`);
  return content;
});

const [SENAT, BUDGET, EHPAD] = ['Le Sénat examine le texte du gouvernement', 'Le conseil municipal vote son budget', 'Drame dans une maison de retraite'];

describe('ranking by the lede', () => {
  test('review 34: an article whose lede holds the query word comes before one that mentions it once in passing', async (t) => {
    if (!ledes.browser) return t.skip(ledes.skipReason);
    const { page, problems } = await openSearchPage(ledes.browser!);
    for (const q of ['retraites', 'retraite']) {
      await page.goto(`${ledes.url}recherche/?q=${q}`);
      await status(page, new RegExp(`^3 résultats pour «\u202f${q}\u202f»\\.$`, 'u'));
      assert.deepEqual(await page.locator('#recherche-resultats h2').allTextContents(), [SENAT, BUDGET, EHPAD], q);
    }
    assert.deepEqual(problems, []);
  });

  test('review 34: a typo corrected into a word lists its results in the order the word submitted gives them (the topic’s articles first)', async (t) => {
    if (!ledes.browser) return t.skip(ledes.skipReason);
    const { page, problems } = await openSearchPage(ledes.browser!);
    const lists: string[][] = [];
    for (const [q, said] of [['retraites', /^3 résultats pour «\u202fretraites\u202f»\.$/u], ['retraittes', /^Aucun résultat pour «\u202fretraittes\u202f»\u00a0; 3 résultats pour «\u202fretraites\u202f»\.$/u]] as const) {
      await page.goto(`${ledes.url}recherche/?q=${q}`);
      await status(page, said);
      lists.push(await page.locator('#recherche-resultats h2').allTextContents());
    }
    // The correction listed Pagefind's order, the nursing home first.
    assert.deepEqual(lists, [[SENAT, BUDGET, EHPAD], [SENAT, BUDGET, EHPAD]]);
    assert.deepEqual(problems, []);
  });

  test('review 36: a typo corrected into a word is named once, by the status line, not again by « Essayez »', async (t) => {
    if (!ledes.browser) return t.skip(ledes.skipReason);
    const { page, problems } = await openSearchPage(ledes.browser!);
    await page.goto(`${ledes.url}recherche/?q=retraittes`);
    await status(page, /^Aucun résultat pour «\u202fretraittes\u202f»\u00a0; 3 résultats pour «\u202fretraites\u202f»\.$/u);
    // « Essayez » would come as soon as the word list is read (it is, for the search): the filter counts come later.
    await page.waitForFunction(() => /\(\d+\)/.test(document.getElementById('recherche-annee')!.textContent ?? ''), null, { timeout: 15_000 });
    const essayez = page.locator('#recherche-essayez');
    assert.ok(!(await essayez.isVisible()) || !/retraites/.test((await essayez.textContent()) ?? ''), await essayez.textContent() ?? '');
    assert.deepEqual(problems, []);
  });
});

/**
 * A name two articles misspell (« Glucksman ») and a dozen spell right: the misspelling is a
 * word of the archive's list, far down it, and the name near its top. And a word in the singular
 * and the plural, which Pagefind's stemmer makes two stems (« passager » `passag`, « passagers »
 * `passager`).
 */
const misspelt = servedSearchSite('misspelt', (work) => {
  const content = join(work, 'content');
  mkdirSync(content);
  const crowd = 'Le député européen a rencontré les militants, les électeurs, les journalistes et les syndicalistes lors de la réunion publique organisée mardi soir dans la salle municipale de la commune voisine, devant plusieurs centaines de personnes venues nombreuses malgré la pluie battante. Les habitants ont posé des questions sur les transports, la santé, le logement, les écoles et les commerces du quartier.';
  for (let i = 1; i <= 12; i++) {
    const [title, said] = i === 1 ? ['Raphaël Glucksmann confirme sa candidature', 'Il a confirmé sa candidature aux élections européennes.'] : [`Raphaël Glucksmann en campagne (${i})`, 'Il a parlé du climat et de l’agriculture.'];
    writeFileSync(join(content, `2024-05-${String(i).padStart(2, '0')}-campagne.md`), `---\ntitle: "${title}"\ndate: 2024-05-${String(i).padStart(2, '0')}\n---\nRaphaël Glucksmann était en campagne. ${said} ${i <= 8 ? crowd : ''}\n`);
  }
  for (const [name, title, text] of [
    ['2024-07-01-raciste', 'Un passager raciste débarqué d’un avion', 'Le passager a été débarqué de l’avion avant le décollage.'],
    ['2024-07-02-aeroport', 'Des passagers bloqués à l’aéroport', 'Les passagers attendent depuis six heures ; un passager a fait un malaise.'],
    ['2024-07-03-evacuation', 'Les passagers d’un avion évacués', 'Les passagers de l’avion ont été évacués sur la piste.'],
  ] as const) writeFileSync(join(content, `${name}.md`), `---\ntitle: "${title}"\ndate: ${name.slice(0, 10)}\n---\n${text}\n`);
  // An article of 2023 that writes « 2024 »: `Glucksmann 2024` finds it with those of 2024.
  writeFileSync(join(content, '2023-11-20-liste.md'), '---\ntitle: "Une tête de liste désignée"\ndate: 2023-11-20\n---\nRaphaël Glucksmann mènera la liste aux européennes de 2024.\n');
  for (const i of [1, 2]) {
    writeFileSync(join(content, `2024-06-0${i}-livre.md`), `---\ntitle: "Un essayiste en tournée (${i})"\ndate: 2024-06-0${i}\n---\nL’essayiste Raphaël Glucksman présente son livre à la librairie du centre.\n`);
  }
  return content;
});

describe('a name misspelt', () => {
  test('a query with a name as a few articles misspell it finds nothing as typed: the name’s articles holding the other word are shown as a correction (the thirteenth reader’s review)', async (t) => {
    if (!misspelt.browser) return t.skip(misspelt.skipReason);
    const { page, problems } = await openSearchPage(misspelt.browser!);
    await page.goto(`${misspelt.url}recherche/?q=${encodeURIComponent('glucksman candidature')}`);
    await status(page, /^Aucun résultat pour «\u202fglucksman candidature\u202f»\u00a0; 1 résultat pour «\u202fGlucksmann candidature\u202f»\.$/u);
    assert.deepEqual(await titles(page), ['Raphaël Glucksmann confirme sa candidature']);
    // The misspelling alone finds the articles that hold it, uncorrected.
    await page.goto(`${misspelt.url}recherche/?q=glucksman`);
    await status(page, /^2 résultats pour «\u202fglucksman\u202f»\.$/u);
    // A query whose other word the archive lacks is not corrected into the name's articles alone.
    await page.goto(`${misspelt.url}recherche/?q=${encodeURIComponent('glucksmann zzzz')}`);
    await status(page, /^Aucun résultat pour «\u202fglucksmann zzzz\u202f»\.$/u);
    assert.deepEqual(problems, []);
  });

  test('review 35: a letter dropped near a word’s end finds nothing as typed, and the word’s articles are shown as a correction', async (t) => {
    if (!misspelt.browser) return t.skip(misspelt.skipReason);
    const { page, problems } = await openSearchPage(misspelt.browser!);
    // Pagefind answers `journalite` by its longest indexed start, `journali`, whose « journalistes » share all
    // but its last two letters: the page listed them as « 8 résultats pour « journalite » ».
    await page.goto(`${misspelt.url}recherche/?q=journalite`);
    await status(page, /^Aucun résultat pour «\u202fjournalite\u202f»\u00a0; 8 résultats pour «\u202fjournalistes\u202f»\.$/u);
    // Pagefind's exact search, which tells whether the archive holds a word, matches stems: `"persones"` found the
    // « personnes » of 8 articles, and the page listed them as the word's own.
    await page.goto(`${misspelt.url}recherche/?q=persones`);
    await status(page, /^Aucun résultat pour «\u202fpersones\u202f»\u00a0; 8 résultats pour «\u202fpersonnes\u202f»\.$/u);
    // The word itself, and a word typed whole in the plural, are not taken for typos.
    await page.goto(`${misspelt.url}recherche/?q=journalistes`);
    await status(page, /^8 résultats pour «\u202fjournalistes\u202f»\.$/u);
    await page.goto(`${misspelt.url}recherche/?q=passager`);
    await status(page, /^3 résultats pour «\u202fpassager\u202f»\.$/u);
    assert.deepEqual(problems, []);
  });

  test('review 35: a year typed as a word is offered as the year filter, which the link chooses', async (t) => {
    if (!misspelt.browser) return t.skip(misspelt.skipReason);
    const { page, problems } = await openSearchPage(misspelt.browser!);
    // The year is searched as a word (each record holds its date): the articles of any year that write it.
    await page.goto(`${misspelt.url}recherche/?q=${encodeURIComponent('Glucksmann 2024')}`);
    await status(page, /^13 résultats pour «\u202fGlucksmann 2024\u202f»\.$/u);
    const offer = page.locator('#recherche-essayez');
    await offer.filter({ hasText: /^Essayez\u00a0: «\u202fGlucksmann\u202f» dans les articles de 2024$/u }).waitFor({ timeout: 15_000 });
    await offer.locator('a').click();
    await status(page, /^12 résultats pour «\u202fGlucksmann\u202f», avec les filtres choisis\.$/u);
    assert.equal(new URL(page.url()).search, '?q=Glucksmann&annee=2024');
    assert.equal(await page.locator('#recherche-annee').inputValue(), '2024');
    assert.ok(await offer.isHidden(), 'the year chosen, nothing more to offer');
    // Every article found is of the year typed: the filter would change nothing.
    await page.goto(`${misspelt.url}recherche/?q=${encodeURIComponent('passagers 2024')}`);
    await status(page, /^3 résultats pour «\u202fpassagers 2024\u202f»\.$/u);
    await page.waitForFunction(() => /2024 \(3\)/.test(document.getElementById('recherche-annee')!.textContent ?? ''), null, { timeout: 15_000 });
    assert.ok(await offer.isHidden());
    assert.deepEqual(problems, []);
  });

  test('review 36: the year offer, which comes with the filter counts, does not move the list of results', async (t) => {
    if (!misspelt.browser) return t.skip(misspelt.skipReason);
    const { page, problems } = await openSearchPage(misspelt.browser!);
    // The top of the first result when it is first on screen, before the counts (COUNTS_AFTER_MS).
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        const first = document.querySelector('#recherche-resultats li');
        if (!first) return;
        (window as unknown as { firstTop: number }).firstTop = first.getBoundingClientRect().top;
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${misspelt.url}recherche/?q=${encodeURIComponent('Glucksmann 2024')}`);
    await status(page, /^13 résultats pour «\u202fGlucksmann 2024\u202f»\.$/u);
    await page.locator('#recherche-essayez').filter({ hasText: /dans les articles de 2024$/u }).waitFor({ timeout: 15_000 });
    const [before, after] = await page.evaluate(() => [(window as unknown as { firstTop: number }).firstTop, document.querySelector('#recherche-resultats li')!.getBoundingClientRect().top]);
    assert.equal(after, before, 'the first result’s top, in CSS pixels, before and after the offer shows');
    assert.deepEqual(problems, []);
  });

  test('review 35: the filter counts count every result shown, a word’s other forms included', async (t) => {
    if (!misspelt.browser) return t.skip(misspelt.skipReason);
    const { page, problems } = await openSearchPage(misspelt.browser!);
    // Pagefind stems « passagers » `passager` and « passager » `passag`: counted as typed, the plural left out the
    // article that holds the singular only (« 2024 (2) » beside 3 results).
    await page.goto(`${misspelt.url}recherche/?q=passagers`);
    await status(page, /^3 résultats pour «\u202fpassagers\u202f»\.$/u);
    await page.waitForFunction(() => /2024 \(3\)/.test(document.getElementById('recherche-annee')!.textContent ?? ''), null, { timeout: 15_000 });
    assert.deepEqual(problems, []);
  });

  test('a word in the plural finds the articles that hold it in the singular, and the other way round (the thirteenth reader’s review)', async (t) => {
    if (!misspelt.browser) return t.skip(misspelt.skipReason);
    const { page, problems } = await openSearchPage(misspelt.browser!);
    for (const q of ['passagers avion', 'passager avion']) {
      await page.goto(`${misspelt.url}recherche/?q=${encodeURIComponent(q)}`);
      await status(page, new RegExp(`^2 résultats pour «\u202f${q}\u202f»\\.$`, 'u'));
      assert.deepEqual(await titles(page), ['Les passagers d’un avion évacués', 'Un passager raciste débarqué d’un avion'], q);
    }
    await page.goto(`${misspelt.url}recherche/?q=passagers`);
    await status(page, /^3 résultats pour «\u202fpassagers\u202f»\.$/u);
    // Typed key by key, the last word a word of the archive typed whole: the list its address gives (the fifteenth reader’s review).
    await page.goto(`${misspelt.url}recherche/`);
    await page.locator('#recherche-q').pressSequentially('avion passagers', { delay: 60 });
    await status(page, /^2 résultats pour «\u202favion passagers\u202f»\.$/u);
    assert.deepEqual(await titles(page), ['Les passagers d’un avion évacués', 'Un passager raciste débarqué d’un avion']);
    assert.deepEqual(problems, []);
  });
});
