import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSite, FIXTURE } from '../helpers/site.ts';

test('a build prints no line of Eleventy\'s: no "Wrote … files" summary, no benchmark warning', async () => {
  const printed: string[] = [];
  const methods = ['log', 'info', 'warn', 'error'] as const;
  const saved = methods.map((m) => console[m]);
  for (const m of methods) console[m] = (...args: unknown[]) => void printed.push(args.map(String).join(' '));
  try {
    const site = await buildSite(FIXTURE);
    assert.ok(site.exists('/'), 'the site was built');
  } finally {
    methods.forEach((m, i) => (console[m] = saved[i]!));
  }
  assert.deepEqual(printed, []);
});
