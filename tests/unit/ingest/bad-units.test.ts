/**
 * The small pieces the catalog of bad inputs relies on, one behaviour each: link allowlist,
 * HTML detection, decoding of damaged UTF-8, safe site paths, dates, and the console listing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isFuture, readDateValue } from '../../../src/ingest/dates.ts';
import { decode } from '../../../src/ingest/decode.ts';
import { htmlTagIn, isSafeLink } from '../../../src/ingest/markup.ts';
import { isSafeSitePath } from '../../../src/ingest/slug.ts';
import { formatProblems } from '../../../src/build/report.ts';
import { readProblem, skipReason } from '../../../src/ingest/index.ts';

test('links are an allowlist: http(s), mailto, tel (a hotline, the thirty-first review) and site addresses only', () => {
  for (const url of ['https://example.org/a', 'http://x.fr', 'mailto:redaction@x.fr', 'tel:0800406005', '/sujets/', '#note', 'page.html', '//cdn.example/a']) {
    assert.equal(isSafeLink(url), true, url);
  }
  for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', '\u0001javascript:alert(1)', 'vbscript:x', 'file:///etc/passwd', 'data:image/png;base64,AAAA', 'data:text/html,<b>', 'blob:https://x/1', 'intent://x']) {
    assert.equal(isSafeLink(url), false, url);
  }
});

test('HTML is detected as an editor writes it, not in comparisons', () => {
  assert.equal(htmlTagIn('Le <b>gras</b>'), '<b>');
  assert.equal(htmlTagIn('a <img src=x onerror=alert(1)> b'), '<img src=x onerror=alert(1)>');
  assert.equal(htmlTagIn('</script>'), '</script>');
  assert.equal(htmlTagIn('<!-- note -->'), '<!--');
  assert.equal(htmlTagIn('si a < b et c > d'), undefined);
  assert.equal(htmlTagIn('<3 et 5 > 4'), undefined);
});

test('mostly UTF-8 with one stray byte stays UTF-8, with the line of the damage', () => {
  const bytes = Buffer.concat([Buffer.from('Été\nà Brest\nl’IA '), Buffer.from([0x92]), Buffer.from(' fin\n')]);
  const d = decode(bytes);
  assert.equal(d.encoding, 'utf-8');
  assert.equal(d.invalidUtf8Line, 3);
  assert.equal(d.text, 'Été\nà Brest\nl’IA \ufffd fin\n');
});

test('Windows-1252 text is still read as Windows-1252, and a BOM does not hide damage', () => {
  const cp = decode(Buffer.from([0x4c, 0x92, 0xe9, 0x74, 0xe9, 0x20, 0x80]));
  assert.deepEqual([cp.encoding, cp.text, cp.invalidUtf8Line], ['windows-1252', 'L’été €', undefined]);
  const bom = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a\nb'), Buffer.from([0xff])]));
  assert.deepEqual([bom.encoding, bom.bom, bom.invalidUtf8Line, bom.text], ['utf-8', true, 2, 'a\nb\ufffd']);
});

test('a site path is safe only as lowercase ASCII segments', () => {
  for (const p of ['/', '/articles/2024/02/sujets/', '/articles/sans-date/article-2/', '/sujets/ia/page/2/']) assert.equal(isSafeSitePath(p), true, p);
  for (const p of ['/articles/../../etc/', '/articles/./x/', '//x/', '/a b/', '/Sujets/', '/articles/x', 'articles/x/', '/é/', '/-x/']) assert.equal(isSafeSitePath(p), false, p);
});

test('dates: a front-matter value of the wrong type is refused, a future one is spotted at its precision', () => {
  assert.equal(readDateValue(2024).ok, true);
  assert.equal(readDateValue(42).ok, false);
  assert.equal(readDateValue(['2024']).ok, false);
  assert.equal(readDateValue({ an: 2024 }).ok, false);
  assert.equal(readDateValue('0999-01-01').ok, false);
  const future = (iso: string) => isFuture({ iso, precision: 'day', year: Number(iso.slice(0, 4)) }, '2024-05-10');
  assert.deepEqual(['2024-05-11', '2024-06', '2025', '2024-05-10', '2024-05', '2024', '2023-12-31'].map(future), [true, true, true, false, false, false, false]);
});

test('the console lists problems per file, in line order, and says why a file was skipped', () => {
  const lines = formatProblems([
    { file: 'a.md', status: 'published', warnings: [{ id: 'w', line: 9, message: 'late; fix it' }, { id: 'w', line: 2, message: 'early; fix it' }], errors: [] },
    { file: 'b.md', status: 'rejected', warnings: [{ id: 'w', line: 4, message: 'warn; fix' }], errors: [{ id: 'e', line: 3, message: 'bad; fix' }] },
    { file: 'photo.jpg', status: 'skipped', reason: 'not an article', warnings: [], errors: [] },
    { file: 'ok.md', status: 'published', warnings: [], errors: [] },
  ]);
  assert.deepEqual(lines, [
    'a.md (publié)',
    '  a.md:2: avertissement: early; fix it',
    '  a.md:9: avertissement: late; fix it',
    'b.md (rejeté)',
    '  b.md:3: erreur: bad; fix',
    '  b.md:4: avertissement: warn; fix',
    'photo.jpg (ignoré : not an article)',
  ]);
});

test('past 20 files skipped for one reason (a site’s images), the console lists 5 and counts the others by extension', () => {
  const image = (i: number, ext: string) => ({ file: `photos/${String(i).padStart(3, '0')}${ext}`, status: 'skipped' as const, reason: 'pas un article', warnings: [], errors: [] });
  const many = [...Array.from({ length: 30 }, (_, i) => image(i, '.jpg')), ...Array.from({ length: 4 }, (_, i) => image(100 + i, '.png'))];
  const lines = formatProblems([{ file: 'a.md', status: 'rejected', warnings: [], errors: [{ id: 'e', line: 1, message: 'bad; fix' }] }, ...many]);
  assert.deepEqual(lines, [
    'a.md (rejeté)',
    '  a.md:1: erreur: bad; fix',
    ...many.slice(0, 5).map((e) => `${e.file} (ignoré : pas un article)`),
    '… et 29 autres fichiers ignorés (pas un article) : .jpg 25, .png 4 ; --report FICHIER les liste un par un',
  ]);
  // Twenty are listed whole.
  assert.equal(formatProblems(many.slice(0, 20)).length, 20);
});

test('a folder’s README or licence and a Hugo section’s _index.md are skipped as no articles, an article named like them is not', () => {
  for (const file of ['README.md', 'readme.txt', 'LICENSE-OrangeSum.txt', 'docs/CHANGELOG.md']) assert.match(skipReason(file) ?? '', /documentation du dossier/, file);
  assert.match(skipReason('posts/_index.md') ?? '', /_index\.md/);
  for (const file of ['notice-de-vote.md', 'licence-de-taxi-retiree.txt', '2018-01-02-readme.md', 'posts/premier/index.md']) assert.equal(skipReason(file), undefined, file);
});

test('the tenth reader’s review: a YAML tag in the front matter (« title: !!js/function … ») refuses the file at its line; control characters are reported at the line of the first', async () => {
  const { ingestFile } = await import('../../../src/ingest/index.ts');
  const bytes = (s: string) => new TextEncoder().encode(s);
  const tagged = ingestFile('js.md', bytes('---\ntitle: !!js/function "function(){ return process.exit(1) }"\ndate: 2016-04-01\n---\n\nTexte.\n'));
  assert.equal(tagged.ok, false);
  const refused = tagged.ok === false ? tagged.diagnostics[0]! : undefined;
  assert.equal(refused?.line, 2);
  assert.match(refused?.message ?? '', /étiquette YAML « !!js\/function » refusée/);
  const plain = ingestFile('ok.md', bytes('---\ntitle: "Bang! Wow"\ndate: 2016-04-01\ntags:\n  - a!b\n---\n\nTexte.\n'));
  assert.ok(plain.ok === true && plain.article.title === 'Bang! Wow', 'an exclamation mark inside a value is no tag');
  const binary = ingestFile('b.txt', bytes('Titre\n date 2016-04-01 Un texte.\n\nUne ligne \u0001\u0002 abîmée.\n'));
  assert.equal(binary.ok === true ? binary.article.diagnostics.find((d) => d.id === 'control-characters')?.line : undefined, 4);
});

test('a file that cannot be read is rejected with what to do for its cause: gone during the build, no right to read, a folder', () => {
  const failure = (code: string) => Object.assign(new Error(code), { code });
  const gone = readProblem('a.txt', failure('ENOENT'));
  assert.equal(gone.file, 'a.txt');
  assert.equal(gone.level, 'error');
  assert.match(gone.message, /disparu pendant la construction/);
  assert.doesNotMatch(gone.message, /droit/);
  assert.match(readProblem('a.txt', failure('EACCES')).message, /\(EACCES\).*droit de le lire/);
  assert.match(readProblem('a.txt', failure('EISDIR')).message, /dossier/);
  assert.match(readProblem('a.txt', failure('EIO')).message, /illisible \(EIO\)/);
});

test('a web site’s or a tool’s own text files (robots.txt, humans.txt, ads.txt, requirements.txt) are skipped, named; articles about robots are not (the thirty-fifth review)', () => {
  for (const file of ['robots.txt', 'site/humans.txt', 'ads.txt', 'app-ads.txt', 'llms.txt', 'requirements.txt', 'requirements-dev.txt', 'CMakeLists.txt']) {
    assert.equal(skipReason(file), `fichier lu par un site web ou un outil (${file.slice(file.lastIndexOf('/') + 1)}), pas un article`, file);
  }
  for (const file of ['robots.md', 'les-robots.txt', 'Robots.txt', '2019-03-05-robots.txt', 'robots-tueurs.txt']) assert.equal(skipReason(file), undefined, file);
});
