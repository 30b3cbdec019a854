/**
 * Makes the Pagefind bundle byte-identical for the same input. Pagefind 1.5.2 writes the values
 * of each filter in hash-map order, which changes from run to run, and so do the filter file
 * names and the metadata file that lists them (Pagefind/pagefind#638: "other files will still
 * change, such as the filter/metadata indexes"). We cannot upgrade (PITFALLS), so the files
 * Pagefind returns (`getFiles`) get their filter values and their filter and sort lists in
 * sorted order, and the files renamed after their new content, before anything is written.
 *
 * The files are gzip of `pagefind_dcd` followed by CBOR. Only arrays are reordered: every item
 * keeps its original bytes, so nothing else of Pagefind's encoding is touched. An unexpected
 * shape throws: the build then fails instead of writing an index the browser cannot read.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** A CBOR item: where it sits in `bytes`, and its items when it is an array. */
interface Item {
  major: number;
  /** The length or value in the head. */
  arg: number;
  start: number;
  bodyStart: number;
  end: number;
  items?: Item[];
}

function decodeAt(bytes: Buffer, start: number): Item {
  const first = bytes[start]!;
  const major = first >> 5;
  const info = first & 31;
  let arg = info;
  let bodyStart = start + 1;
  if (info >= 24 && info <= 27) {
    const size = 1 << (info - 24);
    arg = size === 8 ? Number(bytes.readBigUInt64BE(bodyStart)) : bytes.readUIntBE(bodyStart, size);
    bodyStart += size;
  } else if (info > 27 || major === 6) {
    throw new Error(`Pagefind bundle: unsupported CBOR item (major ${major}, info ${info}) at byte ${start}`);
  }
  if (major === 2 || major === 3) return { major, arg, start, bodyStart, end: bodyStart + arg };
  if (major === 4 || major === 5) {
    const items: Item[] = [];
    let at = bodyStart;
    for (let i = 0; i < arg * (major === 5 ? 2 : 1); i++) {
      const item = decodeAt(bytes, at);
      items.push(item);
      at = item.end;
    }
    return { major, arg, start, bodyStart, end: at, items };
  }
  return { major, arg, start, bodyStart, end: bodyStart };
}

const textOf = (bytes: Buffer, item: Item | undefined): string => {
  if (item?.major !== 3) throw new Error('Pagefind bundle: a text was expected');
  return bytes.toString('utf8', item.bodyStart, item.end);
};

const arrayOf = (item: Item | undefined): Item[] => {
  if (item?.major !== 4 || !item.items) throw new Error('Pagefind bundle: a list was expected');
  return item.items;
};

/** CBOR head of a text string of `length` bytes. */
function textHead(length: number): Buffer {
  if (length < 24) return Buffer.from([0x60 | length]);
  if (length < 256) return Buffer.from([0x78, length]);
  const head = Buffer.alloc(3);
  head[0] = 0x79;
  head.writeUInt16BE(length, 1);
  return head;
}

/**
 * Writes an item back, with `rewrite` deciding the bytes of any item it recognises.
 * @example reencode(bytes, item, () => undefined).equals(bytes.subarray(item.start, item.end)) // true
 */
function reencode(bytes: Buffer, item: Item, rewrite: (item: Item) => Buffer | undefined): Buffer {
  const own = rewrite(item);
  if (own) return own;
  if (!item.items) return bytes.subarray(item.start, item.end);
  return Buffer.concat([bytes.subarray(item.start, item.bodyStart), ...item.items.map((i) => reencode(bytes, i, rewrite))]);
}

/** An array written with its items in a new order, each item unchanged. */
const reordered = (bytes: Buffer, array: Item, items: Item[], inner: (item: Item) => Buffer = (i) => bytes.subarray(i.start, i.end)) =>
  Buffer.concat([bytes.subarray(array.start, array.bodyStart), ...items.map(inner)]);

/** The bundle: file contents by path relative to the `pagefind/` folder. */
export type BundleFiles = Map<string, Buffer>;

const unpack = (files: BundleFiles, path: string): Buffer => {
  const file = files.get(path);
  if (!file) throw new Error(`Pagefind bundle: ${path} is missing`);
  const raw = gunzipSync(file);
  if (raw.toString('latin1', 0, SIGNATURE.length) !== SIGNATURE) throw new Error(`Pagefind bundle: ${path} is not a Pagefind file`);
  return raw.subarray(SIGNATURE.length);
};

const pack = (cbor: Buffer): Buffer => gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), cbor]), { level: 9 });

const hashOf = (data: Buffer, length: number) => createHash('sha256').update(data).digest('hex').slice(0, length);

const byText = (bytes: Buffer) => (a: Item, b: Item) => {
  const x = textOf(bytes, arrayOf(a)[0]);
  const y = textOf(bytes, arrayOf(b)[0]);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Sorts one filter file's values, renamed after its content; returns the new name (`fr_1234abc`). */
function stabiliseFilter(files: BundleFiles, language: string, hash: string): string {
  const path = `filter/${hash}.pf_filter`;
  const bytes = unpack(files, path);
  const root = decodeAt(bytes, 0);
  const [name, values] = arrayOf(root);
  textOf(bytes, name);
  const sortedValues = reordered(bytes, values!, [...arrayOf(values)].sort(byText(bytes)));
  const cbor = Buffer.concat([bytes.subarray(root.start, root.bodyStart), bytes.subarray(name!.start, name!.end), sortedValues]);
  const renamed = `${language}_${hashOf(cbor, 7)}`;
  files.delete(path);
  files.set(`filter/${renamed}.pf_filter`, pack(cbor));
  return renamed;
}

/**
 * Rewrites, in `files`, the filter files and the metadata file of every language in a stable
 * order, and points pagefind-entry.json at them.
 * @example const files = new Map(got.files.map((f) => [f.path, Buffer.from(f.content)])); stabiliseBundle(files);
 */
export function stabiliseBundle(files: BundleFiles): void {
  rewriteMetaFiles(files, (language, bytes, root) => {
    // [version, pages, index chunks, filters: [name, file hash][], sorts: [name, pages][], meta fields]
    const [, , , filters, sorts] = arrayOf(root);
    const renamed = new Map<string, string>();
    for (const f of arrayOf(filters)) {
      const hash = textOf(bytes, arrayOf(f)[1]);
      renamed.set(hash, stabiliseFilter(files, language, hash));
    }
    return reencode(bytes, root, (item) => {
      if (item === filters) {
        return reordered(bytes, item, [...arrayOf(item)].sort(byText(bytes)), (pair) => reencode(bytes, pair, (inner) => {
          const hash = inner.major === 3 ? renamed.get(textOf(bytes, inner)) : undefined;
          return hash === undefined ? undefined : Buffer.concat([textHead(Buffer.byteLength(hash)), Buffer.from(hash)]);
        }));
      }
      if (item === sorts) return reordered(bytes, item, [...arrayOf(item)].sort(byText(bytes)));
      return undefined;
    });
  });
}

/**
 * Replaces the metadata file of every language by what `rewrite` makes of it (given its bytes
 * and decoded root), renamed after its new content, and points pagefind-entry.json at it.
 */
function rewriteMetaFiles(files: BundleFiles, rewrite: (language: string, bytes: Buffer, root: Item) => Buffer): void {
  const entryFile = files.get('pagefind-entry.json');
  if (!entryFile) throw new Error('Pagefind bundle: pagefind-entry.json is missing');
  const entry = JSON.parse(entryFile.toString('utf8')) as { languages: Record<string, { hash: string }> };
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = `pagefind.${info.hash}.pf_meta`;
    const bytes = unpack(files, metaPath);
    const cbor = rewrite(language, bytes, decodeAt(bytes, 0));
    const metaHash = `${language}_${hashOf(cbor, 10)}`;
    files.delete(metaPath);
    files.set(`pagefind.${metaHash}.pf_meta`, pack(cbor));
    info.hash = metaHash;
  }
  files.set('pagefind-entry.json', Buffer.from(JSON.stringify(entry)));
}

/** CBOR head of `major` with argument `arg`, in the shortest form (as Pagefind's encoder writes it). */
function head(major: number, arg: number): Buffer {
  const m = major << 5;
  if (arg < 24) return Buffer.from([m | arg]);
  if (arg < 0x100) return Buffer.from([m | 24, arg]);
  if (arg < 0x10000) {
    const b = Buffer.alloc(3);
    b[0] = m | 25;
    b.writeUInt16BE(arg, 1);
    return b;
  }
  const b = Buffer.alloc(5);
  b[0] = m | 26;
  b.writeUInt32BE(arg, 1);
  return b;
}

/** Hash of the place-holder pages of `toArchive`; Pagefind's own are `fr_…`. */
const PLACE_HOLDER = '';

interface PageEntry {
  hash: string;
  words: number;
  /** Its CBOR bytes, as read. */
  bytes: Buffer;
}

const pageBytes = (hash: string, words: number) => Buffer.concat([head(4, 2), head(3, Buffer.byteLength(hash)), Buffer.from(hash), head(0, words)]);

/**
 * Rewrites the metadata of every language: its page list (`pages`, from the entries read) and
 * the page lists of its sort keys (`sorts`, from the old list and the number of real pages,
 * place-holders left out); the file is renamed after its content.
 */
function rewriteMeta(files: BundleFiles, change: {
  pages?: (entries: PageEntry[]) => Buffer[];
  sorts?: (name: string, pages: number[], pageCount: number) => number[];
}): void {
  rewriteMetaFiles(files, (_, bytes, root) => {
    const [, pages, , , sorts] = arrayOf(root);
    const entries = arrayOf(pages).map((page): PageEntry => {
      const [hash, words] = arrayOf(page);
      if (words?.major !== 0) throw new Error('Pagefind bundle: a word count was expected');
      return { hash: textOf(bytes, hash), words: words.arg, bytes: bytes.subarray(page.start, page.end) };
    });
    const pageCount = entries.filter((e) => e.hash !== PLACE_HOLDER).length;
    return reencode(bytes, root, (item) => {
      if (item === pages && change.pages) {
        const rewritten = change.pages(entries);
        return Buffer.concat([head(4, rewritten.length), ...rewritten]);
      }
      if (item !== sorts || !change.sorts) return undefined;
      return Buffer.concat([bytes.subarray(item.start, item.bodyStart), ...arrayOf(item).map((pair) => {
        const [name, list] = arrayOf(pair);
        const numbers = arrayOf(list).map((n) => {
          if (n.major !== 0) throw new Error('Pagefind bundle: a page number was expected');
          return n.arg;
        });
        const rewritten = change.sorts!(textOf(bytes, name), numbers, pageCount);
        return Buffer.concat([bytes.subarray(pair.start, pair.bodyStart), bytes.subarray(name!.start, name!.end), head(4, rewritten.length), ...rewritten.map((n) => head(0, n))]);
      })]);
    });
  });
}

/**
 * Makes a shard's relevance scores and date sorts those of the whole archive, in one rewrite of
 * its metadata (`fromArchive` undoes it).
 *
 * Relevance: Pagefind scores a word by BM25 with the number of pages of the index and their
 * average length (`search.rs`), which a shard knows only for itself; `extra` place-holder pages
 * that no word, filter or sort names (so no search ever returns them) give it the archive's
 * number of pages and average length: `extra.pages` pages of `extra.words` words in all. (The
 * number of pages holding a word stays the shard's own: relevance is close to one index's, not
 * identical.)
 *
 * Date sorts: Pagefind scores a result of a sorted search by its position in the shard's sorted
 * page list (negated for `asc`), and its merged search orders the results of all shards by score
 * (pagefind.js, `Pagefind.search`). Shards cover disjoint, ordered ranges of the sort keys
 * (./shards.ts), so putting `offsets[name]` place-holders (a page number no page of the shard
 * has: its page count) before a shard's list turns its positions into positions in the whole
 * archive's sorted list: the merged order is then exactly one index's. `offsets[name]` is the
 * number of pages of the other shards whose `name` key sorts before this shard's.
 * @example toArchive(files, { recent: 2500, ancien: 2500 }, { pages: 7500, words: 3_600_000 })
 */
export function toArchive(files: BundleFiles, offsets: Readonly<Record<string, number>>, extra: { pages: number; words: number }): void {
  const sorted = Object.values(offsets).some((n) => n !== 0);
  if (!sorted && extra.pages <= 0) return;
  const each = Math.floor(extra.words / Math.max(1, extra.pages));
  const longer = extra.words - each * extra.pages;
  rewriteMeta(files, {
    ...(extra.pages > 0 ? { pages: (entries: PageEntry[]) => [...entries.map((e) => e.bytes), ...Array.from({ length: extra.pages }, (_, i) => pageBytes(PLACE_HOLDER, i < longer ? each + 1 : each))] } : {}),
    ...(sorted ? { sorts: (name: string, pages: number[], pageCount: number) => [...Array<number>(offsets[name] ?? 0).fill(pageCount), ...pages] } : {}),
  });
}

/**
 * Takes the place-holder pages and sort offsets of `toArchive` out again: the bundle as Pagefind
 * made it (stabilised).
 * @example fromArchive(files) // files as before toArchive
 */
export function fromArchive(files: BundleFiles): void {
  rewriteMeta(files, {
    pages: (entries) => entries.filter((e) => e.hash !== PLACE_HOLDER).map((e) => e.bytes),
    sorts: (_, pages, pageCount) => pages.filter((p) => p < pageCount),
  });
}

/** Calls `fn` with the word count of each page of a bundle, place-holders left out, from its metadata. */
function eachPage(files: BundleFiles, fn: (words: number) => void): void {
  const entryFile = files.get('pagefind-entry.json');
  if (!entryFile) throw new Error('Pagefind bundle: pagefind-entry.json is missing');
  const entry = JSON.parse(entryFile.toString('utf8')) as { languages: Record<string, { hash: string }> };
  for (const info of Object.values(entry.languages)) {
    const bytes = unpack(files, `pagefind.${info.hash}.pf_meta`);
    for (const page of arrayOf(arrayOf(decodeAt(bytes, 0))[1])) {
      const [hash, count] = arrayOf(page);
      if (textOf(bytes, hash) !== PLACE_HOLDER) fn(count!.arg);
    }
  }
}

/**
 * Pages of a bundle (place-holders left out), their words in all, and how many have no word,
 * from its metadata.
 * @example pageTotals(files) // { pages: 2500, words: 1_210_000, empty: 0 }
 */
export function pageTotals(files: BundleFiles): { pages: number; words: number; empty: number } {
  const totals = { pages: 0, words: 0, empty: 0 };
  eachPage(files, (words) => {
    totals.pages++;
    totals.words += words;
    if (words === 0) totals.empty++;
  });
  return totals;
}

/**
 * Number of pages in each sort list of the bundle's metadata (the first language's).
 * @example sortCounts(files) // { ancien: 2500, recent: 2500 }
 */
export function sortCounts(files: BundleFiles): Record<string, number> {
  const entryFile = files.get('pagefind-entry.json');
  if (!entryFile) throw new Error('Pagefind bundle: pagefind-entry.json is missing');
  const entry = JSON.parse(entryFile.toString('utf8')) as { languages: Record<string, { hash: string }> };
  const out: Record<string, number> = {};
  for (const info of Object.values(entry.languages)) {
    const bytes = unpack(files, `pagefind.${info.hash}.pf_meta`);
    const [, pages, , , sorts] = arrayOf(decodeAt(bytes, 0));
    const pageCount = arrayOf(pages).length;
    for (const pair of arrayOf(sorts)) {
      const [name, list] = arrayOf(pair);
      out[textOf(bytes, name)] = arrayOf(list).filter((n) => n.arg < pageCount).length;
    }
  }
  return out;
}
