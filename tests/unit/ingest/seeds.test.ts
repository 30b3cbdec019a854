import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allParagraphs, headings, seed } from '../../helpers/content.ts';

test('seed 000: month date with the lede on the date line, one heading, lede kept once', () => {
  const a = seed('000_8d8c1ec7b0367f6a.txt');
  assert.deepEqual(a.date, { iso: '2024-02', precision: 'month', year: 2024, month: 2 });
  assert.equal(a.titleOrigin, 'derived');
  // The quotation the lede opens with is whole in the title: it keeps its marks, the cut comes after it.
  assert.equal(a.title, `"Nous avons eu une conversation productive sur l'intelligence artificielle et sur l'avenir de la technologie"…`);
  assert.ok(a.title.length <= 111, `title of ${a.title.length} characters`);
  // The repeat carries more than the first line: the fuller version is kept, once, as the lede.
  assert.match(a.lede, /^"Nous avons eu une conversation productive.*a confié le créateur de Facebook lors d'un bref échange.*à Tokyo\.$/);
  assert.deepEqual(headings(a), ['Rencontre avec le président de Samsung Electronics']);
  const repeats = allParagraphs(a).filter((p) => p.includes('Nous avons eu une conversation productive'));
  assert.equal(repeats.length, 1, 'the lede repeated as the third paragraph is kept once');
  assert.equal(a.source, undefined);
  assert.equal(a.truncated, false);
  assert.match(a.url, /^\/articles\/2024\/02\/[a-z0-9-]+\/$/);
});

test('seed 001: undated, debris dropped, five headings from a text without blank lines', () => {
  const a = seed('001_49f8b49277cbb6e8.txt');
  assert.equal(a.date, undefined);
  assert.ok(a.diagnostics.some((d) => d.id === 'undated' && d.level === 'warning'));
  assert.ok(!allParagraphs(a).some((p) => /Table of Contents/i.test(p)));
  assert.ok(!a.title.includes('Table of Contents'));
  assert.match(a.lede, /^Mark Zuckerberg, le PDG de Meta, fait pression/);
  assert.deepEqual(headings(a), [
    'Collaboration avec le gouvernement',
    'Objectifs et applications de Llama',
    'Accords avec d’autres départements',
    'Contexte politique et concurrence',
    'Développements futurs de Llama',
    'Perspectives de Zuckerberg',
  ]);
  // The file as shipped ends on a full sentence ("… des opportunités à venir."): not truncated.
  assert.equal(a.truncated, false);
  assert.match(a.url, /^\/articles\/sans-date\/[a-z0-9-]+\/$/);
});

test('seed 002: curly apostrophes, January 2024, the quoted post kept as a paragraph', () => {
  const a = seed('002_9d2da9faf8326bd5.txt');
  assert.deepEqual(a.date, { iso: '2024-01', precision: 'month', year: 2024, month: 1 });
  assert.match(a.lede, /^L’année dernière, nous avons assisté/);
  assert.deepEqual(headings(a), []);
  assert.ok(allParagraphs(a).some((p) => p.startsWith('Quelques mises à jour sur nos efforts')));
  assert.ok(allParagraphs(a).some((p) => p.endsWith('d’une légende :')));
  assert.equal(a.truncated, false);
});

test('seed 003: title line, undated, a heading ending in "?", source techcrunch', () => {
  const a = seed('003_5f5d1759978bb90b.txt');
  assert.equal(a.title, 'Meta : Mark Zuckerberg veut permettre aux créateurs d’utiliser des clones d’IA');
  assert.equal(a.titleOrigin, 'title-line');
  assert.equal(a.date, undefined);
  assert.equal(a.source, 'TechCrunch', 'written as the medium writes its name');
  assert.deepEqual(headings(a), ['Meta : les utilisateurs accepteront-ils d’interagir avec l’IA ?']);
  assert.ok(!allParagraphs(a).some((p) => p.startsWith('Source')));
  assert.match(a.lede, /^Le patron de Meta, entreprise propriétaire de Facebook/);
});

test('seed 004: July 2024, one heading, « » quotes kept', () => {
  const a = seed('004_00b606b2294fa235.txt');
  assert.deepEqual(a.date, { iso: '2024-07', precision: 'month', year: 2024, month: 7 });
  assert.deepEqual(headings(a), ['Une coopération mondiale pour l’IA']);
  assert.ok(allParagraphs(a).some((p) => p.startsWith('« Aucun pays ne peut faire exception »')));
  assert.equal(a.truncated, false);
  assert.ok(a.wordCount > 250 && a.wordCount < 400, `wordCount ${a.wordCount}`);
  assert.equal(a.readingMinutes, Math.max(1, Math.round(a.wordCount / 230)));
});
