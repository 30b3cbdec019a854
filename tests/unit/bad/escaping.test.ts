/**
 * Every text is escaped where it lands: in a JSON-LD script (a `</script>` cannot end it) and
 * in XML feeds (well-formed whatever the text, control characters and lone surrogates included).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleCard } from '../../../src/model.ts';
import { atomFeed } from '../../../src/site/feeds.ts';
import { jsonForScript } from '../../../src/site/filters/json-ld.ts';
import { xmlEscape } from '../../../src/site/filters/xml.ts';
import { expectedFiles, loadCatalog } from '../../bad/catalog.ts';
import { xmlProblems } from '../../bad/xml.ts';

const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const hostile = [
  ...[...expectedFiles(loadCatalog()).values()].flatMap((e) => (e.title ? [e.title] : [])),
  '</script><script>alert(1)</script>', '<!-- <script>', ']]>', '&amp; & &#0; &bogus;', `"'<>&`, '\u2028\u2029',
  `contrôle ${controls} fin`, 'surrogate \ud800 seule \udfff', 'non-caractères \ufffe \uffff', '😀 emoji',
];

test('JSON-LD: no text can end the script, and the JSON reads back to the same text', () => {
  for (const text of hostile) {
    const json = jsonForScript({ headline: text });
    assert.doesNotMatch(json, /[<>]/, text);
    const page = `<script type="application/ld+json">${json}</script><p>après</p>`;
    const inside = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!;
    assert.deepEqual(JSON.parse(inside), { headline: text });
  }
});

test('XML: escaped text is well-formed in an element and in an attribute', () => {
  for (const text of hostile) {
    const xml = `<feed><title t="${xmlEscape(text)}">${xmlEscape(text)}</title></feed>`;
    assert.deepEqual(xmlProblems(xml), [], JSON.stringify(text));
  }
});

test('an Atom feed of hostile cards is well-formed', () => {
  const items: ArticleCard[] = hostile.map((text, i) => ({
    id: `a${i}`, url: `/articles/2024/01/a${i}/`, title: text, dateIso: '2024-01-01', dateLabel: '1er janvier 2024', excerpt: text,
    topics: [{ label: text, url: '/sujets/x/' }], source: text,
  }));
  const feed = atomFeed({ site: { title: 'Kiosque <&>', description: '', basePath: '/', origin: 'https://archives.example' }, title: 'Flux', feedUrl: '/flux.xml', pageUrl: '/', items });
  assert.deepEqual(xmlProblems(feed), []);
});
