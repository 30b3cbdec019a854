/** Encodings a user's files arrive in: each is read, and each that is not plain UTF-8 says so. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repairMojibake } from '../../../src/ingest/mojibake.ts';
import { article } from '../../helpers/content.ts';

const utf16 = (text: string, order: 'le' | 'be', bom: boolean): Uint8Array => {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (order === 'be') le.swap16();
  return le;
};

test('double-encoded UTF-8 (CafÃ©, lâ€™IA) is repaired, with a warning that says so and where', () => {
  const a = article('a.txt', 'Un titre\n date 2024-03-05 Le CafÃ© de la gare.\n\nLe rÃ´le de lâ€™IA est discutÃ©.\n');
  assert.equal(a.lede, 'Le Café de la gare.');
  assert.equal(a.sections[0]!.paragraphs[0], 'Le rôle de l’IA est discuté.');
  const w = a.diagnostics.find((d) => d.id === 'encoding-double-utf8');
  assert.equal(w?.level, 'warning');
  assert.equal(w?.line, 2);
  assert.match(w!.message, /encodé deux fois en UTF-8 \(« Ã© » pour « é »\) : 4 caractères réparés/);
});

test('correct accents are left alone, and only broken sequences are repaired in a mixed text', () => {
  assert.equal(repairMojibake('Café, été, « guillemets », 2,50 €, œuvre').repaired, 0);
  assert.deepEqual([repairMojibake('Été Ã  Brest, Ã‰tÃ©').text], ['Été Ã  Brest, Été']);
});

test('French spacing before a closing quote is not taken for mojibake, and real sequences still are', () => {
  // `é`, nbsp, `»` are the bytes E9 A0 BB in Windows-1252: valid UTF-8 for 頻 (seen in 12 corpus articles).
  for (const text of ['un été\u00a0»', 'mourir là\u00a0», dit-il', 'CAFÉ\u00a0»', 'déjà\u00a0« non »']) {
    assert.equal(repairMojibake(text).repaired, 0, text);
  }
  assert.equal(repairMojibake('Ã\u00a0 lâ€™Å“uvre, 5 â‚¬ ðŸ˜€').text, 'à l’œuvre, 5 € 😀');
});

test('Windows-1252 is read with ’ and €, and published with a warning', () => {
  const bytes = Buffer.from([...Buffer.from('Titre\n date 2024-03 L'), 0x92, ...Buffer.from('article co'), 0xfb, ...Buffer.from('te 5 '), 0x80, 0x2e, 0x0a]);
  const a = article('a.txt', bytes);
  assert.equal(a.lede, 'L’article coûte 5 €.');
  assert.ok(a.diagnostics.some((d) => d.id === 'encoding-windows-1252' && d.level === 'warning'));
});

for (const [order, bom] of [['le', true], ['be', true], ['le', false], ['be', false]] as const) {
  test(`UTF-16 ${order.toUpperCase()} ${bom ? 'with' : 'without'} BOM is read and published with a warning`, () => {
    const a = article('a.txt', utf16('Un titre accentué\n date 2024-03-05 Le texte de l’été.\n', order, bom));
    assert.equal(a.title, 'Un titre accentué');
    assert.equal(a.lede, 'Le texte de l’été.');
    const w = a.diagnostics.find((d) => d.id === 'encoding-utf-16');
    assert.equal(w?.level, 'warning');
    assert.match(w!.message, new RegExp(`UTF-16${order.toUpperCase()}${bom ? ' :' : ' sans BOM'}`));
  });
}

test('a lone surrogate in UTF-16 becomes U+FFFD with a warning on its line', () => {
  const a = article('a.txt', utf16('Un titre\n date 2024-03-05 Le texte.\n\nUn \uD800 seul.\n', 'le', true));
  assert.equal(a.sections[0]!.paragraphs[0], 'Un \uFFFD seul.');
  assert.equal(a.diagnostics.find((d) => d.id === 'encoding-invalid-bytes')?.line, 4);
});
