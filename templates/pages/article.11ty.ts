/** An article page (one per article). */
import type { ArchiveArticle } from '../../src/model.ts';
import { href } from '../../src/site/filters/href.ts';
import { filters } from '../../src/site/filters/index.ts';
import { esc } from '../../src/site/html.ts';
import { textBlocks } from '../../src/text/list-items.ts';
import { cardList } from '../../src/site/views/cards.ts';
import type { PageData, Pagination } from '../../src/site/views/page.ts';
import { basePage } from '../../src/site/views/base.ts';
import { prevNext } from '../../src/site/views/prev-next.ts';
import { entityGroups } from '../../src/site/views/entities.ts';

type Data = PageData & { article: ArchiveArticle };
const { typo, typoRich, typoHtml, rebaseLinks } = filters;

export const data = {
  pagination: {
    data: 'archive.articles',
    size: 1,
    alias: 'article',
  } satisfies Pagination<'article'>,
  permalink: ({ article }: Data) => article.url,
};

function body(article: ArchiveArticle, base: string): string {
  if (article.bodyHtml) return `
  ${typoHtml(rebaseLinks(article.bodyHtml, base))}`;
  return article.sections.map((s) => `${s.heading ? `
  <h2>${typoRich(s.heading)}</h2>` : ''}${textBlocks(s.paragraphs).map((b) => ('items' in b ? `
  <ul>${b.items.map((i) => `<li>${typoRich(i)}</li>`).join('')}</ul>` : `
  <p>${typoRich(b.paragraph)}</p>`)).join('')}`).join('');
}

function nearby(article: ArchiveArticle, base: string): string {
  return `
<section class="nearby" aria-labelledby="autour">
  <h2 id="autour" class="visually-hidden">Autour de cette date</h2>${article.sameDay.length ? `
  <div class="nearby-block">
    <h3 class="section-title">Le même jour</h3>
    <ul class="nearby-list">${article.sameDay.map((c) => `<li><a href="${esc(href(c.url, base))}">${typoRich(c.title)}</a>${c.timeLabel ? ` <span class="d">${esc(c.timeLabel)}</span>` : ''}</li>`).join('')}</ul>${article.dayLink ? `
    <p class="more"><a href="${esc(href(article.dayLink.url, base))}">${esc(article.dayLink.label)}</a></p>` : ''}
  </div>` : ''}${article.sameMonth.length ? `
  <div class="nearby-block">
    <h3 class="section-title">Ce mois-là</h3>
    <ul class="nearby-list">${article.sameMonth.map((c) => `<li><a href="${esc(href(c.url, base))}">${typoRich(c.title)}</a> <span class="d">${esc(c.dateLabel)}</span></li>`).join('')}</ul>
    <p class="more"><a href="${esc(href(article.timelineLink.url, base))}">Tout ${esc(article.timelineLink.label)}</a></p>
  </div>` : ''}
</section>`;
}

export function render({ archive, urls, csp, article }: Data): string {
  const layout = { archive, urls, csp, article, pageTitle: article.title, pageDescription: article.card.excerpt, canonicalUrl: article.url, ogType: 'article', pageClass: 'page-article' };
  return basePage(layout, content(archive.site.basePath, article));
}

/** Between two facts of the byline: the dot ends a line when the facts wrap, it never opens one. */
const META_SEPARATOR = '&nbsp;<span class="sep" aria-hidden="true">·</span>\n      ';

function content(base: string, article: ArchiveArticle): string {
  return `<article class="article" data-pagefind-body>
  <header class="article-header">
    <nav class="kicker breadcrumb" aria-label="Fil d’Ariane">
      <ol>${article.breadcrumb.map((l) => `<li><a href="${esc(href(l.url, base))}">${esc(l.label)}</a></li>`).join('')}</ol>
    </nav>
    <h1>${typoRich(article.title)}</h1>
    <p class="article-meta">${[
      article.date
        ? `<a class="date-link" href="${esc(href(article.card.dayUrl!, base))}"><time datetime="${esc(article.date.iso)}">${esc(article.dateLabel)}</time></a>`
        : `<span class="undated">${esc(article.dateLabel)}</span>`,
      article.author ? `<span class="author">Par ${esc(typo(article.author))}</span>` : '',
      article.source ? `<span class="source">Source&nbsp;: ${esc(typo(article.source))}</span>` : '',
      `<span class="reading-time">${article.readingMinutes}&nbsp;min de lecture</span>`,
    ].filter((fact) => fact).join(META_SEPARATOR)}</p>${article.topicLinks.length ? `
    <p class="visually-hidden" id="sujets-article">Sujets de l’article</p>
    <ul class="tags">${article.topicLinks.map((t) => `<li><a href="${esc(href(t.url, base))}">${esc(typo(t.label))}</a></li>`).join('')}</ul>` : ''}
  </header>
  <div class="article-body">
  ${article.ledeShown ? `<p class="lede${article.ledeLong ? ' lede-long' : ''}">${typoRich(article.ledeShown)}</p>` : ''}${body(article, base)}${article.truncated ? `
  <p class="truncated" role="note"><span aria-hidden="true">[…]</span> Texte tronqué&nbsp;: l’article s’interrompt ici dans la source.</p>` : ''}${article.originalUrl ? `
  <p class="original"><a href="${esc(article.originalUrl)}" rel="nofollow noopener">Lire l’article d’origine</a></p>` : ''}
  </div>
</article>${article.entityLinks.length ? `
<section class="entities" aria-labelledby="entites">
  <h2 id="entites" class="section-title">Personnes, organisations et lieux</h2>${entityGroups(article.entityLinks, base)}
</section>` : ''}${article.related.length ? `
<section class="related" aria-labelledby="voir-aussi">
  <h2 id="voir-aussi" class="section-title">À lire aussi</h2>
  ${cardList(article.related, base)}
</section>` : ''}${article.neighbours ? `
${prevNext(article.neighbours, base)}` : ''}${article.sameDay.length || article.sameMonth.length ? nearby(article, base) : ''}
`;
}
