/**
 * The Hugo side of `npm run bench -- --compare`: a minimal, idiomatic Hugo site as the issue
 * measured it, with the same articles as Markdown (same titles, dates, topics and URLs as
 * Kiosque gives them) and article, topic (paginated by 20), year and month pages; Pagefind's CLI
 * then indexes the article bodies (`data-pagefind-body`) with the same filters and sort key as
 * Kiosque's records.
 *
 * Kiosque also builds a page per person and organisation (16,500 at 10,000 articles) and related
 * articles. They are left out here on purpose: given the same 16,000 terms as taxonomies, Hugo
 * 0.111 took 129 s instead of 5.8 s (143 CPU-s against 9.6), and `.Related` over them 171 s; a
 * comparison against that would flatter Kiosque. So this Hugo site builds fewer pages than
 * Kiosque: the bench prints both counts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchiveArticle } from '../../src/model.ts';

const CONFIG = `baseURL = "http://localhost:8080/"
languageCode = "fr"
defaultContentLanguage = "fr"
title = "Kiosque (Hugo)"
paginate = 20
disableKinds = ["section", "sitemap", "robotsTXT"]
[taxonomies]
  sujet = "sujets"
  annee = "annees"
  mois = "mois"
[outputs]
  home = ["HTML", "RSS"]
  taxonomy = ["HTML"]
  term = ["HTML"]
`;

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">
</head>
<body>
<header><a href="/">{{ .Site.Title }}</a>
<nav><a href="/sujets/">Sujets</a> <a href="/annees/">Chronologie</a> <a href="/recherche/">Recherche</a></nav></header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>{{ .Site.Title }}</footer>
</body>
</html>
`,
  '_default/single.html': `{{ define "main" }}
<article data-pagefind-body>
<h1>{{ .Title }}</h1>
<p>{{ if not .Date.IsZero }}<time datetime="{{ .Date.Format "2006-01-02" }}" data-pagefind-sort="date:{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>{{ end }}{{ with .Params.source }} · <span data-pagefind-filter="source">{{ . }}</span>{{ end }}</p>
{{ with .Params.annees }}{{ range . }}<span hidden data-pagefind-filter="annee">{{ . }}</span>{{ end }}{{ end }}
<ul>{{ range .GetTerms "sujets" }}<li><a href="{{ .RelPermalink }}" data-pagefind-filter="sujet">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ .Content }}
</article>
<nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">← {{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }} →</a>{{ end }}</nav>
{{ end }}
`,
  '_default/list.html': `{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ $pages := .Pages }}{{ if eq .Data.Plural "sujets" }}{{ $pages = (.Paginate .Pages).Pages }}{{ end }}
<ol>{{ range $pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><time>{{ .Date.Format "2 January 2006" }}</time><p>{{ .Summary }}</p></li>{{ end }}</ol>
{{ if eq .Data.Plural "sujets" }}{{ template "_internal/pagination.html" . }}{{ end }}
{{ end }}
`,
  '_default/terms.html': `{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>
{{ end }}
`,
  'index.html': `{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
<ol>{{ range first 12 .Site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <p>{{ .Summary }}</p></li>{{ end }}</ol>
<ul>{{ range .Site.Taxonomies.sujets.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>
{{ end }}
`,
};

const yamlString = (s: string) => JSON.stringify(s);

/**
 * The Markdown file Hugo reads for one article: front matter (title, date, URL, taxonomies,
 * source) and the lede and sections as paragraphs and `##` headings.
 * @example hugoArticle(article).startsWith('---\ntitle: ')
 */
export function hugoArticle(a: ArchiveArticle): string {
  const front = [
    `title: ${yamlString(a.title)}`,
    ...(a.date ? [`date: ${yamlString(a.date.iso.length === 4 ? `${a.date.iso}-01-01` : a.date.iso.length === 7 ? `${a.date.iso}-01` : a.date.iso)}`] : []),
    `url: ${yamlString(a.url)}`,
    `sujets: ${JSON.stringify(a.topics)}`,
    ...(a.date ? [`annees: ["${a.date.year}"]`] : []),
    ...(a.date?.month ? [`mois: ["${a.date.year}-${String(a.date.month).padStart(2, '0')}"]`] : []),
    ...(a.source ? [`source: ${yamlString(a.source)}`] : []),
  ];
  const body = [a.lede, ...a.sections.flatMap((s) => [...(s.heading ? [`## ${s.heading}`] : []), ...s.paragraphs])];
  return `---\n${front.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
}

/**
 * Writes the Hugo site (config, layouts, one Markdown file per article) into `dir`, replacing it.
 * @example writeHugoSite(archive.articles, '/tmp/kiosque-bench/hugo-site')
 */
export function writeHugoSite(articles: ArchiveArticle[], dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content/articles'), { recursive: true });
  writeFileSync(join(dir, 'hugo.toml'), CONFIG);
  for (const [path, text] of Object.entries(LAYOUTS)) {
    mkdirSync(join(dir, 'layouts', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'layouts', path), text);
  }
  articles.forEach((a, i) => writeFileSync(join(dir, 'content/articles', `${String(i).padStart(6, '0')}.md`), hugoArticle(a)));
}

/**
 * Hugo's version line, installing Debian's `hugo` with apt-get first when it is missing and
 * this process runs as root; undefined when Hugo is not available.
 * @example ensureHugo() // 'hugo v0.111.3+extended linux/amd64 …'
 */
export function ensureHugo(log: (line: string) => void): string | undefined {
  const version = () => {
    try {
      return execFileSync('hugo', ['version'], { encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  };
  const found = version();
  if (found || process.getuid?.() !== 0) return found;
  log('hugo is missing: apt-get install -y hugo');
  try {
    execFileSync('apt-get', ['install', '-y', 'hugo'], { stdio: 'ignore' });
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'ignore' });
    execFileSync('apt-get', ['install', '-y', 'hugo'], { stdio: 'ignore' });
  }
  return version();
}
