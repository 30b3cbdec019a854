/**
 * Lists the files of a content folder: sorted, relative, `/`-separated. Symbolic links are never
 * followed (no loops, nothing read from outside the folder, no file read twice under two names)
 * and hidden folders are not entered; each of them is listed as skipped, with the reason. A link
 * that points nowhere is listed as broken: the build rejects it.
 */
import { existsSync, lstatSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface ContentFile {
  /** Content-relative path with `/` separators, NFC. */
  path: string;
  absolute: string;
  /** Size in bytes, known before reading so an oversized file is never read. */
  size: number;
  /**
   * What tells that a file changed without reading it (src/build/cache.ts, `FileStamps`): its
   * inode and its times of last change, in milliseconds (absent for a name that cannot be read).
   */
  stamp?: FileStamp;
  /** The name is not valid UTF-8: `path` shows it with U+FFFD, and the file cannot be read. */
  badName?: true;
}

/** A file's inode, size and times of last modification and status change. */
export interface FileStamp {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

export interface SkippedEntry {
  path: string;
  reason: string;
  /** For an entry rejected: the diagnostic's id, when it is not a broken link's (`link-broken`). */
  id?: string;
}

/**
 * Why a folder of the content could not be listed, or an entry of it looked at, and what to do:
 * a folder the build's user may not read, an entry removed while the folder was listed.
 * @example unlistable(Object.assign(new Error(), { code: 'EACCES' }), true) // 'dossier illisible (EACCES) : ses fichiers ne sont pas lus ; …'
 */
export function unlistable(error: unknown, folder: boolean): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
  if (code === 'ENOENT') return `${folder ? 'dossier' : 'fichier'} disparu pendant la lecture du dossier de contenu (supprimé ou renommé) : rien n’est publié pour lui ; s’il doit l’être, relancez la construction`;
  return folder
    ? `dossier illisible (${code}) : ses fichiers ne sont pas lus ; donnez le droit de le lire (et de l’ouvrir) à l’utilisateur qui construit le site`
    : `fichier illisible (${code}) ; donnez le droit de le lire à l’utilisateur qui construit le site`;
}

/** A file's name as a system names a copy: `copie de x.txt`, `Copy of x.md`, `x (2).txt`, `x - Copie.txt`, `x copy.md`. */
const COPY_NAME = /^(?:copie de|copy of)\s|\s\(\d+\)(?=\.[^.]*$)|[\s_-]+(?:copie|copy)(?:\s*\d+)?(?=\.[^.]*$)/iu;

/**
 * The files with those named as copies after the others, each group in its order: of an article saved twice, the
 * one a build keeps is the first read (src/build/pipeline.ts), the original rather than its copy.
 * @example copiesLast([{ path: 'copie de a.txt' }, { path: 'a.txt' }]).map((f) => f.path) // ['a.txt', 'copie de a.txt']
 */
export function copiesLast<T extends { path: string }>(files: T[]): T[] {
  const copy = (f: T) => COPY_NAME.test(f.path.slice(f.path.lastIndexOf('/') + 1));
  return [...files.filter((f) => !copy(f)), ...files.filter(copy)];
}

/**
 * @example listContent('content').files.map((f) => f.path) // ['000_8d8c1ec7b0367f6a.txt', …, '004_00b606b2294fa235.txt']
 */
export function listContent(root: string): { files: ContentFile[]; skipped: SkippedEntry[]; broken: SkippedEntry[] } {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new Error(`le dossier de contenu ${root} ${existsSync(root) ? 'n’est pas un dossier' : 'n’existe pas'} ; donnez le dossier des articles avec --content DOSSIER`);
  }
  const files: ContentFile[] = [];
  const skipped: SkippedEntry[] = [];
  const broken: SkippedEntry[] = [];
  const walk = (dir: string) => {
    let names: Buffer[];
    try {
      names = readdirSync(dir, { encoding: 'buffer' });
    } catch (e) {
      // The content folder itself stops the build; a folder inside it is one rejected entry.
      if (dir === root) throw new Error(`le dossier de contenu ${root} est illisible (${(e as NodeJS.ErrnoException).code ?? String(e)}) ; donnez le droit de le lire à l’utilisateur qui construit le site`);
      broken.push({ path: relative(root, dir).split(sep).join('/').normalize('NFC'), reason: unlistable(e, true), id: 'folder-unreadable' });
      return;
    }
    for (const raw of names.sort(Buffer.compare)) {
      const name = raw.toString('utf8');
      const absolute = join(dir, name);
      const rel = relative(root, absolute).split(sep).join('/').normalize('NFC');
      // A name that is not UTF-8 cannot be opened by its decoded text: listed, never read.
      if (!Buffer.from(name).equals(raw)) {
        files.push({ path: rel, absolute, size: 0, badName: true });
        continue;
      }
      let st;
      try {
        st = lstatSync(absolute);
      } catch (e) {
        broken.push({ path: rel, reason: unlistable(e, false), id: 'unreadable' });
        continue;
      }
      if (st.isSymbolicLink()) {
        const target = readlinkSync(absolute);
        // A link that points nowhere (or at itself) is a file the user meant to publish and lost.
        if (!existsSync(absolute)) broken.push({ path: rel, reason: `lien symbolique vers ${target}, qui n’existe pas ; remplacez le lien par le fichier lui-même ou supprimez-le` });
        else skipped.push({ path: rel, reason: `lien symbolique (vers ${target}) non suivi ; mettez le fichier lui-même dans le dossier de contenu` });
      } else if (st.isDirectory()) {
        if (name.startsWith('.')) skipped.push({ path: rel, reason: 'dossier caché, non lu' });
        else walk(absolute);
      } else if (st.isFile()) {
        files.push({ path: rel, absolute, size: st.size, stamp: { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs } });
      } else {
        skipped.push({ path: rel, reason: 'pas un fichier ordinaire (périphérique, socket ou tube), non lu' });
      }
    }
  };
  walk(root);
  return { files: copiesLast(files), skipped, broken };
}
