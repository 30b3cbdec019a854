import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import type { Archive } from '../../../src/model.ts';
import { MAX_KEPT_CARDS, runMessage, runView, type RunTask } from '../../../src/site/render-pool.ts';

const site = { title: 'Kiosque' };
const topics = [{ slug: 'sport', label: 'Sport' }];
const task = (archive: Record<string, unknown>): RunTask => ({ templates: ['article.11ty.ts'], archive: archive as unknown as Archive, assets: false });

test('a renderer process is sent the archive fields it already has only once, and sees every run whole, fields in order', () => {
  const sent = { fields: new Map<string, unknown>(), cards: new Map<object, number>() };
  const known = { fields: new Map<string, unknown>(), cards: new Map<number, object>() };
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
    if (i === 3) assert.deepEqual([...known.fields.keys()].sort(), ['articles', 'site'], 'fields no longer in the view are let go');
  }
  assert.deepEqual([...known.fields.keys()].sort(), ['articles', 'site', 'topics']);
});

test('a renderer process is sent each card once: later runs refer to it, and it is the same object in every run', () => {
  const sent = { fields: new Map<string, unknown>(), cards: new Map<object, number>() };
  const known = { fields: new Map<string, unknown>(), cards: new Map<number, object>() };
  const through = (m: ReturnType<typeof runMessage>) => deserialize(serialize(m)) as ReturnType<typeof runMessage>;
  const card = (n: number) => ({ id: `a${n}`, url: `/articles/a${n}/`, title: `Titre ${n}`, topics: [{ label: 'Sport', url: '/sujets/sport/' }] });
  const [a, b, c] = [card(1), card(2), card(3)];
  const cards = new Set<object>([a, b, c]);
  // A copy of a card is not the card: it is sent as it is.
  const lookalike = { ...c };
  const runs = [
    task({ site, articles: [{ card: a, related: [b, c], sections: [{ paragraphs: ['Texte.'] }] }] }),
    task({ site, monthPages: [{ days: [{ label: '5 mars', articles: [c, a] }] }], topicPages: [{ items: [b], view: { feedItems: [a] } }] }),
    task({ site, articles: [{ card: b, related: [lookalike], sameDay: [] }] }),
  ];
  const messages = runs.map((r) => runMessage(r, '/tmp/out', sent, cards));
  assert.deepEqual(messages.map((m) => m.cards.length), [3, 0, 0], 'each card is sent once, with the first run that holds it');
  assert.ok(!JSON.stringify(messages[1]!.task.archive).includes('Titre'), 'the second run carries references, not cards');
  assert.ok(JSON.stringify(messages[2]!.task.archive).includes('Titre 3'), 'a copy of a card travels whole');
  const views = messages.map((m) => runView(through(m), known));
  views.forEach((view, i) => assert.deepEqual(view, runs[i]!.archive, `run ${i}`));
  const [first, second, third] = views as unknown as Record<string, any>[];
  assert.equal(second!.monthPages[0].days[0].articles[1], first!.articles[0].card, 'the same card object in the process, run after run');
  assert.equal(second!.topicPages[0].view.feedItems[0], first!.articles[0].card);
  assert.equal(third!.articles[0].card, first!.articles[0].related[0]);
  assert.notEqual(third!.articles[0].related[0], first!.articles[0].related[1], 'the copy stays a copy');
  assert.equal((runs[1]!.archive as unknown as Record<string, any>).monthPages[0].days[0].articles[0], c, 'the parent’s lists are left as they were');
});

test('a renderer process keeps a bounded number of cards: past the bound, both sides start again, and every view stays whole', () => {
  const sent = { fields: new Map<string, unknown>(), cards: new Map<object, number>() };
  const known = { fields: new Map<string, unknown>(), cards: new Map<number, object>() };
  const through = (m: ReturnType<typeof runMessage>) => deserialize(serialize(m)) as ReturnType<typeof runMessage>;
  const all = Array.from({ length: MAX_KEPT_CARDS * 2 }, (_, n) => ({ id: `a${n}`, title: `Titre ${n}` }));
  const cards = new Set<object>(all);
  const per = Math.ceil(MAX_KEPT_CARDS / 3);
  let drops = 0;
  for (let start = 0; start < all.length; start += per) {
    // Each run: new cards, and the first card again (a reference while it is kept).
    const run = task({ site, topicPages: [{ items: [all[0], ...all.slice(start, start + per)] }] });
    const message = runMessage(run, '/tmp/out', sent, cards);
    if (message.dropCards) drops++;
    assert.deepEqual(runView(through(message), known), run.archive);
    assert.ok(known.cards.size <= MAX_KEPT_CARDS + per + 1, `${known.cards.size} cards kept`);
  }
  assert.ok(drops >= 1, 'the process started again at least once');
});
