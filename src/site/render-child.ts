/**
 * A renderer process (./render-pool.ts): renders the runs its parent sends, one after the other,
 * reports pages as they are rendered and each run's pages written, and exits when the parent
 * closes the channel. It exits too when its parent is gone (killed with SIGKILL): at its next
 * pages, seen from its parent's process id, so that it never goes on writing alone.
 */
import { runView, type KnownState, type RendererMessage, type RunMessage } from './render-pool.ts';
import { renderRun } from './render.ts';

/** Pages between two progress messages (a message per page would cost more than the page). */
const PAGES_PER_MESSAGE = 25;

// The name `npm run bench` lists its memory under (/proc/PID/status, at most 15 characters).
process.title = 'kiosque-render';
const parent = process.ppid;
const send = (m: RendererMessage) => process.send!(m);
// Ctrl-C reaches the whole process group: the parent handles it, kills this process and removes
// the output folder; dying first would only make it report a failed renderer.
process.on('SIGINT', () => {});
process.on('disconnect', () => process.exit(0));

let pending = 0;
const onPage = () => {
  if (++pending < PAGES_PER_MESSAGE) return;
  if (process.ppid !== parent) process.exit(1);
  send({ type: 'pages', pages: pending });
  pending = 0;
};

/** The view fields and cards of the previous runs, which later runs keep (see RunMessage). */
const known: KnownState = { fields: new Map(), cards: new Map() };

async function render(message: RunMessage): Promise<void> {
  try {
    const written = await renderRun({ ...message.task, archive: runView(message, known) }, message.outDir, onPage);
    if (pending > 0) send({ type: 'pages', pages: pending });
    pending = 0;
    send({ type: 'done', written });
  } catch (e) {
    process.send!({ type: 'error', message: (e as Error).stack ?? String(e) } satisfies RendererMessage, () => process.exit(1));
  }
}

// One run at a time, in the order sent; Eleventy is loaded before the first run arrives (this
// process may be started ahead, see `startRenderers`).
let queue: Promise<unknown> = import('@11ty/eleventy');
process.on('message', (m: RunMessage) => {
  queue = queue.then(() => render(m));
});
