/**
 * The layout the README describes, checked on the import statements of src/: stages import the
 * model and the shared text helpers only, each layer imports only layers below it, no import
 * cycle, and production code never imports the tools or the tests.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from '../../../src/paths.ts';

const SRC = join(PROJECT_ROOT, 'src');

/** Layers from the bottom: a module may import its own folder and lower layers only. */
const LAYERS: Record<string, number> = {
  // How the processes' heaps grow: set by the build and on the command line of its child processes.
  'heap.ts': -1,
  model: 0, 'paths.ts': 0, 'eleventy.d.ts': 0, 'child-processes.ts': 0, 'atomic-write.ts': 0, 'public/js': 0,
  text: 1,
  reference: 1.5,
  ingest: 2, enrich: 2, search: 2, site: 2,
  build: 3,
  dev: 4,
  cli: 5,
};

/** The layer key of a path relative to the project root: `src/enrich/x.ts` → `enrich`. */
function unitOf(path: string): string {
  if (path.startsWith('public/js/')) return 'public/js';
  if (!path.startsWith('src/')) return path.split('/')[0]!;
  const [first] = path.slice(4).split('/');
  // The model is src/model.ts (types) and src/model/ (the URL map over those types).
  return first === 'model.ts' ? 'model' : first!;
}

/** Every relative import of every module of src/, as project-relative paths. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((x) => /\.ts$/.test(x))) {
    const file = join(SRC, f);
    const text = readFileSync(file, 'utf8');
    // `from './x.ts'`, `import './x.ts'` and `import('./x.ts')`: every relative module specifier.
    const specs = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
    graph.set(relative(PROJECT_ROOT, file), specs.map((s) => relative(PROJECT_ROOT, resolve(dirname(file), s))));
  }
  return graph;
}

test('production code never imports the tools or the tests', () => {
  const wrong = [...importGraph()].flatMap(([from, to]) => to.filter((t) => t.startsWith('tools/') || t.startsWith('tests/')).map((t) => `${from} → ${t}`));
  assert.deepEqual(wrong, []);
});

test('each module of src/ imports only its own folder and the layers below it', () => {
  const graph = importGraph();
  assert.ok(graph.size > 50, `only ${graph.size} modules read`);
  const wrong: string[] = [];
  for (const [from, targets] of graph) {
    const own = unitOf(from);
    assert.ok(own in LAYERS, `${from} is in no layer of the README's layout`);
    for (const to of targets) {
      const other = unitOf(to);
      assert.ok(other in LAYERS, `${from} imports ${to}, in no layer`);
      if (other !== own && LAYERS[other]! >= LAYERS[own]!) wrong.push(`${from} → ${to}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('there is no import cycle in src/', () => {
  const graph = importGraph();
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (node: string, path: string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'open') {
      cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
      return;
    }
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    state.set(node, 'done');
  };
  for (const node of graph.keys()) visit(node, []);
  assert.deepEqual(cycles, []);
});
