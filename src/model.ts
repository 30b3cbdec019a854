/**
 * The entry model every stage reads. Types only; imports nothing local. The URL map, the one
 * place page addresses are written, is next to it in ./model/urls.ts.
 * See ../shared/DESIGN.md, "Article entry".
 */

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in one input file. Data, never a thrown string. */
export interface Diagnostic {
  /** Stable machine id, e.g. `date-impossible`. */
  id: string;
  level: Severity;
  /** Content-relative path of the file, with `/` separators. */
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  /** What is wrong and what to do, in French (the user reads it): `problème ; conseil`. */
  message: string;
}

export type DatePrecision = 'year' | 'month' | 'day' | 'datetime';

/** A date kept at the precision it was written with; never invented into a day. */
export interface DateInfo {
  /** `2024`, `2024-02`, `2024-02-15` or `2024-02-15T14:30:00+01:00`. */
  iso: string;
  precision: DatePrecision;
  year: number;
  /** 1–12 when precision is month or finer. */
  month?: number;
  day?: number;
}

/** Where a title comes from: the front matter, the text's title line, the file's name (`file-name`, a headline rebuilt from it) or the lede (`derived`). */
export type TitleOrigin = 'front-matter' | 'title-line' | 'file-name' | 'derived';

export interface Section {
  /** Plain-text heading, absent for the opening section. */
  heading?: string;
  /** Paragraphs as plain text (raw dumps) … */
  paragraphs: string[];
}

export type SourceFormat = 'text' | 'markdown';

export type EntityKind = 'person' | 'organisation' | 'place';

export interface EntityRef {
  kind: EntityKind;
  /** Canonical name, e.g. `Mark Zuckerberg`. */
  name: string;
  slug: string;
  /** Mentions in the article. */
  count: number;
}

/** One article as ingest produces it, before enrichment. */
export interface Article {
  /** Stable id: the content-relative path without extension. */
  id: string;
  /** Content-relative path, `/` separators. */
  sourceFile: string;
  format: SourceFormat;
  /** ASCII, lowercase, unique across the archive (set by the archive step). */
  slug: string;
  /** The slug was written in the front matter (`slug:`): it keeps its address before slugs made from titles (src/enrich/archive.ts, `uniqueUrls`). */
  slugWritten?: true;
  /** Former addresses of the article (front matter `aliases`, `redirect_from`), each a page that sends the reader to it. */
  aliases?: string[];
  /** 1-based line of the front matter's `aliases` key. */
  aliasesLine?: number;
  /** Site-relative URL without base path, e.g. `/articles/2024/02/slug/`. */
  url: string;
  title: string;
  titleOrigin: TitleOrigin;
  /** Absent for undated articles. */
  date?: DateInfo;
  lede: string;
  /** The section's rubric in capitals that opened the lede (`INSOLITE`, `POLITIQUE`), taken out of it; topics still read it. */
  kicker?: string;
  sections: Section[];
  /**
   * Body as safe HTML for Markdown input (markdown-it, raw HTML off);
   * absent for raw text, whose sections are rendered by templates.
   */
  bodyHtml?: string;
  source?: string;
  /** The writer: front matter `author`, or a source line that names a person (src/enrich/author.ts). */
  author?: string;
  /** Original URL of the article (front matter `url`). */
  originalUrl?: string;
  /** Topic slugs from front matter; enrich adds the assigned ones. */
  topics: string[];
  entities: EntityRef[];
  wordCount: number;
  readingMinutes: number;
  /** The text stops mid-sentence. */
  truncated: boolean;
  draft: boolean;
  diagnostics: Diagnostic[];
  /**
   * Its sections and HTML body are in the build's body store (src/text/body-store.ts), not
   * here (`sections` is empty) until a step that shows them reads them back.
   */
  stored?: true;
}

/** The entities an article is about, as `kind:slug` (src/enrich/related.ts, `subjectEntities`). */
export interface Subjects {
  entities: string[];
  /** Those its title names. */
  headline: string[];
}

/** The topics and entities found in one article (src/enrich/index.ts), kept by the build cache. */
export type Analysis = Pick<Article, 'topics' | 'entities'> & {
  /** What related articles are found from: a function of the text, kept with the rest. */
  subjects: Subjects;
};

/** What ingest returns for one file. */
export type IngestResult =
  | {
    ok: true;
    article: Article;
    /** A hash of the article's text (title, date, lede, body): the same article saved twice has the same (src/build/pipeline.ts). */
    textHash?: string;
    /** A hash of its date and the words of its text, title and markup aside: the same story in two formats has the same (src/build/pipeline.ts). */
    storyKey?: string;
  }
  | { ok: false; diagnostics: Diagnostic[] }
  /** Not an article (image, .DS_Store…): listed in the report, never published. */
  | { ok: 'skipped'; reason: string };

/** A topic of the taxonomy (built-in src/enrich/knowledge/sujets.yml, or a content folder's sujets.yml). */
export interface TopicDef {
  slug: string;
  label: string;
  description: string;
  /** Words and names that signal the topic in the text (and in front matter). */
  aliases: string[];
  /** Words that signal the topic only beside stronger evidence (« voiture » in a crash story):
   * matched like aliases, but a title mention weighs as a body mention and never names the
   * subject alone, and a topic found only through them is left out. */
  weakAliases?: string[];
  /** Phrases that hold one of the topic's words but mean something else (« espace Schengen »,
   * « emploi du temps », « montagnes russes »): where one is written, its words do not signal
   * the topic (other topics' aliases in it still count: « police municipale » is police news,
   * not an election). */
  notAliases?: string[];
  /** Names that signal the topic only in the title (a channel the title names, « X quitte TF1 »,
   * is the story; one the text names, « a-t-il dit sur TF1 », is where a guest spoke): one in
   * the title names the subject unless it only says where the story happens (« sur France 2 »),
   * and the lede and body never count them. */
  titleAliases?: string[];
  /** The month (`2019-12`) or year its story starts: an article dated before never gets the topic from its text (« confinés » in 2017 is no pandemic), only from front matter. */
  since?: string;
  /** Front-matter categories, rubrics and tags that mean this topic, never looked for in the text (`France`, `Auto`). */
  categories?: string[];
  /** `false`: never looked for in the text (neither label nor aliases), only given by front matter. */
  matchText?: false;
  /** `true`: the topic is a subject only when the title or the lede names it (or a lede's rubric):
   * its words are the common vocabulary of other stories (the economy's figures in a political
   * story, a campaign's calendar in a politician's, the train a story happens on), so the body
   * alone never gives it. */
  needsLede?: true;
  /** `true`: a subject that frames stories of every field (the pandemic, an attack, a strike, a
   * reform): named in the lede and again in the body, with two different aliases, or in the title
   * and again in the text, it is assigned however much more the story tells of something else (a
   * minister's words, a school's reopening, the trains a strike stops). */
  ledeSubject?: true;
  /** Slugs of narrower topics that tell the same story: when the text gives one of them, this
   * topic is left out unless the title names it (`sante` yields to `covid-19`). */
  yieldsTo?: string[];
  /** `true`: the topic does not yield (`yieldsTo`) when the lede names it and three different
   * aliases tell it: a crime story whose lede is about the trial is court news as well. */
  ledeKeeps?: true;
  /** Slugs of broader topics an article under this one is also under (a story set in an
   * African country is International too: `afrique` implies `international`). */
  implies?: string[];
  /** Phrases naming the topic as what a movement stands against (« contre la réforme des
   * retraites »), with `causeOf`: one of them anywhere in an article given one of the `causeOf`
   * topics makes this topic a subject too (a strike against the pension reform is a pensions
   * story, however little a day's coverage says of pensions). They are no aliases: the topic's
   * aliases inside them count as usual. */
  causeAliases?: string[];
  /** Slugs of the movement topics `causeAliases` speak of (`mouvements-sociaux`). */
  causeOf?: string[];
}

/** An entity of the gazetteer (built-in src/enrich/knowledge/entites.yml, or a content folder's entites.yml). */
export interface EntityDef {
  kind: EntityKind;
  name: string;
  aliases: string[];
}

/** One taxonomy or gazetteer file a build used, as the report lists it. */
export interface KnowledgeSource {
  /** `src/enrich/knowledge/sujets.yml` for the built-in files, the content-relative path otherwise. */
  file: string;
  origin: 'built-in' | 'content';
  /** Valid entries read from the file (topics or entities), removals included. */
  entries: number;
  /** Content files only: built-in entries this file replaced (same slug, or same kind and name). */
  replaced?: number;
  /** Content files only: built-in entries this file dropped with `remove: true`. */
  removed?: number;
}

/** A front-matter topic (topics, tags, category…) that matched no taxonomy topic: it got a topic of its own. */
export interface UnmappedTopic {
  /** The French label shown to readers, as the author wrote it (capitalised). */
  label: string;
  slug: string;
  /** Articles that carry it. */
  articles: number;
  /** Whether it got a topic page (carried by enough articles: src/enrich/topics.ts, `authorTopics`). */
  page: boolean;
}

// ---------------------------------------------------------------------------
// The archive: what templates read. Every URL, label, count and page chunk is computed
// before rendering, so templates only loop and branch. URLs here have no base path.

export interface SiteOptions {
  title: string;
  description: string;
  /** `/` or `/x/`: the sub-path the site is served under. */
  basePath: string;
  /** Absolute origin for canonical links and feeds, e.g. `https://archive.example`. */
  origin: string;
  /** Articles an entity must be named in to get a page (default 2: a page listing one article helps no one). */
  minEntityArticles?: number;
}

/** A count as readers see it (src/text/french-counts.ts): `1 234 articles`, or its figure and noun apart. */
export interface Count {
  /** `1 234` (narrow no-break space between thousands). */
  figure: string;
  /** `article` or `articles`, agreeing with the figure. */
  noun: string;
  /** `1 234 articles`. */
  label: string;
}

export interface Link {
  label: string;
  url: string;
  count?: number;
  /** `count` articles, as printed. */
  articleCount?: Count;
}

/** One side of a previous/next navigation, as printed. */
export interface NeighbourLink {
  url: string;
  /** `← Article précédent`, `Année suivante →`. */
  direction: string;
  /** The article's title, the month or the year. */
  title: string;
  /** What follows the title: the article's date, the month's article count. */
  detail?: string;
}

/** A previous/next navigation: articles, months, years. */
export interface Neighbours {
  /** The navigation's accessible name: `Articles voisins dans le temps`. */
  label: string;
  /** The smaller style of the timeline pages. */
  compact: boolean;
  prev?: NeighbourLink;
  next?: NeighbourLink;
}

/** An article as listed on home, topic, month and entity pages. */
export interface ArticleCard {
  id: string;
  url: string;
  title: string;
  /** `datetime` attribute value at the real precision, absent when undated. */
  dateIso?: string;
  dateLabel: string;
  /** Time of day of a `datetime`-precision date (`14 h 30`), for lists that give the day apart. */
  timeLabel?: string;
  excerpt: string;
  /** What the card shows instead of `excerpt` under a title derived from the lede: the lede from the cut, or nothing when the title holds it whole (src/text/article-text.ts, `cardLede`). */
  teaser?: string;
  topics: Link[];
  source?: string;
  author?: string;
  /** Where the date leads: the day on its month page (`/chronologie/2024/03/#05`), or the month or year page. */
  dayUrl?: string;
}

export interface ArchiveArticle extends Article {
  dateLabel: string;
  /** The lede as the page shows it: under a title derived from it, without what the title says; empty when the title holds it whole (src/text/article-text.ts, `ledeUnderTitle`). */
  ledeShown: string;
  /** The lede shown is long (`LONG_LEDE`: src/enrich/archive.ts): set in the text's weight, not bold like a short one. */
  ledeLong?: true;
  topicLinks: Link[];
  entityLinks: (Link & { kind: EntityKind })[];
  /** The previous and next article in time (undated ones: by title); absent when it has neither. */
  neighbours?: Neighbours;
  related: ArticleCard[];
  /** Timeline page holding the article: month, year, or the undated section. */
  timelineLink: Link;
  card: ArticleCard;
  /** Other articles of the same day, and of the same month sharing a topic (src/enrich/days.ts). */
  sameDay: ArticleCard[];
  sameMonth: ArticleCard[];
  /** The whole day on the timeline (`Toute la journée du 5 mars 2024`), for day-precision dates. */
  dayLink?: Link;
  /** Accueil › Chronologie › 2018 › juin: the pages above the article (also in the page's JSON-LD, as its BreadcrumbList: src/site/json-ld.ts). */
  breadcrumb: Link[];
}

/** One entry of a pager: a page, the current page, or a gap (`…`) standing for skipped pages. */
export interface PagerItem {
  label: string;
  /** Accessible name, when the label alone is not one (`Page 3`, `Articles les plus récents`). */
  name?: string;
  /** Words screen readers hear before the label, hidden on screen (`Articles jusqu’au` before `16 sept. 2018`). */
  hint?: string;
  /** Absent for a gap. */
  url?: string;
  current?: boolean;
}

export interface Pager {
  /** `page 2 sur 5` (month pages), when there is more than one page; on a listing, its first page only (`page 1 sur 5`). */
  position?: string;
  /** The page before: newer articles in a listing, earlier days on a month page. */
  prevUrl?: string;
  /** The page after: older articles in a listing, later days on a month page. */
  nextUrl?: string;
  /** The first and last pages and two either side of the current one, with gaps between; empty for a single page. */
  pages: PagerItem[];
}

/** One page of a paginated listing. */
export interface ListPage {
  url: string;
  title: string;
  items: ArticleCard[];
  pager: Pager;
  /** The dates of its dated articles, oldest first (`3 mars 2020 – 12 avril 2020`), on every page of a listing of several pages. */
  span?: string;
}

/**
 * What every page of a topic shows of it. A topic's numbered pages hold nothing that changes
 * when an article joins the topic: its counts and charts (`view`, and the other topics) are on
 * its first page only, so that a rebuild can keep the others (src/build/page-reuse.ts).
 */
export type TopicHead = Pick<TopicView, 'slug' | 'label' | 'description' | 'url' | 'feedUrl'>;
/** What every page of an entity shows of it (see TopicHead). */
export type EntityHead = Pick<EntityView, 'kind' | 'kindLabel' | 'indexUrl' | 'name' | 'url'>;

/** Articles of one month, for charts (src/site/month-chart.ts lays them out). */
export interface MonthBar extends Link {
  /** `2024-03`. */
  key: string;
}

export interface TopicView {
  slug: string;
  label: string;
  description: string;
  url: string;
  feedUrl: string;
  count: number;
  articleCount: Count;
  /** The years its dated articles span: `de 2019 à 2024`, `en 2024`; absent when none is dated. */
  span?: string;
  months: MonthBar[];
  /** The 50 newest, for the topic feed. */
  feedItems: ArticleCard[];
  /** Its years, newest first, each leading to the topic's articles of that year. */
  years: TopicYear[];
}

/** One year of a topic: `/sujets/politique/2018/`. */
export interface TopicYear extends Link {
  year: number;
  count: number;
  articleCount: Count;
  /** Width of the year's bar, a share of the busiest year (`42.5%`). */
  share: string;
}

/** A group of the topics index (« Les plus traités », « Actifs récemment »). */
export interface TopicGroup {
  id: string;
  title: string;
  /** What the counts mean. */
  note: string;
  topics: Link[];
}

export interface EntityView {
  kind: EntityKind;
  kindLabel: string;
  /** The index of its kind, for the kicker. */
  indexUrl: string;
  slug: string;
  name: string;
  url: string;
  count: number;
  articleCount: Count;
  months: MonthBar[];
  /** Its years, newest first, each leading to its page holding that year's newest article; none when its articles fit one page or one year. */
  years: TopicYear[];
}

/** `/personnes/`, `/organisations/`, `/lieux/`: the entities of one kind that have a page. */
export interface EntityIndexView {
  kind: EntityKind;
  /** `Personnes`, `Organisations`, `Lieux`. */
  title: string;
  /** `citées` or `cités`, agreeing with the title. */
  cited: string;
  url: string;
  /** The most cited first (at most 30). */
  top: Link[];
  /**
   * A–Z, grouped by initial letter (accents folded; digits and signs under `#`). In an index
   * too large for one page, each letter has the `url` of its own page, which lists its entities
   * (`EntityLetterPage`), and none here.
   */
  letters: { letter: string; id: string; url?: string; entities: Link[] }[];
  count: number;
  /** `16 fiches`, figure and noun apart too (the home page shows the figure). */
  pageCount: Count;
  /** What the index lists: `561 personnes, chacune citée dans au moins deux articles`. */
  lead: string;
}

/** One letter of an entity index too large for one page: `/personnes/a-z/m/`. */
export interface EntityLetterPage {
  kind: EntityKind;
  url: string;
  indexUrl: string;
  /** The index's title, `Personnes`. */
  title: string;
  /** `Personnes : M`. */
  heading: string;
  /** `412 personnes à la lettre M, par nom de famille`. */
  lead: string;
  entities: Link[];
  /** The A–Z bar: every letter's page, this one's marked. */
  letters: { letter: string; url: string; current: boolean }[];
}

/** Entities found, and how many got a page. */
export interface EntityStats {
  minArticles: number;
  /** Entities with a page, per kind. */
  withPage: Record<EntityKind, number>;
  /** Entities named in fewer articles than `minArticles`, per kind: no page, no link. */
  withoutPage: Record<EntityKind, number>;
}

export interface DayGroup {
  label: string;
  /** Anchor on the month page, named by the day (`05`), or `au-cours-du-mois`. */
  anchor: string;
  /** Month page holding the day, with the anchor. */
  url: string;
  /** `2024-03-15`, or `2024-03` for the articles dated to the month only. */
  dateIso: string;
  articles: ArticleCard[];
}

export interface MonthView {
  year: number;
  month: number;
  key: string;
  label: string;
  url: string;
  /** Its year's page. */
  yearUrl: string;
  count: number;
  articleCount: Count;
  /** Articles with a day, grouped by day; month-precision articles come last. */
  days: DayGroup[];
  /** The twelve months of the same year, for the month page's side column. */
  yearCalendar: MonthCell[];
  /** The months before and after, with articles. */
  neighbours: Neighbours;
  pageCount: number;
}

/** A day in the index at the top of a month page: its number, linking to its page and anchor. */
export interface DayIndexItem {
  /** `1er`, `2`… or `Au cours du mois`. */
  label: string;
  url: string;
  count: number;
  /** Accessible name: `5 mars 2024, 3 articles`. */
  title: string;
  /** On the page being shown. */
  here: boolean;
}

/** One page of a month: whole days, with every day of the month listed at the top. */
export interface MonthPage {
  url: string;
  title: string;
  month: MonthView;
  days: DayGroup[];
  dayIndex: DayIndexItem[];
  pager: Pager;
}

/**
 * A page of a list too long for the page that would hold it (src/enrich/archive.ts, `shelf`):
 * the undated articles (`/chronologie/sans-date/`), a year's articles dated to the year only
 * (`/chronologie/2024/annee-seule/`).
 */
export interface ShelfPage {
  url: string;
  /** For `<title>`. */
  title: string;
  heading: string;
  /** The timeline pages above it. */
  kicker: Link[];
  /** What the list holds, with the page's position. */
  lead: string;
  items: ArticleCard[];
  pager: Pager;
}

/** One month of a year's calendar grid; no URL when the month has no article. */
export interface MonthCell {
  key: string;
  label: string;
  count: number;
  articleCount: Count;
  url?: string;
  /** Before the archive's first month or after its last: a month the archive does not cover yet. */
  outside?: true;
}

export interface YearView {
  year: number;
  url: string;
  /** Its articles dated to the year only, on its page. */
  yearOnlyUrl: string;
  count: number;
  articleCount: Count;
  months: MonthBar[];
  /** The twelve months, January first, with their counts. */
  calendar: MonthCell[];
  /** Articles dated to the year only. */
  /** Its articles dated to the year only, when the year page lists them itself (none when they have pages of their own). */
  yearOnly: ArticleCard[];
  /** `3 articles datés de l’année seulement`, when there are any. */
  yearOnlyLabel?: string;
  /** The years before and after, with articles. */
  neighbours: Neighbours;
}

/** The archive's figures, as the home, timeline, topics and entity index pages print them. */
export interface ArchiveSummary {
  articles: Count;
  undated: Count;
  topics: Count;
  /** The years the dated articles span: `de 2019 à 2024`, `en 2024`; absent without dated articles. */
  span?: string;
}

/** A former address of an article (front matter `aliases`): a page that sends the reader to it. */
export interface Redirect {
  /** The former address, a site path (`/2019/03/ancien-titre/`, `/posts/article.html`). */
  url: string;
  article: ArticleCard;
}

/** One file of the sitemap: the pages it lists, or, for the index of a split sitemap, its parts' addresses. */
export interface SitemapFile {
  url: string;
  pages?: string[];
  parts?: string[];
}

export interface Archive {
  site: SiteOptions;
  summary: ArchiveSummary;
  articles: ArchiveArticle[];
  /** Every former address of an article, by address. */
  redirects: Redirect[];
  latest: ArticleCard[];
  topics: TopicView[];
  /** Every topic page chunk, flattened for Eleventy pagination. */
  topicPages: (ListPage & { topic: TopicHead } & Partial<{ view: TopicView; topics: TopicView[] }>)[];
  /** Every page of a topic's year (`/sujets/slug/2018/`), flattened for Eleventy pagination. */
  topicYearPages: (ListPage & { topic: TopicHead; year: Pick<TopicYear, 'year' | 'url'> } & Partial<{ view: TopicView; yearView: TopicYear }>)[];
  /** The topics index's groups, before its A–Z list. */
  topicGroups: TopicGroup[];
  entities: EntityView[];
  /** Every entity page chunk, flattened for Eleventy pagination. */
  entityPages: (ListPage & { entity: EntityHead; view?: EntityView })[];
  /** One index per kind that has entity pages. */
  entityIndexes: EntityIndexView[];
  /** The letters' pages of the indexes too large for one page. */
  entityLetterPages: EntityLetterPage[];
  /**
   * The entity indexes as the main menu links them, every page's layout reading it: their kinds,
   * titles and addresses only, which change when a kind gets its first page, so that a page's
   * reuse key (src/build/page-reuse.ts) does not hold the indexes' counts.
   */
  entityMenu: Pick<EntityIndexView, 'kind' | 'title' | 'url'>[];
  entityStats: EntityStats;
  years: YearView[];
  months: MonthView[];
  /** Every month page, flattened for Eleventy pagination (long months are split by days). */
  monthPages: MonthPage[];
  /** The undated articles, when the timeline page lists them itself (none when they have pages of their own). */
  undated: ArticleCard[];
  /** The pages of the lists too long for their page: the undated articles, a year's articles dated to the year only. */
  shelfPages: ShelfPage[];
  /** Where the undated articles are listed, the timeline's section or their first page; absent without undated articles. */
  undatedUrl?: string;
  /** Articles per month over the whole archive, for the home chart. */
  chart: MonthBar[];
  /** The 50 newest, for /flux.xml and /flux.json. */
  feedItems: ArticleCard[];
  /** The sitemap: one file, or an index and its parts (src/enrich/sitemap.ts). */
  sitemaps: SitemapFile[];
  /**
   * The search index's bundles when it is in several shards (src/search/shards.ts), base path
   * applied, the main one first: the search page merges them. Absent: the one `pagefind/`.
   */
  searchBundles?: string[];
}
