/**
 * One input file, as path and bytes, to an article or diagnostics. Pure: no disk, no Eleventy.
 */
import type { Article, DateInfo, Diagnostic, IngestResult } from '../model.ts';
import { articleUrl } from '../model/urls.ts';
import { isEpoch, isFuture, parisToday, parseDate } from './dates.ts';
import { binaryMessage, looksBinary, signatureFormat } from './binary.ts';
import { c1AsWindows1252 } from './c1-controls.ts';
import { unlistable } from './content-files.ts';
import { decode } from './decode.ts';
import { repairMojibake } from './mojibake.ts';
import { parseMarkdown } from './markdown.ts';
import { normalise } from './normalise.ts';
import type { Parsed } from './parsed.ts';
import { parseTextFile } from './text-file.ts';
import { webPage, webPageMessage } from './web-page.ts';
import { slugify } from './slug.ts';
import { fileHeadline, nameMayBeCut } from '../text/file-headline.ts';
import { titleFromFileName } from '../text/file-title.ts';
import { strayQuotes } from './stray-quotes.ts';
import { frenchLexicon } from '../text/french-lexicon.ts';
import { areaNames, placeSpellings } from '../reference/places.ts';
import { countWords, splitKicker, withoutDatelineDashes, withoutRubric } from './text-rules.ts';
import { deriveTitle, withCapital } from './title.ts';
import { gluedMediaNames, sourceTitle } from '../reference/media.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown'];
/** Files bigger than this are rejected: no article is that long, and parsing must stay fast. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const TITLE_MAX = 200;
const WORDS_PER_MINUTE = 230;

function extension(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/**
 * A folder's own documentation: `README.md`, `readme.txt`, `LICENSE-OrangeSum.txt`. In capitals
 * the name may go on (`LICENSE-OrangeSum`); otherwise it is the whole name, so that an article
 * saved as `notice-de-vote.md` stays one.
 */
const FOLDER_DOCUMENTATION = [
  /^(?:readme|lisezmoi|licen[cs]e|copying|changelog|contributing|authors)\.[a-z]+$/i,
  /^(?:README|LISEZMOI|LICEN[CS]E|COPYING|NOTICE|CHANGELOG|CONTRIBUTING|AUTHORS)(?:[-_.][^/]*)?$/,
];

/**
 * Files a web site or a tool reads, under the names they must have, that an export of a site's
 * folder brings along: `robots.txt` was published as an article titled « User-agent: * ».
 */
const SITE_AND_TOOL_FILES = /^(?:robots|humans|ads|app-ads|llms|llms-full|requirements(?:-[\w.-]+)?|CMakeLists)\.txt$/;

/** The reason given for a file that is not an article by its extension (an image, a data file). */
export const NOT_AN_ARTICLE = `pas un article : seuls les fichiers ${ARTICLE_EXTENSIONS.join(', ')} sont lus`;

/**
 * The day a file's name opens with (`2020-03-12-mon-article.md`, `2020-03-12_titre.txt`, `20200312_titre.txt`), when
 * it is a real one.
 * @example dateOfFileName('posts/2020-03-12-mon-article.md')?.iso // '2020-03-12'
 * @example dateOfFileName('20190415_notre-dame.txt')?.iso // '2019-04-15'
 * @example dateOfFileName('2020-13-45-x.md') // undefined
 */
export function dateOfFileName(path: string): DateInfo | undefined {
  const m = /^(\d{4})(-?)(\d{2})\2(\d{2})(?:[-_ .]|$)/.exec(path.slice(path.lastIndexOf('/') + 1));
  const parsed = m ? parseDate(`${m[1]}-${m[3]}-${m[4]}`) : undefined;
  return parsed?.ok ? parsed.date : undefined;
}

/**
 * Why a file is not an article at all (image, hidden file, the folder's README or licence, a
 * Hugo section's `_index.md`, a site's `robots.txt`), or undefined when it is one.
 * @example skipReason('photos/une.jpg') // NOT_AN_ARTICLE
 * @example skipReason('LICENSE-OrangeSum.txt') // 'documentation du dossier (README, licence…), pas un article'
 */
export function skipReason(path: string): string | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base.startsWith('.')) return 'fichier caché, non lu';
  if (!ARTICLE_EXTENSIONS.includes(extension(path))) return NOT_AN_ARTICLE;
  if (FOLDER_DOCUMENTATION.some((name) => name.test(base))) return 'documentation du dossier (README, licence…), pas un article';
  if (/^_index\.(?:md|markdown)$/i.test(base)) return 'page de section d’un site Hugo (_index.md), pas un article';
  if (SITE_AND_TOOL_FILES.test(base)) return `fichier lu par un site web ou un outil (${base}), pas un article`;
  return undefined;
}

/**
 * A file in a `_drafts` folder, where Jekyll keeps the posts it does not publish: a draft.
 * @example inDraftsFolder('_drafts/mon-billet.md') // true
 */
export function inDraftsFolder(path: string): boolean {
  return /(?:^|\/)_drafts\//u.test(path);
}

/** The article's text: lede, then each section's heading and paragraphs, a line each. */
function parsedText(parsed: Parsed): string {
  return [parsed.lede, ...parsed.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].join('\n');
}

/**
 * The title of a file that gives none: the headline its name holds (`named`, `fileHeadline`), with the forms its text
 * gives the words (src/text/file-title.ts), else its lede's opening (`deriveTitle`).
 */
function untitled(parsed: Parsed, named: string | undefined): Pick<Article, 'title' | 'titleOrigin'> {
  if (named !== undefined) {
    const title = titleFromFileName(named.split(' '), parsedText(parsed), frenchLexicon(), nameMayBeCut(named), areaNames(), placeSpellings());
    if (title !== undefined) return { title, titleOrigin: 'file-name' };
  }
  return { title: withCapital(deriveTitle(parsed.lede)), titleOrigin: 'derived' };
}

function titleFrom(parsed: Parsed, diags: Parsed['diagnostics'], named: string | undefined): Pick<Article, 'title' | 'titleOrigin'> {
  let title = parsed.title?.replace(/\s+/g, ' ').trim();
  const line = parsed.titleLine;
  if (title !== undefined && !/[\p{L}\p{N}]/u.test(title)) {
    diags.push({ id: 'title-empty', level: 'warning', line, message: title ? `titre « ${title.slice(0, 80)} » sans lettre ni chiffre : titre tiré du chapeau ; écrivez un titre en mots` : 'titre vide : titre tiré du chapeau ; écrivez un titre' });
    title = undefined;
  }
  if (title === undefined) return untitled(parsed, named);
  // `VIDÉO - Paris : …`: a video or gallery the archive does not hold is not announced in the title either.
  title = withoutRubric(title);
  // `: Lorde dévoile…`: a title a scraper cut after its first words keeps a sign that opened nothing.
  const opening = /^[:;,]+\s*/u.exec(title)?.[0];
  if (opening && /[\p{L}\p{N}]/u.test(title.slice(opening.length))) {
    diags.push({ id: 'title-cut', level: 'warning', line, message: `titre ouvert par « ${opening.trim()} » : signe retiré ; le début du titre manque sans doute dans la source, complétez-le` });
    title = title.slice(opening.length);
  }
  if (title.length > TITLE_MAX) {
    diags.push({ id: 'title-too-long', level: 'warning', line, message: `titre de ${title.length} caractères raccourci à ${TITLE_MAX} ; écrivez un titre plus court` });
    title = deriveTitle(title, TITLE_MAX);
  }
  return { title, titleOrigin: parsed.titleFromFrontMatter ? 'front-matter' : 'title-line' };
}

/**
 * The rejection of a file too large to be one article, so the caller can refuse it before
 * reading it.
 * @example sizeProblem('a.txt', 5 * 1048576)?.id // 'file-too-large'
 */
export function sizeProblem(file: string, size: number): Diagnostic | undefined {
  if (size <= MAX_FILE_BYTES) return undefined;
  return { id: 'file-too-large', level: 'error', file, message: `fichier de ${size.toLocaleString('fr')} octets, au-delà de la limite de ${MAX_FILE_BYTES / 1048576} Mo par article ; découpez-le ou retirez ce qui n’est pas le texte de l’article` };
}

/**
 * The rejection of a file that could not be read, saying what to do for the cause: a file removed
 * or renamed while the build listed the folder (an editor saving, a `git checkout` under a
 * running `kiosque serve`) needs no change of rights, only another build.
 * @example readProblem('a.txt', Object.assign(new Error(), { code: 'ENOENT' })).message // 'fichier disparu pendant la construction…'
 */
export function readProblem(file: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = code === 'ENOENT'
    ? 'fichier disparu pendant la construction (supprimé ou renommé) : rien n’est publié pour lui ; s’il doit l’être, relancez la construction'
    : code === 'EACCES' || code === 'EPERM'
      ? unlistable(error, false)
      : code === 'EISDIR'
        ? 'dossier au nom de fichier d’article : rien n’est publié pour lui ; renommez-le'
        : `fichier illisible (${code ?? (error instanceof Error ? error.message : String(error))}) ; vérifiez qu’il existe et qu’il se lit`;
  return { id: 'unreadable', level: 'error', file, message };
}

export interface IngestOptions {
  /** Today as `AAAA-MM-JJ`, for dates in the future; defaults to today in Europe/Paris. */
  today?: string;
}

/**
 * Reads one file into an article.
 * @example ingestFile('a.txt', new TextEncoder().encode(' date 2024-02 Bonjour.')).ok // true
 */
export function ingestFile(path: string, bytes: Uint8Array, options: IngestOptions = {}): IngestResult {
  const file = path.normalize('NFC');
  const skip = skipReason(file);
  if (skip) return { ok: 'skipped', reason: skip };
  const diag = (d: Omit<Diagnostic, 'file'>): Diagnostic => ({ file, ...d });
  if (bytes.length === 0) return { ok: false, diagnostics: [diag({ id: 'empty-file', level: 'error', message: 'fichier vide : rien à publier ; écrivez l’article ou supprimez le fichier' })] };
  const tooLarge = sizeProblem(file, bytes.length);
  if (tooLarge) return { ok: false, diagnostics: [tooLarge] };

  const signature = signatureFormat(bytes);
  const decoded = decode(bytes);
  if (signature !== undefined || looksBinary(decoded.text)) {
    return { ok: false, diagnostics: [diag({ id: 'binary-file', level: 'error', message: binaryMessage(signature) })] };
  }
  const local: Parsed['diagnostics'] = [];
  if (decoded.encoding === 'windows-1252') {
    local.push({ id: 'encoding-windows-1252', level: 'warning', message: 'fichier qui n’est pas en UTF-8 : lu comme Windows-1252 ; vérifiez les accents et enregistrez-le en UTF-8' });
  } else if (decoded.encoding !== 'utf-8') {
    local.push({ id: 'encoding-utf-16', level: 'warning', message: `fichier en ${decoded.encoding.toUpperCase()}${decoded.bom ? '' : ' sans BOM'} : lu correctement ; enregistrez-le en UTF-8` });
  }
  if (decoded.invalidUtf8Line !== undefined) {
    local.push({ id: 'encoding-invalid-bytes', level: 'warning', line: decoded.invalidUtf8Line, message: `octets illisibles en ${decoded.encoding.toUpperCase()}, affichés comme � ; retapez les caractères abîmés de cette ligne et enregistrez le fichier en UTF-8` });
  }
  const c1 = c1AsWindows1252(decoded.text);
  if (c1.replaced > 0) {
    const [code, read] = c1.example!;
    const s = c1.replaced > 1 ? 's' : '';
    local.push({ id: 'encoding-c1-controls', level: 'warning', line: c1.firstLine, message: `${c1.replaced} caractère${s} de contrôle invisible${s} lu${s} comme Windows-1252 (${code} : « ${read} »), le premier sur cette ligne : le fichier a été converti en UTF-8 comme s’il était en Latin-1 ; vérifiez la ponctuation de ces lignes et enregistrez le texte corrigé en UTF-8` });
  }
  const mojibake = repairMojibake(c1.text);
  if (mojibake.repaired > 0) {
    const [found, fixed] = mojibake.example!;
    local.push({ id: 'encoding-double-utf8', level: 'warning', line: mojibake.firstLine, message: `texte encodé deux fois en UTF-8 (« ${found} » pour « ${fixed} ») : ${mojibake.repaired} caractère${mojibake.repaired > 1 ? 's' : ''} réparé${mojibake.repaired > 1 ? 's' : ''} ; enregistrez le texte corrigé en UTF-8` });
  }
  const norm = normalise(mojibake.text);
  if (norm.removedControls > 0) {
    local.push({ id: 'control-characters', level: 'warning', ...(norm.firstControlLine !== undefined ? { line: norm.firstControlLine } : {}), message: `${norm.removedControls} caractère(s) de contrôle (NUL…) retiré(s), le premier sur cette ligne ; vérifiez que le fichier est bien du texte` });
  }
  if (norm.text.trim() === '') {
    return { ok: false, diagnostics: [...local, { id: 'empty-file', level: 'error' as const, message: 'le fichier ne contient aucun texte : rien à publier ; écrivez l’article ou supprimez le fichier' }].map(diag) };
  }

  const page = webPage(norm.text);
  if (page) return { ok: false, diagnostics: [...local, { id: 'web-page', level: 'error' as const, line: page.line, message: webPageMessage(page.opening) }].map(diag) };

  const format = extension(file) === '.txt' ? 'text' : 'markdown';
  const read = format === 'text' ? parseTextFile(norm.text) : parseMarkdown(norm.text);
  const { lede: ledeText, kicker } = splitKicker(withoutRubric(withoutDatelineDashes(read.lede)));
  // Undated in its text, a file named after its day (`2020-03-12-mon-article.md`, as Jekyll names posts) is dated by its name.
  const named = read.date ? undefined : dateOfFileName(file);
  const parsed = { ...read, lede: ledeText, ...(named ? { date: named } : {}) };
  const diags = [...local, ...(named ? parsed.diagnostics.filter((d) => d.id !== 'undated') : parsed.diagnostics)];
  if (named) diags.push({ id: 'date-from-file-name', level: 'info', message: `date ${named.iso} tirée du nom du fichier, faute de date dans le texte ; rien à faire` });
  if (!parsed.lede && !diags.some((d) => d.level === 'error')) {
    diags.push({ id: 'no-text', level: 'error', line: 1, message: 'aucun texte d’article trouvé ; écrivez au moins un paragraphe après le titre et la date' });
  }
  // A rejected file is not published: the warning that it is published undated would contradict its error.
  if (diags.some((d) => d.level === 'error')) return { ok: false, diagnostics: diags.filter((d) => d.id !== 'undated').map(diag) };

  if (parsed.date && isFuture(parsed.date, options.today ?? parisToday())) {
    diags.push({ id: 'date-future', level: 'warning', line: parsed.dateLine, message: `date ${parsed.date.iso} dans le futur ; vérifiez l’année` });
  }
  if (parsed.date && isEpoch(parsed.date)) {
    diags.push({ id: 'date-epoch', level: 'warning', line: parsed.dateLine, message: `date ${parsed.date.iso.slice(0, 10)}, celle qu’un export donne à un article sans date (l’horodatage 0) ; vérifiez-la, ou retirez-la pour publier l’article sans date` });
  }
  const nameHeadline = fileHeadline(file, gluedMediaNames());
  const { title, titleOrigin } = titleFrom(parsed, diags, nameHeadline);
  const stray = strayQuotes([title, parsed.lede, ...parsed.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])], norm.text);
  if (stray) diags.push(stray);
  const draft = parsed.draft || inDraftsFolder(file);
  // A file without a title named after its headline (`2016-08-04-allaitement-l-unicef-fait-polemique-19195.txt`)
  // keeps that name as its address: a correction of the lede does not move it.
  const untitledName = titleOrigin === 'derived' || titleOrigin === 'file-name' ? nameHeadline : undefined;
  const slug = parsed.slug ?? (slugify(untitledName ?? title) || 'article');
  const wordCount = countWords(parsedText(parsed));
  const article: Article = {
    id: file.replace(/\.[^./]+$/, ''),
    sourceFile: file,
    format,
    slug,
    ...(parsed.slug ? { slugWritten: true as const } : {}),
    url: articleUrl(parsed.date, slug),
    ...(parsed.aliases ? { aliases: parsed.aliases, ...(parsed.aliasesLine !== undefined ? { aliasesLine: parsed.aliasesLine } : {}) } : {}),
    title,
    titleOrigin,
    ...(parsed.date ? { date: parsed.date } : {}),
    lede: parsed.lede,
    ...(kicker ? { kicker } : {}),
    sections: parsed.sections,
    ...(parsed.bodyHtml !== undefined ? { bodyHtml: parsed.bodyHtml } : {}),
    ...(parsed.source ? { source: sourceTitle(parsed.source) } : {}),
    ...(parsed.author ? { author: parsed.author } : {}),
    ...(parsed.originalUrl ? { originalUrl: parsed.originalUrl } : {}),
    topics: parsed.topics,
    entities: [],
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    truncated: parsed.truncated,
    draft,
    // A draft is not published: the warning that it is published undated would be wrong.
    diagnostics: (draft ? diags.filter((d) => d.id !== 'undated') : diags).map(diag),
  };
  return { ok: true, article };
}
