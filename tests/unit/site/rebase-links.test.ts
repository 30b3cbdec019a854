import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rebaseLinks } from '../../../src/site/filters/rebase-links.ts';

test('site-relative links of a Markdown body get the base path; others stay as written', () => {
  const html = '<p><a href="/sujets/">a</a> <a href="https://ex.fr/">b</a> <a href="//cdn.ex/">c</a> <a href="#n">d</a></p>';
  assert.equal(
    rebaseLinks(html, '/archives/'),
    '<p><a href="/archives/sujets/">a</a> <a href="https://ex.fr/">b</a> <a href="//cdn.ex/">c</a> <a href="#n">d</a></p>',
  );
  assert.equal(rebaseLinks(html, '/'), html);
});
