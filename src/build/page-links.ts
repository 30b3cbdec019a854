/**
 * Linking reused pages (./page-reuse.ts) on a worker thread. A daily rebuild of 10,000 articles
 * reuses about 18,800 pages; checking and linking each (a stat, a folder, a hard link) took
 * about 0.5 s of the build's thread, which then renders the changed pages. The worker does it
 * beside the render: it checks that each file of the previous site is untouched (the size and
 * modification time recorded when it was written), then hard-links it into the new site, or
 * copies it where the file system has no hard links. A page it could not take (changed or gone
 * since) is reported, and rendered after the others.
 *
 * The worker is plain JavaScript with only Node's modules: it starts in milliseconds, without
 * the TypeScript loader the build's own modules need.
 */
import { Worker } from 'node:worker_threads';

/** A page to take from the previous site: its file, and the size and mtime recorded for it. */
export type LinkJob = [file: string, size: number, mtimeMs: number];

/** What the worker did not link: pages to render, and pages copied instead (new files). */
export interface LinkOutcome {
  failed: string[];
  copied: string[];
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const { from, to } = workerData;
const made = new Set();
let canLink = true;
const failed = [];
const copied = [];
parentPort.on('message', (jobs) => {
  if (jobs === null) {
    parentPort.postMessage({ failed, copied });
    return;
  }
  for (const [file, size, mtimeMs] of jobs) {
    const source = path.join(from, file);
    const target = path.join(to, file);
    try {
      const stat = fs.statSync(source);
      if (stat.size !== size || stat.mtimeMs !== mtimeMs) {
        failed.push(file);
        continue;
      }
      const dir = path.dirname(target);
      if (!made.has(dir)) fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
      if (canLink) {
        try {
          fs.linkSync(source, target);
          continue;
        } catch (e) {
          if (e.code === 'ENOENT' || e.code === 'EEXIST') throw e;
          canLink = false;
        }
      }
      fs.copyFileSync(source, target, fs.constants.COPYFILE_EXCL);
      copied.push(file);
    } catch {
      try { fs.rmSync(target, { force: true }); } catch {}
      failed.push(file);
    }
  }
});
`;

export interface PageLinker {
  /** Queues pages to link (in order; returns at once). */
  link(jobs: LinkJob[]): void;
  /** Resolves once every queued page is linked or reported. */
  done(): Promise<LinkOutcome>;
  /** Stops the worker (a failed or interrupted build), whatever it was doing. */
  stop(): Promise<void>;
}

/**
 * Starts a worker that links pages of `previousSite` into `siteDir`.
 * @example const linker = pageLinker('_site', '_site.tmp'); linker.link([['a/index.html', 120, 1.7e12]]); await linker.done()
 */
export function pageLinker(previousSite: string, siteDir: string): PageLinker {
  // `execArgv: []`: the worker needs no TypeScript loader.
  const worker = new Worker(WORKER, { eval: true, workerData: { from: previousSite, to: siteDir }, execArgv: [] });
  const finished = new Promise<LinkOutcome>((resolve, reject) => {
    worker.once('message', (result: LinkOutcome) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the page linker stopped (code ${code})`)));
  });
  // Seen by `done()`; a build that stops before asking does not care.
  finished.catch(() => {});
  let asked = false;
  return {
    link(jobs) {
      if (jobs.length > 0) worker.postMessage(jobs);
    },
    done() {
      if (!asked) worker.postMessage(null);
      asked = true;
      return finished;
    },
    async stop() {
      await worker.terminate();
    },
  };
}
