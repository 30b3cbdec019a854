/**
 * The build cache (`--cache DIR`): what a build keeps so that the next one redoes only what
 * changed. Three memos, each keyed by a hash of everything its result depends on:
 * - ingest: the parse of each content file, keyed by its path and bytes;
 * - analysis: the topics and entities found in each article, keyed by the article and the
 *   taxonomy and gazetteer in use;
 * - knowledge: the taxonomy and gazetteer read, keyed by their texts (and, beside the ingest, the
 *   stamps of the content files: `FileStamps`; and the built-in entity reference, once loaded);
 * - pages: the key of each page written into the output folder, with the size and time of its
 *   file there (./page-reuse.ts), so that an unchanged page is linked from the previous site
 *   instead of rendered again.
 * The whole cache also carries a fingerprint of Kiosque itself (its code, templates, assets,
 * locked dependencies, Node's version): when that differs the cache is stale and dropped. A
 * missing, stale or unreadable cache is never an error: the build runs in full and says why.
 * The cache is written only after a build succeeded, into a temporary file renamed into place.
 */
import { createHash, hash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Analysis, IngestResult } from '../model.ts';
import type { BodyPlace, PreviousBodies } from '../text/body-store.ts';
import type { FileStamp } from '../ingest/content-files.ts';
import type { EnrichConfig } from '../enrich/knowledge.ts';
import { loadedEntityReference, primeEntityReference, type EntityReference } from '../reference/index.ts';
import { PROJECT_ROOT } from '../paths.ts';

/** Bumped when the layout of the cache file changes. */
const FORMAT = 6;
const FILE = 'kiosque-cache.bin';
/** The next cache, written while the build finishes and renamed into place by `saveCache`. */
const NEXT = `${FILE}.next-`;

/**
 * Map entries per frame of the cache file (see `writeFrames`): a few megabytes serialized at a
 * time. Serialized whole, the cache of 50,000 articles was one 180 MB buffer, held with the
 * archive at the end of the build, which took the build process from 945 MB to 1,115 MB.
 */
const ENTRIES_PER_FRAME = 2000;

/**
 * The memos whose entries are written in BUCKETS frames by their key (`bucketOf`) instead of in
 * order: a frame whose entries a rebuild used as they were read is copied from the previous
 * cache file instead of serialized again (`CacheWriter`). A daily rebuild changes a few entries
 * of a few buckets; serializing the 10,000 parses and analyses of an archive again took 0.3 s of
 * its 10. A bucket holds about 160 entries at 10,000 articles, 800 at 50,000.
 */
const BUCKETED = new Set(['ingest', 'analysis']);
const BUCKETS = 64;

/**
 * The frame an entry of a bucketed memo goes in: from its key's first two characters (the
 * memos' keys are hashes).
 * @example bucketOf('3ZSFuA209FR1SMMdSSnjP9_H4qc') // a number from 0 to 63
 */
export function bucketOf(key: string): number {
  return ((key.charCodeAt(0) << 8) + (key.charCodeAt(1) || 0)) % BUCKETS;
}

/** A frame of a bucketed memo as read: where its bytes are in the cache file, and its entries. */
interface ReadFrame {
  at: number;
  length: number;
  entries: [string, unknown][];
}

/** The frames of the bucketed memos of a cache file, by memo and bucket, to copy what did not change. */
export interface PreviousFrames {
  file: string;
  /** The file as it was read: a file changed since (size, time or inode) is not copied from. */
  stamp: string;
  frames: Map<string, Map<number, ReadFrame>>;
}

/** What tells a file changed since it was read. */
const fileStamp = (s: { size: number; mtimeMs: number; ino: number }): string => `${s.size} ${s.mtimeMs} ${s.ino}`;
/** The first bytes of a cache file (see `writeFrames`). */
const MAGIC = Buffer.from('kiosque-cache\n');
/** The last bytes of a cache file: this mark, then the SHA-1 of every byte before them (see `CacheWriter`). */
const TRAILER_MARK = Buffer.from('KQS1');
const TRAILER_LENGTH = TRAILER_MARK.length + 20;
/** The first byte of V8's serialization format, in which Kiosque wrote its cache whole before frames. */
const V8_SERIALIZED = 0xff;

/** What one page of the previous build was made from, and its file in the output folder. */
export interface PageRecord {
  key: string;
  size: number;
  mtimeMs: number;
}

export type { Analysis };

/** The maps of the cache, written as frames of entries after the other fields (`writeFrames`). */
const MAPS = ['ingest', 'stamps', 'knowledge', 'analysis', 'pages', 'bodies'] as const;

interface Stored {
  format: number;
  fingerprint: string;
  ingest: Map<string, IngestResult>;
  /** The stamp and ingest key of each content file read, and when the build that read them started reading. */
  stamps: Map<string, KeyedStamp>;
  stampedAt: number;
  /** The taxonomy and gazetteer read, by a hash of their texts. */
  knowledge: Map<string, EnrichConfig>;
  /** The built-in entity reference, when a build loaded it (src/reference/index.ts). */
  reference?: EntityReference;
  analysis: Map<string, Analysis>;
  /** The output folder the page records describe. */
  out: string;
  pages: Map<string, PageRecord>;
  /**
   * The body store file of the cache folder (src/text/body-store.ts) holding the bodies of the
   * ingest entries whose article is `stored`, and their places by ingest key; with the size it
   * had when this cache was written and the SHA-1 of those bytes (a later build appends to it).
   */
  corps?: string;
  corpsSize?: number;
  corpsDigest?: string;
  bodies: Map<string, BodyPlace>;
}

/** How the cache served this build, for the summary line. */
export type CacheState = 'off' | 'missing' | 'stale' | 'unreadable' | 'used';

/**
 * One memo: the previous build's entries, and those this build used or made (the next cache).
 * Values computed ahead by this build (`warm`, e.g. files parsed on worker threads) count as
 * computed, not as reused.
 */
export class Memo<V> {
  readonly next = new Map<string, V>();
  private readonly ahead = new Map<string, V>();
  hits = 0;
  misses = 0;
  /** `keep` false: nothing is kept for a next cache (a build without one), values are only handed out. */
  constructor(private readonly previous: Map<string, V>, readonly keep = true) {}

  /** Values this build computed ahead of asking for them. */
  warm(values: Iterable<[string, V]>): void {
    for (const [k, v] of values) this.ahead.set(k, v);
  }

  /** The value kept under `key`, or `compute()` kept under it from now on. */
  get(key: string, compute: () => V): V {
    const kept = this.next.get(key) ?? this.previous.get(key);
    if (kept !== undefined) {
      this.hits++;
      this.next.set(key, kept);
      return kept;
    }
    this.misses++;
    const ahead = this.ahead.get(key);
    this.ahead.delete(key);
    const value = ahead ?? compute();
    if (this.keep) this.next.set(key, value);
    return value;
  }

  /** The value the previous build kept under `key`, if any (read only: nothing is kept for the next). */
  before(key: string): V | undefined {
    return this.previous.get(key);
  }

  /** Whether a value is kept under `key`. */
  has(key: string): boolean {
    return this.next.has(key) || this.previous.has(key);
  }

  /** Keeps `value` under `key` for the next cache instead of what `get` gave (a parse without its body). */
  replace(key: string, value: V): void {
    if (this.keep) this.next.set(key, value);
  }
}

/** Content files since the previous build, by path: new, with other bytes, gone. */
export interface FileChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

/** A content file's stamp (src/ingest/content-files.ts) and the ingest key of its bytes then. */
export interface KeyedStamp extends FileStamp {
  key: string;
  /** The address of its article, when the build published one. */
  url?: string;
}

/**
 * The ingest keys of content files that did not change since the previous build read them, so
 * that a rebuild reads and hashes only the files that changed. A file is taken as unchanged when
 * its inode, size and times of modification and status change are those recorded, and its status
 * last changed at least `MARGIN_MS` before the previous build started reading: a change made in
 * the same tick of a coarse clock as that reading would not show in the times (git's "racy"
 * files). The status change time cannot be set back by hand, as the modification time can.
 */
export class FileStamps {
  static readonly MARGIN_MS = 2000;
  readonly next = new Map<string, KeyedStamp>();
  /** When this build started reading content files. */
  readonly startedAt = Date.now();
  constructor(private readonly previous: Map<string, KeyedStamp>, private readonly previousStart: number) {}

  /** The key recorded for `path`, when its file did not change since it was recorded. */
  known(path: string, stamp: FileStamp | undefined): string | undefined {
    const kept = this.previous.get(path);
    if (!kept || !stamp) return undefined;
    const same = kept.ino === stamp.ino && kept.size === stamp.size && kept.mtimeMs === stamp.mtimeMs && kept.ctimeMs === stamp.ctimeMs;
    return same && stamp.ctimeMs < this.previousStart - FileStamps.MARGIN_MS ? kept.key : undefined;
  }

  /** The key of `path`'s bytes when the previous build read it, changed since or not. */
  previousKey(path: string): string | undefined {
    return this.previous.get(path)?.key;
  }

  /** The address at which the previous build published `path`'s article, when it did. */
  previousUrl(path: string): string | undefined {
    return this.previous.get(path)?.url;
  }

  /** Records the address at which this build publishes `path`'s article (after `keep`). */
  published(path: string, url: string): void {
    const kept = this.next.get(path);
    if (kept) this.next.set(path, { ...kept, url });
  }

  /**
   * The content files added, changed and removed since the previous build, by path, once this
   * build has recorded every file it read (`keep`).
   */
  changes(): FileChanges {
    const added: string[] = [];
    const changed: string[] = [];
    for (const [path, { key }] of this.next) {
      const before = this.previous.get(path);
      if (!before) added.push(path);
      else if (before.key !== key) changed.push(path);
    }
    const removed = [...this.previous.keys()].filter((path) => !this.next.has(path));
    return { added: added.sort(), changed: changed.sort(), removed: removed.sort() };
  }

  /** Records the key of `path`'s bytes, read now (or known unchanged), for the next build. */
  keep(path: string, stamp: FileStamp | undefined, key: string): void {
    if (stamp) this.next.set(path, { ...stamp, key });
  }
}

export interface BuildCache {
  dir: string | undefined;
  state: CacheState;
  /** Why the cache could not be used, when it could not. */
  reason?: string;
  ingest: Memo<IngestResult>;
  stamps: FileStamps;
  knowledge: Memo<EnrichConfig>;
  analysis: Memo<Analysis>;
  /** Page records of the previous build, for the output folder `out`. */
  previousPages: Map<string, PageRecord>;
  previousOut: string | undefined;
  /** Where the bodies of the stored ingest entries are. */
  previousBodies?: PreviousBodies;
  /** The previous cache file's frames of bucketed memos (`BUCKETED`). */
  previousFrames?: PreviousFrames;
}

/** Name of a new body store file in the cache folder (the previous one stays until the new cache is written). */
export function newBodyFile(dir: string): string {
  return join(dir, `corps-${process.pid}-${Date.now()}.bin`);
}

/**
 * A short hash of strings and bytes, for cache keys.
 * @example hashOf('a', 'b') !== hashOf('ab') // parts are delimited
 */
export function hashOf(...parts: (string | Uint8Array)[]): string {
  // The same digest as the streaming form below; a one-shot hash costs half as much per call,
  // and page reuse makes hundreds of thousands of small ones (./page-reuse.ts).
  if (parts.every((p) => typeof p === 'string')) return hash('sha1', parts.map((p) => `${p.length}:${p}`).join(''), 'base64url');
  const h = createHash('sha1');
  for (const p of parts) {
    h.update(typeof p === 'string' ? `${p.length}:` : `${p.byteLength}b`);
    h.update(p);
  }
  return h.digest('base64url');
}

/**
 * Files of a folder, recursively, as sorted paths relative to `root` (none if it is missing).
 * @example filesUnder('_site', '_site') // ['404.html', 'articles/…/index.html', …]
 */
export function filesUnder(dir: string, root: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

/**
 * A hash of Kiosque itself: its code, templates, public assets, package and lock files, and the
 * Node version (the cache file is in V8's serialisation format). Any change makes caches stale.
 */
export function kiosqueFingerprint(root = PROJECT_ROOT): string {
  const files = [...['src', 'templates', 'public'].flatMap((d) => filesUnder(join(root, d), root)), 'package.json', 'package-lock.json', '.eleventy.ts'];
  const h = createHash('sha1').update(`${FORMAT}\0${process.version}\0`);
  for (const f of files) {
    const path = join(root, f);
    if (!existsSync(path)) continue;
    h.update(`${f}\0`).update(readFileSync(path)).update('\0');
  }
  return h.digest('base64url');
}

function emptyCache(dir: string | undefined, state: CacheState, reason?: string): BuildCache {
  // Without a cache folder the memos keep nothing: each parse is held by its article only.
  const keep = dir !== undefined;
  return { dir, state, ...(reason ? { reason } : {}), ingest: new Memo(new Map(), keep), stamps: new FileStamps(new Map(), 0), knowledge: new Memo(new Map(), keep), analysis: new Memo(new Map(), keep), previousPages: new Map(), previousOut: undefined };
}

/** Shape check of what was read back: a cache written by another program is not trusted. */
function isStored(value: unknown): value is Stored {
  const v = value as Partial<Stored> | null;
  return !!v && typeof v === 'object' && v.ingest instanceof Map && v.stamps instanceof Map && typeof v.stampedAt === 'number' && v.knowledge instanceof Map && v.analysis instanceof Map && v.pages instanceof Map && v.bodies instanceof Map && typeof v.fingerprint === 'string' && typeof v.out === 'string' && (v.corps === undefined || (typeof v.corps === 'string' && typeof v.corpsSize === 'number' && typeof v.corpsDigest === 'string'));
}

/** Shape check of a stored entity reference (a corrupt one would break every analysis). */
function isReference(value: unknown): value is EntityReference {
  const r = value as Partial<EntityReference> | undefined;
  return !!r && typeof r === 'object' && Array.isArray(r.defs) && r.firstNames instanceof Set && r.rareFirstNames instanceof Set && r.communes instanceof Map && r.departments instanceof Set && r.regions instanceof Set;
}

/**
 * Opens the cache folder `dir` (`undefined`: no cache). Never throws: a cache that cannot be
 * used gives an empty one, with its state and the reason.
 * @example openCache('.kiosque-cache', kiosqueFingerprint()).state // 'missing' the first time
 */
export function openCache(dir: string | undefined, fingerprint: string): BuildCache {
  if (!dir) return emptyCache(undefined, 'off');
  const path = join(dir, FILE);
  if (!existsSync(path)) return emptyCache(dir, 'missing', 'pas encore de cache');
  let stored: unknown;
  const frames = { stamp: '', frames: new Map<string, Map<number, ReadFrame>>() };
  try {
    stored = readFrames(path, fingerprint, frames);
  } catch (e) {
    return emptyCache(dir, 'unreadable', `cache illisible (${(e as Error).message.split('\n')[0]})`);
  }
  const made = stored as Partial<Stored> | null;
  if (made && typeof made === 'object' && (made.format !== FORMAT || made.fingerprint !== fingerprint)) return emptyCache(dir, 'stale', 'cache d’une autre version de Kiosque ou de ses gabarits');
  if (!isStored(stored)) return emptyCache(dir, 'unreadable', 'cache illisible (contenu inattendu)');
  if (isReference(stored.reference)) primeEntityReference(stored.reference);
  const corps = stored.corps === undefined ? undefined : join(dir, basename(stored.corps));
  if (corps && !existsSync(corps)) return emptyCache(dir, 'unreadable', 'cache incomplet (fichier des corps d’articles absent)');
  // A body changed on disk would be published as it reads now: the bytes this cache wrote are checked.
  if (corps && fileDigest(corps, stored.corpsSize) !== stored.corpsDigest) return emptyCache(dir, 'unreadable', 'cache abîmé (fichier des corps d’articles modifié depuis la dernière construction)');
  return {
    dir, state: 'used', ingest: new Memo(stored.ingest), stamps: new FileStamps(stored.stamps, stored.stampedAt), knowledge: new Memo(stored.knowledge), analysis: new Memo(stored.analysis), previousPages: stored.pages, previousOut: stored.out,
    ...(corps ? { previousBodies: { file: corps, places: stored.bodies } } : {}),
    previousFrames: { file: path, stamp: frames.stamp, frames: frames.frames },
  };
}

/** The next cache, written beside the cache file (`CacheWriter`), to be renamed into place once the site is (`saveCache`). */
export interface CacheToWrite {
  file: string;
  /** The body file it names, if any. */
  corps?: string;
}

/**
 * Writes what this build used and made as the next cache, into a file beside the cache file, as
 * MAGIC and frames, each a 4-byte length and a value in V8's serialization format: the fields
 * other than the maps, then each map's entries, ENTRIES_PER_FRAME at a time, as
 * `[map name, entries]` (the reader takes them in any order). Only one frame is in memory at a
 * time, when writing and reading.
 *
 * The memos are final once the archive is made: `writeMemos` writes them before the render and
 * empties each map once written, since nothing reads it after that. Written during the render,
 * a frame per turn of the event loop, they stayed in memory through its first tens of seconds,
 * when the build's process peaks: a cold build of 50,000 articles peaked at 992 MB resident
 * instead of 1,040 (MB of 10^6 bytes, one run each, allocator as src/cli/kiosque.mjs sets it),
 * for about 3 s of writing before the render (0.4 s before). The page records, known at
 * the end, close the file (`finish`); `saveCache` renames it into place after the swap, so that a
 * cache always describes the site beside it.
 */
export class CacheWriter {
  readonly file: string;
  private readonly corps?: string;
  private fd: number | undefined;
  /** The maps still to write, by their name in `Stored`. */
  private memos: [(typeof MAPS)[number], Map<string, unknown>][];
  private failure: unknown;
  /** Of every byte written, for the trailer (`finish`). */
  private readonly digest = createHash('sha1');
  /** The previous cache file's bucketed frames, copied where unchanged. */
  private readonly previous?: PreviousFrames;
  /** Frames copied from the previous cache file, and serialized, of bucketed memos: for tests and measures. */
  readonly frames = { copied: 0, serialized: 0 };

  constructor(cache: BuildCache, fingerprint: string, out: string, bodies?: { file: string; places: Map<string, BodyPlace> }) {
    this.previous = cache.previousFrames;
    const reference = loadedEntityReference();
    this.corps = bodies && bodies.places.size > 0 ? basename(bodies.file) : undefined;
    mkdirSync(cache.dir!, { recursive: true });
    this.file = join(cache.dir!, `${NEXT}${process.pid}`);
    this.fd = openSync(this.file, 'w');
    // `pages` comes with `finish`.
    this.memos = [['ingest', cache.ingest.next], ['stamps', cache.stamps.next], ['knowledge', cache.knowledge.next], ['analysis', cache.analysis.next], ['bodies', bodies?.places ?? new Map()]];
    try {
      this.write(MAGIC);
      const corpsSize = this.corps ? statSync(bodies!.file).size : 0;
      const corps = this.corps ? { corps: this.corps, corpsSize, corpsDigest: fileDigest(bodies!.file, corpsSize) } : undefined;
      this.frame({ ...(reference ? { reference } : {}), format: FORMAT, fingerprint, stampedAt: cache.stamps.startedAt, out, ...corps });
    } catch (e) {
      this.drop();
      throw e;
    }
  }

  /** Writes the memos and lets them go; never throws (`finish` throws what failed). */
  writeMemos(): void {
    try {
      for (const _ of this.memoFrames());
    } catch (e) {
      this.failure = e;
    }
  }

  /** Writes the memos not written yet (all of them, without `writeMemos`) and the page records, and closes the file. */
  finish(pages: Map<string, PageRecord>): CacheToWrite {
    try {
      if (this.failure) throw this.failure;
      if (this.fd === undefined) throw new Error('cache déjà fermé');
      for (const _ of this.memoFrames());
      for (const _ of this.entryFrames('pages', pages));
      writeSync(this.fd!, Buffer.concat([TRAILER_MARK, this.digest.digest()]));
      closeSync(this.fd!);
      this.fd = undefined;
    } catch (e) {
      this.drop();
      throw e;
    }
    return { file: this.file, ...(this.corps ? { corps: this.corps } : {}) };
  }

  /** Closes and removes the file (a failed build, or one that writes no cache after all). */
  drop(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.memos = [];
    rmSync(this.file, { force: true });
  }

  /** Writes the memos' frames, one per step; each map is emptied once written. */
  private *memoFrames(): Generator<void> {
    while (this.memos.length > 0) {
      const [name, map] = this.memos[0]!;
      yield* BUCKETED.has(name) ? this.bucketFrames(name, map) : this.entryFrames(name, map);
      map.clear();
      this.memos.shift();
    }
  }

  /**
   * Writes a bucketed memo's frames, one per bucket: a bucket holding the very entries of a frame
   * of the previous cache file, in its order, is that frame's bytes, copied; any other is serialized.
   */
  private *bucketFrames(name: string, map: Map<string, unknown>): Generator<void> {
    const buckets: [string, unknown][][] = Array.from({ length: BUCKETS }, () => []);
    for (const entry of map) buckets[bucketOf(entry[0])]!.push(entry);
    const before = this.previous?.frames.get(name);
    for (const [bucket, entries] of buckets.entries()) {
      if (entries.length === 0) continue;
      const frame = before?.get(bucket);
      const copied = frame && sameEntries(frame.entries, entries) ? this.copiedFrame(frame) : undefined;
      if (copied) {
        this.write(copied);
        this.frames.copied++;
      } else {
        this.frame([name, entries, bucket]);
        this.frames.serialized++;
      }
      yield;
    }
  }

  /** The bytes of a frame of the previous cache file (its length first), or undefined if they cannot be read. */
  private copiedFrame(frame: ReadFrame): Buffer | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(this.previous!.file, 'r');
      if (fileStamp(fstatSync(fd)) !== this.previous!.stamp) return undefined;
      const bytes = Buffer.allocUnsafe(frame.length);
      for (let done = 0; done < frame.length;) {
        const got = readSync(fd, bytes, done, frame.length - done, frame.at + done);
        if (got === 0) return undefined;
        done += got;
      }
      return bytes;
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** Writes a map's frames, one per step. */
  private *entryFrames(name: string, map: Map<string, unknown>): Generator<void> {
    let entries: [unknown, unknown][] = [];
    for (const entry of map) {
      entries.push(entry);
      if (entries.length === ENTRIES_PER_FRAME) {
        this.frame([name, entries]);
        entries = [];
        yield;
      }
    }
    if (entries.length > 0) this.frame([name, entries]);
  }

  private frame(value: unknown): void {
    const bytes = serialize(value);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    this.write(length);
    this.write(bytes);
  }

  private write(bytes: Buffer): void {
    if (this.fd === undefined) throw new Error('cache déjà fermé');
    for (let at = 0; at < bytes.length;) at += writeSync(this.fd, bytes, at, bytes.length - at);
    this.digest.update(bytes);
  }
}

/**
 * The next cache written at once (`CacheWriter`): what this build used and made, and its pages.
 * @example saveCache(cache, cacheToWrite(cache, kiosqueFingerprint(), '_site', new Map()))
 */
export function cacheToWrite(cache: BuildCache, fingerprint: string, out: string, pages: Map<string, PageRecord>, bodies?: { file: string; places: Map<string, BodyPlace> }): CacheToWrite {
  return new CacheWriter(cache, fingerprint, out, bodies).finish(pages);
}

/** Removes a next cache that will not be saved (the build failed after making it). */
export function dropCacheToWrite(next: CacheToWrite): void {
  rmSync(next.file, { force: true });
}

/**
 * Reads back what `writeFrames` wrote; stops after the first frame when the cache was made by
 * another Kiosque (`fingerprint`), whose maps would be dropped anyway. Throws for a truncated
 * or unreadable file.
 */
function readFrames(file: string, fingerprint: string, bucketed?: Omit<PreviousFrames, 'file'>): unknown {
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd);
    const size = stat.size;
    if (bucketed) bucketed.stamp = fileStamp(stat);
    let at = 0;
    const digest = createHash('sha1');
    const read = (n: number, hashed = true): Buffer => {
      if (at + n > size) throw new Error('fichier tronqué');
      const bytes = Buffer.allocUnsafe(n);
      let done = 0;
      while (done < n) {
        const got = readSync(fd, bytes, done, n - done, at + done);
        // Cut short while being read: the loop would wait for bytes that never come.
        if (got === 0) throw new Error('fichier tronqué');
        done += got;
      }
      at += n;
      if (hashed) digest.update(bytes);
      return bytes;
    };
    const frame = (): unknown => deserialize(read(read(4).readUInt32LE(0)));
    const magic = read(Math.min(MAGIC.length, size));
    // A cache written whole by an earlier Kiosque: stale, as one of another version is.
    if (!magic.equals(MAGIC)) {
      if (magic[0] === V8_SERIALIZED) return { format: 'earlier' };
      throw new Error('contenu inattendu');
    }
    const head = frame() as Record<string, unknown> | null;
    if (!head || typeof head !== 'object' || head.format !== FORMAT || head.fingerprint !== fingerprint) return head;
    const maps = Object.fromEntries(MAPS.map((name) => [name, new Map()]));
    const end = size - TRAILER_LENGTH;
    while (at < end) {
      const start = at;
      const [name, entries, bucket] = frame() as [string, [string, unknown][], number | undefined];
      const map = maps[name];
      if (!map || !Array.isArray(entries)) throw new Error('contenu inattendu');
      for (const [k, v] of entries) map.set(k, v);
      if (bucketed && bucket !== undefined && BUCKETED.has(name)) {
        const frames = bucketed.frames.get(name) ?? new Map<number, ReadFrame>();
        bucketed.frames.set(name, frames);
        frames.set(bucket, { at: start, length: at - start, entries });
      }
    }
    // A byte changed anywhere may still deserialize (a letter of a title): the trailer's digest tells.
    const trailer = read(TRAILER_LENGTH, false);
    const computed = digest.digest();
    if (at !== size || !trailer.subarray(0, TRAILER_MARK.length).equals(TRAILER_MARK) || !trailer.subarray(TRAILER_MARK.length).equals(computed)) throw new Error('contenu altéré');
    return { ...head, ...maps };
  } finally {
    closeSync(fd);
  }
}

/** Whether two lists of entries hold the same keys and the very same values, in the same order. */
function sameEntries(a: readonly [string, unknown][], b: readonly [string, unknown][]): boolean {
  return a.length === b.length && a.every(([k, v], i) => k === b[i]![0] && v === b[i]![1]);
}

/**
 * The SHA-1 (hex) of a file's first `size` bytes (all of them without `size`), read a few
 * megabytes at a time; undefined when the file is shorter or unreadable.
 * @example fileDigest('corps-1.bin', 1024) // 'a94a8fe5…'
 */
function fileDigest(file: string, size?: number): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const total = size ?? fstatSync(fd).size;
    const hash = createHash('sha1');
    const buffer = Buffer.allocUnsafe(Math.min(total, 4 << 20));
    for (let at = 0; at < total;) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, total - at), at);
      if (n === 0) return undefined;
      hash.update(buffer.subarray(0, n));
      at += n;
    }
    return hash.digest('hex');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Puts the next cache in place: its file is renamed over the cache file, so that a build killed
 * meanwhile leaves the previous cache or none, never half of one.
 */
export function saveCache(cache: BuildCache, next: CacheToWrite): void {
  if (!cache.dir) return;
  renameSync(next.file, join(cache.dir, FILE));
  // The body files of earlier caches, and the body files and next caches of builds killed before writing theirs.
  for (const name of readdirSync(cache.dir)) {
    if ((/^corps-.*\.bin$/.test(name) && name !== next.corps) || name.startsWith(NEXT)) rmSync(join(cache.dir, name), { force: true });
  }
}
