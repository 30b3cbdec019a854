/**
 * Search records kept from one build to the next, one file per shard in the build's cache folder
 * (`<cache>/recherche/<shard>.bin`). Making a record (the article's text typeset and folded:
 * ./records.ts) is most of what a shard costs before Pagefind; on a daily rebuild a shard is
 * indexed again for one new or corrected article, and its other records are taken from here.
 * Records are kept by a hash of everything they are made from (./records.ts, `recordInput`),
 * with the hash of the code that makes them: a file of other code, or unreadable, is ignored; a
 * file is replaced whole (a temporary file renamed), so a build killed while writing leaves the
 * previous one. Each file ends with the SHA-1 of its bytes (`sealed`): one changed on disk is
 * ignored as an unreadable one is, and its records are made again, never indexed as they read.
 *
 * Beside them, each shard's word stats (./words.ts, `wordStats`: what the word list of the
 * search page needs of its articles), in `<cache>/recherche/<shard>.mots.bin`, kept by the
 * shard's key (./index.ts, `shardKey`): the word list of a rebuild reads the text of the shards
 * indexed again only.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomic } from '../atomic-write.ts';
import type { WordStats } from './words.ts';

const FOLDER = 'recherche';

export interface ShardRecords {
  /** The record made from `input` (./records.ts, `recordInput`): the one kept when it is the same, else `make()`. */
  record(input: string, make: () => string): string;
  /** Writes the records asked for since this shard was opened, as its file for the next build. */
  save(): void;
}

/**
 * The key of a record: a hash of what it is made from.
 * @example recordKey('["/a/","Titre",…]') !== recordKey('["/a/","Titre corrigé",…]')
 */
export function recordKey(input: string): string {
  return createHash('sha1').update(input).digest('base64url');
}

/** A shard's name as a file name (`2019-03`, `sans-date`, `tout`; anything else is hashed), with `suffix`. */
const fileOf = (dir: string, shard: string, suffix = '.bin') => join(dir, `${/^[\w-]{1,40}$/.test(shard) ? shard : createHash('sha1').update(shard).digest('hex')}${suffix}`);

/** Suffix of the file of a shard's word stats. */
const WORDS = '.mots.bin';

/** A value serialized, followed by the SHA-1 of its bytes. */
function sealed(value: unknown): Buffer {
  const bytes = serialize(value);
  return Buffer.concat([bytes, createHash('sha1').update(bytes).digest()]);
}

/** What `sealed` wrote, read back; throws when a byte changed since (or the file is not ours). */
function unsealed(file: string): unknown {
  const all = readFileSync(file);
  const bytes = all.subarray(0, all.length - 20);
  if (all.length < 20 || !createHash('sha1').update(bytes).digest().equals(all.subarray(all.length - 20))) throw new Error('contenu altéré');
  return deserialize(bytes);
}

function read(file: string, code: string): Map<string, string> {
  try {
    const stored = unsealed(file) as { code?: unknown; records?: unknown };
    return stored.code === code && stored.records instanceof Map ? (stored.records as Map<string, string>) : new Map();
  } catch {
    return new Map(); // missing, or not ours
  }
}

/**
 * The kept records of shard `shard` under the cache folder `cacheDir`, made by code `code`.
 * @example const kept = shardRecords('.kiosque-cache', '2019-03', code); kept.record(input, () => articleRecord(article).html); kept.save();
 */
export function shardRecords(cacheDir: string, shard: string, code: string): ShardRecords {
  const dir = join(cacheDir, FOLDER);
  const file = fileOf(dir, shard);
  const kept = read(file, code);
  const used = new Map<string, string>();
  return {
    record(input, make) {
      const key = recordKey(input);
      const record = used.get(key) ?? kept.get(key) ?? make();
      used.set(key, record);
      return record;
    },
    save() {
      writeFileAtomic(file, sealed({ code, records: used }));
    },
  };
}

/**
 * The word stats (./words.ts) kept for shard `shard` when its key was `key`: the same key means
 * the same articles' text made into stats by the same code. Undefined when missing or not ours.
 */
export function keptWordStats(cacheDir: string, shard: string, key: string): WordStats | undefined {
  try {
    const stored = unsealed(fileOf(join(cacheDir, FOLDER), shard, WORDS)) as { key?: unknown; stats?: WordStats };
    const stats = stored.stats;
    const lists = stats && [stats.words, stats.first, stats.firstAt, stats.lower, stats.lowerAt, stats.articles, stats.spellings];
    return stored.key === key && lists?.every((l) => Array.isArray(l) && l.length === stats!.words.length) ? stats : undefined;
  } catch {
    return undefined; // missing, or not ours
  }
}

/** Keeps the word stats of shard `shard`, whose key is `key`, for the next build. */
export function keepWordStats(cacheDir: string, shard: string, key: string, stats: WordStats): void {
  writeFileAtomic(fileOf(join(cacheDir, FOLDER), shard, WORDS), sealed({ key, stats }));
}

/** Removes the files of shards that are no longer in `shards` (months merged into others). */
export function pruneShards(cacheDir: string, shards: readonly string[]): void {
  const dir = join(cacheDir, FOLDER);
  const keep = new Set(shards.flatMap((s) => [fileOf(dir, s), fileOf(dir, s, WORDS)]));
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (!keep.has(join(dir, name))) rmSync(join(dir, name), { force: true });
}
