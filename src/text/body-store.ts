/**
 * Article bodies kept out of memory during a build. The text of 50,000 articles (their sections
 * and Markdown HTML) is about 200 MB of the build process's heap, held from ingest to the end of
 * the render while only three steps read it: the analysis of each article (once), its page (in
 * a renderer process) and its search record (in the indexing process). So a build writes each
 * body to one file as the article is read (past the first thousand or so), and the article goes
 * on without it (`stored`); each of those steps reads the bodies it needs back from the file, by
 * position. With a build cache the file is the cache's (src/build/cache.ts): its parses hold no
 * body either, and the next build's file starts as the previous one (a hard link, or a copy),
 * its unchanged bodies where they were, and new bodies appended after them. Appending leaves
 * every body of the previous file in place, so the previous cache stays whole until the new one
 * replaces it. When bodies no longer used fill more than half the previous file, the next build
 * copies only the bodies it uses into a new file instead, as bytes.
 *
 * The file is written by this process only, before anything reads it; readers open it by path
 * (renderer and indexing processes too). Records are v8-serialized `{ sections, bodyHtml }`.
 */
import { closeSync, copyFileSync, linkSync, mkdirSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Article, Section } from '../model.ts';
import { extend } from '../model/objects.ts';

/** What the store keeps of an article: what its page and search record show below the lede. */
export type Body = Pick<Article, 'sections' | 'bodyHtml'>;

/** Where an article's body is in a store file: byte offset and length. */
export type BodyPlace = readonly [offset: number, length: number];

/**
 * The bodies of a list of articles, for another process: the store file, and the place of each
 * article's body, in list order (null: the article has its body).
 */
export interface BodyRefs {
  file: string;
  places: (BodyPlace | null)[];
}

/**
 * The sections of every stored article: one empty list, so that an article and the parse it
 * was made from (kept by the build cache) hold the very same value (src/build/page-reuse.ts).
 */
const NO_SECTIONS = Object.freeze([]) as unknown as Section[];

/**
 * The article without its body, marked `stored`.
 * @example withoutBody(article).sections // []
 */
export function withoutBody(article: Article): Article {
  const { bodyHtml: _body, ...rest } = article;
  return extend(rest, { sections: NO_SECTIONS, stored: true as const });
}

/** The article (or search record source) with `body` back, no longer marked `stored`. */
function withBodyOf<T extends Partial<Body> & { stored?: true }>(article: T, body: Body): T {
  const { stored: _stored, ...rest } = article;
  return extend(rest, body) as unknown as T;
}

/** A store file written before (the build cache's), with the place of each body by key. */
export interface PreviousBodies {
  file: string;
  places: Map<string, BodyPlace>;
}

/** Bytes gathered before a write: few system calls, little memory. */
const FLUSH_AT = 1 << 20;

/**
 * A store being written: `put` bodies, then `close` before anyone reads. The first `inMemory`
 * articles put keep their bodies (a small archive needs no file: its build returns whole
 * articles); the file is created with the first body stored.
 */
export class BodyStore {
  readonly places = new Map<string, BodyPlace>();
  /** Places by the keys given to `put` and `adopt` (the build cache's ingest keys). */
  readonly byKey = new Map<string, BodyPlace>();
  private fd: number | undefined;
  private kept = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;
  private reader: ReturnType<typeof bodyReader> | undefined;
  private previous: ReturnType<typeof bodyReader> | undefined;
  /** Whether the file started as the previous one, whose bodies are then where they were. */
  private continued = false;

  constructor(readonly file: string, private readonly inMemory = 0, private readonly before?: PreviousBodies) {}

  /**
   * Keeps `article`'s body under its id and returns the article without it (`stored`), or
   * returns it as it is while fewer than `inMemory` articles were put.
   * @example new BodyStore(file).put(article).sections // []
   */
  put(article: Article, key?: string): Article {
    if (this.kept < this.inMemory) {
      this.kept++;
      return article;
    }
    this.append(article.id, key, serialize({ sections: article.sections, ...(article.bodyHtml !== undefined ? { bodyHtml: article.bodyHtml } : {}) } satisfies Body));
    return withoutBody(article);
  }

  /**
   * Takes a stored article of the previous store (the cache's, under `key`) into this one: its
   * body's bytes are copied, never read into memory as text.
   */
  adopt(article: Article, key: string): Article {
    const place = this.before?.places.get(key);
    if (!this.before || !place) throw new Error(`corps de l’article ${article.sourceFile} absent du cache ; supprimez le dossier du cache`);
    if (this.fd === undefined) this.open();
    if (this.continued) {
      this.places.set(article.id, place);
      this.byKey.set(key, place);
      return article;
    }
    this.previous ??= bodyReader(this.before.file);
    this.append(article.id, key, this.previous.bytes(place));
    return article;
  }

  /**
   * Creates the file: as the previous one (linked, or copied where links fail) when most of that
   * one's bytes are bodies its cache still uses, to append to; else empty.
   */
  private open(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const before = this.before;
    if (before && before.file !== this.file) {
      let used = 0;
      for (const [, length] of before.places.values()) used += length;
      try {
        const { size } = statSync(before.file);
        if (used * 2 >= size) {
          rmSync(this.file, { force: true });
          try {
            linkSync(before.file, this.file);
          } catch {
            copyFileSync(before.file, this.file);
          }
          // Never truncated: the previous cache reads the same bytes until it is replaced.
          this.fd = openSync(this.file, 'r+');
          this.written = size;
          this.continued = true;
          return;
        }
      } catch {
        // The previous file is unreadable: bodies are copied one by one, and fail there by name.
      }
    }
    // Removed first: a link to the previous file made above must not be truncated.
    rmSync(this.file, { force: true });
    this.fd = openSync(this.file, 'w');
  }

  private append(id: string, key: string | undefined, data: Buffer): void {
    if (this.fd === undefined) this.open();
    const place: BodyPlace = [this.written + this.pendingBytes, data.length];
    this.places.set(id, place);
    if (key !== undefined) this.byKey.set(key, place);
    this.pending.push(data);
    this.pendingBytes += data.length;
    if (this.pendingBytes >= FLUSH_AT) this.flush();
  }

  /** Writes what is pending and closes the file; the store is then only read. */
  close(): void {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.previous?.close();
    this.previous = undefined;
  }

  /** The places of these articles' bodies, in their order, to hand to another process. */
  refs(articles: readonly Pick<Article, 'id' | 'stored'>[]): BodyRefs {
    return { file: this.file, places: articles.map((a) => (a.stored ? this.places.get(a.id) ?? null : null)) };
  }

  /**
   * The article with its body read back (for its analysis), or as it is when not stored.
   * Opens the file on first use; `closeReader` closes it.
   */
  withBody(article: Article): Article {
    const place = article.stored ? this.places.get(article.id) : undefined;
    if (!place) return article;
    this.reader ??= bodyReader(this.file);
    return withBodyOf(article, this.reader(place));
  }

  /** Closes the file `withBody` reads from. */
  closeReader(): void {
    this.reader?.close();
    this.reader = undefined;
  }

  private flush(): void {
    if (this.pendingBytes === 0 || this.fd === undefined) return;
    const data = Buffer.concat(this.pending, this.pendingBytes);
    for (let at = 0; at < data.length;) at += writeSync(this.fd, data, at, data.length - at, this.written + at);
    this.written += data.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/**
 * Reads bodies back from a closed store file, one file descriptor for all.
 * @example const read = bodyReader(refs.file); read(place).sections; read.close();
 */
export function bodyReader(file: string): ((place: BodyPlace) => Body) & { bytes(place: BodyPlace): Buffer; close(): void } {
  let fd: number | undefined;
  const bytes = (place: BodyPlace): Buffer => {
    fd ??= openSync(file, 'r');
    const buffer = Buffer.allocUnsafe(place[1]);
    for (let at = 0; at < buffer.length;) {
      const n = readSync(fd, buffer, at, buffer.length - at, place[0] + at);
      if (n === 0) throw new Error(`corps d’article introuvable dans ${file} (octet ${place[0]})`);
      at += n;
    }
    return buffer;
  };
  const read = (place: BodyPlace): Body => deserialize(bytes(place)) as Body;
  return Object.assign(read, {
    bytes,
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  });
}

/**
 * These articles (or search record sources) with their bodies back, where `refs` (made for this
 * very list) has a place; the others as they are.
 * @example withBodies(view.articles, refs)[0].sections.length > 0
 */
export function withBodies<T extends Partial<Body> & { stored?: true }>(articles: readonly T[], refs: BodyRefs): T[] {
  if (refs.places.length !== articles.length) throw new Error(`corps d’articles : ${refs.places.length} places pour ${articles.length} articles`);
  const read = bodyReader(refs.file);
  try {
    return articles.map((a, i) => {
      const place = refs.places[i];
      return place ? withBodyOf(a, read(place)) : a;
    });
  } finally {
    read.close();
  }
}
