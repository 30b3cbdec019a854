import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleDoc, topicDoc } from '../../../src/enrich/index.ts';
import { ingestFile } from '../../../src/ingest/index.ts';

const BODY = '\n\nLe ministre de la Santé défendra le texte devant les députés.\n';

function ingested(text: string, name = text.startsWith('---') ? 'article.md' : 'article.txt') {
  const result = ingestFile(name, Buffer.from(text));
  assert.ok(result.ok === true);
  return result.article;
}

test('a raw text without a title line: topics read its lede from where the derived title stops, so each word counts once', () => {
  const a = ingested(' date 2024-02 Le gouvernement a présenté mardi son plan pour les hôpitaux publics. Les syndicats de soignants jugent les mesures insuffisantes et appellent à la grève.' + BODY);
  assert.equal(a.titleOrigin, 'derived');
  const doc = topicDoc(a);
  assert.equal(doc.title, 'Le gouvernement a présenté mardi son plan pour les hôpitaux publics');
  assert.equal(doc.lede, 'Les syndicats de soignants jugent les mesures insuffisantes et appellent à la grève.');
  assert.equal(doc.body, articleDoc(a).body);
});

test('a title cut from a long lede: the lede goes on from the cut', () => {
  const a = ingested(' date 2024-02 Le gouvernement a présenté mardi son plan pour les hôpitaux publics, que les syndicats de soignants jugent insuffisant et contre lequel ils appellent à la grève dans toute la France dès la semaine prochaine, avec le soutien des associations de patients.' + BODY);
  assert.match(a.title, /…$/);
  assert.match(topicDoc(a).lede, /^que les syndicats de soignants jugent insuffisant/);
  assert.doesNotMatch(topicDoc(a).lede, /hôpitaux/);
});

test('a title line of its own leaves the lede whole', () => {
  const a = ingested('---\ntitle: Le gouvernement a présenté mardi son plan pour les hôpitaux publics\ndate: 2024-02-06\n---\nLe gouvernement a présenté mardi son plan pour les hôpitaux publics. Les syndicats jugent les mesures insuffisantes.' + BODY);
  assert.equal(a.titleOrigin, 'front-matter');
  assert.equal(topicDoc(a).lede, articleDoc(a).lede);
});

test('a raw text without a title line, in a file named after its headline: its title is that headline, and topics read the whole lede', () => {
  const text = ' date 2024-02 Le gouvernement a présenté mardi son plan pour les hôpitaux publics. Les syndicats de soignants jugent les mesures insuffisantes et appellent à la grève.' + BODY;
  const a = ingested(text, '2024-02-06-les-soignants-appellent-a-la-greve-20341.txt');
  assert.equal(a.title, 'Les soignants appellent à la grève');
  assert.equal(topicDoc(a).title, a.title);
  assert.equal(topicDoc(a).lede, articleDoc(a).lede);
});
