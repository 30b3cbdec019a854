/**
 * Articles written for another site generator (Hugo, Jekyll), as a user moving an archive to
 * Kiosque brings them: TOML front matter, the standfirst in `description`, the summary divider
 * `<!--more-->`, comments, shortcodes and Liquid tags; and raw texts exported with labelled lines.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFrontMatter } from '../../../src/ingest/front-matter.ts';
import { withoutGeneratorMarks } from '../../../src/ingest/generator-marks.ts';
import { allParagraphs, article, rejected } from '../../helpers/content.ts';
import { uniqueUrls } from '../../../src/enrich/archive.ts';

const hugoPost = [
  '+++',
  'title = "Grève des éboueurs à Marseille"',
  'date = 2023-05-02T08:30:00+02:00 # mise en ligne',
  'tags = ["social", "Marseille"]',
  'draft = false',
  '',
  '[params]',
  'image = "poubelles.jpg"',
  '+++',
  'Les éboueurs de Marseille sont en grève depuis lundi, a indiqué la CGT.',
  '',
  '<!--more-->',
  '',
  '{{< figure src="poubelles.jpg" caption="Rue de Rome" >}}',
  '',
  'Les poubelles s’accumulent dans les rues du centre-ville.',
].join('\n');

test('TOML front matter (+++), as Hugo writes it: its keys are read as YAML ones are, its date as written', () => {
  const a = article('posts/greve.md', hugoPost);
  assert.equal(a.title, 'Grève des éboueurs à Marseille');
  assert.equal(a.titleOrigin, 'front-matter');
  assert.equal(a.date?.iso, '2023-05-02T08:30:00+02:00');
  assert.deepEqual(a.topics, ['social', 'Marseille']);
  assert.equal(a.draft, false);
  assert.equal(a.lede, 'Les éboueurs de Marseille sont en grève depuis lundi, a indiqué la CGT.');
  // A table of the front matter (`[params]`) is a key Kiosque does not read, reported on its line.
  assert.ok(a.diagnostics.some((d) => d.id === 'front-matter-unknown-key' && d.message.includes('params')));
  assert.ok(article('a.md', '+++\ntitle = "Brouillon"\ndraft = true\n+++\nPas prêt.').draft);
});

test('a TOML date is taken as written: an impossible one is refused, not moved to the next month', () => {
  // smol-toml alone reads 2023-02-30 as 2 March.
  const fm = readFrontMatter('+++\ntitle = "T"\ndate = 2023-02-30\n+++\nTexte.');
  assert.ok(fm.ok);
  assert.equal(fm.data.date, '2023-02-30');
  const errors = rejected('a.md', '+++\ntitle = "T"\ndate = 2023-02-30\n+++\nTexte.').filter((d) => d.level === 'error');
  assert.deepEqual(errors.map((d) => [d.id, d.line]), [['date-invalid', 3]]);
});

test('broken TOML front matter is refused with the line to look at; one never closed says so', () => {
  const broken = rejected('a.md', '+++\ntitle = "Grève\ndate = 2023-05-02\n+++\nTexte.');
  assert.deepEqual(broken.map((d) => [d.id, d.line]), [['front-matter-invalid', 2]]);
  assert.match(broken[0]!.message, /TOML/u);
  const open = rejected('a.md', '+++\ntitle = "T"\nTexte.');
  assert.match(open[0]!.message, /jamais fermé/u);
});

test('the summary divider and comments are never shown; a comment is reported as removed, the divider not at all', () => {
  const a = article('a.md', hugoPost);
  const shown = [a.lede, a.bodyHtml].join('\n');
  assert.doesNotMatch(shown, /more|<!--|--&gt;|!--/u);
  assert.ok(!a.diagnostics.some((d) => d.id === 'raw-html' || d.id === 'html-comment'));
  const commented = article('b.md', '---\ntitle: T\ndate: 2023-05-02\n---\nLe texte.\n\n<!-- À vérifier avec\nla rédaction -->\n\nLa suite.');
  assert.deepEqual(allParagraphs(commented), ['Le texte.', 'La suite.']);
  assert.deepEqual(commented.diagnostics.filter((d) => d.id === 'html-comment').map((d) => [d.level, d.line]), [['info', 7]]);
});

test('a shortcode that makes something is removed with a warning on its line; one that wraps text leaves the text', () => {
  const a = article('a.md', hugoPost);
  assert.doesNotMatch(a.bodyHtml ?? '', /figure|\{\{/u);
  assert.deepEqual(a.diagnostics.filter((d) => d.id === 'shortcode-dropped').map((d) => [d.level, d.line]), [['warning', 14]]);
  const wrapped = article('b.md', '---\ntitle: T\ndate: 2023-05-02\n---\nLe texte.\n\n{{% note %}}\nLa mairie n’a pas répondu.\n{{% /note %}}');
  assert.deepEqual(allParagraphs(wrapped), ['Le texte.', 'La mairie n’a pas répondu.']);
  assert.ok(!wrapped.diagnostics.some((d) => d.id === 'shortcode-dropped'));
  const liquid = article('c.md', '---\ntitle: T\ndate: 2023-05-02\n---\nLe texte.\n\n{% include video.html id="x" %}\n\nLa suite.');
  assert.deepEqual(allParagraphs(liquid), ['Le texte.', 'La suite.']);
  assert.match(liquid.diagnostics.find((d) => d.id === 'shortcode-dropped')!.message, /Liquid « include »/u);
});

test('marks inside code are left as written, and every line keeps its number', () => {
  const body = 'Avant.\n\n```\n{{< figure >}} <!-- x -->\n```\n\nUn `{{< ref >}}` cité.\n<!-- a\nb -->\nAprès.';
  const read = withoutGeneratorMarks(body);
  assert.equal(read.text.split('\n').length, body.split('\n').length);
  assert.ok(read.text.includes('{{< figure >}} <!-- x -->'));
  assert.ok(read.text.includes('`{{< ref >}}`'));
  assert.ok(!read.text.includes('<!-- a'));
  assert.deepEqual(read.comments, [{ line: 7, more: false }]);
});

test('the standfirst in the front matter (description, chapo, summary…) is the lede; the first paragraph stays in the text', () => {
  const a = article('a.md', '---\ntitle: Budget voté\ndate: 2023-03-14\ndescription: Le conseil municipal a adopté le budget.\n---\nMardi, après un long débat, les élus ont voté.\n\nLa suite.');
  assert.equal(a.lede, 'Le conseil municipal a adopté le budget.');
  assert.deepEqual(a.sections[0]!.paragraphs, ['Mardi, après un long débat, les élus ont voté.', 'La suite.']);
  assert.ok(!a.diagnostics.some((d) => d.id === 'front-matter-unknown-key'));
  // A description that is the first paragraph cut short: the paragraph is the lede, once.
  const cut = article('b.md', '---\ntitle: T\ndate: 2023-03-14\nsummary: "Le conseil municipal de Lyon a adopté mardi son budget pour 2023…"\n---\nLe conseil municipal de Lyon a adopté mardi son budget pour 2023, après un long débat.\n\nLa suite.');
  assert.equal(cut.lede, 'Le conseil municipal de Lyon a adopté mardi son budget pour 2023, après un long débat.');
  assert.deepEqual(cut.sections[0]!.paragraphs, ['La suite.']);
  const txt = article('c.txt', '---\ntitle: T\ndate: 2023-03-14\nchapo: Le conseil a voté.\n---\nMardi, les élus ont voté le budget de la ville.\nLa suite.');
  assert.equal(txt.lede, 'Le conseil a voté.');
  assert.deepEqual(txt.sections[0]!.paragraphs, ['Mardi, les élus ont voté le budget de la ville.', 'La suite.']);
});

test('Jekyll: a post in _drafts or with published: false is a draft; layout keys are set aside without a warning', () => {
  const inFolder = article('_drafts/un-billet.md', '---\nlayout: post\ntitle: Un billet\n---\nLe texte du billet en attente.');
  assert.equal(inFolder.draft, true);
  // Not published, so not « published undated ».
  assert.ok(!inFolder.diagnostics.some((d) => d.id === 'undated'));
  const unpublished = article('_posts/2023-05-03-pas-pret.md', '---\nlayout: post\ntitle: Pas prêt\npublished: false\n---\nLe texte.');
  assert.equal(unpublished.draft, true);
  assert.ok(!unpublished.diagnostics.some((d) => d.level === 'error'));
  const post = article('_posts/2023-05-02-greve.md', '---\nlayout: post\ntitle: Grève\npermalink: /2023/05/greve/\npublished: true\n---\nLes éboueurs sont en grève.');
  assert.equal(post.draft, false);
  assert.equal(post.date?.iso, '2023-05-02');
  assert.deepEqual(post.diagnostics.filter((d) => d.level === 'warning'), []);
  assert.deepEqual(post.diagnostics.filter((d) => d.id === 'front-matter-layout-keys').map((d) => d.line), [2]);
  // `published` holding a date is still the date.
  assert.equal(article('a.md', '---\ntitle: T\npublished: 2021-06-01\n---\nTexte.').date?.iso, '2021-06-01');
});

test('Hugo’s list of authors is the byline, names joined as French writes them', () => {
  assert.equal(article('a.md', '+++\ntitle = "T"\ndate = 2023-05-02\nauthors = ["Anne Dupont", "Marc Martin", "Léa Roux"]\n+++\nLe texte.').author, 'Anne Dupont, Marc Martin et Léa Roux');
  assert.equal(article('b.md', '---\ntitle: T\ndate: 2023-05-02\nauthor: [Anne Dupont]\n---\nLe texte.').author, 'Anne Dupont');
});

test('a raw text opening with labelled lines (Titre :, Date :, Auteur :, Source :) reads them as a front matter', () => {
  const a = article('depeche.txt', 'Titre : Les éboueurs de Marseille en grève\nDate : 2023-05-02\nAuteur : Marie Martin\nSource : La Provence\nMots-clés : Marseille, grève\n\nLes éboueurs de Marseille sont en grève depuis lundi.\nLes poubelles s’accumulent.');
  assert.deepEqual([a.title, a.titleOrigin, a.date?.iso, a.author, a.source], ['Les éboueurs de Marseille en grève', 'front-matter', '2023-05-02', 'Marie Martin', 'La Provence']);
  assert.deepEqual(a.topics, ['Marseille', 'grève']);
  assert.deepEqual(allParagraphs(a), ['Les éboueurs de Marseille sont en grève depuis lundi.', 'Les poubelles s’accumulent.']);
  assert.deepEqual(a.diagnostics.filter((d) => d.level !== 'info'), []);
  // An impossible date is refused at its line, as in a front matter.
  assert.deepEqual(rejected('b.txt', 'Titre : T\nDate : 2023-02-30\n\nLe texte.').filter((d) => d.level === 'error').map((d) => [d.id, d.line]), [['date-invalid', 2]]);
});

test('a first line that only looks labelled is text: one label other than the title, or a word no export uses', () => {
  const dated = article('a.txt', 'Date : le mariage qui a fait parler toute la ville\nLe texte de l’article, assez long pour être un paragraphe.');
  assert.equal(dated.titleOrigin, 'title-line');
  assert.equal(dated.title, 'Date : le mariage qui a fait parler toute la ville');
  const rubric = article('b.txt', 'Coronavirus : le point sur la situation\nSanté : les hôpitaux saturés\nLe texte de l’article.');
  assert.equal(rubric.title, 'Coronavirus : le point sur la situation');
});

test('Obsidian: a link between notes is its text, an embedded file is dropped with a warning', () => {
  const a = article('a.md', '---\ntitle: T\ndate: 2023-05-02\n---\nSelon [[Emmanuel Macron]], la réforme passera ; [[notes/budget#chiffres|le budget]] suivra.\n\n![[photo.jpg]]\n\nLa suite.');
  assert.deepEqual(allParagraphs(a), ['Selon Emmanuel Macron, la réforme passera ; le budget suivra.', 'La suite.']);
  assert.deepEqual(a.diagnostics.filter((d) => d.id === 'image-dropped').map((d) => d.line), [7]);
});

test('a slug written in the front matter is the article’s address, made an address when it is not one', () => {
  const hugo = article('posts/greve.md', '+++\ntitle = "Grève des éboueurs à Marseille"\ndate = 2023-05-02\nslug = "greve-eboueurs"\n+++\nLe texte.');
  assert.deepEqual([hugo.slug, hugo.url, hugo.slugWritten], ['greve-eboueurs', '/articles/2023/05/greve-eboueurs/', true]);
  assert.deepEqual(hugo.diagnostics.filter((d) => d.level !== 'info'), []);
  // Written with capitals and accents: the address keeps its words, with a note saying how it reads.
  const written = article('a.md', '---\ntitle: T\ndate: 2023-05-02\nslug: Grève Générale\n---\nLe texte.');
  assert.equal(written.url, '/articles/2023/05/greve-generale/');
  assert.deepEqual(written.diagnostics.filter((d) => d.id === 'slug-rewritten').map((d) => d.line), [4]);
  // Longer than a slug made from a title may be: an existing address is kept whole.
  const long = 'a'.repeat(30) + '-' + 'b'.repeat(60);
  assert.equal(article('b.md', `---\ntitle: T\ndate: 2023-05-02\nslug: ${long}\n---\nLe texte.`).slug, long);
  // Nothing of it can be an address: the title gives it, with a warning at its line.
  const empty = article('c.md', '---\ntitle: Le titre\ndate: 2023-05-02\nslug: "???"\n---\nLe texte.');
  assert.equal(empty.slug, 'le-titre');
  assert.equal(empty.slugWritten, undefined);
  assert.deepEqual(empty.diagnostics.filter((d) => d.level === 'warning').map((d) => [d.id, d.line]), [['slug-invalid', 4]]);
});

test('former addresses (Hugo’s aliases, Jekyll’s redirect_from) are read as site paths; one that cannot be a page is warned about', () => {
  const hugo = article('a.md', '---\ntitle: T\ndate: 2023-05-02\naliases:\n  - /posts/greve/\n  - /2019/03/greve.html\n  - /Posts/Grève\n  - /sujets/politique/\n  - relatif/greve\n  - /recherche?q=greve\n---\nLe texte.');
  assert.deepEqual(hugo.aliases, ['/posts/greve/', '/2019/03/greve.html']);
  assert.equal(hugo.aliasesLine, 4);
  const warned = hugo.diagnostics.filter((d) => d.id === 'alias-invalid');
  assert.equal(warned.length, 4);
  assert.ok(warned.every((d) => d.level === 'warning' && d.line === 4));
  assert.match(warned.map((d) => d.message).join('\n'), /« \/sujets\/politique\/ » ignorée : une page du site a déjà cette adresse/);
  // Jekyll's key, one path without its trailing slash: a folder, as static hosts serve it.
  const jekyll = article('b.md', '---\ntitle: T\ndate: 2023-05-02\nredirect_from: /2023/05/02/greve\n---\nLe texte.');
  assert.deepEqual(jekyll.aliases, ['/2023/05/02/greve/']);
  assert.deepEqual(jekyll.diagnostics.filter((d) => d.level === 'warning'), []);
  for (const home of ['/', '/index.html', '//autre-site.fr/page/', '/a/../b/']) {
    assert.equal(article('c.md', `---\ntitle: T\ndate: 2023-05-02\naliases: ["${home}"]\n---\nLe texte.`).aliases, undefined, home);
  }
});

test('an unclosed bracket in a front matter is reported on the line that opens it (the twelfth reader’s review); a bracket in a text is text', () => {
  const errors = rejected('a.md', '---\ntitle: Le titre\ntopics: [politique, santé\ndate: 2024-03-05\n---\nLe texte.\n').filter((d) => d.level === 'error');
  assert.deepEqual(errors.map((d) => [d.id, d.line]), [['front-matter-invalid', 3]]);
  assert.match(errors[0]!.message, /crochet ouvert sur cette ligne n’est jamais fermé \(lecture arrêtée ligne 4\)/u);
  const text = rejected('b.md', '---\ntitle: Le [direct de la nuit\nsource: "Le Monde\ndate: 2024-03-05\n---\nLe texte.\n').filter((d) => d.level === 'error');
  assert.deepEqual(text.map((d) => d.line), [3]);
});

test('a former address written as its index.html is the folder: one page, however written (the fourteenth reader’s review)', () => {
  assert.deepEqual(article('a.md', '---\ntitle: T\ndate: 2023-05-02\naliases: [/x/, /x/index.html, /y/index.htm]\n---\nLe texte.').aliases, ['/x/', '/y/']);
  const [a, b] = uniqueUrls([
    article('a.md', '---\ntitle: Article A\ndate: 2024-03-01\n---\nUn.'),
    article('b.md', '---\ntitle: B\ndate: 2024-03-02\naliases: [/articles/2024/03/article-a/index.html]\n---\nDeux.'),
  ]);
  assert.equal(a!.url, '/articles/2024/03/article-a/');
  assert.equal(b!.aliases, undefined);
  assert.deepEqual(b!.diagnostics.filter((d) => d.id === 'alias-taken').map((d) => d.level), ['warning']);
});

test('Hugo’s aliases and Jekyll’s redirect_from are both read; a url or a permalink that is a path of the former site is a former address too', () => {
  const both = article('a.md', '---\ntitle: T\ndate: 2023-05-02\nredirect_from: [/2023/05/02/manif.html, /blog/manif/]\naliases: [/articles/2023/05/manif/]\n---\nLe texte.');
  assert.deepEqual(both.aliases, ['/articles/2023/05/manif/', '/2023/05/02/manif.html', '/blog/manif/']);
  assert.deepEqual(both.diagnostics.filter((d) => d.level !== 'info'), []);
  const hugo = article('b.md', '+++\ntitle = "Accord"\ndate = 2024-04-02\nurl = "/2024/04/accord-climat/"\n+++\nLe texte.');
  assert.deepEqual([hugo.aliases, hugo.originalUrl], [['/2024/04/accord-climat/'], undefined]);
  assert.deepEqual(hugo.diagnostics.map((d) => [d.id, d.level, d.line]), [['former-address', 'info', 4]]);
  const jekyll = article('c.md', '---\nlayout: post\ntitle: Vote\ndate: 2023-05-10\npermalink: /2023/05/10/vote/\n---\nLe texte.');
  assert.deepEqual(jekyll.aliases, ['/2023/05/10/vote/']);
  // A permalink of placeholders is no address: set aside as before.
  const pattern = article('d.md', '---\ntitle: Vote\ndate: 2023-05-10\npermalink: /:year/:title/\n---\nLe texte.');
  assert.equal(pattern.aliases, undefined);
  assert.deepEqual(pattern.diagnostics.map((d) => d.id), ['front-matter-layout-keys']);
});

test('a slug front matter above labelled lines: both are read (the fourteenth reader’s review)', () => {
  const a = article('rentree.txt', '---\nslug: rentree-tendue\n---\nTitre : Rentrée scolaire sous tension\nDate : 2023-09-04\nSource : AFP\n\nLes enseignants sont en grève ce lundi.\n');
  assert.deepEqual([a.title, a.url, a.source, a.lede], ['Rentrée scolaire sous tension', '/articles/2023/09/rentree-tendue/', 'AFP', 'Les enseignants sont en grève ce lundi.']);
  const bad = rejected('b.txt', '---\nslug: s\n---\nTitre : T\nDate : 2023-02-30\n\nLe texte.\n').filter((d) => d.level === 'error');
  assert.deepEqual(bad.map((d) => [d.id, d.line]), [['date-invalid', 5]]);
});

test('Medium and Substack: a title, a subtitle as a heading, then the date and the text: published, dated, its first paragraph the lede; a picture first is no lede (the thirty-first review)', () => {
  const text = 'Les prix alimentaires ont progressé de 12 % sur un an en février, selon l’Insee.';
  const a = article('inflation.md', `# Inflation : le panier des courses flambe\n\n## Les prix ont augmenté de 12 % en un an\n\nPublié le 3 mars 2022\n\n![Un rayon de supermarché](https://cdn.example.com/a.jpeg)\n\n${text}\n\nLa guerre en Ukraine a accéléré le mouvement.\n`);
  assert.deepEqual([a.title, a.date?.iso, a.lede], ['Inflation : le panier des courses flambe', '2022-03-03', text]);
  assert.ok(a.sections.some((s) => s.heading === 'Les prix ont augmenté de 12 % en un an'), 'the subtitle stays, as a heading');
  const b = article('contexte.md', '---\ntitle: Réforme\ndate: 2023-01-10\n---\n## Contexte\n\nLe gouvernement présente sa réforme.\n\nLes syndicats appellent à la grève.\n');
  assert.equal(b.lede, 'Le gouvernement présente sa réforme.', 'a text opening with a section heading');
});

test('WordPress’s post_status and Ghost’s or Pelican’s status: a post not published is a draft, without a warning about the key (the thirty-first review)', () => {
  for (const status of ['post_status: draft', 'post_status: pending', 'status: draft', 'status: Brouillon']) {
    const a = article('rentree.md', `---\ntitle: Rentrée\ndate: 2019-09-02\n${status}\n---\n[Paragraphe à compléter]`);
    assert.equal(a.draft, true, status);
    assert.ok(!a.diagnostics.some((d) => d.id === 'front-matter-unknown-key'), status);
  }
  for (const status of ['post_status: publish', 'status: published']) {
    const a = article('greve.md', `---\ntitle: Grève\ndate: 2019-09-02\n${status}\n---\nLes éboueurs sont en grève.`);
    assert.equal(a.draft, false, status);
    assert.deepEqual(a.diagnostics.filter((d) => d.level === 'warning'), [], status);
  }
});

test('Jekyll’s Liquid outputs: the site’s address in a link leaves the path, quietly; another output is removed with a warning on its line (the thirty-first review)', () => {
  const a = article('_posts/2023-05-12-retraites.md', '---\ntitle: Retraites\n---\nLe gouvernement présente sa réforme.\n\nLe texte sur [la réforme des retraites]({{ site.baseurl }}/dossiers/retraites/) continue.\n\nÉcrit par {{ page.author }} hier.\n');
  assert.match(a.bodyHtml ?? '', /<a href="\/dossiers\/retraites\/">la réforme des retraites<\/a>/u);
  assert.doesNotMatch(`${a.bodyHtml}${a.lede}`, /\{\{|\}\}/u);
  assert.deepEqual(a.diagnostics.filter((d) => d.id === 'shortcode-dropped').map((d) => [d.line, /Liquid « page\.author »/u.test(d.message)]), [[8, true]]);
});

test('Jekyll: categories and tags written as text are words apart, as Jekyll reads them, without a warning; elsewhere, one topic per comma (the thirty-first review)', () => {
  const post = article('_posts/2023-05-12-vote.md', '---\nlayout: post\ntitle: Vote\ncategories: politique france\n---\nLe texte.');
  assert.deepEqual(post.topics, ['politique', 'france']);
  assert.ok(!post.diagnostics.some((d) => d.id === 'topics-not-list'));
  const other = article('vote.md', '---\ntitle: Vote\ndate: 2023-05-12\ncategories: Faits divers\n---\nLe texte.');
  assert.deepEqual(other.topics, ['Faits divers']);
  assert.match(other.diagnostics.find((d) => d.id === 'topics-not-list')!.message, /categories devrait être une liste .* écrivez categories: \[Faits divers\]/u);
});

test('Pelican’s metadata lines, and a Notion export’s labelled lines under its « # Titre », read as a front matter, every line keeping its number (the thirty-first review)', () => {
  const pelican = article('content/sommet.md', 'Title: Sommet de Singapour\nDate: 2018-06-12 09:30\nModified: 2018-06-12 18:00\nCategory: International\nTags: diplomatie, Corée du Nord\nSlug: sommet-singapour\nAuthors: Antoine Roux\nSummary: Les deux dirigeants ont signé un document commun.\n\nDonald Trump et Kim Jong-un se sont serré la main.\n');
  assert.deepEqual([pelican.title, pelican.date?.iso.slice(0, 10), pelican.author, pelican.lede, pelican.url], ['Sommet de Singapour', '2018-06-12', 'Antoine Roux', 'Les deux dirigeants ont signé un document commun.', '/articles/2018/06/sommet-singapour/']);
  assert.deepEqual(pelican.topics, ['diplomatie', 'Corée du Nord', 'International']);
  const notion = article('notion/Brexit 8f2c.md', '# Brexit : le Royaume-Uni quitte l’Union\n\nDate: 31 janvier 2020\nAuteur: Paul Girard\nTags: International, Europe\n\nÀ minuit, le Royaume-Uni a quitté l’Union européenne.\n\nDes milliers de partisans ont célébré.\n');
  assert.deepEqual([notion.title, notion.date?.iso, notion.author, notion.lede], ['Brexit : le Royaume-Uni quitte l’Union', '2020-01-31', 'Paul Girard', 'À minuit, le Royaume-Uni a quitté l’Union européenne.']);
  const bad = rejected('notion/b.md', '# Titre\n\nDate: 31 février 2020\nAuteur: Paul Girard\n\nLe texte.\n');
  assert.equal(bad.find((d) => d.id === 'date-invalid')?.line, 3);
});

test('a WordPress export’s login as author (`admin`, `pierre.morel`) is no byline; a name is (the thirty-first review)', () => {
  for (const login of ['admin', 'redaction', 'pierre.morel']) {
    assert.equal(article('a.md', `---\ntitle: T\ndate: 2019-07-14\nauthor: ${login}\n---\nLe texte.`).author, undefined, login);
  }
  assert.equal(article('b.md', '---\ntitle: T\ndate: 2019-07-14\nauthor: Pierre Morel\n---\nLe texte.').author, 'Pierre Morel');
  assert.equal(article('c.md', '---\ntitle: T\ndate: 2019-07-14\nauthors: [admin, Anne Dupont]\n---\nLe texte.').author, 'Anne Dupont');
});

test('kramdown’s attribute lists and table of contents (`{: .lead}`, `* TOC` and `{:toc}`) are layout: never shown (the thirty-first review)', () => {
  const a = article('_posts/2023-05-12-vote.md', '---\nlayout: post\ntitle: Vote\n---\n* TOC\n{:toc}\n\nLe Parlement a voté la loi.\n{: .lead}\n\nLes débats ont duré trois jours.\n');
  assert.equal(a.lede, 'Le Parlement a voté la loi.');
  assert.deepEqual(allParagraphs(a), ['Le Parlement a voté la loi.', 'Les débats ont duré trois jours.']);
  assert.doesNotMatch(a.bodyHtml ?? '', /TOC|\{:/u);
});

test('a title with French typography’s « : » unquoted in YAML is refused with its line and the quotes to write (the thirty-first review)', () => {
  const [error] = rejected('_posts/2017-01-25-fillon.md', '---\nlayout: post\ntitle: Affaire Fillon : le parquet ouvre une enquête\ndate: 2017-01-25\n---\nLe texte.\n');
  assert.equal(error?.line, 3);
  assert.match(error?.message ?? '', /« title » contient « : ».* title: "Affaire Fillon : le parquet ouvre une enquête"/u);
  assert.equal(article('b.md', '---\ntitle: "Affaire Fillon : le parquet"\ndate: 2017-01-25\n---\nLe texte.').title, 'Affaire Fillon : le parquet');
});

test('a Medium export’s footer (« By … on January 9, 2024. », « Canonical link », « Exported from Medium on … ») is page debris (the thirty-first review)', () => {
  const a = article('medium/2024-01-09_attal.md', 'Gabriel Attal nommé Premier ministre\n====\n\nÀ 34 ans, il devient le plus jeune chef de gouvernement.\n\nLa composition du gouvernement est attendue.\n\nBy [La Rédaction](https://medium.com/@journal) on [January 9, 2024](https://medium.com/p/3f9a2b1c).\n\n[Canonical link](https://medium.com/p/3f9a2b1c)\n\nExported from [Medium](https://medium.com) on March 1, 2024.\n');
  assert.deepEqual(allParagraphs(a), ['À 34 ans, il devient le plus jeune chef de gouvernement.', 'La composition du gouvernement est attendue.']);
});
