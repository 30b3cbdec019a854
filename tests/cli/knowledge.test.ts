import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/content.ts';
import { CLI_ENTRY } from '../../src/paths.ts';

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', CLI_ENTRY, ...args], { cwd: ROOT, encoding: 'utf8' });
}

const ARTICLES: Record<string, string> = {
  'retraites.md': '---\ntitle: "Réforme des retraites : Emmanuel Macron prêt à utiliser le 49-3"\ndate: 2020-02-29\ncategory: "Politique"\n---\nLe gouvernement veut aller vite sur le texte.\n\nLes députés de l’opposition dénoncent un passage en force.\n',
  'voiture.md': '---\ntitle: "La nouvelle citadine électrique"\ndate: 2020-03-02\ncategory: "auto"\n---\nLe constructeur présente sa voiture.\n',
  'fete.md': '---\ntitle: "La fête du village"\ndate: 2020-03-03\ncategory: "France"\ntags: [vie-locale, Nécrologie]\n---\nLe maire a ouvert la fête.\n',
  'marche.md': '---\ntitle: "Le marché de Noël ouvre samedi"\ndate: 2020-03-05\ntags: [Vie locale]\n---\nLes exposants s’installent sur la place.\n',
  'brut.txt': 'Tempête : vigilance orange\n date 2020-03-04 Météo-France place dix départements en vigilance orange pour des vents violents.\n\nLes rafales de vent atteindront 120 km/h.\n',
};

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-knowledge-'));
  mkdirSync(join(dir, 'articles'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'articles', name), text);
  return dir;
}

function topicLinks(html: string): string[] {
  return [...html.matchAll(/<a [^>]*href="\/sujets\/([a-z0-9-]+)\/"[^>]*>([^<]+)</g)].map((m) => `${m[1]}=${m[2]}`);
}

test('a folder holding only articles gets topics from the built-in taxonomy, and the report and summary say which files were used', () => {
  const dir = folder(ARTICLES);
  const r = cli('build', '--content', join(dir, 'articles'), '--out', join(dir, 'site'), '--report', join(dir, 'report.json'), '--no-search');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /connaissances : src\/enrich\/knowledge\/sujets\.yml \(intégré, \d+ entrées\) ; src\/enrich\/knowledge\/entites\.yml \(intégré/);
  assert.match(r.stdout, /1 sujet des métadonnées sans équivalent dans la taxonomie, publié tel quel : Vie locale \(2\)/);
  assert.match(r.stdout, /1 autre sujet des métadonnées sans équivalent, donné à trop peu d’articles pour une page, n’est pas publié : Nécrologie \(1\)/);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  assert.deepEqual(report.knowledge.map((k: { origin: string }) => k.origin), ['built-in', 'built-in']);
  assert.deepEqual(report.unmappedTopics, [
    { label: 'Nécrologie', slug: 'necrologie', articles: 1, page: false },
    { label: 'Vie locale', slug: 'vie-locale', articles: 2, page: true },
  ]);
  // A topic one article carries gets no page, and no page links to it.
  assert.ok(!existsSync(join(dir, 'site/sujets/necrologie')), 'no page for a topic of one article');
  assert.ok(!topicLinks(readFileSync(join(dir, 'site/articles/2020/03/la-fete-du-village/index.html'), 'utf8')).some((l) => l.startsWith('necrologie=')));
  const index = readFileSync(join(dir, 'site/sujets/index.html'), 'utf8');
  const links = topicLinks(index);
  for (const expected of ['politique=Politique', 'retraites=Retraites', 'automobile=Automobile', 'france=France', 'vie-locale=Vie locale', 'meteo=Météo et catastrophes naturelles']) {
    assert.ok(links.includes(expected), `${expected} missing from /sujets/: ${links.join(', ')}`);
  }
  assert.ok(!links.some((l) => l.startsWith('auto=')), 'the category « auto » must map onto Automobile');
});

test('the folder’s own sujets.yml overrides a built-in topic and is listed as content', () => {
  const dir = folder({ ...ARTICLES, 'sujets.yml': '- slug: meteo\n  label: Le temps qu’il fait\n  description: Météo.\n  aliases: [vigilance orange]\n' });
  const r = cli('build', '--content', join(dir, 'articles'), '--out', join(dir, 'site'), '--report', join(dir, 'report.json'), '--no-search');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  assert.deepEqual(report.knowledge.at(-1), { file: 'sujets.yml', origin: 'content', entries: 1, replaced: 1, removed: 0 });
  assert.ok(topicLinks(readFileSync(join(dir, 'site/sujets/index.html'), 'utf8')).includes('meteo=Le temps qu’il fait'));
});
