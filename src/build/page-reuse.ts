/**
 * Page reuse for the daily rebuild: a page rendered one per item (an article, an entity, a topic
 * or month listing) depends only on its item, the site options and Kiosque itself
 * (src/site/render-plan.ts, `slicedTemplates`). Its key hashes those; when the previous build
 * wrote a page with the same key, that file is hard-linked into the new site instead of rendered
 * again, once a worker has checked that it is untouched (same size and modification time as
 * recorded: ./page-links.ts); a page it could not take is rendered after the others. Links cost
 * no copy and leave the previous site intact until the swap.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Archive } from '../model.ts';
import type { PageList } from '../site/render.ts';
import type { TemplateInfo } from '../site/render-plan.ts';
import { hashOf, type PageRecord } from './cache.ts';
import { pageLinker, type LinkJob, type PageLinker } from './page-links.ts';
import type { ArticleOrigin } from './pipeline.ts';

/**
 * The file of a page in the site folder, from its URL, as Eleventy writes it.
 * @example pageFile('/articles/a/') // 'articles/a/index.html'
 * @example pageFile('/sujets/x/flux.xml') // 'sujets/x/flux.xml'
 */
export function pageFile(url: string): string {
  const path = url.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * Digests of the data of a list's items. Items share large values (every listing page of a
 * topic holds the topic; an article's card is in many lists; a month page holds its days, which
 * hold cards), so every object or array is written once, with each object or array it holds
 * standing in its text as its own digest: a text of at most 160 characters stands for itself,
 * a longer one as its hash (`#…`, which no JSON text starts with). Each object is thus hashed
 * once whatever holds it: hashing each item's whole JSON text instead cost 1.8 GB of text and
 * 12 s for one page type; writing each field whole wrote 40 MB of JSON at 10,000 articles, cards
 * over and over, for 3 % more time. The same data gives the same digest whatever object holds it, so
 * digests compare from one build to the next. The archive is not changed once built.
 *
 * An item with an `origin` (an article read through the cache: ./pipeline.ts) names its origin's
 * key, and a field holding the very value of one of the origin's sources (its text, its topics…)
 * stands as that source's number: the key determines those values, so they need no hashing; on
 * an article page those are most of the data.
 *
 * `known` holds the digests of the objects already met: one map for all the lists of a build,
 * so that an article's card, which is in lists of every page type, is hashed once.
 * @example digests([{ a: 1 }, { a: 1 }, { a: 2 }]) // [d1, d1, d2]
 */
export function digests(items: readonly unknown[], originOf: (item: object) => ArticleOrigin | undefined = () => undefined, known = new Map<object, string>()): string[] {
  /** Texts this long or shorter stand for themselves: hashing them would cost more than it saves. */
  const SHORT = 160;
  /** Each key as JSON writes it, with its colon: archive objects have a few dozen distinct keys. */
  const keyTexts = new Map<string, string>();
  const keyText = (k: string): string => {
    let t = keyTexts.get(k);
    if (t === undefined) keyTexts.set(k, (t = `${JSON.stringify(k)}:`));
    return t;
  };
  /** As JSON.stringify writes a value, with every object and array inside as its digest. */
  const part = (v: unknown): string => {
    if (typeof v === 'string') return JSON.stringify(v);
    if (v === null || typeof v !== 'object') return v === undefined ? 'null' : JSON.stringify(v);
    let d = known.get(v);
    if (d !== undefined) return d;
    let text: string;
    if (Array.isArray(v)) {
      text = '[';
      for (let i = 0; i < v.length; i++) text += i === 0 ? part(v[i]) : `,${part(v[i])}`;
      text += ']';
    } else {
      // Own enumerable keys in order, as Object.entries gives them: archive objects are plain.
      text = '{';
      for (const k in v) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined) text += `${keyText(k)}${part(x)},`;
      }
      text += '}';
    }
    if (text.length <= SHORT) return text;
    d = `#${hashOf(text)}`;
    known.set(v, d);
    return d;
  };
  return items.map((item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return hashOf(part(item));
    const origin = originOf(item);
    const sources = origin?.sources ?? [];
    let text = origin ? `@${origin.key}` : '';
    for (const k in item) {
      const v = (item as Record<string, unknown>)[k];
      if (v === undefined) continue;
      const source = sources.findIndex((s) => (s as Record<string, unknown>)[k] === v && Object.hasOwn(s, k));
      text += `${keyText(k)}${source >= 0 ? `=${source}` : part(v)},`;
    }
    return hashOf(text);
  });
}

/** Items of one template whose pages must be rendered after all. */
export interface LatePages {
  template: TemplateInfo;
  items: unknown[];
}

export interface PageReuse {
  /** For renderSite: the items of each list whose pages must be rendered; queues the others' pages to link. */
  select(lists: readonly PageList[]): unknown[][];
  /** Once the render is done: waits for the links, and gives the pages that could not be linked. */
  settle(): Promise<LatePages[]>;
  /** Stops linking (a failed or interrupted build). */
  stop(): Promise<void>;
  /** Pages linked (or copied) from the previous site; final once settled. */
  reused: number;
  /** The page records of the new site, once it is fully written into `siteDir`. */
  records(siteDir: string): Promise<Map<string, PageRecord>>;
}

/** Items whose digests a turn of the event loop makes when no page can be reused (see `pageReuse`). */
const ITEMS_PER_TURN = 500;

/**
 * Page reuse from `previousSite` (undefined: none) into `siteDir`. A page's key hashes `base`
 * (Kiosque's fingerprint), its template, the archive fields the template reads and its item
 * (with the `origins` of articles read through the cache, by source file: see `digests`).
 * When no page can be reused (a first build, or a cache without page records), every page is
 * rendered and the keys are only for the next build: they are made during the render, a few
 * hundred items per turn of the event loop, instead of before it.
 */
export function pageReuse(archive: Archive, previous: Map<string, PageRecord>, previousSite: string | undefined, siteDir: string, base: string, articleOrigins?: Map<string, ArticleOrigin>): PageReuse {
  // They serve the digests only: let go once the keys are made (they hold every parsed article).
  let origins = articleOrigins;
  const originOf = (item: object) => {
    const file = (item as { sourceFile?: unknown }).sourceFile;
    return origins && typeof file === 'string' ? origins.get(file) : undefined;
  };
  const keys = new Map<string, string>();
  /** Pages queued to link: their record, template and item. */
  const linked = new Map<string, { record: PageRecord; template: TemplateInfo; item: unknown }>();
  let linker: PageLinker | undefined;
  /** The keys being made during the render, when no page can be reused. */
  let later: Promise<void> | undefined;
  /** The file and key of each item's page (undefined for an item without a URL); recorded for `records`. */
  const pageKeys = (field: string, context: string, items: readonly unknown[], known: Map<object, string>) => {
    const itemDigests = digests(items, originOf, known);
    return items.map((item, i) => {
      const url = (item as Record<string, unknown>)[field];
      if (typeof url !== 'string') return undefined;
      const file = pageFile(url);
      const key = hashOf(context, itemDigests[i]!);
      keys.set(file, key);
      return { file, key };
    });
  };
  const keysLater = async (lists: readonly PageList[], known: Map<object, string>) => {
    for (const { template, items, reads } of lists) {
      if (!template.permalink) continue;
      const context = contextOf(template, reads);
      for (let at = 0; at < items.length; at += ITEMS_PER_TURN) {
        await new Promise((next) => setImmediate(next));
        pageKeys(template.permalink, context, items.slice(at, at + ITEMS_PER_TURN), known);
      }
    }
    origins = undefined;
  };
  const contextOf = (template: TemplateInfo, reads: readonly string[]) => hashOf(base, template.file, JSON.stringify(reads.map((r) => [r, archive[r as keyof Archive]])));
  const reuse: PageReuse = {
    reused: 0,
    select(lists) {
      // One map of digests for all the lists (see `digests`), let go once they are chosen.
      const known = new Map<object, string>();
      if (!previousSite || previous.size === 0) {
        later = keysLater(lists, known);
        // Its failure is thrown by `records`; a build that fails before never asks.
        later.catch(() => {});
        return lists.map(({ items }) => [...items]);
      }
      const chosen = lists.map(({ template, items, reads }) => {
        const field = template.permalink;
        if (!field) return [...items];
        const context = contextOf(template, reads);
        const paged = pageKeys(field, context, items, known);
        const jobs: LinkJob[] = [];
        const selected = items.filter((item, i) => {
          const page = paged[i];
          if (!page) return true;
          const { file, key } = page;
          const before = previous.get(file);
          if (before?.key !== key) return true;
          jobs.push([file, before.size, before.mtimeMs]);
          linked.set(file, { record: before, template, item });
          return false;
        });
        // Linked on a worker while the next lists are chosen.
        if (jobs.length > 0) (linker ??= pageLinker(previousSite!, siteDir)).link(jobs);
        reuse.reused += jobs.length;
        return selected;
      });
      origins = undefined;
      return chosen;
    },
    async settle() {
      if (!linker) return [];
      const { failed, copied } = await linker.done();
      linker = undefined;
      // A copy is a new file: its record is read from the new site, as a rendered page's.
      for (const file of copied) linked.delete(file);
      const late = new Map<TemplateInfo, unknown[]>();
      for (const file of failed) {
        const { template, item } = linked.get(file)!;
        linked.delete(file);
        (late.get(template) ?? late.set(template, []).get(template)!).push(item);
      }
      reuse.reused -= failed.length;
      return [...late].map(([template, items]) => ({ template, items }));
    },
    async stop() {
      await linker?.stop();
      linker = undefined;
    },
    async records(dir) {
      await later;
      const out = new Map<string, PageRecord>();
      for (const [file, key] of keys) {
        const kept = linked.get(file);
        if (kept) {
          out.set(file, kept.record);
          continue;
        }
        try {
          const stat = statSync(join(dir, file));
          out.set(file, { key, size: stat.size, mtimeMs: stat.mtimeMs });
        } catch {
          // Not written (an item whose page failed): nothing to reuse next time.
        }
      }
      return out;
    },
  };
  return reuse;
}
