import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import type { Archive } from '../../../src/model.ts';
import { runMessage, runView, type RunTask } from '../../../src/site/render-pool.ts';

const site = { title: 'Kiosque' };
const topics = [{ slug: 'sport', label: 'Sport' }];
const task = (archive: Record<string, unknown>): RunTask => ({ templates: ['article.11ty.ts'], archive: archive as unknown as Archive, assets: false });

test('a renderer process is sent the archive fields it already has only once, and sees every run whole, fields in order', () => {
  const sent = new Map<string, unknown>();
  const known = new Map<string, unknown>();
  // Through the channel: the process gets copies, never the parent's objects.
  const through = (m: ReturnType<typeof runMessage>) => deserialize(serialize(m)) as ReturnType<typeof runMessage>;
  const runs = [
    task({ site, topics, articles: [{ n: 1 }, { n: 2 }] }),
    task({ site, topics, articles: [{ n: 3 }] }),
    task({ site, topics: [...topics, { slug: 'autre', label: 'Autre' }], articles: [{ n: 4 }] }),
    task({ articles: [{ n: 5 }], site }),
    task({ site, topics, articles: [{ n: 6 }] }),
  ];
  const messages = runs.map((r) => runMessage(r, '/tmp/out', sent));
  assert.deepEqual(messages.map((m) => m.kept), [[], ['site', 'topics'], ['site'], ['site'], ['site']]);
  assert.deepEqual(Object.keys(messages[1]!.task.archive), ['articles'], 'what it has is not sent again');
  for (const [i, m] of messages.entries()) {
    const view = runView(through(m), known);
    assert.deepEqual(view, runs[i]!.archive, `run ${i}`);
    assert.deepEqual(Object.keys(view), Object.keys(runs[i]!.archive), `run ${i}: field order`);
    if (i === 3) assert.deepEqual([...known.keys()].sort(), ['articles', 'site'], 'fields no longer in the view are let go');
  }
  assert.deepEqual([...known.keys()].sort(), ['articles', 'site', 'topics']);
});
