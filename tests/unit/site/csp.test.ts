import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, cspString } from '../../../src/site/csp.ts';

test('a policy is its directives, each followed by its sources, separated by semicolons', () => {
  assert.equal(cspString([['default-src', ["'self'"]], ['img-src', ["'self'", 'data:']]]), "default-src 'self'; img-src 'self' data:");
  assert.equal(cspString([]), '');
});

test('the site policy lets search run and forbids inline code and third parties', () => {
  const policy = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => { const [name, ...sources] = d.split(' '); return [name!, sources]; }));
  assert.equal(policy.size, CSP_DIRECTIVES.length, 'each directive once');
  assert.deepEqual(policy.get('script-src'), ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(policy.get('worker-src'), ["'self'", 'blob:']);
  assert.deepEqual(policy.get('object-src'), ["'none'"]);
  for (const [name, sources] of policy) {
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:']) assert.ok(!sources.includes(loose), `${name} allows ${loose}`);
  }
  assert.ok(!policy.has('frame-ancestors'), 'Chromium rejects frame-ancestors in a <meta> policy');
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /"/, 'the policy sits in a double-quoted attribute');
});
