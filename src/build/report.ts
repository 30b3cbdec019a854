/**
 * The build report: one entry per input file, none missing (DESIGN.md, "CLI contract").
 */
import type { Diagnostic, EntityStats, KnowledgeSource, UnmappedTopic } from '../model.ts';

export type InputStatus = 'published' | 'rejected' | 'draft' | 'skipped' | 'config';

export interface ReportEntry {
  file: string;
  status: InputStatus;
  url?: string;
  /** Why a file was skipped (not an article). */
  reason?: string;
  /** The article is in the search index. */
  searchable?: boolean;
  /** The file gives no title: the page's is taken from its first paragraph (README, « Raw text »). */
  titleFromLede?: boolean;
  /** The file gives no title: the page's is the headline its name holds, its words as the text writes them (README, « Raw text »). */
  titleFromFileName?: boolean;
  warnings: ReportProblem[];
  errors: ReportProblem[];
  /**
   * What was done to the text that needs no action, so that nothing is dropped unseen: scraping
   * debris and repeated paragraphs removed (`debris-dropped`, `lede-repeated`), HTML read… Absent
   * when there is none; the console leaves them out.
   */
  notes?: ReportProblem[];
}

/** One diagnostic as the report shows it. */
export interface ReportProblem {
  /** Stable diagnostic id, e.g. `date-invalid`. */
  id: string;
  line?: number;
  message: string;
}

export interface Report {
  inputs: ReportEntry[];
  /** The taxonomy and gazetteer files used: Kiosque's built-in ones, then the content folder's. */
  knowledge?: KnowledgeSource[];
  /** Front-matter topics that matched no taxonomy topic and became topics of their own; map them with `categories` in sujets.yml. */
  unmappedTopics?: UnmappedTopic[];
  /** Files per status; `withWarnings` counts every file with a warning, `publishedWithWarnings` the published ones. */
  counts: Record<InputStatus, number> & { withWarnings: number; publishedWithWarnings: number; inputs: number; titlesFromLede: number; titlesFromFileName: number };
  /** Entities found in the published articles: how many got a page, how many were named too rarely. */
  entities?: EntityStats;
}

/**
 * The report entry of one file; info-level diagnostics are its `notes`.
 * @example entryOf('a.md', 'rejected', [{ id: 'empty-file', level: 'error', file: 'a.md', message: 'fichier vide' }]).errors[0].id // 'empty-file'
 */
export function entryOf(file: string, status: InputStatus, diagnostics: Diagnostic[], extra: Partial<ReportEntry> = {}): ReportEntry {
  const pick = (level: Diagnostic['level']) =>
    diagnostics.filter((d) => d.level === level).map((d) => ({ id: d.id, ...(d.line !== undefined ? { line: d.line } : {}), message: d.message }));
  const notes = pick('info');
  return { file, status, ...extra, warnings: pick('warning'), errors: pick('error'), ...(notes.length > 0 ? { notes } : {}) };
}

/**
 * Sorts the entries by file and counts them; `topics` says where topics came from.
 * @example makeReport([]).counts.inputs // 0
 */
export function makeReport(entries: ReportEntry[], topics: Pick<Report, 'knowledge' | 'unmappedTopics'> = {}): Report {
  const inputs = [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const counts = { published: 0, rejected: 0, draft: 0, skipped: 0, config: 0, withWarnings: 0, publishedWithWarnings: 0, inputs: inputs.length, titlesFromLede: 0, titlesFromFileName: 0 };
  for (const e of inputs) {
    counts[e.status]++;
    if (e.titleFromLede) counts.titlesFromLede++;
    if (e.titleFromFileName) counts.titlesFromFileName++;
    if (e.warnings.length > 0) counts.withWarnings++;
    if (e.warnings.length > 0 && e.status === 'published') counts.publishedWithWarnings++;
  }
  return { inputs, ...topics, counts };
}

const STATUS_LABELS: Record<InputStatus, string> = {
  published: 'publié', rejected: 'rejeté', draft: 'brouillon', skipped: 'ignoré', config: 'configuration',
};

/**
 * Every problem of a run for the console, grouped per file: a header with the file and what
 * happened to it, then one `file:line: level: message` line per problem, in line order.
 * Skipped files and drafts get their reason, so no file goes unmentioned: past 20 skipped for
 * one reason, the first 5 are listed and the others counted by extension.
 * @example formatProblems([{ file: 'a.md', status: 'rejected', warnings: [], errors: [{ id: 'empty-file', message: 'fichier vide' }] }])
 * // ['a.md (rejeté)', '  a.md: erreur: fichier vide']
 */
export function formatProblems(entries: ReportEntry[]): string[] {
  const lines: string[] = [];
  // Files skipped for the same reason beyond the first few (a site's images: thousands) are
  // counted by extension on one line; the report lists each.
  const sameReason = new Map<string, ReportEntry[]>();
  for (const e of entries) {
    if (e.status !== 'skipped' || e.reason === undefined) continue;
    const skipped = sameReason.get(e.reason);
    if (skipped) skipped.push(e);
    else sameReason.set(e.reason, [e]);
  }
  const counted = new Set<ReportEntry>();
  const summaries = new Map<ReportEntry, string>();
  for (const [reason, skipped] of sameReason) {
    if (skipped.length <= SKIPPED_LISTED + SKIPPED_SHOWN) continue;
    const rest = skipped.slice(SKIPPED_SHOWN);
    for (const e of rest) counted.add(e);
    const byExtension = new Map<string, number>();
    for (const e of rest) {
      const ext = /\.[^./]+$/.exec(e.file)?.[0].toLowerCase() ?? 'sans extension';
      byExtension.set(ext, (byExtension.get(ext) ?? 0) + 1);
    }
    const kinds = [...byExtension].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([ext, n]) => `${ext} ${n}`).join(', ');
    summaries.set(skipped[SKIPPED_SHOWN - 1]!, `… et ${rest.length} autres fichiers ignorés (${reason}) : ${kinds} ; --report FICHIER les liste un par un`);
  }
  for (const e of entries) {
    if (counted.has(e)) continue;
    const problems = [
      ...e.errors.map((d) => ({ ...d, level: 'erreur' })),
      ...e.warnings.map((d) => ({ ...d, level: 'avertissement' })),
    ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (problems.length === 0 && e.reason === undefined) continue;
    lines.push(`${e.file} (${STATUS_LABELS[e.status]}${e.reason !== undefined ? ` : ${e.reason}` : ''})`);
    for (const d of problems) lines.push(`  ${e.file}${d.line !== undefined ? `:${d.line}` : ''}: ${d.level}: ${d.message}`);
    const summary = summaries.get(e);
    if (summary) lines.push(summary);
  }
  return lines;
}

/** Files skipped for one reason that the console lists one by one, all of them up to this many more than SKIPPED_SHOWN. */
const SKIPPED_LISTED = 15;
/** Files skipped for one reason listed before the others are counted. */
const SKIPPED_SHOWN = 5;

/**
 * A count in French: singular for 0 and 1.
 * @example countFr(0, 'rejeté', 'rejetés') // '0 rejeté'
 */
function countFr(n: number, one: string, many: string): string {
  return `${n} ${n < 2 ? one : many}`;
}

/**
 * The console summary of a build or a check: published, with warnings, rejected, drafts, skipped.
 * @example summaryFr({ published: 5, publishedWithWarnings: 2, rejected: 0, draft: 0, skipped: 1 }, 'build')
 * // '5 articles publiés (2 avec avertissements), 0 rejeté, 0 brouillon, 1 fichier ignoré'
 */
export function summaryFr(c: Pick<Report['counts'], 'published' | 'publishedWithWarnings' | 'rejected' | 'draft' | 'skipped'>, mode: 'build' | 'check'): string {
  const articles = mode === 'build' ? countFr(c.published, 'article publié', 'articles publiés') : countFr(c.published, 'article publiable', 'articles publiables');
  return `${articles} (${c.publishedWithWarnings} avec avertissements), ${countFr(c.rejected, 'rejeté', 'rejetés')}, ${countFr(c.draft, 'brouillon', 'brouillons')}, ${countFr(c.skipped, 'fichier ignoré', 'fichiers ignorés')}`;
}

/**
 * The warning for a content folder where no article file was found at all (a wrong `--content`,
 * or files that could not be copied there): the site is then built empty, which is allowed.
 * @example emptyContentFr({ published: 0, rejected: 0, draft: 0, skipped: 0 }, 'articles') // 'aucun fichier d’article dans articles : …'
 */
export function emptyContentFr(c: Pick<Report['counts'], 'published' | 'rejected' | 'draft' | 'skipped'>, content: string): string | undefined {
  if (c.published + c.rejected + c.draft + c.skipped > 0) return undefined;
  return `aucun fichier d’article dans ${content} : le site n’a aucun article ; vérifiez le dossier donné à --content (articles en .md, .markdown ou .txt)`;
}

/**
 * The note for a site built for a local address (`--site-url` not given): its feeds, sitemap and
 * canonical links point there, dead links once the folder is published elsewhere.
 * @example siteUrlFr('http://localhost:8080') // 'adresse du site : http://localhost:8080 ; …'
 * @example siteUrlFr('https://archives.example.fr') // undefined
 */
export function siteUrlFr(siteUrl: string): string | undefined {
  let host: string;
  try {
    host = new URL(siteUrl).hostname;
  } catch {
    return undefined;
  }
  if (!['localhost', '127.0.0.1', '[::1]', '0.0.0.0'].includes(host)) return undefined;
  return `adresse du site : ${siteUrl} ; les flux, le plan du site et les liens canoniques y pointent : avant de publier, construisez avec --site-url et l’adresse publique (par exemple --site-url https://archives.example.fr)`;
}

/**
 * The console lines saying which taxonomy and gazetteer files were used, and which
 * front-matter topics matched no taxonomy topic (at most 10 named).
 * @example knowledgeFr({ knowledge: [{ file: 'src/enrich/knowledge/sujets.yml', origin: 'built-in', entries: 44 }] })
 * // ['connaissances : src/enrich/knowledge/sujets.yml (intégré, 44 entrées)']
 */
export function knowledgeFr(report: Pick<Report, 'knowledge' | 'unmappedTopics'>): string[] {
  const lines: string[] = [];
  const files = (report.knowledge ?? []).map((k) => {
    const changes = [
      ...(k.replaced ? [countFr(k.replaced, 'remplacée', 'remplacées')] : []),
      ...(k.removed ? [countFr(k.removed, 'retirée', 'retirées')] : []),
    ];
    const origin = k.origin === 'built-in' ? 'intégré' : 'du dossier';
    return `${k.file} (${origin}, ${countFr(k.entries, 'entrée', 'entrées')}${changes.length ? ` dont ${changes.join(', ')} parmi les intégrées` : ''})`;
  });
  if (files.length) lines.push(`connaissances : ${files.join(' ; ')}`);
  const unmapped = report.unmappedTopics ?? [];
  /** At most 10 named, the most used first. */
  const named = (topics: readonly UnmappedTopic[]) => {
    const first = [...topics].sort((a, b) => b.articles - a.articles || (a.slug < b.slug ? -1 : 1)).slice(0, 10).map((u) => `${u.label} (${u.articles})`);
    return `${first.join(', ')}${topics.length > first.length ? `, et ${topics.length - first.length} autres` : ''}`;
  };
  const them = (n: number) => (n > 1 ? 'les' : 'le');
  const published = unmapped.filter((u) => u.page);
  if (published.length) {
    const n = published.length;
    lines.push(`${countFr(n, 'sujet des métadonnées sans équivalent', 'sujets des métadonnées sans équivalent')} dans la taxonomie, ${n > 1 ? 'publiés tels quels' : 'publié tel quel'} : ${named(published)} ; pour ${them(n)} rattacher à un sujet, ajoutez-${them(n)} à ses « categories » dans sujets.yml`);
  }
  const pageless = unmapped.filter((u) => !u.page);
  if (pageless.length) {
    const n = pageless.length;
    lines.push(`${countFr(n, 'autre sujet des métadonnées', 'autres sujets des métadonnées')} sans équivalent, ${n > 1 ? 'donnés' : 'donné'} à trop peu d’articles pour une page, ${n > 1 ? 'ne sont pas publiés' : 'n’est pas publié'} : ${named(pageless)} ; pour ${them(n)} publier, ajoutez-${them(n)} aux « categories » d’un sujet dans sujets.yml`);
  }
  return lines;
}

/**
 * The console lines counting the articles whose file gives no title, so that an editor knows
 * which pages carry a title taken from their file's name or their first paragraph.
 * @example titlesFr({ titlesFromLede: 2, titlesFromFileName: 0 }) // ['2 titres tirés du premier paragraphe, …']
 */
export function titlesFr(counts: Pick<Report['counts'], 'titlesFromLede' | 'titlesFromFileName'>): string[] {
  const lines: string[] = [];
  const named = counts.titlesFromFileName;
  if (named) lines.push(`${countFr(named, 'titre rebâti', 'titres rebâtis')} d’après le nom du fichier, faute de titre dans ${named > 1 ? 'leur texte' : 'son texte'} : --report les liste (« titleFromFileName ») ; relisez-${named > 1 ? 'les' : 'le'}, ou donnez-${named > 1 ? 'leur' : 'lui'} une première ligne de titre`);
  const n = counts.titlesFromLede;
  if (n) lines.push(`${countFr(n, 'titre tiré', 'titres tirés')} du premier paragraphe, faute de titre dans ${n > 1 ? 'leur fichier' : 'son fichier'} : --report les liste (« titleFromLede ») ; donnez-${n > 1 ? 'leur' : 'lui'} une première ligne de titre, ou title: dans l’en-tête`);
  return lines;
}
