/**
 * The pipeline from a content folder to an archive, the one wiring every caller uses (the build,
 * `kiosque check`, `npm start`, tools and tests): read and ingest every file, each isolated
 * (a file that throws is rejected alone); then enrich and shape the archive, isolated per article.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive } from '../enrich/archive.ts';
import { analyseArticles, articleAnalyser, BUILT_IN_DIR, CONFIG_FILES, loadKnowledge, relatedOf, type AnalysedArticles, type EnrichConfig } from '../enrich/index.ts';
import { listContent, type ContentFile } from '../ingest/content-files.ts';
import { inDraftsFolder, ingestFile, readProblem, sizeProblem, skipReason } from '../ingest/index.ts';
import { articleUrl } from '../model/urls.ts';
import { isSafeSitePath } from '../ingest/slug.ts';
import type { Archive, Article, Diagnostic, IngestResult, SiteOptions } from '../model.ts';
import { extend } from '../model/objects.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { withoutBody, type BodyStore } from '../text/body-store.ts';
import { words } from '../text/fold.ts';
import { hashOf, type Analysis, type FileStamps, type Memo } from './cache.ts';
import { checkPlainData, errorText, plainData, setApart } from './isolate.ts';
import { siteOptions } from './options.ts';
import { entryOf, makeReport, type Report, type ReportEntry } from './report.ts';

export interface IngestedContent {
  articles: Article[];
  entries: ReportEntry[];
  configDiagnostics: Diagnostic[];
  config: EnrichConfig;
  /**
   * Each article's file as the ingest memo knows it, when ingested with a memo: its key (a hash
   * of its path and bytes) and the article parsed from it (before its id was made unique). The
   * article's text is a function of the key, and so is its analysis.
   */
  inputs?: Map<Article, { key: string; parsed: Article }>;
  /** A hash of each article's text (title, date, lede, body), by source file: its search record's `textKey`. */
  textKeys: Map<string, string>;
}

/**
 * Where an archive article's data comes from, for page reuse (./page-reuse.ts): `key`
 * determines every value of `sources` (the article as parsed from its file, and its analysis),
 * so a field holding one of those values needs no hashing of its own.
 */
export interface ArticleOrigin {
  key: string;
  sources: readonly object[];
}

/**
 * The texts of Kiosque's built-in taxonomy and gazetteer (src/enrich/knowledge/), by file name.
 * @example Object.keys(readBuiltInKnowledge()) // ['sujets.yml', 'entites.yml']
 */
export function readBuiltInKnowledge(): Record<string, string> {
  return Object.fromEntries(CONFIG_FILES.flatMap((name) => {
    const path = join(PROJECT_ROOT, BUILT_IN_DIR, name);
    return existsSync(path) ? [[name, readFileSync(path, 'utf8')]] : [];
  }));
}

/** The memos of the build cache (./cache.ts) the ingest uses. */
export interface IngestMemos {
  /** Parses by file key (its path and bytes). */
  ingest: Memo<IngestResult>;
  /** Keys of the files unchanged since the previous build read them. */
  stamps?: FileStamps;
  /** The taxonomy and gazetteer, by the texts they are read from. */
  knowledge?: Memo<EnrichConfig>;
  /** Called before the ingest memo is asked for a file: parsing ahead (./ingest-workers.ts) warms it. */
  before?: (path: string) => void;
  /**
   * Called with each article kept, its body still in hand, its file's ingest key and the content
   * folder's knowledge: analysing it there (`analyseAhead`) warms the analysis memo.
   */
  kept?: (article: Article, key: string, config: EnrichConfig) => void;
}

/**
 * Reads and ingests every file of the content folder; every file gets a report entry. With
 * `memos` (./cache.ts), a file whose path and bytes were ingested before is not parsed again, and
 * a file unchanged since the previous build read it is not read again.
 * @example ingestContent('content').articles.length // 5 on the seeds
 */
export function ingestContent(contentDir: string, onFile?: (done: number, total: number) => void, memos?: IngestMemos, store?: BodyStore): IngestedContent {
  const memo = memos?.ingest;
  const stamps = memos?.stamps;
  const { files, skipped, broken } = listContent(contentDir);
  const entries: ReportEntry[] = [
    ...skipped.map((s): ReportEntry => ({ file: s.path, status: 'skipped', reason: s.reason, warnings: [], errors: [] })),
    ...broken.map((s) => entryOf(s.path, 'rejected', [{ id: s.id ?? 'link-broken', level: 'error', file: s.path, message: s.reason }])),
  ];
  // The taxonomy and gazetteer first: an article can be analysed as soon as it is read (`kept`).
  const configTexts: Record<string, string> = {};
  /** A taxonomy or gazetteer that cannot be read: the build fails (its topics would silently change), saying why. */
  const unreadableConfig: Diagnostic[] = [];
  for (const f of files) {
    if (!isConfigFile(f.path)) continue;
    try {
      configTexts[f.path] = readFileSync(f.absolute, 'utf8');
    } catch (e) {
      unreadableConfig.push(readProblem(f.path, e));
    }
  }
  const builtIn = readBuiltInKnowledge();
  const config = memos?.knowledge ? memos.knowledge.get(hashOf(JSON.stringify([builtIn, configTexts])), () => loadKnowledge(builtIn, configTexts)) : loadKnowledge(builtIn, configTexts);
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  const stories = new Map<string, string>();
  const ids = new Set<string>();
  const inputs = new Map<Article, { key: string; parsed: Article }>();
  const textKeys = new Map<string, string>();
  for (const [i, f] of files.entries()) {
    onFile?.(i + 1, files.length);
    if (isConfigFile(f.path)) continue;
    const skip = skipReason(f.path);
    if (skip) {
      entries.push({ file: f.path, status: 'skipped', reason: skip, warnings: [], errors: [] });
      continue;
    }
    if (f.badName) {
      entries.push(entryOf(f.path, 'rejected', [{ id: 'file-name-invalid', level: 'error', file: f.path, message: 'nom de fichier qui n’est pas en UTF-8 (montré ici avec U+FFFD) : fichier illisible ; renommez-le' }]));
      continue;
    }
    // Refused before reading: a huge file would cost its size in memory first.
    const tooLarge = sizeProblem(f.path, f.size);
    if (tooLarge) {
      entries.push(entryOf(f.path, 'rejected', [tooLarge]));
      continue;
    }
    // A file unchanged since the previous build read it is not read again: its parse is kept.
    const unchanged = memo && stamps?.known(f.path, f.stamp);
    let bytes: Buffer | undefined;
    if (!unchanged || !memo.has(unchanged)) {
      try {
        bytes = readFileSync(f.absolute);
      } catch (e) {
        entries.push(entryOf(f.path, 'rejected', [readProblem(f.path, e)]));
        continue;
      }
    }
    const key = !memo ? '' : bytes ? hashOf(f.path, bytes) : unchanged!;
    if (memo) stamps?.keep(f.path, f.stamp, key);
    memos?.before?.(f.path);
    const result = memo ? memo.get(key, () => ingestIsolated(f.path, bytes!)) : ingestIsolated(f.path, bytes!);
    if (result.ok === 'skipped') {
      entries.push({ file: f.path, status: 'skipped', reason: result.reason, warnings: [], errors: [] });
      continue;
    }
    if (result.ok === false) {
      entries.push(entryOf(f.path, 'rejected', [...result.diagnostics, ...takenOffline(f.path, memo, stamps)]));
      continue;
    }
    // `a.md` and `a.txt` share the id `a`: the second keeps its extension in its id.
    let id = result.article.id;
    for (let n = 2; ids.has(id); n++) id = n === 2 ? result.article.sourceFile : `${result.article.sourceFile}-${n}`;
    ids.add(id);
    const article = extend(result.article, { id });
    if (article.draft) {
      entries.push(entryOf(f.path, 'draft', article.diagnostics, { reason: inDraftsFolder(f.path) ? 'brouillon (dossier _drafts, celui des brouillons de Jekyll)' : 'brouillon (draft: true, ou published: false, dans l’en-tête)' }));
      continue;
    }
    // The same article saved twice (copied, or re-encoded) is caught on its text, not its bytes;
    // the same story saved in two formats, on its date and the words of its text.
    const hash = result.textHash ?? textHash(result.article);
    const story = result.textHash ? result.storyKey : storyKey(result.article);
    const twin = seen.get(hash);
    const storyTwin = twin ? undefined : story && stories.get(story);
    if (twin || storyTwin) {
      const message = twin
        ? `même titre, même date et même texte que ${twin}, qui est publié ; supprimez l’un des deux fichiers`
        : `même date et même texte que ${storyTwin}, qui est publié (seuls le titre ou la mise en forme diffèrent) ; supprimez l’un des deux fichiers`;
      entries.push(entryOf(f.path, 'rejected', [...article.diagnostics, { id: 'duplicate-article', level: 'error', file: f.path, message }]));
      continue;
    }
    seen.set(hash, f.path);
    if (story) stories.set(story, f.path);
    textKeys.set(article.sourceFile, hash);
    let kept = article;
    let parsed = result.article;
    if (store) {
      // A parse the cache kept without its body has it in the cache's store: its bytes are copied.
      kept = article.stored ? store.adopt(article, key) : store.put(article, memo ? key : undefined);
      // The cache keeps the parse without its body too: the body is in the store it keeps.
      if (memo && kept.stored && !parsed.stored) {
        parsed = withoutBody(parsed);
        kept = extend(parsed, { id });
        memo.replace(key, { ...result, article: parsed });
      }
    }
    articles.push(kept);
    if (memo) inputs.set(kept, { key, parsed });
    if (memo) memos.kept?.(article, key, config);
  }
  const configDiagnostics = [...unreadableConfig, ...config.diagnostics];
  for (const path of [...unreadableConfig.map((d) => d.file!), ...Object.keys(configTexts)]) {
    entries.push(entryOf(path, 'config', configDiagnostics.filter((d) => d.file === path)));
  }
  return { articles, entries, configDiagnostics, config, textKeys, ...(memo ? { inputs } : {}) };
}

/**
 * A warning for a file rejected now that the previous build published (a YAML slip in an article
 * online): its page leaves the site, which its rejection alone does not say. Known from the
 * cache only; a build without one cannot tell.
 */
function takenOffline(path: string, memo: Memo<IngestResult> | undefined, stamps: FileStamps | undefined): Diagnostic[] {
  const before = stamps?.previousKey(path);
  const was = before === undefined ? undefined : memo?.before(before);
  if (was?.ok !== true || was.article.draft) return [];
  return [{ id: 'taken-offline', level: 'warning', file: path, message: 'cet article était en ligne après la construction précédente : sa page est retirée du site tant que l’erreur ci-dessus n’est pas corrigée' }];
}

/**
 * The published articles, each whose address changed since the previous build (its title or
 * date corrected) with a warning: links to the former address now lead nowhere. Known from the
 * cache only, which records this build's addresses for the next. The former address is not made
 * a page by itself, since a clean build could not make it: the editor is told how to keep it
 * (`slug:`) or send readers on from it (`aliases:`).
 */
export function withAddressesMoved(articles: readonly Article[], stamps: FileStamps): Article[] {
  return articles.map((a) => {
    const was = stamps.previousUrl(a.sourceFile);
    stamps.published(a.sourceFile, a.url);
    if (was === undefined || was === a.url || a.aliases?.includes(was)) return a;
    const slug = was.split('/').at(-2)!;
    const keep = articleUrl(a.date, slug) === was ? `pour la garder, écrivez slug: ${slug} dans l’en-tête (entre deux lignes ---) ; pour y renvoyer les lecteurs, ` : 'pour y renvoyer les lecteurs, ';
    return extend(a, { diagnostics: [...a.diagnostics, { id: 'address-moved', level: 'warning', file: a.sourceFile, message: `adresse changée depuis la construction précédente : ${was} → ${a.url} ; les liens vers l’ancienne mènent à la page introuvable ; ${keep}écrivez aliases: [${was}]` }] });
  });
}

/** A taxonomy or gazetteer file of the content folder, read as configuration. */
function isConfigFile(path: string): boolean {
  return CONFIG_FILES.includes(path);
}

/**
 * The files of a listing that `ingestContent` parses (not configuration, not skipped, not
 * refused by name or size before reading): what parsing ahead (./ingest-workers.ts) takes.
 */
export function filesToParse(files: ContentFile[]): ContentFile[] {
  return files.filter((f) => !isConfigFile(f.path) && !skipReason(f.path) && !f.badName && !sizeProblem(f.path, f.size));
}

/**
 * `ingestFile`, with anything it throws for this file turned into this file's rejection, and
 * the article copied into plain data (./isolate.ts): no parser object goes further.
 * @example ingestIsolated('a.txt', bytes).ok // true, false or 'skipped'; never throws
 */
export function ingestIsolated(file: string, bytes: Uint8Array): IngestResult {
  try {
    const result = ingestFile(file, bytes);
    if (result.ok !== true) return result;
    const article = plainData(result.article);
    const story = storyKey(article);
    return { ok: true, article, textHash: textHash(article), ...(story ? { storyKey: story } : {}) };
  } catch (e) {
    return { ok: false, diagnostics: [internalError(file, e)] };
  }
}

/** The hash of an article's text that tells the same article saved twice (kept with its ingest result). */
function textHash(article: Article): string {
  return createHash('sha1').update(JSON.stringify([article.title, article.date?.iso, article.lede, article.sections, article.bodyHtml])).digest('hex');
}

/** Words a text needs for its story key: a shorter one (a caption, a brief) may be told twice. */
const STORY_MIN_WORDS = 30;

/**
 * A hash of an article's date (its day, the time aside) and the words of its lede and body, folded, with its title, its
 * markup and its line breaks aside: the same story saved in two formats (a `.md` and a `.txt`,
 * one titled and one not) has the same. Undefined for a text of fewer than STORY_MIN_WORDS words.
 * @example storyKey(articleOfTheMarkdownFile) === storyKey(articleOfTheRawTextFile) // true
 */
export function storyKey(article: Pick<Article, 'date' | 'lede' | 'sections'>): string | undefined {
  const text = [article.lede, ...article.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].join('\n');
  const folded = words(text).map((w) => w.folded);
  if (folded.length < STORY_MIN_WORDS) return undefined;
  // The day, not the time: an export dates a post to the minute (`2019-07-14 08:30`), a dump to the day.
  return createHash('sha1').update(`${article.date?.iso.slice(0, 10) ?? ''}\0${folded.join(' ')}`).digest('hex');
}

function internalError(file: string, error: unknown): Diagnostic {
  return { id: 'internal-error', level: 'error', file, message: `Kiosque n’a pas pu traiter ce fichier (${errorText(error)}) ; le reste du site est publié ; signalez ce fichier aux mainteneurs de Kiosque` };
}

/** The part of an article's analysis key (`analyseContent`) that the taxonomy and gazetteer make. */
const knowledgeKey = (config: EnrichConfig): string => hashOf(JSON.stringify([config.topics, config.entities]));

/**
 * An `IngestMemos.kept` that analyses each article as it is read, its body in hand, and warms
 * `memo` under the key `analyseContent` will ask it for. For a cold build: worker threads parse
 * the files meanwhile (./ingest-workers.ts), which the analysis, the longer work, leaves to them
 * (10,000 corpus articles: the ingest and the analysis in one pass rather than one after the
 * other). An article whose analysis throws is left to `analyseContent`, which rejects it.
 */
export function analyseAhead(memo: Memo<Analysis>): NonNullable<IngestMemos['kept']> {
  let analyser: { config: EnrichConfig; knowledge: string; analyse: (a: Article) => Analysis } | undefined;
  return (article, key, config) => {
    if (analyser?.config !== config) analyser = { config, knowledge: knowledgeKey(config), analyse: articleAnalyser(config).analyse };
    let analysis: Analysis;
    try {
      analysis = analyser.analyse(article);
    } catch {
      return;
    }
    memo.warm([[hashOf(analyser.knowledge, key), analysis]]);
  };
}

/** The articles of a content folder, analysed (the first step of `enrichArchive`). */
export interface AnalysedContent extends AnalysedArticles {
  /** With a memo that keeps its values (a build with a cache): each article's origin, by source file, for page reuse. */
  origins?: Map<string, ArticleOrigin>;
}

/** What `enrichArchive` gives: the analysed articles, their related articles and the archive. */
export type EnrichedContent = Omit<AnalysedContent, 'subjects'> & { related: Map<string, string[]>; archive: Archive };

/**
 * Analyses every article (topics, entities, unique URLs): the first step of `enrichArchive`.
 * An article that makes it throw is rejected alone. With a `memo` (./cache.ts), an article
 * analysed before with the same taxonomy and gazetteer keeps its topics and entities without
 * a new analysis.
 * @example analyseContent(ingestContent('content')).articles[0].topics // ['politique']
 */
export function analyseContent(ingested: IngestedContent, memo?: Memo<Analysis>, store?: BodyStore): AnalysedContent {
  const knowledge = memo ? knowledgeKey(ingested.config) : '';
  // An article's analysis is keyed by its file's ingest key when known (its text comes from
  // that file alone: hashing that is cheaper than its whole data), else by its data.
  const origins = new Map<string, ArticleOrigin>();
  const analyse = memo
    ? (a: Article, compute: () => Analysis) => {
      const input = ingested.inputs?.get(a);
      const key = hashOf(knowledge, input?.key ?? JSON.stringify(a));
      const analysis = memo.get(key, compute);
      if (input && memo.keep) origins.set(a.sourceFile, { key, sources: [input.parsed, analysis] });
      return analysis;
    }
    : undefined;
  const { result, apart } = setApart(ingested.articles, (articles) => analyseArticles(articles, ingested.config, analyse, store ? (a) => store.withBody(a) : undefined));
  reject(ingested, apart);
  return memo?.keep ? { ...result, origins } : result;
}

/**
 * Related articles and the archive of analysed articles: the second step of `enrichArchive`.
 * An article that makes either throw, or whose page data is not plain data (./isolate.ts), is
 * rejected alone and the archive is built without it.
 * @example archiveContent(ingested, site, analyseContent(ingested)).archive.articles.length // 5
 */
export function archiveContent(ingested: IngestedContent, site: SiteOptions, analysed: AnalysedContent): EnrichedContent {
  const { subjects, ...rest } = analysed;
  const { result, apart } = setApart(analysed.articles, (articles) => {
    const related = relatedOf({ articles, subjects });
    const archive = buildArchive({ site, articles, taxonomy: analysed.topics, related });
    // One check for all: an article card, in dozens of lists, is checked once.
    checkPlainData(archive.articles);
    for (const a of archive.articles) {
      const unsafe = [a.url, ...a.topicLinks.map((t) => t.url)].find((p) => !isSafeSitePath(p));
      if (unsafe) throw new Error(`chemin de page impossible à écrire : ${unsafe.slice(0, 80)}`);
    }
    return { articles, related, archive };
  });
  reject(ingested, apart);
  return { ...rest, ...result };
}

/** Rejects the articles set apart: a report entry each, and out of the ingested articles. */
function reject(ingested: IngestedContent, apart: readonly { item: Article; error: unknown }[]): void {
  for (const { item, error } of apart) {
    ingested.entries.push(entryOf(item.sourceFile, 'rejected', [...item.diagnostics, internalError(item.sourceFile, error)]));
  }
  const files = new Set(apart.map((x) => x.item.sourceFile));
  if (files.size > 0) ingested.articles = ingested.articles.filter((a) => !files.has(a.sourceFile));
}

/**
 * Enrich and build the archive (`analyseContent`, then `archiveContent`); an article that makes
 * either throw is rejected alone and the archive is built without it.
 * @example enrichArchive(ingestContent('content'), site).archive.articles.length // 5
 */
export function enrichArchive(ingested: IngestedContent, site: SiteOptions, memo?: Memo<Analysis>, store?: BodyStore): EnrichedContent {
  return archiveContent(ingested, site, analyseContent(ingested, memo, store));
}

/**
 * Report entries for a run: every file read, published articles with their final URL.
 * @example reportEntries(ingestContent('content'), articles).length // one per file
 */
export function reportEntries(ingested: IngestedContent, published: Article[]): ReportEntry[] {
  return [...ingested.entries, ...published.map((a) => entryOf(a.sourceFile, 'published', a.diagnostics, { url: a.url, ...(a.titleOrigin === 'derived' ? { titleFromLede: true } : {}), ...(a.titleOrigin === 'file-name' ? { titleFromFileName: true } : {}) }))];
}

/**
 * `kiosque check`: ingest and enrich, as a build would, but render and write nothing.
 * @example checkContent('content').report.counts.rejected // 0
 */
export function checkContent(contentDir: string): { report: Report; configErrors: boolean } {
  const ingested = ingestContent(contentDir);
  // The same isolation as a build, so check rejects exactly what a build would.
  const { articles, unmappedTopics } = enrichArchive(ingested, siteOptions({ origin: 'http://localhost' }));
  return { report: makeReport(reportEntries(ingested, articles), { knowledge: ingested.config.knowledge, unmappedTopics }), configErrors: ingested.configDiagnostics.some((d) => d.level === 'error') };
}

/**
 * A content folder read and shaped into its archive, as the build does before rendering.
 * @example prepareArchive('content', siteOptions()).archive.articles.length // 5 on the seeds
 */
export function prepareArchive(contentDir: string, site: SiteOptions): { ingested: IngestedContent } & ReturnType<typeof enrichArchive> {
  const ingested = ingestContent(contentDir);
  return { ingested, ...enrichArchive(ingested, site) };
}
