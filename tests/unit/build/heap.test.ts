/**
 * The build's full collection before its render (src/heap.ts): it must collect, in a process
 * started without `--expose-gc`, and leave `gc` unexposed to code run afterwards.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { collectGarbage } from '../../../src/heap.ts';

test('collectGarbage collects an object nothing holds any more, and leaves gc unexposed', async () => {
  let held: number[] | undefined = Array.from({ length: 100_000 }, (_, i) => i);
  const ref = new WeakRef(held);
  held = undefined;
  // A WeakRef keeps its object alive until the end of the job that made or read it.
  await new Promise((next) => setImmediate(next));
  collectGarbage();
  assert.equal(ref.deref(), undefined);
  assert.equal(runInNewContext('typeof gc'), 'undefined');
});
