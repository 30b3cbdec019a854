/**
 * The catalog of bad inputs (project issue 8): tests/fixtures/bad/<case>/ holds the inputs that
 * can be committed, the generators below write the ones that cannot (5 MB, NUL bytes, UTF-16,
 * invalid bytes, NFD names, symbolic links, hidden files), and tests/fixtures/bad/expected.yml
 * says what each file must get.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import YAML from 'yaml';
import { PROJECT_ROOT } from '../../src/paths.ts';
export { PROJECT_ROOT } from '../../src/paths.ts';

export const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/bad');
export const SEEDS = join(PROJECT_ROOT, 'content');

export type Status = 'published' | 'rejected' | 'draft' | 'skipped';

/** What one input file must get. Diagnostics are written `id` or `id@line`. */
export interface FileExpectation {
  status: Status;
  /** Exactly these errors and warnings (info-level diagnostics are not counted). */
  errors?: string[];
  warnings?: string[];
  /** Fragments the diagnostics' messages (or the skip reason) must contain. */
  says?: string[];
  title?: string;
  url?: string;
  date?: { iso: string; precision: string };
  topics?: string[];
  /** Fragments of the article's plain text (lede and sections). */
  text_has?: string[];
  /** Fragments the rendered Markdown body must, or must not, contain. */
  html_has?: string[];
  html_lacks?: string[];
}

export interface CatalogCase {
  name: string;
  about: string;
  /** Files keyed by their path inside the case folder, NFC. */
  files: Record<string, FileExpectation>;
}

export interface HostileQuery {
  name: string;
  about: string;
  q: string;
}

export interface Catalog {
  cases: CatalogCase[];
  queries: HostileQuery[];
}

/**
 * Reads tests/fixtures/bad/expected.yml; `repeat` in a query is expanded to a 10,000-char text.
 * @example loadCatalog().cases.find((c) => c.name === 'fm-js')?.files['js.md']?.status // 'rejected'
 */
export function loadCatalog(): Catalog {
  const raw = YAML.parse(readFileSync(join(FIXTURES, 'expected.yml'), 'utf8')) as {
    cases: Record<string, { about: string; files: Record<string, FileExpectation> }>;
    queries: Record<string, { about: string; q?: string; repeat?: { text: string; length: number } }>;
  };
  return {
    cases: Object.entries(raw.cases).map(([name, c]) => ({ name, about: c.about, files: c.files })),
    queries: Object.entries(raw.queries).map(([name, q]) => ({
      name,
      about: q.about,
      q: q.q ?? q.repeat!.text.repeat(Math.ceil(q.repeat!.length / q.repeat!.text.length)).slice(0, q.repeat!.length),
    })),
  };
}

/**
 * Windows-1252 bytes of a French text (the letters it uses beyond Latin-1 included).
 * @example cp1252('l’été') // <Buffer 6c 92 e9 74 e9>
 */
export function cp1252(text: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '…': 0x85, 'œ': 0x9c, 'Œ': 0x8c, '–': 0x96, '—': 0x97 };
  return Buffer.from([...text].map((c) => high[c] ?? (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (order === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

const put = (dir: string, name: string, bytes: string | Buffer) => {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), bytes);
};

/** Inputs that cannot be committed sanely, written deterministically per case. */
const GENERATORS: Record<string, (dir: string) => void> = {
  'title-too-long': (dir) => {
    const title = 'Un titre interminable sur la rénovation du port de plaisance '.repeat(40).slice(0, 1999) + '.';
    put(dir, 'article.md', `---\ntitle: "${title}"\ndate: 2024-05-07\n---\nLe titre de cet article compte deux mille caractères.\n`);
  },
  'body-5mb-paragraph': (dir) => {
    put(dir, 'article.txt', ` date 2024-03-10 ${'Un paragraphe sans fin, répété jusqu’à cinq mégaoctets. '.repeat(Math.ceil((5 * 1024 * 1024) / 57))}\n`);
  },
  'body-nul': (dir) => {
    put(dir, 'article.txt', Buffer.from(' date 2024-03-11 Ce texte contient des octets\0 nuls\0 au milieu des mots.\n\nLa suite est normale.\n'));
    put(dir, 'zeros.txt', Buffer.alloc(4096));
  },
  'enc-bom': (dir) => {
    put(dir, 'article.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\ntitle: Un fichier avec BOM\ndate: 2024-04-01\n---\nCe fichier commence par une marque d’ordre des octets.\n')]));
  },
  'enc-windows-1252': (dir) => {
    put(dir, 'article.txt', cp1252('Les cafés de Saint-Malo à l’heure d’été\n date 2024-04-02 Les terrasses de Saint-Malo affichent complet, et le café coûte désormais 2,50 € en moyenne.\n\nLes œuvres du festival s’installent sur les remparts.\n'));
  },
  'enc-nfd': (dir) => {
    put(dir, 'e\u0301te\u0301.md', '---\ntitle: "E\u0301te\u0301 a\u0300 Brest : les fe\u0302tes maritimes"\ndate: 2024-04-03\n---\nLes fe\u0302tes maritimes de Brest ont attire\u0301 un public nombreux.\n'.normalize('NFD'));
  },
  'enc-invalid-utf8': (dir) => {
    put(dir, 'article.md', Buffer.concat([
      Buffer.from('---\ntitle: Un octet invalide à Vannes\ndate: 2024-04-04\n---\nLe conseil départemental a voté l’aide aux '),
      Buffer.from([0xff]),
      Buffer.from('communes rurales.\n'),
    ]));
  },
  'enc-utf16': (dir) => {
    put(dir, 'le-bom.txt', utf16('Un fichier en UTF-16 avec BOM\n date 2024-04-05 Ce texte est enregistré en UTF-16 petit-boutiste, avec sa marque.\n', 'le', true));
    put(dir, 'be-sans-bom.txt', utf16('Un fichier en UTF-16 sans BOM\n date 2024-04-06 Ce texte est enregistré en UTF-16 gros-boutiste, sans marque.\n', 'be', false));
  },
  'enc-old-mac': (dir) => {
    put(dir, 'article.txt', 'Des fins de ligne à l’ancienne\r date 2024-04-07 Ce fichier sépare ses lignes par un seul retour chariot.\r\rComme les vieux Macintosh.\r');
  },
  'files-long-name': (dir) => {
    put(dir, `${'un-nom-de-fichier-vraiment-long-'.repeat(7).slice(0, 196)}.txt`, ' date 2024-09-05 Le nom de ce fichier compte deux cents caractères.\n\nSon adresse vient de son nom.\n');
  },
  'files-hidden': (dir) => {
    put(dir, '.brouillon.md', '---\ntitle: Un fichier caché\ndate: 2024-09-06\n---\nCe fichier caché ne doit pas être publié.\n');
    put(dir, '.DS_Store', Buffer.from([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31, 0x00, 0x00, 0x10, 0x00]));
    put(dir, '.cache/article.md', '---\ntitle: Un article dans un dossier caché\ndate: 2024-09-07\n---\nCe dossier caché ne doit pas être lu.\n');
  },
  'files-symlinks': (dir) => {
    put(dir, 'vrai.txt', ' date 2024-09-08 Cet article est lu sous son propre nom, jamais par un lien.\n\nLe lien vers lui est ignoré.\n');
    symlinkSync('vrai.txt', join(dir, 'alias.txt'));
    symlinkSync('boucle', join(dir, 'boucle'));
    mkdirSync(join(dir, 'dossier'));
    symlinkSync('..', join(dir, 'dossier/retour'));
    symlinkSync('/etc/hostname', join(dir, 'dehors.txt'));
    symlinkSync('article-disparu.txt', join(dir, 'perdu.txt'));
  },
  'files-invalid-name': (dir) => {
    // Latin-1 names, as an old archive or a Windows share leaves them: `café.txt` and `été.jpg`.
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), ' date 2024-09-09 Un nom de fichier en Latin-1.\n');
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0xe9]), Buffer.from('t'), Buffer.from([0xe9]), Buffer.from('.jpg')]), Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
  },
  'files-not-article': (dir) => {
    put(dir, 'photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]));
  },
  'dup-re-encoded': (dir) => {
    const text = ' date 2024-10-02 La gare de Quimper rouvre son hall après huit mois de travaux d’accessibilité.\n\nLes guichets retrouvent leur place d’origine.\n';
    put(dir, 'utf8.txt', text);
    put(dir, 'windows-1252.txt', cp1252(text));
  },
};

/**
 * Writes every case of the catalog under `dir/<case>/`: committed inputs copied, the others
 * generated. Returns the case names written.
 * @example materialiseCatalog(mkdtempSync(join(tmpdir(), 'bad-'))).includes('enc-utf16') // true
 */
export function materialiseCatalog(dir: string): string[] {
  const names = new Set<string>();
  for (const name of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    cpSync(join(FIXTURES, name), join(dir, name), { recursive: true });
    names.add(name);
  }
  for (const [name, generate] of Object.entries(GENERATORS)) {
    mkdirSync(join(dir, name), { recursive: true });
    generate(join(dir, name));
    names.add(name);
  }
  return [...names].sort();
}

/**
 * Copies the seed articles (content/) into `dir`.
 * @example copySeeds(dir) // ['000_8d8c1ec7b0367f6a.txt', …, '004_00b606b2294fa235.txt']
 */
export function copySeeds(dir: string): string[] {
  const names = readdirSync(SEEDS).filter((n) => !n.startsWith('.'));
  for (const n of names) cpSync(join(SEEDS, n), join(dir, n), { recursive: true });
  return names;
}

/**
 * Splits `id@line` into its parts.
 * @example parseDiagnostic('date-invalid@3') // { id: 'date-invalid', line: 3 }
 */
function parseDiagnostic(spec: string): { id: string; line?: number } {
  const [id, line] = spec.split('@');
  return line === undefined ? { id: id! } : { id: id!, line: Number(line) };
}

/** A report entry as `--report` writes it and `makeReport` returns it. */
export interface EntryLike {
  file: string;
  status: string;
  reason?: string;
  url?: string;
  warnings: { id: string; line?: number; message: string }[];
  errors: { id: string; line?: number; message: string }[];
}

function specOf(d: { id: string; line?: number }): string {
  return d.line === undefined ? d.id : `${d.id}@${d.line}`;
}

/**
 * What is wrong with one report entry against its expectation, as readable lines (empty when
 * it matches). A spec `id` matches that id on any line; `id@n` only on line n.
 * @example entryMismatches({ status: 'rejected' }, { file: 'a.md', status: 'published', warnings: [], errors: [] }) // ['status published, expected rejected']
 */
export function entryMismatches(expect: FileExpectation, entry: EntryLike | undefined): string[] {
  if (!entry) return ['no report entry'];
  const problems: string[] = [];
  if (entry.status !== expect.status) problems.push(`status ${entry.status}, expected ${expect.status}`);
  for (const kind of ['errors', 'warnings'] as const) {
    const remaining = [...entry[kind]];
    const missing: string[] = [];
    for (const spec of expect[kind] ?? []) {
      const { id, line } = parseDiagnostic(spec);
      const i = remaining.findIndex((d) => d.id === id && (line === undefined || d.line === line));
      if (i < 0) missing.push(spec);
      else remaining.splice(i, 1);
    }
    if (missing.length > 0 || remaining.length > 0) {
      problems.push(`${kind}: got [${entry[kind].map(specOf).join(', ')}], expected [${(expect[kind] ?? []).join(', ')}]`);
    }
  }
  const said = [...entry.errors, ...entry.warnings].map((d) => d.message).join('\n') + (entry.reason ?? '');
  for (const fragment of expect.says ?? []) {
    if (!said.includes(fragment)) problems.push(`messages do not say "${fragment}": ${said}`);
  }
  if (expect.url !== undefined && entry.url !== expect.url) problems.push(`url ${entry.url}, expected ${expect.url}`);
  return problems;
}

/**
 * Every `<case>/<file>` of the catalog with its expectation.
 * @example expectedFiles(loadCatalog()).get('fm-js/js.md')?.status // 'rejected'
 */
export function expectedFiles(catalog: Catalog): Map<string, FileExpectation> {
  return new Map(catalog.cases.flatMap((c) => Object.entries(c.files).map(([f, e]) => [`${c.name}/${f}`, e] as const)));
}
