/**
 * What `npm run build`, `npm start` and `npm run check` run: Kiosque's command line
 * (./index.ts, through tsx's loader) in a child process, as `tsx` itself would, but with the
 * C allocator's settings of `ALLOCATOR_ENV`. Plain JavaScript, so that Node runs it as it is.
 *
 * glibc gives each thread that allocates at once its own arena, up to eight per core, and keeps
 * what a thread freed in its arena: the threads that parse content files, libuv's pool and V8's
 * helpers leave memory the build's process never uses again. With two arenas, a cold build of
 * 50,000 articles (one run each, the same machine) peaked at 1,040 MB resident (MB of
 * 10^6 bytes) instead of 1,097–1,106, for the same CPU time. The variable is read when a process starts, so
 * it is set here, before the build's process exists; its renderer and indexing processes inherit
 * it. Other C libraries (macOS, musl) ignore it. An environment that sets it keeps its value.
 *
 * glibc also serves a block of 128 KiB or more with its own mapping, unmapped when freed, but
 * raises that threshold to the size of each such block freed, up to 32 MiB (mallopt(3)): once
 * the first messages to the renderer processes (about 10 MB each) were freed, the next ones
 * could come from the arenas, which keep what is freed. A threshold that is set does not move
 * (`MALLOC_MMAP_THRESHOLD_`): 961 MB instead of 980–1,032 for the same 50,000-article build
 * (one run against four).
 */
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The C allocator's settings for Kiosque's processes (see above). */
export const ALLOCATOR_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' };

/** Runs ./index.ts with `args` in a child process and exits as it does. */
function launch(args) {
  const cli = fileURLToPath(new URL('./index.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: 'inherit', env: { ...ALLOCATOR_ENV, ...process.env } });
  // Ctrl-C reaches both processes (one process group): the child stops cleanly on its own, and
  // a second SIGINT sent by this one would cut that short. A SIGTERM or SIGHUP sent to this
  // process alone (a process manager) is passed on.
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (e) => {
    process.stderr.write(`kiosque: impossible de lancer Node (${e.message})\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    // A build stops itself on SIGINT and SIGTERM and says so (src/build/index.ts), once it has read
    // the content; killed by one before that, it had written nothing yet.
    if (args[0] === 'build' && (signal === 'SIGINT' || signal === 'SIGTERM')) {
      process.stderr.write(`kiosque: construction interrompue (${signal}) pendant la lecture des fichiers : rien n’a été écrit, le site est inchangé\n`);
    }
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) launch(process.argv.slice(2));
