import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core } from '../../search/core.ts';

test('the URL holds the whole search state, and reads back the same', () => {
  const state = { q: 'l’eau potable', filters: { sujet: 'sante', annee: '2024', source: 'AFP & co' }, tri: 'ancien' };
  const search = core.writeState(state);
  assert.equal(search, '?q=l%E2%80%99eau+potable&sujet=sante&annee=2024&source=AFP+%26+co&tri=ancien');
  assert.deepEqual(core.readState(search), state);
});

test('empty parameters are left out, unknown sorts and parameters ignored', () => {
  assert.equal(core.writeState({ q: '  ', filters: {}, tri: '' }), '');
  assert.deepEqual(core.readState('?q=&sujet=&tri=hasard&page=3'), { q: '', filters: {}, tri: '' });
});

test('the term given to Pagefind drops elisions and ligatures, keeps phrases', () => {
  assert.equal(core.pagefindTerm('  L’intelligence  d’IA '), 'intelligence IA');
  assert.equal(core.pagefindTerm("qu'il jusqu’à aujourd’hui"), 'il à aujourd’hui');
  assert.equal(core.pagefindTerm('Cœur'), 'Coeur');
  assert.equal(core.pagefindTerm('« fin du monde »'), '"fin du monde"');
  assert.equal(core.pagefindTerm(' \u00a0 '), null);
  // Pagefind's stemmer makes `PS` the prefix `p`: an acronym alone is searched as a whole word.
  assert.equal(core.pagefindTerm('l’IA'), '"IA"');
  assert.equal(core.pagefindTerm('PS'), '"PS"');
  assert.equal(core.pagefindTerm('ONU'), '"ONU"');
  assert.equal(core.pagefindTerm('ps'), 'ps', 'lower case may be the start of a word');
  assert.equal(core.pagefindTerm('PS Hamon'), 'PS Hamon', 'a phrase would need the words side by side');
  assert.equal(core.pagefindTerm('SNCF'), 'SNCF');
  // An emoji or a dash is in no article: `tesla 🚗` found nothing (the thirteenth reader’s review).
  assert.equal(core.pagefindTerm('tesla 🚗'), 'tesla');
  assert.equal(core.pagefindTerm('Macron — retraites 👍🏽'), 'Macron retraites');
  assert.equal(core.pagefindTerm('🚗'), null);
});

test('relevance by default; without words, the newest first', () => {
  assert.deepEqual(core.searchOptions({ q: 'eau', filters: {}, tri: '' }), { filters: {} });
  assert.deepEqual(core.searchOptions({ q: 'eau', filters: { annee: '2024' }, tri: 'ancien' }), { filters: { annee: '2024' }, sort: { ancien: 'asc' } });
  assert.deepEqual(core.searchOptions({ q: '', filters: { annee: '2024', sujet: 'x' }, tri: '' }, 'sujet'), { filters: { annee: '2024' }, sort: { recent: 'desc' } });
});

test('an excerpt becomes text parts: markup in the article stays text, marks are kept apart', () => {
  const parts = core.excerptParts('&lt;img src=x onerror=alert(1)&gt; l’ <mark>eau</mark> &amp;amp; <mark>d’ IA.</mark>');
  assert.deepEqual(parts, [
    { text: '<img src=x onerror=alert(1)> l’', mark: false },
    { text: 'eau', mark: true },
    { text: ' &amp; ', mark: false },
    { text: 'd’IA', mark: true },
    { text: '.', mark: false },
  ]);
  assert.deepEqual(core.excerptParts(''), []);
});

test('an excerpt’s spaces inside guillemets and before « ; : ! ? » are no-break again: no line starts with a closing guillemet', () => {
  assert.deepEqual(core.excerptParts('des « <mark>gilets</mark> <mark>jaunes</mark> » : oui !'), [
    { text: 'des «\u202f', mark: false }, { text: 'gilets', mark: true }, { text: ' ', mark: false }, { text: 'jaunes', mark: true }, { text: '\u202f»\u00a0: oui\u202f!', mark: false },
  ]);
});

test('only the space after an elided article is taken out of excerpts, highlighted or not', () => {
  assert.equal(core.restoreTypography('Il l’ a dit : ‘cité’ et jusqu’ à « l’ »'), 'Il l’a dit : ‘cité’ et jusqu’à « l’ »');
  assert.equal(core.restoreTypography("rock’n’ roll, Madrid’ et"), "rock’n’ roll, Madrid’ et");
  // The reader searching `l` (review 33 saw « dans l’ estomac », « L’ IGPN »).
  assert.equal(core.restoreTypography('dans <mark>l’</mark> estomac, <mark>L’</mark> <mark>IGPN</mark>'), 'dans <mark>l’</mark>estomac, <mark>L’</mark><mark>IGPN</mark>');
  assert.equal(core.restoreTypography('<mark>l’</mark> »'), '<mark>l’</mark> »');
});

test('an elided article typed alone is no search yet: it would list every article', () => {
  // Review 33: typing « l’Élysée », the page said « 1 956 résultats pour « l’ » » after two keys.
  assert.equal(core.pagefindTerm('l’'), null);
  assert.equal(core.pagefindTerm("qu'"), null);
  assert.equal(core.pagefindTerm('Président de l’'), 'Président de');
  assert.equal(core.pagefindTerm('l’É'), 'É');
});

test('an excerpt shown opens on a word and does not end on an elided article cut from its noun', () => {
  assert.deepEqual(core.trimmedExcerpt([{ text: '. Soupçonné de corruption', mark: false }]), [{ text: 'Soupçonné de corruption', mark: false }]);
  assert.deepEqual(core.trimmedExcerpt([{ text: 'selon le ', mark: false }, { text: 'secrétaire', mark: true }, { text: ' d’ ', mark: false }]), [{ text: 'selon le ', mark: false }, { text: 'secrétaire', mark: true }]);
  const whole = [{ text: 'L’IGPN a été saisie', mark: false }, { text: 'Paris', mark: true }];
  assert.deepEqual(core.trimmedExcerpt(whole), whole, 'an excerpt that opens and ends on words is left as it is');
  assert.deepEqual(core.trimmedExcerpt([{ text: '… et l’', mark: false }]), [{ text: '… et', mark: false }]);
});

test('French result counts', () => {
  assert.equal(core.statusText(0, ' eau ', 0), 'Aucun résultat pour «\u202feau\u202f».');
  assert.equal(core.statusText(1, 'eau', 0), '1 résultat pour «\u202feau\u202f».');
  assert.equal(core.statusText(1200, 'eau', 2), '1\u202f200 résultats pour «\u202feau\u202f», avec les filtres choisis.');
  assert.equal(core.statusText(3, '', 1), '3 articles avec les filtres choisis.');
  assert.equal(core.countOf(1, 'restant', 'restants'), '1 restant');
});

test('filter options: listed values in order, then the others by count; empty ones hidden unless chosen', () => {
  const known = [{ value: 'sante', label: 'Santé' }, { value: 'eco', label: 'Économie' }];
  assert.deepEqual(core.filterOptions(known, { eco: 3, afp: 1, reuters: 4, sante: 0 }, ''), [
    { value: 'eco', label: 'Économie', count: 3 },
    { value: 'reuters', label: 'reuters', count: 4 },
    { value: 'afp', label: 'afp', count: 1 },
  ]);
  assert.deepEqual(core.filterOptions(known, {}, 'sante'), [{ value: 'sante', label: 'Santé', count: 0 }]);
});

test('topic links come under the base path, for the topics the page lists only', () => {
  const labels = new Map([['sante', 'Santé'], ['../x', 'X']]);
  assert.deepEqual(core.topicLinks(['sante', 'inconnu', '../x', 1], labels, '/kiosque/'), [{ label: 'Santé', url: '/kiosque/sujets/sante/' }]);
  assert.deepEqual(core.topicLinks('sante', labels, '/'), []);
  assert.deepEqual(core.topicLinks(undefined, labels, '/'), []);
});

test('highlights leave out stop words and the punctuation around a word', () => {
  const marked = (excerpt: string) => core.excerptParts(excerpt).filter((p) => p.mark).map((p) => p.text);
  assert.deepEqual(marked('<mark>Marine</mark> <mark>Le</mark> <mark>Pen,</mark> et <mark>les</mark> <mark>l’</mark> <mark>(Pen)</mark>'), ['Marine', 'Pen', 'Pen']);
  assert.deepEqual(core.excerptParts('dit <mark>«Macron»</mark>.'), [{ text: 'dit «', mark: false }, { text: 'Macron', mark: true }, { text: '».', mark: false }]);
});

test('an ellipsis marks each side where the excerpt cuts the text', () => {
  assert.deepEqual(core.excerptCuts('Un deux  trois quatre', 'Un deux trois'), { before: false, after: true });
  assert.deepEqual(core.excerptCuts('Un deux trois quatre', 'deux trois'), { before: true, after: true });
  assert.deepEqual(core.excerptCuts('Un deux trois', 'Un deux trois'), { before: false, after: false });
});

test('a quoted query keeps one pair of guillemets in the status line', () => {
  assert.equal(core.statusText(3, '« réforme des retraites »', 0), '3 résultats pour «\u202fréforme des retraites\u202f».');
  assert.equal(core.statusText(3, '"réforme des retraites"', 0), '3 résultats pour «\u202fréforme des retraites\u202f».');
  assert.equal(core.statusText(0, '«réforme»', 0), 'Aucun résultat pour «\u202fréforme\u202f».');
});

test('« Essayez » proposes the closest known word for a typo, the more frequent on a tie', () => {
  assert.equal(core.editDistance('coronavirsu', 'coronavirus', 2), 1, 'a transposition is one edit');
  assert.equal(core.editDistance('macorn', 'macron', 2), 1);
  assert.equal(core.editDistance('abc', 'xyzuvw', 2), 3);
  const words = ['gouvernement', 'Macron', 'coronavirus', 'retraites', 'Marcon'];
  assert.equal(core.suggestion('Macorn', words), 'Macron');
  assert.equal(core.suggestion('coronavirsu', words), 'coronavirus');
  assert.equal(core.suggestion('la réforme des retraites', words), null, 'unknown words without a close one stay, known words too');
  assert.equal(core.suggestion('l’Macorn retraites', words), 'l’Macron retraites');
  assert.equal(core.suggestion('xylophone', words), null);
  // The word list holds no word under four letters: « ile » is not taken for a typo of « file ».
  assert.equal(core.suggestion('ile de france', ['file', 'france']), null);
  // A query that found nothing: a known word may give way to a close word far more frequent (« Philipe » is Gérard Philipe's).
  const list = ['Philippe', 'Edouard', ...Array.from({ length: 30 }, (_, i) => `mot${i}`), 'Philipe'];
  assert.equal(core.suggestion('Edouard Philipe', list), null, 'not while the query finds something');
  assert.equal(core.suggestion('Edouard Philipe', list, true), 'Edouard Philippe');
  assert.equal(core.suggestion('Edouard Philippe', list, true), null, 'the most frequent spelling stays');
  // The tenth reader’s review: a word the results highlight is no typo, even one the list lacks (« Lanta », « Viard »).
  const names = ['Santa', 'Karine', 'harcelée'];
  assert.equal(core.suggestion('koh lanta harcele', names, false, (w) => ['lanta', 'harcelee'].some((m) => m.startsWith(w))), null);
  assert.equal(core.suggestion('karin viard', names, false, (w) => w === 'viard'), 'Karine viard', 'a word not highlighted may still be a typo');
});

test('a word the archive holds (its lexicon) is kept, though the word list lacks it', () => {
  // « servaient » is in one article, too rare for the list, one edit from the listed « servait ».
  const words = ['servait', 'Macron', ...Array.from({ length: 30 }, (_, i) => `mot${i}`)];
  const held = (w: string) => w === 'servaient';
  assert.equal(core.suggestion('servaient', words), 'servait', 'without the lexicon, a typo of the listed word');
  assert.equal(core.suggestion('servaient', words, false, undefined, undefined, undefined, held), null);
  assert.equal(core.suggestion('servaient Macorn', words, false, undefined, undefined, undefined, held), 'servaient Macron', 'the other words are still corrected');
  assert.equal(core.suggestion('servaient', words, false, undefined, () => ['servait'], undefined, held), null, 'answered by another form');
  // The query found nothing with every word known: a held word the list lacks ranks below its end, replaced only by a
  // word ten times more frequent (here, among the first 3 of 33).
  assert.equal(core.suggestion('servaient', words, true, undefined, undefined, undefined, held), 'servait');
  assert.equal(core.suggestion('servaient', ['Macron', 'mot1', 'mot2', 'mot3', 'servait'], true, undefined, undefined, undefined, held), null);
  // A word farther than two edits never wins as if it were close (`mouvante` was searched as « malfaiteurs »: its
  // distance, cut off at one edit from « émouvante », read as two).
  assert.equal(core.suggestion('mouvante', ['émouvant', 'émouvante', 'malfaiteurs'], true), 'émouvante');
  // The words a suggestion replaces, as typed, which the page asks the lexicon about.
  assert.deepEqual(core.replacedWords('l’Macorn retraites Élyséé', 'l’Macron retraites Élysée'), ['Macorn', 'Élyséé']);
  assert.deepEqual(core.replacedWords('feme ile', 'femme ile'), ['feme']);
  assert.deepEqual(core.replacedWords('tst', 'test'), [], 'a word under four letters is never asked');
});

test('a query word answered only through a shorter word is suspect; plurals and phrases are not', () => {
  assert.deepEqual(core.markedWords(['l’ <mark>Eau</mark>, <mark>Élysée</mark> et <mark>le</mark>']), ['eau', 'elysee']);
  // Pagefind's fallback to the longest indexed prefix: `zzzqx` finds the Z of « 370Z ».
  assert.deepEqual(core.fallbackWords('zzzqx', ['z']), ['zzzqx']);
  assert.deepEqual(core.fallbackWords('Macorn', ['macdowell']), ['Macorn']);
  assert.deepEqual(core.fallbackWords('retraites', ['retraite']), [], 'a plural shares all but its last letters');
  assert.deepEqual(core.fallbackWords('chevaux', ['cheval']), []);
  assert.deepEqual(core.fallbackWords('retraites macorn', ['retraite', 'mac']), ['macorn']);
  assert.deepEqual(core.fallbackWords('gouvernemen', ['gouverner']), ['gouvernemen'], 'a word being typed is suspect too: the page looks it up in the word list');
  // Review 35: a letter dropped near the end shares all but two letters with the word Pagefind fell back to.
  assert.deepEqual(core.fallbackWords('gouvernemnt', ['gouvernement']), ['gouvernemnt']);
  assert.deepEqual(core.fallbackWords('vehicle', ['vehicule', 'vehicules']), ['vehicle']);
  assert.deepEqual(core.fallbackWords('manifestaton', ['manifestation', 'manifestants']), ['manifestaton']);
  assert.deepEqual(core.fallbackWords('gouvernem', ['gouvernement']), [], 'a word being typed starts a highlighted word');
  assert.deepEqual(core.fallbackWords('francaises', ['francais']), [], 'a form still answers');
  assert.deepEqual(core.fallbackWords('"zzzqx"', []), [], 'a phrase search is exact');
  assert.deepEqual(core.fallbackWords('le de xy', []), [], 'stop words and short words are not judged');
});

// Review 38: Pagefind matches each part of a compound and highlights it whole. Read whole, « Koh-Lanta » started no
// highlighted word with `lanta`, and `Lanta`, in 8 articles of 3,000, was searched as « Santa ».
test('a highlighted compound answers each of its parts: `lanta` is in « Koh-Lanta », `gaucho` in « islamo-gaucho »', () => {
  assert.deepEqual(core.markedWords(['la finale de <mark>Koh-Lanta,</mark> sur TF1']), ['koh', 'lanta']);
  assert.deepEqual(core.markedWords(['le <mark>Val-d’Oise</mark>']), ['val', 'oise']);
  assert.deepEqual(core.fallbackWords('lanta', core.markedWords(['<mark>Lanterne</mark>', 'de <mark>Koh-Lanta</mark>'])), []);
  assert.deepEqual(core.fallbackWords('Lanta', core.markedWords(['<mark>Lanterne</mark>'])), ['Lanta'], 'a word no highlight holds stays suspect');
  const listed = ['gauche', 'gauches', ...Array.from({ length: 40 }, (_, i) => `mot${i}x`)];
  assert.deepEqual(core.formsOnlyTypos('gaucho', core.markedWords(['un torrent d’insultes <mark>islamo-gaucho</mark>']), listed, false), []);
  assert.deepEqual(core.fallbackWords('gaucho', core.markedWords(['<mark>islamo-gaucho</mark>'])), []);
});

test('forms of one word are told from other words that start the same', () => {
  for (const [a, b] of <[string, string][]>[['tombe', 'tombees'], ['journal', 'journaux'], ['defend', 'defendre'], ['defend', 'defendu'], ['passes', 'passer'], ['finir', 'finit'], ['acteur', 'actrice'], ['actif', 'actives'], ['maitre', 'maitresse']]) {
    assert.ok(core.sameWord(a, b), `${a} and ${b}`);
    assert.ok(core.sameWord(b, a), `${b} and ${a}`);
  }
  for (const [a, b] of <[string, string][]>[['belle', 'belge'], ['finir', 'finale'], ['quart', 'quartier'], ['quart', 'quarante'], ['gendarme', 'gendarmerie'], ['entree', 'entreprise'], ['culte', 'culture'], ['souvenir', 'souvent'], ['parc', 'parce'], ['dur', 'durant'], ['pend', 'pendant']]) {
    assert.ok(!core.sameWord(a, b), `${a} and ${b}`);
  }
});

test('a highlighted word is judged a form of the query words or not', () => {
  assert.ok(core.isFormOf(['quart'], 'Quarts'));
  assert.ok(core.isFormOf(['quart', 'maitre'], 'maîtresse'));
  assert.ok(!core.isFormOf(['quart'], 'quartier'));
});

test('a finished word the archive lists is searched in its forms; a word being typed, a phrase or an unlisted word is not', () => {
  const listed = ['Belgique', 'belle', 'belles', 'belge', 'tombée', 'tombé', 'quartier', 'quart'];
  assert.deepEqual(core.wordForms('belle', listed, false), [['belle', 'belles']]);
  assert.deepEqual(core.wordForms('Tombé', listed, false), [['Tombé', 'tombée']], 'the word as typed first, then its other forms as the list writes them');
  assert.deepEqual(core.wordForms('belle quart', listed, true), [['belle', 'belles']], 'the last word may still be typed');
  assert.deepEqual(core.wordForms('belle quart', listed, false), [['belle', 'belles'], ['quart']]);
  assert.deepEqual(core.wordForms('"belle quart"', listed, false), [], 'a phrase is exact already');
  assert.deepEqual(core.wordForms('bel', listed, false), [], 'a word the list does not hold (rare, or being typed) stays as Pagefind answers it');
  assert.deepEqual(core.wordForms('le quart', listed, false), [['quart']], 'stop words are not narrowed');
});

test('filters alone search the word every record holds; a query word that starts it is dropped', () => {
  assert.equal(core.searchTerm(null), '0000000000');
  assert.equal(core.searchTerm('eau'), 'eau');
  assert.equal(core.pagefindTerm('00'), null, 'it would find every article');
  assert.equal(core.pagefindTerm('eau 000 2000 0,5'), 'eau 2000 0,5');
});

test('a corrected search says that the query found nothing and what was searched instead', () => {
  assert.equal(core.correctedText(2, 'macorn', 'Macron', 0), 'Aucun résultat pour «\u202fmacorn\u202f»\u00a0; 2 résultats pour «\u202fMacron\u202f».');
  assert.equal(core.correctedText(1, 'macorn', 'Macron', 1), 'Aucun résultat pour «\u202fmacorn\u202f»\u00a0; 1 résultat pour «\u202fMacron\u202f», avec les filtres choisis.');
});

test('namedTopic: a query naming a topic word for word, in any form, gives its slug; a longer query or another word does not', () => {
  const labels = new Map([['retraites', 'Retraites'], ['droits-des-femmes', 'Droits des femmes'], ['sante', 'Santé']]);
  assert.equal(core.namedTopic('retraites', labels), 'retraites');
  assert.equal(core.namedTopic('Retraite ', labels), 'retraites');
  assert.equal(core.namedTopic('droit des femmes', labels), 'droits-des-femmes');
  assert.equal(core.namedTopic('sante', labels), 'sante');
  assert.equal(core.namedTopic('réforme des retraites', labels), undefined);
  assert.equal(core.namedTopic('emploi', labels), undefined);
  assert.equal(core.namedTopic('', labels), undefined);
});

test('withoutTitle: what an excerpt holds of the title, and the full stop after it, is dropped; any other excerpt is left whole', () => {
  const content = 'Drame dans une maison de retraite. La maison de retraite de la ville est en deuil. Les résidents se souviennent.';
  const title = 'Drame dans une maison de retraite';
  // The excerpt starts inside the title.
  const tail = [{ text: 'une maison de ', mark: false }, { text: 'retraite', mark: true }, { text: '. La maison de ', mark: false }, { text: 'retraite', mark: true }, { text: ' de la ville', mark: false }];
  // What is left goes on with the text after it, up to the excerpt's length in words.
  assert.deepEqual(core.withoutTitle(tail, title, content, 'une maison de retraite. La maison de retraite de la ville', 10), { parts: [{ text: 'La maison de ', mark: false }, { text: 'retraite', mark: true }, { text: ' de la ville', mark: false }, { text: ' est en deuil.', mark: false }], cut: false, after: true });
  assert.deepEqual(core.withoutTitle(tail, title, content, 'une maison de retraite. La maison de retraite de la ville', 7), { parts: [{ text: 'La maison de ', mark: false }, { text: 'retraite', mark: true }, { text: ' de la ville', mark: false }], cut: false, after: true });
  // The excerpt starts with the whole title, spaces of another width; the text ends within the length.
  const whole = [{ text: 'Drame\u202fdans une maison de retraite. La maison', mark: false }];
  assert.deepEqual(core.withoutTitle(whole, title, content, 'Drame dans une maison de retraite. La maison'), { parts: [{ text: 'La maison', mark: false }, { text: ' de retraite de la ville est en deuil. Les résidents se souviennent.', mark: false }], cut: false, after: false });
  // An excerpt after the title, or a content that does not open with it, is left whole.
  const after = [{ text: 'Les résidents se souviennent.', mark: false }];
  assert.equal(core.withoutTitle(after, title, content, 'Les résidents se souviennent.').parts, after);
  assert.equal(core.withoutTitle(tail, 'Autre titre', content, 'une maison de retraite. La maison de retraite de la ville').parts, tail);
  // An excerpt within the title: the opening of the text after it.
  const inTitle = [{ text: 'une maison de ', mark: false }, { text: 'retraite', mark: true }, { text: '.', mark: false }];
  assert.deepEqual(core.withoutTitle(inTitle, title, content, 'une maison de retraite.', 5), { parts: [{ text: 'La maison de retraite de', mark: false }], cut: false, after: true });
  // Nothing after the title: the excerpt stays.
  assert.equal(core.withoutTitle(inTitle, title, title, 'une maison de retraite').parts, inTitle);
});

test('results holding every word whole come first, each group in Pagefind’s order; a phrase and stop words are left as they are', async () => {
  // Pagefind's answers: `pen` also finds « pensait » and « pénitentiaire » (prefixes); `"pen"` only the word.
  const asked: string[] = [];
  const pagefind = {
    async search(term: string) {
      asked.push(term);
      const exact: Record<string, string[]> = { '"pen"': ['lepen1', 'lepen2'], '"marine"': ['lepen2', 'marine'] };
      return { results: (exact[term.toLowerCase()] ?? []).map((id) => ({ id })) };
    },
  };
  const exact = core.exactSearcher(pagefind);
  const results = [{ id: 'pensait' }, { id: 'lepen1' }, { id: 'penitentiaire' }, { id: 'lepen2' }];
  assert.deepEqual((await core.wholeWordsFirst(exact, 'le pen', results)).map((r) => r.id), ['lepen1', 'lepen2', 'pensait', 'penitentiaire']);
  assert.deepEqual(asked, ['"pen"'], 'the stop word « le » is not searched');
  const both = await core.wholeWordsFirst(exact, 'Marine Pen', [{ id: 'marine' }, { id: 'lepen1' }, { id: 'lepen2' }]);
  assert.deepEqual(both.map((r) => r.id), ['lepen2', 'marine', 'lepen1'], 'whole means every word whole');
  assert.deepEqual(asked, ['"pen"', '"Marine"'], 'a word is searched once, whatever its case');
  assert.deepEqual(await core.wholeWordsFirst(exact, '"le pen"', results), results, 'a phrase is already exact');
  assert.equal(asked.length, 2);
});

test('a finished word keeps the articles holding one of its forms; the word being typed keeps them all', async () => {
  const pagefind = {
    async search(term: string) {
      const exact: Record<string, string[]> = { '"quart"': ['a'], '"quarts"': ['b'], '"heure"': ['a', 'c'], '"heureux"': ['b'] };
      return { results: (exact[term] ?? []).map((id) => ({ id })) };
    },
  };
  const exact = core.exactSearcher(pagefind);
  const listed = ['quart', 'quarts', 'quartier', 'heure'];
  const narrowed = await core.formIds(exact, 'quart heure', listed, false);
  assert.deepEqual(narrowed?.words, ['quart', 'heure']);
  assert.deepEqual([...narrowed!.ids], ['a'], 'a form of « quart » (a, b) and of « heure » (a, c)');
  assert.deepEqual([...(await core.formIds(exact, 'quart heure', [...listed, 'heureux'], true))!.ids].sort(), ['a', 'b'], 'the last word may still be typed: every word it starts');
  assert.equal(await core.formIds(exact, 'quartie', listed, false), undefined, 'a word neither the list nor an exact search holds');
});

test('a finished rare word, too rare for the word list, keeps the articles its exact search finds', async () => {
  const pagefind = {
    async search(term: string) {
      const exact: Record<string, string[]> = { '"Oréal"': ['a'], '"heure"': ['a', 'c'] };
      return { results: (exact[term] ?? []).map((id) => ({ id })) };
    },
  };
  const exact = core.exactSearcher(pagefind);
  assert.deepEqual(core.rareWords('Oréal heure', ['heure'], false), ['Oréal']);
  assert.deepEqual(core.rareWords('Oréal les', [], false), ['Oréal'], 'stop words are not narrowed');
  assert.deepEqual(core.rareWords('"Oréal"', [], false), [], 'a phrase is exact already');
  assert.deepEqual(core.rareWords('heure Oréal', ['heure'], true), [], 'the last word may still be typed');
  // `Le Pen`: a finished word of three letters, which the word list leaves out, is searched whole (not « pensions »).
  assert.deepEqual(core.rareWords('Le Pen', [], false), ['Pen']);
  assert.deepEqual(core.rareWords('Le Pe', [], true), [], 'two letters being typed stay a prefix');
  // Submitted, two letters are a word (`IA`, `UE`, `RN`): Pagefind's prefixes gave « Ian Callum » and « IATA » for `ia`.
  assert.deepEqual(core.rareWords('IA Google', [], false), ['IA', 'Google']);
  assert.deepEqual([...(await core.formIds(exact, 'ia', [], false))!.ids], [], 'two letters no article holds whole: nothing, not the words they start');
  const narrowed = await core.formIds(exact, 'Oréal', [], false);
  assert.deepEqual(narrowed?.words, ['Oréal']);
  assert.deepEqual([...narrowed!.ids], ['a']);
  assert.deepEqual([...(await core.formIds(exact, 'heure Oréal', ['heure'], false))!.ids], ['a'], 'with a listed word');
  assert.deepEqual([...(await core.formIds(exact, 'heure Oré', ['heure'], true))!.ids].sort(), ['a', 'c'], 'typed last, three letters: not narrowed');
});

test('a reader’s review: a finished word keeps the articles holding its other gender or number, which the word list lacks', async () => {
  assert.deepEqual(core.inflections('paralysé'), ['paralysés', 'paralysée', 'paralysées']);
  assert.deepEqual(core.inflections('Passagers'), ['passager', 'passagère', 'passagères'], 'from the plural, capitals dropped');
  assert.deepEqual(core.inflections('actrices'), ['actrice', 'acteur', 'acteurs']);
  assert.deepEqual(core.inflections('chevaux').slice(0, 1), ['cheval']);
  assert.deepEqual(core.inflections('heureux'), ['heureuse', 'heureuses'], '-eux is singular too');
  for (const word of ['paralysé', 'passagers', 'actrices', 'grande', 'policière', 'chevaux']) {
    for (const form of core.inflections(word)) assert.ok(core.sameWord(core.foldWord(word), core.foldWord(form)), `${form} is a form of ${word}`);
  }
  // « Mimie Mathy paralysé » on 10,000 articles: the list holds « paralysé », not « paralysée », which only m holds.
  const pagefind = {
    async search(term: string) {
      const exact: Record<string, string[]> = { '"paralysé"': ['r', 's'], '"paralysée"': ['m'], '"mimie"': ['m', 'x'] };
      return { results: (exact[term] ?? []).map((id) => ({ id })) };
    },
  };
  const exact = core.exactSearcher(pagefind);
  assert.deepEqual([...(await core.formIds(exact, 'paralysé', ['paralysé'], false))!.ids].sort(), ['m', 'r', 's']);
  assert.deepEqual([...(await core.formIds(exact, 'mimie paralysé', ['paralysé'], false))!.ids], ['m'], 'a rare word too');
});

test('a word being typed keeps the articles holding a word it starts, not those of a shorter prefix Pagefind fell back to', async () => {
  // Typed letter by letter, Pagefind answered `Estaing` with the articles of « est » (x, y), the part of its index for
  // « estaing » not loaded yet; the word's own articles are a, and b holds « Estaingeois ».
  const pagefind = {
    async search(term: string) {
      const exact: Record<string, string[]> = { '"Estaing"': ['a'], '"Estaingeois"': ['b'], '"est"': ['x', 'y'] };
      return { results: (exact[term] ?? []).map((id) => ({ id })) };
    },
  };
  const exact = core.exactSearcher(pagefind);
  const listed = ['est', 'Estaing', 'Estaingeois', 'estime'];
  assert.deepEqual(core.typedWords('Estai', listed, true), ['Estai', 'Estaing', 'Estaingeois']);
  assert.deepEqual(core.typedWords('Giscard Estaing', listed, true), ['Estaing', 'Estaingeois'], 'the last word only');
  // A word of the list typed whole is searched as submitted (`typedWhole`), its forms only: typed and loaded, `Notre-Dame` gives the same list.
  assert.equal(core.typedWhole('cathédrale Notre-Dame', ['Notre-Dame', 'Notre-Dame-des-Landes']), true);
  assert.equal(core.typedWhole('cathédrale notre-dame', ['Notre-Dame']), true, 'whatever its capitals');
  assert.equal(core.typedWhole('Notre-Da', ['Notre-Dame']), false, 'the start of a word is still being typed');
  assert.equal(core.typedWhole('"Notre-Dame"', ['Notre-Dame']), false, 'a phrase is searched as one');
  assert.equal(core.typedWhole('la', ['la']), false, 'a stop word');
  assert.deepEqual(core.typedWords('Estaing', listed, false), [], 'a submitted word is narrowed to its forms (wordForms)');
  assert.deepEqual(core.typedWords('Est', listed, true), [], 'three letters stay a prefix');
  assert.deepEqual(core.typedWords('Esti', ['estima', 'estimai', 'estimais', 'estimait', 'estime', 'estimé', 'estimée', 'estimées', 'estimer'], true), [], 'a start of many words stays a prefix');
  assert.deepEqual([...(await core.formIds(exact, 'Estaing', listed, true))!.ids].sort(), ['a', 'b']);
  assert.equal(await core.formIds(exact, 'Estaing', listed, true).then((n) => n?.words.length), 0, 'its highlights stay Pagefind’s (prefixes)');
});

test('in a query of several words, each word not narrowed keeps the articles it finds alone', async () => {
  // Pagefind's answer to `le pen` from a shard without « pen » is that of `le` (articles b and c there).
  const asked: string[] = [];
  const pagefind = {
    async search(term: string) {
      asked.push(term);
      const found: Record<string, string[]> = { pen: ['a', 'p'], '"heure"': ['a', 'c'], gel: ['c'] };
      return { results: (found[term] ?? []).map((id) => ({ id })) };
    },
  };
  const [exact, alone] = [core.exactSearcher(pagefind), core.aloneSearcher(pagefind)];
  assert.deepEqual([...(await core.formIds(exact, 'le pen', [], false, alone))!.ids].sort(), ['a', 'p']);
  assert.deepEqual((await core.formIds(exact, 'le pen', [], false, alone))!.words, [], 'not narrowed to forms: highlights stay');
  assert.deepEqual([...(await core.formIds(exact, 'heure gel', ['heure'], false, alone))!.ids], ['c'], 'with a word narrowed to its forms');
  assert.equal(await core.formIds(exact, 'pen', [], false, alone), undefined, 'a query of one word is what Pagefind answers');
  assert.deepEqual([...(await core.formIds(exact, 'le pen', [], true, alone))!.ids].sort(), ['a', 'p'], 'the word being typed too, as a prefix');
  assert.equal(asked.filter((t) => t === 'pen').length, 1, 'each word searched once');
});

test('a reader’s review: each part of a compound word keeps the articles it finds alone (`Saint-Étienne` is not Saint-Brieuc)', async () => {
  assert.deepEqual(core.wordParts('Saint-Étienne'), ['Saint', 'Étienne']);
  assert.deepEqual(core.wordParts('Val-d’Oise'), ['Val', 'Oise'], 'without the article a part elides');
  assert.deepEqual(core.wordParts('Macron'), ['Macron']);
  // Pagefind's answer to `Saint-Étienne` from a shard without « Étienne » is that of `Saint` (b: Saint-Brieuc).
  const pagefind = {
    async search(term: string) {
      const found: Record<string, string[]> = { Saint: ['a', 'b'], 'Étienne': ['a'], Val: ['v', 'w'], Oise: ['v', 'o'] };
      return { results: (found[term] ?? []).map((id) => ({ id })) };
    },
  };
  const [exact, alone] = [core.exactSearcher(pagefind), core.aloneSearcher(pagefind)];
  for (const typing of [false, true]) {
    assert.deepEqual([...(await core.formIds(exact, 'Saint-Étienne', [], typing, alone))!.ids], ['a'], `typing: ${typing}`);
    assert.deepEqual([...(await core.formIds(exact, 'Val-d’Oise', [], typing, alone))!.ids], ['v'], `typing: ${typing}`);
  }
});

test('a reader’s review: a compound an exact search finds whole keeps its articles, whatever its parts find alone (`49-3`)', async () => {
  // Pagefind found the 10 articles saying « 49-3 » by an exact search, but its part « 3 », alone, in 5 of them only.
  const pagefind = {
    async search(term: string) {
      const found: Record<string, string[]> = { '"49-3"': ['a', 'b', 'c'], '49': ['a', 'b', 'c', 'x'], '3': ['a', 'y'] };
      return { results: (found[term] ?? []).map((id) => ({ id })) };
    },
  };
  const [exact, alone] = [core.exactSearcher(pagefind), core.aloneSearcher(pagefind)];
  assert.deepEqual([...(await core.formIds(exact, '49-3', [], false, alone))!.ids].sort(), ['a', 'b', 'c']);
  assert.deepEqual([...(await core.formIds(exact, '49-3', [], true, alone))!.ids].sort(), ['a'], 'being typed, not yet searched whole: each part keeps what it finds');
});

test('phrases: the quoted parts of a query of two words or more, each word as searched and whether an elided article stood before it', () => {
  assert.deepEqual(core.queryPhrases('« Tour de France » Bernal'), [{ text: 'Tour de France', words: [{ word: 'Tour', elided: false }, { word: 'de', elided: false }, { word: 'France', elided: false }] }]);
  assert.deepEqual(core.queryPhrases('"de l’intelligence" “le cœur”').map((p) => p.words), [
    [{ word: 'de', elided: false }, { word: 'intelligence', elided: true }],
    [{ word: 'le', elided: false }, { word: 'coeur', elided: false }],
  ]);
  assert.deepEqual(core.queryPhrases('"PS" et Tour'), [], 'one word in quotes is no phrase');
});

test('phrases: a query typed without quotes is a phrase when it has two words besides stop words, or one after an elided article', () => {
  assert.deepEqual(core.typedPhrase('Tour de France')?.words.map((w) => w.word), ['Tour', 'de', 'France']);
  const palace = core.typedPhrase('l’Élysée');
  assert.ok(palace, 'the elided article says which Élysée');
  assert.ok(core.holdsPhraseText('une réunion à l’ Élysée', palace!));
  assert.ok(!core.holdsPhraseText('le spectacle sur les Champs-Élysées', palace!), 'another word: the avenue');
  assert.ok(!core.holdsPhraseText('en vigilance orange', core.typedPhrase("d'Orange")!), 'the colour has no article before it');
  assert.equal(core.typedPhrase('Élysée'), undefined, 'one word alone: its forms are all the reader asked for');
  assert.equal(core.typedPhrase('le pen'), undefined, 'one word beside stop words');
  assert.equal(core.typedPhrase('« Le Pen » pensions')?.text, 'Le Pen pensions', 'quotes aside');
});

test('phrases: an article’s text holds a phrase word for word, accents, case, apostrophes and punctuation aside', () => {
  const [tour] = core.queryPhrases('"tour de france"');
  assert.ok(core.holdsPhraseText('Le Tour de France, monument du cyclisme', tour!));
  assert.ok(!core.holdsPhraseText('les sites touristiques en France', tour!));
  assert.ok(!core.holdsPhraseText('à son tour, sur France 2', tour!));
  const [ia] = core.queryPhrases('« de l’Intelligence artificielle »');
  assert.ok(core.holdsPhraseText('Le progrès de l’ intelligence artificielle', ia!), 'the index writes a space after an elision');
  assert.ok(core.holdsPhraseText('La réforme des retraites', core.queryPhrases('"reforme des retraites"')[0]!));
});

test('phrases: positions that may hold a phrase, a stop word anywhere, an elided article one position more', () => {
  const words = core.queryPhrases('"Tour de France"')[0]!.words;
  assert.ok(core.mayHoldPhrase([new Set([3, 9]), null, new Set([5])], words));
  assert.ok(!core.mayHoldPhrase([new Set([3]), null, new Set([6])], words));
  assert.ok(!core.mayHoldPhrase([null, null, null], words), 'stop words alone tell nothing');
  const elided = core.queryPhrases('"progrès de l’intelligence"')[0]!.words;
  assert.ok(core.mayHoldPhrase([new Set([1]), null, new Set([4])], elided), 'de at 2, l’ at 3');
  assert.ok(core.mayHoldPhrase([null, new Set([7]), new Set([9])], elided), 'from the first word with positions');
});

test('phrases: the excerpt of a result shows the phrase, after the title the text opens with when it is there again', () => {
  const [tour] = core.queryPhrases('"Tour de France"');
  const content = 'Le Tour de France part. Les coureurs attendent depuis des mois le départ du Tour de France & la fête à Nice.';
  assert.equal(core.phraseExcerpt(content, tour!, 'Le Tour de France part.'.length)?.excerpt, 'Le Tour de France part. Les coureurs attendent depuis des mois le départ du <mark>Tour</mark> <mark>de</mark> <mark>France</mark> &amp; la fête à Nice');
  assert.match(core.phraseExcerpt('Le Tour de France part.', tour!, 23)?.excerpt ?? '', /^Le <mark>Tour<\/mark>/, 'only in the title: that one');
  assert.equal(core.phraseExcerpt('Les sites touristiques en France.', tour!), undefined);
});

test('excerpts: the query’s words Pagefind left plain are marked; with whole words, a mark that is no form of them keeps only its words that are', () => {
  assert.deepEqual(core.markForms([{ text: 'la décision de Nicolas Hulot.', mark: false }], ['nicolas', 'hulot']), [
    { text: 'la décision de ', mark: false }, { text: 'Nicolas', mark: true }, { text: ' ', mark: false }, { text: 'Hulot', mark: true }, { text: '.', mark: false },
  ]);
  assert.deepEqual(core.markForms([{ text: 'Hulot-', mark: true }, { text: ' et le ', mark: false }, { text: 'quartier', mark: true }], ['hulot', 'quart'], true), [
    { text: 'Hulot', mark: true }, { text: '- et le quartier', mark: false },
  ]);
  // While a word is typed, Pagefind's marks of longer words stay.
  assert.deepEqual(core.markForms([{ text: 'quartier', mark: true }], ['quart']), [{ text: 'quartier', mark: true }]);
});

test('review 26: a phrase’s excerpt marks its words as written, not the words Pagefind stems alike (« Français » for `"Tour de France"`)', () => {
  const parts = [{ text: 'Français', mark: true }, { text: ' Raymond, vainqueur du ', mark: false }, { text: 'Tour', mark: true }, { text: ' de ', mark: false }, { text: 'France', mark: true }];
  assert.deepEqual(core.markForms(parts, ['tour', 'france'], true, true).filter((p) => p.mark).map((p) => p.text), ['Tour', 'France']);
  // Their other forms stay marked outside a phrase.
  assert.deepEqual(core.markForms(parts, ['tour', 'france'], true).filter((p) => p.mark).map((p) => p.text), ['Français', 'Tour', 'France']);
});

test('phrases: an excerpt does not end on an elided article', () => {
  const [reform] = core.queryPhrases('"réforme des retraites"');
  const text = 'La réforme des retraites étant suspendue, un deux trois quatre cinq six sept huit neuf dix onze hérite d’ une partie du dossier';
  assert.equal(core.phraseExcerpt(text, reform!)?.plain, 'La réforme des retraites étant suspendue, un deux trois quatre cinq six sept huit neuf dix onze hérite');
});

test('the seventh review: a highlighted « cœur » is the word `coeur` typed, so `coeur` is not taken for a typo (« Essayez : cour » above 100 right results)', () => {
  assert.equal(core.foldWord('Cœur'), 'coeur');
  assert.equal(core.foldWord('Élysée'), 'elysee');
  assert.deepEqual(core.fallbackWords('coeur', core.markedWords(['le <mark>cœur</mark> du sujet'])), []);
});

test('the seventh review: under a title cut from the lede with « … », the excerpt skips the lede’s opening the title repeats and goes on mid-sentence', () => {
  const title = 'Le gouvernement envisage de mettre en place un système de décote…';
  const content = `${title} Le gouvernement envisage de mettre en place un système de décote pour ceux qui partent avant 64 ans. Les syndicats protestent.`;
  const parts = core.excerptParts('Le gouvernement envisage de mettre en place un système de <mark>décote</mark> pour ceux qui partent');
  assert.deepEqual(core.withoutTitle(parts, title, content, 'Le gouvernement envisage de mettre en place un système de décote pour ceux qui partent', 12),
    { parts: [{ text: 'pour ceux qui partent', mark: false }, { text: ' avant 64 ans. Les syndicats protestent.', mark: false }], cut: true, after: false });
  // A whole title is not followed by a repeat: the excerpt is left as it is.
  const whole = 'Le gouvernement envisage une décote';
  assert.deepEqual(core.withoutTitle(core.excerptParts('pour ceux qui <mark>partent</mark>'), whole, `${whole}. Elle vise ceux qui partent tôt.`, 'pour ceux qui partent', 12).cut, undefined);
});

test('textForms: the other forms of the query words an article holds, once each, for the article to highlight them (review 34)', () => {
  const text = 'Réforme des retraites : les retraités et la retraite. Une retraitée, un retraité ; le retraitement des eaux.';
  // « retraités » folds to the query word, which the highlight already marks whatever its accents; « retraitement » is another word.
  assert.deepEqual(core.textForms(text, ['retraites']), ['retraite', 'retraitée']);
  assert.deepEqual(core.textForms(text, []), []);
  assert.deepEqual(core.textForms('tombé tombée tombés tombées', ['tombe'], 2), ['tombée', 'tombés']);
});

test('broadTerm: Pagefind is asked each finished listed word by the start its forms share, so that a plural finds the singular; other words as typed', () => {
  const listed = ['passagers', 'passager', 'raciste', 'racistes', 'avion', 'avions', 'Macron'];
  assert.equal(core.broadTerm('passagers racistes avions', listed, false), 'passager raciste avion');
  // A word with no other form, a word the list lacks, a word still being typed: as typed.
  assert.equal(core.broadTerm('Macron glucksmann passagers', listed, true), 'Macron glucksmann passagers');
  // A start under four letters would find too much: the word stays.
  assert.equal(core.broadTerm('eux', ['eux', 'euse'], false), 'eux');
  // Only the singular and the plural: another form would open the word to others (the fifteenth reader’s review).
  assert.equal(core.broadTerm('retraites policière', ['retraites', 'retraite', 'retrait', 'policière', 'policier', 'policiers'], false), 'retraite policière');
  assert.equal(core.broadTerm('chevaux', ['cheval', 'chevaux'], false), 'cheva');
  // A word typed past its stem (Pagefind's of « confinement » is `confin`): asked by the start of the few words it may become (the twenty-first reader’s review).
  assert.equal(core.broadTerm('fin du confinem', ['confinement', 'confinements', 'fin'], true), 'fin du confinement');
  assert.equal(core.broadTerm('confin', ['confinement', 'confins'], true), 'confin');
  // Finished, or starting too many words of the list: as typed.
  assert.equal(core.broadTerm('confinem', ['confinement'], false), 'confinem');
});

test('review 35: a year of the archive typed as a word of the query is offered as the year filter', () => {
  const years = ['2020', '2019', '2018'];
  assert.deepEqual(core.yearOfQuery('gilets jaunes 2019', years), { q: 'gilets jaunes', year: '2019' });
  assert.deepEqual(core.yearOfQuery(' 2020  covid ', years), { q: 'covid', year: '2020' });
  assert.deepEqual(core.yearOfQuery('2018', years), { q: '', year: '2018' });
  assert.equal(core.yearOfQuery('retraites 1995', years), undefined, 'a year the archive does not cover');
  assert.equal(core.yearOfQuery('2018 2019', years), undefined, 'two years');
  assert.equal(core.yearOfQuery('"coupe du monde 2018"', years), undefined, 'inside a phrase');
  assert.equal(core.yearOfQuery('20190 euros', years), undefined);
});

test('a word the list lacks, answered by a shorter form of it, is offered a word ten times more frequent than that form only', () => {
  // « Philipe » answered by « Philip » (Prince Philip, rare), when the archive names « Philippe » far more often.
  const words = ['Philippe', ...Array.from({ length: 40 }, (_, i) => `mot${i}x`), 'Philip', 'bolides'];
  assert.equal(core.suggestion('Édouard Philipe', words, false, () => false, (w) => (w === 'philipe' ? ['philip'] : [])), 'Édouard Philippe');
  // Not when the closest word is not ten times more frequent than the form that answered.
  assert.equal(core.suggestion('Philipe', ['mot1x', 'Philippe', 'Philip'], false, () => false, () => ['philip']), null);
  // A word answered by a form the list lacks too (a rare plural) is kept, unless a word one edit away is among the
  // tenth most frequent of the list (« bolides » is not).
  assert.equal(core.suggestion('bovidés', words, false, () => false, (w) => (w === 'bovides' ? ['bovide'] : [])), null);
  // Without forms shown, a word the list lacks is replaced as before.
  assert.equal(core.suggestion('bolidse', words), 'bolides');
});

test('a typo answered by another form of a frequent word, or by a rare word it starts, is offered the frequent word; real forms are kept', () => {
  // `anciene` answered by « ancien », as frequent as « ancienne », a form of it that `anciene` is no form of (review 36).
  const words = ['ancien', 'ministre', 'ancienne', 'chanteuse', ...Array.from({ length: 40 }, (_, i) => `mot${i}x`)];
  assert.equal(core.suggestion('anciene', words, false, () => false, (w) => (w === 'anciene' ? ['ancien'] : [])), 'ancienne');
  // Review 38: `porterait`, answered by forms of « porter », was offered « portrait », which `sameWord` pairs with
  // « portaient » as a verb in -re would, but with none of « porte », « porter »: another word.
  const porter = ['porte', 'porter', 'portrait', ...Array.from({ length: 40 }, (_, i) => `mot${i}x`), 'portaient'];
  const answered = ['porte', 'porter', 'portent', 'portees', 'portaient'];
  assert.equal(core.suggestion('porterait', porter, false, () => false, () => answered), null);
  assert.equal(core.suggestion('anciene', words, false, () => false, () => ['ancien', 'anciens']), 'ancienne', 'a form of each word that answered');
  // `chanteuses`, a plural the list lacks, answered by « chanteuse »: a form of it, kept.
  assert.equal(core.suggestion('chanteuses', words, false, () => false, (w) => (w === 'chanteuses' ? ['chanteuse'] : [])), null);
  // `véhicle` answered by the English « vehicles », which the list lacks: one edit from « véhicule », among its most frequent tenth.
  const list = ['véhicule', ...Array.from({ length: 40 }, (_, i) => `mot${i}x`), 'bolides'];
  assert.equal(core.suggestion('véhicle', list, false, () => false, () => ['vehicles']), 'véhicule');
  assert.equal(core.suggestion('véhicle', list, false, (w) => w === 'vehicle'), null, 'a word on screen as typed is kept');
  // Two edits away is too far for a word the results answer by other words.
  assert.equal(core.suggestion('vhéicle', list, false, () => false, () => ['vehicles']), null);
  const verbs = ['étaient', ...Array.from({ length: 40 }, (_, i) => `mot${i}x`), 'rêvait'];
  assert.equal(core.suggestion('rêvaient', verbs, false, () => false, () => ['revait']), null, 'a rare form, two edits from a frequent word');
  // A word typed with accents is on screen as typed only: the archive's English « Vehicle » is no `véhicle`.
  assert.equal(core.wordOnScreen('véhicle', new Set(['vehicle']), new Set(['vehicle'])), false);
  assert.equal(core.wordOnScreen('vehicle', new Set(['vehicle']), new Set(['vehicle'])), true);
  assert.equal(core.wordOnScreen('l’Élysée', new Set(['elysee']), new Set(['élysée'])), true);
});

test('review 37: a typo is offered the spelling of the replacing word closest to what was typed, the most used of those as close', () => {
  const spellings = (w: string) => (w === 'marche' ? ['marché', 'marche'] : w === 'demande' ? ['demandé', 'demande'] : []);
  const words = ['marche', 'demande', 'Macron', ...Array.from({ length: 40 }, (_, i) => `mot${i}x`)];
  // The list keeps « marche », the spelling the archive wrote first; `marcé` means « marché ».
  assert.equal(core.suggestion('marcé', words, false, () => false, () => [], spellings), 'marché');
  assert.equal(core.suggestion('le marcé', words, false, () => false, () => [], spellings), 'le marché');
  assert.equal(core.suggestion('demnadé', words, false, () => false, () => [], spellings), 'demandé');
  // Typed without accents: the most used.
  assert.equal(core.suggestion('demnade', words, false, () => false, () => [], spellings), 'demandé');
  assert.equal(core.closestSpelling('marce', 'marche', ['marché', 'marche']), 'marché');
  assert.equal(core.closestSpelling('mrache', 'marche', ['marché', 'marche']), 'marché');
  // With accents typed, the closest spelling, accents and all, whatever the use.
  assert.equal(core.closestSpelling('mârche', 'marche', ['marché', 'marche']), 'marche', 'one edit from « marche », two from « marché »');
  assert.equal(core.closestSpelling('Macorn', 'Macron', []), 'Macron', 'a word with one spelling');
  // Words typed right are not replaced, whatever their spelling.
  for (const q of ['marche', 'marché', 'demandé', 'demande']) assert.equal(core.suggestion(q, words, false, () => false, () => [], spellings), null, q);
});

test('review 37: a word answered only by forms of a far rarer word, one edit from a frequent word, is a typo of it', () => {
  const listed = ['accident', ...Array.from({ length: 40 }, (_, i) => `mot${i}x`), 'acide', 'revait', 'etaient'];
  assert.equal(core.typoOfFrequent('acident', listed, ['acide']), true);
  assert.deepEqual(core.formsOnlyTypos('acident', ['acide', 'acide'], listed, false), ['acident']);
  assert.deepEqual(core.formsOnlyTypos('acident', ['acide'], listed, true), [], 'a word still typed');
  assert.deepEqual(core.formsOnlyTypos('acident', ['acidents', 'acide'], listed, false), [], 'a word the results start with');
  assert.deepEqual(core.formsOnlyTypos('acide', ['acide'], listed, false), [], 'the rare word itself');
  // Not when the frequent word is not ten times more frequent than the form, nor two edits away.
  assert.equal(core.typoOfFrequent('acident', ['mot1x', 'accident', 'acide'], ['acide']), false);
  assert.equal(core.typoOfFrequent('revaient', listed, ['revait']), false, '« étaient » is two edits away');
  assert.equal(core.typoOfFrequent('accident', listed, ['accidents']), false, 'a listed word');
  assert.equal(core.typoOfFrequent('acident', listed, []), false, 'no form');
});

test('review 37: of the words as close to a typo, one that starts as it does wins over a more frequent one', () => {
  const words = ['même', 'levé', 'femme', 'grève', 'président', ...Array.from({ length: 40 }, (_, i) => `mot${i}x`)];
  // `feme` is one edit from « même » and from « femme »: a typo seldom changes the first letter.
  assert.equal(core.suggestion('feme', words), 'femme');
  assert.equal(core.suggestion('la feme', words, true), 'la femme');
  assert.equal(core.suggestion('gève', words), 'grève');
  // The first two letters swapped keep the start.
  assert.equal(core.suggestion('rpésident', words), 'président');
  // Without a word as close that starts the same, the closest, the most frequent first, as before.
  assert.equal(core.suggestion('neme', words), 'même');
  assert.equal(core.suggestion('feme', ['même', 'fermer']), 'même', '« fermer » is two edits away');
});

test('review 36: a second « Essayez » after a correction offers other words as close as the one searched, not that one again', () => {
  const words = ['même', 'mêmes', 'femme', 'fermeture', 'gouvernement', 'gouvernements'];
  assert.deepEqual(core.otherWords(words, 'feme', 'même'), ['femme']);
  assert.equal(core.suggestion('feme', core.otherWords(words, 'feme', 'même')), 'femme');
  assert.deepEqual(core.otherWords(words, 'gouvernemnt', 'gouvernement'), [], 'its plural is no other word');
  assert.deepEqual(core.otherWords(words, 'la feme', 'la même'), ['femme'], 'words typed right are not replaced');
  // Review 37: a query word is read as `suggestion` reads it, without its elided article or quotes.
  assert.deepEqual(core.otherWords(words, 'l’feme', 'l’même'), ['femme']);
  assert.deepEqual(core.otherWords(words, '"feme"', '"même"'), ['femme']);
  assert.deepEqual(core.otherWords(words, '« feme »', '« même »'), ['femme']);
  assert.equal(core.queryWord('l’feme'), 'feme');
  assert.equal(core.queryWord('«feme»'), 'feme');
  const rare = ['Macron', ...Array.from({ length: 20 }, (_, i) => `mot${i}x`), 'maçon'];
  assert.deepEqual(core.otherWords(rare, 'Macorn', 'Macron'), [], 'a word ten times rarer than the one searched is not offered');
});
