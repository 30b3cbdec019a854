import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capitalize, esc } from '../../../src/site/html.ts';
import { cardList } from '../../../src/site/views/cards.ts';
import type { ArticleCard } from '../../../src/model.ts';

test('text from an article cannot open a tag or leave an attribute', () => {
  assert.equal(esc(`<img src=x onerror="a('b')"> & \\`), '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; &#92;');
  assert.equal(esc('Café déjà vu'), 'Café déjà vu');
  assert.equal(esc(undefined), '');
  assert.equal(esc(null), '');
  assert.equal(esc(0), '0');
});

test('a month name is capitalised as the Nunjucks filter did', () => {
  assert.equal(capitalize('mars 2024'), 'Mars 2024');
  assert.equal(capitalize('éTÉ'), 'Été');
});

test('a card prints a hostile title, source and topic as text, and links under the base path', () => {
  const item: ArticleCard = {
    id: 'a', url: '/articles/2024/03/a/', title: '</a><script>alert(1)</script>', dateIso: '2024-03-05', dateLabel: '5 mars 2024',
    dayUrl: '/chronologie/2024/03/#05', excerpt: 'Un <b>résumé</b>', topics: [{ label: '"><svg onload=x>', url: '/sujets/x/' }], source: '<i>AFP</i>',
  };
  const html = cardList([item], '/x/');
  assert.ok(!html.includes('<script>') && !html.includes('<svg') && !html.includes('<i>') && !html.includes('<b>'), html);
  assert.match(html, /href="\/x\/articles\/2024\/03\/a\/"/);
  assert.match(html, /href="\/x\/sujets\/x\/">&quot;&gt;&lt;svg onload=x&gt;<\/a>/);
});

test('a card under a title cut from the lede shows the lede from the cut (its teaser), not the title again', () => {
  const item: ArticleCard = { id: 'a', url: '/a/', title: 'Il dénonce des pratiques…', dateLabel: 'Sans date', excerpt: 'Il dénonce des pratiques qui relèvent de la délation.', teaser: '… qui relèvent de la délation.', topics: [] };
  const html = cardList([item], '/');
  assert.match(html, /<p class="excerpt">… qui relèvent de la délation\.<\/p>/);
  assert.match(cardList([{ ...item, teaser: undefined }], '/'), /<p class="excerpt">Il dénonce des pratiques qui relèvent/);
  // A title that holds the whole lede: no excerpt at all.
  assert.doesNotMatch(cardList([{ ...item, teaser: '' }], '/'), /class="excerpt"/);
});
