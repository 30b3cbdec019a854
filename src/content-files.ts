/**
 * Lists the files of a content folder: sorted, relative, `/`-separated, never following a
 * symlinked folder (no loops), never leaving the folder.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface ContentFile {
  /** Content-relative path with `/` separators, NFC. */
  path: string;
  absolute: string;
}

export interface SkippedEntry {
  path: string;
  reason: string;
}

export function listContent(root: string): { files: ContentFile[]; skipped: SkippedEntry[] } {
  const files: ContentFile[] = [];
  const skipped: SkippedEntry[] = [];
  const rootReal = realpathSync(root);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const absolute = join(dir, name);
      const rel = relative(root, absolute).split(sep).join('/').normalize('NFC');
      const st = lstatSync(absolute);
      if (st.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(absolute);
        } catch {
          skipped.push({ path: rel, reason: 'broken or looping symbolic link; fix or remove it' });
          continue;
        }
        if (!target.startsWith(rootReal + sep) || statSync(target).isDirectory()) {
          skipped.push({ path: rel, reason: 'symbolic link to a folder or outside the content folder is not followed' });
          continue;
        }
        files.push({ path: rel, absolute });
      } else if (st.isDirectory()) {
        if (name.startsWith('.')) skipped.push({ path: rel, reason: 'hidden folder' });
        else walk(absolute);
      } else if (st.isFile()) {
        files.push({ path: rel, absolute });
      } else {
        skipped.push({ path: rel, reason: 'not a regular file' });
      }
    }
  };
  walk(root);
  return { files, skipped };
}
