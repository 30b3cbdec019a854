import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frenchTypography, frenchTypographyRich } from '../../../src/text/french-typography.ts';
import { frenchTypographyHtml } from '../../../src/text/french-typography-html.ts';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

test('a narrow no-break space goes before ; ! ? and a no-break space before :', () => {
  assert.equal(frenchTypography('Vraiment ? Oui ! Enfin ; bref : non'), `Vraiment${NNBSP}? Oui${NNBSP}! Enfin${NNBSP}; bref${NBSP}: non`);
  assert.equal(frenchTypography('Vraiment?'), `Vraiment${NNBSP}?`, 'a missing space is added');
});

test('apostrophes become typographic and straight double quotes become « » with narrow spaces', () => {
  assert.equal(frenchTypography("l'IA d'aujourd'hui"), 'l’IA d’aujourd’hui');
  assert.equal(frenchTypography('Il a dit "non", puis "peut-être".'), `Il a dit «${NNBSP}non${NNBSP}», puis «${NNBSP}peut-être${NNBSP}».`);
  assert.equal(frenchTypography('« oui »'), `«${NNBSP}oui${NNBSP}»`);
});

test('digit groups and percentages are kept on one line', () => {
  assert.equal(frenchTypography('5 000 candidats, 50 %'), `5${NNBSP}000 candidats, 50${NNBSP}%`);
  assert.equal(frenchTypography('85% du Smic, 0,5%.'), `85${NNBSP}% du Smic, 0,5${NNBSP}%.`, 'a percent sign glued to its number gets its space');
  assert.equal(frenchTypography('code 2%20 et a%20b'), 'code 2%20 et a%20b', 'not inside a code');
});

test('spaces a source misplaced around a comma or a full stop are put right; numbers, domains, initials and ellipses are left', () => {
  assert.equal(frenchTypography('a déclaré Apparu , invité du Grand rendez-vous'), 'a déclaré Apparu, invité du Grand rendez-vous');
  assert.equal(frenchTypography('la procédure » , explique le site'), `la procédure${NNBSP}», explique le site`);
  assert.equal(frenchTypography('pour fêter ses 88 ans .'), 'pour fêter ses 88 ans.');
  assert.equal(frenchTypography('à Downing Street,et c’est tout'), 'à Downing Street, et c’est tout');
  assert.equal(frenchTypography('une morbide agression.Interviewé par la presse'), 'une morbide agression. Interviewé par la presse');
  for (const kept of ['le site Orange.fr', 'M.Dupont', 'U.S.A', '3,5 millions', 'Il attend…', 'la plateforme .NET', 'ABC,def']) assert.equal(frenchTypography(kept), kept);
  assert.equal(frenchTypographyHtml('<p>Il a dit <b>non</b> , puis <i>oui</i>.Ensuite</p>'), '<p>Il a dit <b>non</b>, puis <i>oui</i>. Ensuite</p>');
});

test('a straight double quote typed for an elision’s apostrophe, and left unpaired, becomes one', () => {
  assert.equal(frenchTypography('Il a rappelé qu"il y a deux dimensions'), 'Il a rappelé qu’il y a deux dimensions');
  assert.equal(frenchTypography('pour l"\'alerter sur les risques'), 'pour l’alerter sur les risques');
  assert.equal(frenchTypography('la lettre "d" et le plan "B"'), `la lettre «${NNBSP}d${NNBSP}» et le plan «${NNBSP}B${NNBSP}»`, 'a letter quoted alone is no elision');
});

test('a price keeps its currency sign on its line', () => {
  assert.equal(frenchTypography('0,2516 €, 12€ le kilo, 3 M€ et 40 Mds€, 5 $ ou 2£'), `0,2516${NNBSP}€, 12${NNBSP}€ le kilo, 3${NNBSP}M€ et 40${NNBSP}Mds€, 5${NNBSP}$ ou 2${NNBSP}£`);
  for (const kept of ['US$ 5', 'le $HOME', '€uros', 'Mme€']) assert.equal(frenchTypography(kept), kept);
});

test('thousands written with dots get narrow no-break spaces; versions, addresses and dates keep their dots', () => {
  assert.equal(frenchTypography('plus de 200.000 contrôles, 1.500,50 euros, 1.000.000 de personnes, score 3.000.'), `plus de 200${NNBSP}000 contrôles, 1${NNBSP}500,50 euros, 1${NNBSP}000${NNBSP}000 de personnes, score 3${NNBSP}000.`);
  for (const kept of ['version 1.2.300', 'IP 192.168.1.1', '2.5 millions', 'le 12.03.2020', 'https://x.fr/a?id=200.000', 'Windows 3.1']) assert.equal(frenchTypography(kept), kept);
  assert.equal(frenchTypographyHtml('<p>Les <b>12.500</b> agents</p>'), `<p>Les <b>12${NNBSP}500</b> agents</p>`);
});

test('words French writes with œ get it back: « coeur », « l’oeuvre », « Oedipe »; names, « moelle », « Boeing » keep their letters', () => {
  assert.equal(frenchTypography("Le coeur de l'oeuvre, ses soeurs, des voeux, une manoeuvre écoeurante."), 'Le cœur de l’œuvre, ses sœurs, des vœux, une manœuvre écœurante.');
  assert.equal(frenchTypography('Oedipe et Oeuvres'), 'Œdipe et Œuvres');
  for (const kept of ['Éric Woerth, Jean Lecoeuvre, la moelle, un coefficient, un Boeing, Joe, COEUR']) assert.equal(frenchTypography(kept), kept);
});

test('web addresses are left exactly as written', () => {
  const url = 'https://example.org/conseil?seance=2024-02-15&x=1:2';
  assert.equal(frenchTypography(`Voir ${url} : c'est public`), `Voir ${url}${NBSP}: c’est public`);
});

test('text split by inline tags is set as one run', () => {
  assert.equal(frenchTypographyHtml('<p>Il dit <em>&quot;oui</em>&quot; ?</p>'), `<p>Il dit <em>«${NNBSP}oui</em>${NNBSP}»${NNBSP}?</p>`);
  assert.equal(frenchTypographyHtml('<p><strong>5</strong> 000 habitants</p>'), `<p><strong>5</strong>${NNBSP}000 habitants</p>`, 'a digit group split by a tag');
});

test('issue 15: a quote after an elision or a colon opens, at a line start opens, and nests as “ ”', () => {
  assert.equal(frenchTypography(`l'"impardonnable" trahison`), `l’«${NNBSP}impardonnable${NNBSP}» trahison`);
  assert.equal(frenchTypography('Il a lancé: "Je reste"'), `Il a lancé${NBSP}: «${NNBSP}Je reste${NNBSP}»`);
  assert.equal(frenchTypography('Il a lancé :"Je reste".'), `Il a lancé${NBSP}: «${NNBSP}Je reste${NNBSP}».`);
  assert.equal(frenchTypography('"Non" dit-il'), `«${NNBSP}Non${NNBSP}» dit-il`);
  assert.equal(frenchTypography('"Il parle de "réforme" ici", dit-il'), `«${NNBSP}Il parle de “réforme” ici${NNBSP}», dit-il`);
  assert.equal(frenchTypography('« Il parle de "réforme" ici »'), `«${NNBSP}Il parle de “réforme” ici${NNBSP}»`);
  assert.equal(frenchTypography('" Oui ", dit-elle'), `«${NNBSP}Oui${NNBSP}», dit-elle`, 'spaces inside the quotes');
});

test('straight single quotes used as quotation marks become « », or “ ” inside « »; apostrophes and lone ones do not', () => {
  assert.equal(frenchTypography("je n'ai pas parlé à 'Paris Match'. Mon épouse"), `je n’ai pas parlé à «${NNBSP}Paris Match${NNBSP}». Mon épouse`);
  assert.equal(frenchTypography("« Il a dit : 'remplis le sac, c'est un braquage' », raconte"), `«${NNBSP}Il a dit${NBSP}: “remplis le sac, c’est un braquage”${NNBSP}», raconte`);
  assert.equal(frenchTypography("les ''gilets jaunes'' ont manifesté"), `les «${NNBSP}gilets jaunes${NNBSP}» ont manifesté`, 'two single quotes for a double one');
  assert.equal(frenchTypography("ce qu'on nomme l''état de nature'"), `ce qu’on nomme l’«${NNBSP}état de nature${NNBSP}»`, 'an elision before the quotation');
  assert.equal(frenchTypography("en mai '68, les étudiants' cris"), "en mai '68, les étudiants' cris", 'a cut year opens nothing');
  assert.equal(frenchTypography("les fans' cris"), "les fans' cris", 'a lone quote stays');
  assert.equal(frenchTypography("« a 'b » c'"), `«${NNBSP}a 'b${NNBSP}» c'`, 'a pair never crosses guillemets');
});

test('a quote glued to the next word closes the quotation left open and gets its space; after an elision it is a scraped apostrophe, set as one', () => {
  assert.equal(frenchTypography('en vigilance orange "neige-verglas"par Météo France'), `en vigilance orange «${NNBSP}neige-verglas${NNBSP}» par Météo France`);
  assert.equal(frenchTypography('"Bonjour. J"espère que ça va"'), `«${NNBSP}Bonjour. J’espère que ça va${NNBSP}»`);
  assert.equal(frenchTypography('Il vient "aujourd"hui" ou jusqu"à demain'), `Il vient «${NNBSP}aujourd’hui${NNBSP}» ou jusqu’à demain`);
});

test('a quote that cannot be paired stays straight instead of becoming a wrong guillemet', () => {
  assert.equal(frenchTypography('un écran de 12" seulement'), 'un écran de 12" seulement');
  assert.equal(frenchTypography('Il dit "oui, et part'), 'Il dit "oui, et part');
});

test('three dots become an ellipsis, but not four or more, and never inside a web address', () => {
  assert.equal(frenchTypography('Et puis... rien'), 'Et puis… rien');
  assert.equal(frenchTypography('Quoi....'), 'Quoi....');
  assert.equal(frenchTypography('Voir https://a.fr/x...y puis...'), 'Voir https://a.fr/x...y puis…');
});

test('ordinals are raised in rich text only: 1er, 1re, 2e, XIXe, François Ier; never Le, Ce, Me', () => {
  assert.equal(frenchTypographyRich('Le 1er mai, la 1re fois, le 2e tour, au XIXe siècle, François Ier, la Ve République'),
    'Le 1<sup>er</sup> mai, la 1<sup>re</sup> fois, le 2<sup>e</sup> tour, au XIX<sup>e</sup> siècle, François I<sup>er</sup>, la V<sup>e</sup> République');
  assert.equal(frenchTypography('Le 1er mai'), 'Le 1er mai', 'plain text (titles, attributes) keeps the letters on the line');
  for (const text of ['Le Ce De Me Ver Vie Mme', 'A4e 3,5e 12345e 1e10 x2e', 'Ixe XIXeme']) assert.equal(frenchTypographyRich(text), text);
  assert.equal(frenchTypographyRich('a < b & "c"'), `a &lt; b &amp; «${NNBSP}c${NNBSP}»`, 'rich text is escaped');
});

test('text with nothing to set comes back as it is', () => {
  for (const text of ['Économie', 'Orange avec AFP', 'Faits divers', '', 'www.example.org']) assert.equal(frenchTypography(text), text);
});

test('Markdown HTML: text is set, tags, link targets and code are not', () => {
  const html = '<p>Il dit <em>&quot;non&quot;</em> ? Voir <a href="https://a.fr/?q=1:2">le site</a> : <code>a ; b &quot;c&quot;</code></p>\n<pre><code>x ? y</code></pre>';
  assert.equal(
    frenchTypographyHtml(html),
    `<p>Il dit <em>«${NNBSP}non${NNBSP}»</em>${NNBSP}? Voir <a href="https://a.fr/?q=1:2">le site</a>${NBSP}: <code>a ; b &quot;c&quot;</code></p>\n<pre><code>x ? y</code></pre>`,
  );
});

test('Markdown HTML: a quote that opens a paragraph opens, even after a closed one', () => {
  assert.equal(frenchTypographyHtml('<p>Fin.</p>\n<p>&quot;Début&quot;</p>'), `<p>Fin.</p>\n<p>«${NNBSP}Début${NNBSP}»</p>`);
  assert.equal(frenchTypographyHtml('<p>a &amp; b &lt;c&gt;</p>'), '<p>a &amp; b &lt;c&gt;</p>', 'entities stay escaped and are not read as a ;');
});

test('a fourth reader’s review: a quotation inside a quotation between AFP’s plus signs gets the French inner quotes; other plus signs stay', () => {
  assert.equal(frenchTypography('les mots +loi+ et +ordre+'), 'les mots “loi” et “ordre”');
  assert.equal(frenchTypography('« Mon père, +Pops+ Staples, disait +ce qui vient du cœur+ »'), '«\u202fMon père, “Pops” Staples, disait “ce qui vient du cœur”\u202f»');
  assert.equal(frenchTypography('C++, LGBT+, +3 % et a+b+c'), 'C++, LGBT+, +3\u202f% et a+b+c');
});

test('the ninth reader’s review: a hyphen between spaces is the dash of an aside or a range; a minus after « de » or « à », and a list’s hyphen, stay', () => {
  assert.equal(frenchTypography('les victimes - 31 hommes et huit femmes - ont été'), 'les victimes – 31 hommes et huit femmes – ont été');
  assert.equal(frenchTypography('Macron - Le Pen (1895 - 1966)'), 'Macron – Le Pen (1895 – 1966)');
  assert.equal(frenchTypography('de l’ordre de - 18 et à - 5 degrés'), 'de l’ordre de - 18 et à - 5 degrés');
  assert.equal(frenchTypography('(59 %, - 5 points), soit - 2,1 %'), '(59\u202f%, - 5 points), soit - 2,1\u202f%');
  assert.equal(frenchTypography('- premier point, a-b, a -b, a- b'), '- premier point, a-b, a -b, a- b');
  assert.equal(frenchTypographyHtml('<p>un <em>aparté</em> - dit-il - ici</p>'), '<p>un <em>aparté</em> – dit-il – ici</p>');
});

test('a straight double quote doubled against a word, a scraper’s escape, is one quote (the twenty-first reader’s review: « de "« différends irréconciliables » »)', () => {
  assert.equal(frenchTypography('le divorce en raison de ""différends irréconciliables" rapporte le site'), `le divorce en raison de «${NNBSP}différends irréconciliables${NNBSP}» rapporte le site`);
  assert.equal(frenchTypography('il parle de "fusion"", dit-il'), `il parle de «${NNBSP}fusion${NNBSP}», dit-il`);
});

test('with no quotation open, a quote glued to the word before opens one, and so does one whose space came after it: set with a space before, when a later quote closes it; an inch’s mark stays', () => {
  assert.equal(frenchTypography('il a appelé"tous les Français" à venir'), `il a appelé «${NNBSP}tous les Français${NNBSP}» à venir`);
  assert.equal(frenchTypography('pour lui" dégager le nez et les yeux", la policière'), `pour lui «${NNBSP}dégager le nez et les yeux${NNBSP}», la policière`);
  // Nothing closes it: left as written.
  assert.equal(frenchTypography('il a appelé"tous les Français à venir'), 'il a appelé"tous les Français à venir');
  assert.equal(frenchTypography('des jantes de 20" Alpina (21" en option)'), 'des jantes de 20" Alpina (21" en option)');
});
