/**
 * Article bodies kept out of memory during a build. The text of 50,000 articles (their sections
 * and Markdown HTML) is about 200 MB of the build process's heap, held from ingest to the end of
 * the render while only three steps read it: the analysis of each article (once), its page (in
 * a renderer process) and its search record (in the indexing process). So a build without a
 * cache writes each body to one file as the article is read (past the first thousand or so),
 * and the article goes on without it (`stored`); each of those steps reads the bodies it needs
 * back from the file, by position.
 *
 * The file is written by this process only, before anything reads it; readers open it by path
 * (renderer and indexing processes too). Records are v8-serialized `{ sections, bodyHtml }`.
 */
import { closeSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../model.ts';

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

/** Bytes gathered before a write: few system calls, little memory. */
const FLUSH_AT = 1 << 20;

/**
 * A store being written: `put` bodies, then `close` before anyone reads. The first `inMemory`
 * articles put keep their bodies (a small archive needs no file: its build returns whole
 * articles); the file is created with the first body stored.
 */
export class BodyStore {
  readonly places = new Map<string, BodyPlace>();
  private fd: number | undefined;
  private kept = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;
  private reader: ReturnType<typeof bodyReader> | undefined;

  constructor(readonly file: string, private readonly inMemory = 0) {}

  /**
   * Keeps `article`'s body under its id and returns the article without it (`stored`), or
   * returns it as it is while fewer than `inMemory` articles were put.
   * @example new BodyStore(file).put(article).sections // []
   */
  put(article: Article): Article {
    if (this.kept < this.inMemory) {
      this.kept++;
      return article;
    }
    if (this.fd === undefined) {
      mkdirSync(dirname(this.file), { recursive: true });
      this.fd = openSync(this.file, 'w');
    }
    const data = serialize({ sections: article.sections, ...(article.bodyHtml !== undefined ? { bodyHtml: article.bodyHtml } : {}) } satisfies Body);
    this.places.set(article.id, [this.written + this.pendingBytes, data.length]);
    this.pending.push(data);
    this.pendingBytes += data.length;
    if (this.pendingBytes >= FLUSH_AT) this.flush();
    const { bodyHtml: _body, ...rest } = article;
    return { ...rest, sections: [], stored: true };
  }

  /** Writes what is pending and closes the file; the store is then only read. */
  close(): void {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
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
    const { stored: _stored, ...rest } = article;
    return { ...rest, ...this.reader(place) };
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
export function bodyReader(file: string): ((place: BodyPlace) => Body) & { close(): void } {
  let fd: number | undefined;
  const read = (place: BodyPlace): Body => {
    fd ??= openSync(file, 'r');
    const buffer = Buffer.allocUnsafe(place[1]);
    for (let at = 0; at < buffer.length;) {
      const n = readSync(fd, buffer, at, buffer.length - at, place[0] + at);
      if (n === 0) throw new Error(`corps d’article introuvable dans ${file} (octet ${place[0]})`);
      at += n;
    }
    return deserialize(buffer) as Body;
  };
  return Object.assign(read, {
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
      if (!place) return a;
      const { stored: _stored, ...rest } = a;
      return { ...rest, ...read(place) } as T;
    });
  } finally {
    read.close();
  }
}
