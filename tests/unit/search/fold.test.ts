import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { compoundApostrophes, expandLigatures, indexableHtml, indexableText, splitElisions } from '../../../src/search/fold.ts';
import { frenchTypography } from '../../../src/text/french-typography.ts';
import { core } from '../../search/core.ts';
import { PROJECT_ROOT } from '../../../src/paths.ts';

test('an elision apostrophe, curly or straight, gets a space after it: two words for Pagefind', () => {
  assert.equal(splitElisions("L’intelligence d’IA et l'eau"), "L’ intelligence d’ IA et l' eau");
  assert.equal(splitElisions('jusqu’à ce qu’il parte, lorsqu’elle'), 'jusqu’ à ce qu’ il parte, lorsqu’ elle');
  assert.equal(splitElisions('lʼIA'), 'lʼ IA');
  // The word after the elision stays whole, hyphens included, so `a-t-il` finds it.
  assert.equal(splitElisions("Qu'a-t-il dit d’Île-de-France ?"), "Qu' a-t-il dit d’ Île-de-France ?");
});

test('apostrophes that are not elisions stay as written', () => {
  for (const text of ['aujourd’hui', "aujourd'hui", '‘cité’ et ’90', 'presqu’île', 'rock’n’roll', "Val-d'Oise", '']) {
    assert.equal(splitElisions(text), text);
  }
});

test('ligatures are indexed as two letters joined by an invisible mark', () => {
  assert.equal(expandLigatures('Le cœur, l’Œuvre, ex æquo'), 'Le co\u034feur, l’O\u034fEuvre, ex a\u034fequo');
  assert.equal(indexableText('l’œil'), 'l’ o\u034feil');
});

test('soft hyphens and zero-width spaces are left out of the indexed text', () => {
  assert.equal(indexableText('d’eu\u00adros aujourd’\u00adhui'), 'd’ euros aujourd’hui');
  assert.equal(indexableText('mot\u200bcollé'), 'motcollé');
});

test('HTML: only text is changed, an inline tag stays inside the word, a block tag ends it', () => {
  assert.equal(indexableHtml('<p title="l’œil">l’<em>œil</em></p>'), '<p title="l’œil">l’<em> o\u034feil</em></p>');
  assert.equal(indexableHtml('<p>l’</p><p>eau</p>'), '<p>l’</p><p>eau</p>');
  assert.equal(indexableHtml('<p><a href="/l’eau">d’IA</a> &amp; l\'eau</p>'), '<p><a href="/l’eau">d’ IA</a> &amp; l\' eau</p>');
});

test('the search page restores exactly the typography of every seed paragraph', () => {
  const dir = join(PROJECT_ROOT, 'content');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length >= 5, 'the seeds are there');
  let elisions = 0;
  for (const f of files) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const shown = frenchTypography(line);
      const indexed = indexableText(shown);
      elisions += indexed.length - shown.length;
      assert.equal(core.restoreTypography(indexed), shown, `${f}: ${line.slice(0, 60)}`);
    }
  }
  assert.ok(elisions > 50, `the seeds have elisions to split (${elisions})`);
});

test('ligatures and elisions come back in excerpts', () => {
  const text = "L’Œuvre, l’œil et le cœur d’Æsa, qu'a-t-il dit ?";
  assert.equal(core.restoreTypography(indexableText(text)), text);
  assert.deepEqual(core.excerptParts(`qu' <mark>a-t-il</mark> dit à l’ <mark>o\u034feil</mark>`), [
    { text: "qu'", mark: false },
    { text: 'a-t-il', mark: true },
    { text: ' dit à l’', mark: false },
    { text: 'œil', mark: true },
  ]);
});

test('the apostrophe of an elision inside a hyphenated name is indexed straight, for Pagefind to index its parts, and comes back typographic', () => {
  assert.equal(compoundApostrophes('Valéry Giscard-d’Estaing, Val-d’Oise, Saint-Jean-d’Angély'), "Valéry Giscard-d'Estaing, Val-d'Oise, Saint-Jean-d'Angély");
  // Not an elision starting a word, nor an apostrophe inside a word.
  for (const text of ['l’eau', 'aujourd’hui', 'presqu’île', 'rock’n’roll', 'Jean-Pierre d’Estaing']) assert.equal(compoundApostrophes(text), text);
  const text = 'Hommage à Valéry Giscard-d’Estaing, dans le Val-d’Oise.';
  assert.equal(core.restoreTypography(indexableText(text)), text);
  assert.equal(core.restoreTypography("Giscard-d&#x27;<mark>Estaing</mark>"), 'Giscard-d’<mark>Estaing</mark>');
});
