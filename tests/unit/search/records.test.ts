import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArchiveArticle } from '../../../src/model.ts';
import { words } from '../../../src/text/fold.ts';
import { articleText } from '../../../src/text/article-text.ts';
import { articleRecord, escapeHtml, LEDE_WEIGHT, recordFields, recordInput, recordSource, TITLE_WEIGHT } from '../../../src/search/records.ts';
import { core } from '../../search/core.ts';
import { archiveOf, SEEDS } from '../../search/site.ts';

const archive = archiveOf(SEEDS);
const byFile = (file: string) => {
  const a = archive.articles.find((x) => x.sourceFile === file);
  assert.ok(a, `seed ${file} is in the archive`);
  return a;
};

/** Reads back `data-pagefind-KIND="NAME[content]" content="…"` tags of a record. */
function tags(html: string, kind: string): [string, string][] {
  return [...html.matchAll(new RegExp(`<meta data-pagefind-${kind}="([^"\\[]+)\\[content\\]" content="([^"]*)">`, 'g'))].map((m) => [m[1]!, m[2]!]);
}

test('a dated seed: topics, year, date sort keys and French date in its record', () => {
  const a = byFile('000_8d8c1ec7b0367f6a.txt');
  const { html, url } = articleRecord(a);
  assert.equal(url, a.url);
  const filters = tags(html, 'filter');
  assert.ok(filters.some(([k, v]) => k === 'annee' && v === '2024'));
  assert.deepEqual(filters.filter(([k]) => k === 'sujet').map(([, v]) => v), a.topics);
  assert.ok(a.topics.includes('intelligence-artificielle'));
  assert.deepEqual(tags(html, 'sort'), [['recent', '2024-02'], ['ancien', '2024-02']]);
  const meta = Object.fromEntries(tags(html, 'meta'));
  assert.equal(meta.date, 'février 2024');
  assert.equal(meta.dateIso, '2024-02');
  assert.deepEqual(Object.keys(meta).sort(), ['date', 'dateIso', 'title', 'tout'], 'no metadata the filters already carry');
  assert.equal(meta.tout, core.searchTerm(null), 'the word the search page searches for filters alone');
});

test('an undated seed has no year and sorts last in both orders; its source is a filter', () => {
  const a = byFile('003_5f5d1759978bb90b.txt');
  const { html } = articleRecord(a);
  assert.ok(!tags(html, 'filter').some(([k]) => k === 'annee'));
  assert.deepEqual(tags(html, 'filter').filter(([k]) => k === 'source'), [['source', 'TechCrunch']]);
  assert.deepEqual(tags(html, 'sort'), [['recent', '0000'], ['ancien', '9999']]);
  assert.equal(Object.fromEntries(tags(html, 'meta')).date, 'Date inconnue');
});

test('indexed text and title metadata split elisions (Pagefind searches both); the page puts the typography back', () => {
  const a = byFile('004_00b606b2294fa235.txt');
  const { html } = articleRecord(a);
  assert.match(html, /l’ IA/);
  assert.doesNotMatch(html.replace(/<meta(?![^>]*meta="title)[^>]*>/g, ''), /\b[ld]’\p{L}/u, 'no unsplit elision in indexed text or title');
  const title = Object.fromEntries(tags(html, 'meta')).title!;
  assert.match(title, /d’ esprit/);
  assert.match(core.restoreTypography(title), /d’esprit/, 'the title shown keeps its elisions whole');
});

test('a word of the title weighs more than in intertitles and body', () => {
  const { html } = articleRecord(byFile('004_00b606b2294fa235.txt'));
  assert.match(html, new RegExp(`<h1 data-pagefind-weight="${TITLE_WEIGHT}">[^<]+</h1>`));
  assert.ok(TITLE_WEIGHT > 7, 'above Pagefind’s default for an <h1>');
});

test('a word of the lede weighs more than in the body, less than in the title (review 34)', () => {
  const article = byFile('004_00b606b2294fa235.txt');
  const { html } = articleRecord(article);
  assert.match(html, new RegExp(`</h1>\n<p data-pagefind-weight="${LEDE_WEIGHT}">[^<]+</p>\n<(?:p|h2)>`));
  assert.ok(LEDE_WEIGHT > 1 && LEDE_WEIGHT < TITLE_WEIGHT);
});

test('titles, sources and topics are escaped: a record cannot carry markup', () => {
  const seed = byFile('003_5f5d1759978bb90b.txt');
  const evil: ArchiveArticle = {
    ...seed,
    title: '<img src=x onerror=alert(1)>',
    source: '"><script>alert(1)</script>',
    topics: ['a"b'],
    lede: 'x < y & z',
    sections: [],
  };
  const { html } = articleRecord(evil);
  assert.doesNotMatch(html, /<img|<script/);
  assert.match(html, /<h1 [^>]*>&lt;img src=x onerror=alert\(1\)&gt;<\/h1>/);
  assert.match(html, /content="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
  assert.equal(recordFields(evil).filters.source[0], '"><script>alert(1)</script>');
  assert.equal(escapeHtml('a"<>&'), 'a&quot;&lt;&gt;&amp;');
});

test('every seed article has a record with its whole text', () => {
  assert.equal(archive.articles.length, 5);
  for (const a of archive.articles) {
    const body = articleRecord(a).html.replace(/<head>[\s\S]*<\/head>/, '').replace(/<[^>]*>/g, ' ').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const indexed = new Set(words(core.restoreTypography(body)).map((w) => w.folded));
    const missing = words(articleText(a)).map((w) => w.folded).filter((w) => !indexed.has(w));
    assert.deepEqual(missing, [], a.sourceFile);
    assert.ok(indexed.size > 100, `${a.sourceFile}: ${indexed.size} words`);
  }
});

test('a Markdown body is indexed with the typography its page shows, elisions split', () => {
  const seed = byFile('003_5f5d1759978bb90b.txt');
  const { html } = articleRecord({ ...seed, bodyHtml: '<p>L\'eau "claire" ?</p>\n<p><code>l\'eau</code> et l’<em>œil</em></p>' });
  assert.match(html, /<p>L’ eau «\u202fclaire\u202f»\u202f\?<\/p>/);
  assert.match(html, /<code>l' eau<\/code> et l’<em> o\u034feil<\/em>/);
});

test('the fields sent to the indexing process make the same record as the whole article, without the text twice', () => {
  const withHtml = { ...byFile('000_8d8c1ec7b0367f6a.txt'), bodyHtml: '<p>Un paragraphe écrit en Markdown.</p>' };
  const plain = { ...byFile('003_5f5d1759978bb90b.txt'), bodyHtml: '' };
  for (const a of [withHtml, plain]) assert.deepEqual(articleRecord(recordSource(a)), articleRecord(a));
  assert.deepEqual(recordSource(withHtml).sections, [], 'an HTML body makes the record: its sections are not sent');
  assert.deepEqual(recordSource(plain).sections, plain.sections);
  assert.ok(!('jsonLd' in recordSource(withHtml)), 'no page data');
});

test('a record’s input names its text by its text key when it has one, and keeps every other field', () => {
  const a = recordSource(archive.articles[0]!);
  const keyed = { ...a, textKey: 'k1' };
  assert.ok(recordInput(a).includes(JSON.stringify(a.title)), 'without a key, the text itself');
  assert.ok(!recordInput(keyed).includes(JSON.stringify(a.lede)) && recordInput(keyed).length < recordInput(a).length / 2, 'with one, not the text');
  assert.notEqual(recordInput(keyed), recordInput({ ...keyed, textKey: 'k2' }));
  assert.notEqual(recordInput(keyed), recordInput({ ...keyed, topics: ['autre'] }));
  assert.notEqual(recordInput(keyed), recordInput({ ...keyed, url: '/ailleurs/' }));
  assert.notEqual(recordInput(keyed), recordInput(a));
  assert.equal(recordSource(keyed).textKey, 'k1', 'the key goes to the indexing process');
});
