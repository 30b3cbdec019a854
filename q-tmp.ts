import { launchChromium, serveDirectory } from './src/search/harness.ts';
const [dir, ...qs] = process.argv.slice(2);
const server = await serveDirectory(dir!, '/');
const browser = await launchChromium(); if (typeof browser === 'string') throw new Error(browser);
const page = await browser.newPage(); await page.goto(server.url);
const out = await page.evaluate(async (qs) => {
  const pf = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
  const core = await import(new URL('js/search-core.js', document.baseURI).href).catch(() => null);
  await pf.init();
  const res: string[] = [];
  for (const q of qs) { const r = await pf.search(core ? core.pagefindTerm(q) : q); res.push(`${q}: ${r.results.length}`); for (const x of r.results.slice(0, 8)) { const d = await x.data(); res.push(`  ${x.score.toFixed(2)} ${d.meta.title}`); } }
  return res;
}, qs);
console.log(out.join('\n')); await browser.close(); await server.close();
