/**
 * Record bodies kept from one build to the next, one file per shard in the build's cache folder
 * (`<cache>/recherche/<shard>.bin`). A record's body (the article's text, typeset and folded:
 * ./records.ts, `recordBody`) is most of what making a record costs; on a daily rebuild a shard
 * is indexed again for one new or corrected article, and its other bodies are taken from here.
 * Bodies are kept by a hash of the text they are made from, with the hash of the code that makes
 * them: a file of other code, or unreadable, is ignored; a file is replaced whole (a temporary
 * file renamed), so a build killed while writing leaves the previous one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomic } from '../atomic-write.ts';
import type { RecordSource } from './records.ts';

const FOLDER = 'recherche';

export interface ShardBodies {
  /** The body of `article`: the one kept when its text is the same, else `make(article)`. */
  body(article: RecordSource, make: (article: RecordSource) => string): string;
  /** Writes the bodies asked for since this shard was opened, as its file for the next build. */
  save(): void;
}

/**
 * The key of an article's body: a hash of the text it is made from.
 * @example bodyKey({ bodyHtml: '<p>a</p>', sections: [] }) !== bodyKey({ bodyHtml: '<p>b</p>', sections: [] })
 */
export function bodyKey(article: Pick<RecordSource, 'bodyHtml' | 'sections'>): string {
  return createHash('sha1').update(JSON.stringify([article.bodyHtml ?? null, article.sections])).digest('base64url');
}

/** A shard's name as a file name (`2019-03`, `sans-date`, `tout`; anything else is hashed). */
const fileOf = (dir: string, shard: string) => join(dir, `${/^[\w-]{1,40}$/.test(shard) ? shard : createHash('sha1').update(shard).digest('hex')}.bin`);

function read(file: string, code: string): Map<string, string> {
  try {
    const stored = deserialize(readFileSync(file)) as { code?: unknown; bodies?: unknown };
    return stored.code === code && stored.bodies instanceof Map ? (stored.bodies as Map<string, string>) : new Map();
  } catch {
    return new Map(); // missing, or not ours
  }
}

/**
 * The kept bodies of shard `shard` under the cache folder `cacheDir`, made by code `code`.
 * @example const bodies = shardBodies('.kiosque-cache', '2019-03', code); bodies.body(article, recordBody); bodies.save();
 */
export function shardBodies(cacheDir: string, shard: string, code: string): ShardBodies {
  const dir = join(cacheDir, FOLDER);
  const file = fileOf(dir, shard);
  const kept = read(file, code);
  const used = new Map<string, string>();
  return {
    body(article, make) {
      const key = bodyKey(article);
      const body = used.get(key) ?? kept.get(key) ?? make(article);
      used.set(key, body);
      return body;
    },
    save() {
      writeFileAtomic(file, serialize({ code, bodies: used }));
    },
  };
}

/** Removes the files of shards that are no longer in `shards` (months merged into others). */
export function pruneBodies(cacheDir: string, shards: readonly string[]): void {
  const dir = join(cacheDir, FOLDER);
  const keep = new Set(shards.map((s) => fileOf(dir, s)));
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (!keep.has(join(dir, name))) rmSync(join(dir, name), { force: true });
}
