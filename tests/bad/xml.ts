/**
 * A strict XML 1.0 well-formedness check, small enough to read: characters XML allows, names,
 * quoted and unique attributes, only the five predefined entities and character references,
 * balanced tags and a single root. Feeds and the sitemap must pass it whatever an article holds.
 */

const CHAR_REF = /^#(?:\d+|x[0-9a-fA-F]+)$/;
const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const NAME = /^[A-Za-z_:][\w.:-]*$/;
const MARKUP = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![\s\S]*?>|<[^>]*>|[^<]+|</g;
const ATTRIBUTE = /\s+([^\s=]+)\s*=\s*("[^"]*"|'[^']*')/y;

function referenceProblems(text: string, where: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/&([^;&\s]*)(;?)/g)) {
    const valid = m[2] === ';' && (PREDEFINED.has(m[1]!) || (CHAR_REF.test(m[1]!) && allowed(Number(m[1]!.startsWith('#x') ? `0x${m[1]!.slice(2)}` : m[1]!.slice(1)))));
    if (!valid) problems.push(`bad reference ${JSON.stringify(m[0])} in ${where}`);
  }
  return problems;
}

function allowed(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/**
 * The reasons `xml` is not well-formed; empty when it is.
 * @example xmlProblems('<a>x &amp; y</a>') // []
 * @example xmlProblems('<a>x & y</a>') // ['bad reference "&" in text of <a>']
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  for (const ch of xml) {
    if (!allowed(ch.codePointAt(0)!)) problems.push(`character U+${ch.codePointAt(0)!.toString(16).padStart(4, '0')} is not allowed in XML`);
  }
  const stack: string[] = [];
  let roots = 0;
  for (const [token] of xml.matchAll(MARKUP)) {
    const parent = stack.at(-1);
    if (token.startsWith('<?')) {
      if (!/^<\?xml(\s|\?>)/.test(token) && !/^<\?[A-Za-z_]/.test(token)) problems.push(`bad processing instruction ${token.slice(0, 30)}`);
    } else if (token.startsWith('<!--')) {
      if (token.slice(4, -3).includes('--')) problems.push('"--" inside a comment');
    } else if (token.startsWith('<![CDATA[')) {
      if (!parent) problems.push('CDATA outside the root element');
    } else if (token.startsWith('<!')) {
      problems.push(`declaration ${token.slice(0, 30)} not expected in a feed`);
    } else if (token === '<') {
      problems.push(`a bare "<" in ${parent ? `<${parent}>` : 'the prolog'}`);
    } else if (token.startsWith('</')) {
      const name = token.slice(2, -1).trim();
      if (stack.pop() !== name) problems.push(`</${name}> closes ${parent ? `<${parent}>` : 'nothing'}`);
    } else if (token.startsWith('<')) {
      const selfClosing = token.endsWith('/>');
      const inner = token.slice(1, selfClosing ? -2 : -1);
      const name = /^[^\s/>]+/.exec(inner)?.[0] ?? '';
      if (!NAME.test(name)) problems.push(`bad element name ${JSON.stringify(name)}`);
      const seen = new Set<string>();
      let pos = name.length;
      ATTRIBUTE.lastIndex = pos;
      for (let m = ATTRIBUTE.exec(inner); m; m = ATTRIBUTE.exec(inner)) {
        if (!NAME.test(m[1]!) || seen.has(m[1]!)) problems.push(`bad or repeated attribute ${m[1]} on <${name}>`);
        seen.add(m[1]!);
        if (m[2]!.includes('<')) problems.push(`"<" in attribute ${m[1]} of <${name}>`);
        problems.push(...referenceProblems(m[2]!, `attribute ${m[1]} of <${name}>`));
        pos = ATTRIBUTE.lastIndex;
      }
      if (inner.slice(pos).trim() !== '') problems.push(`unreadable attributes in <${name}>: ${inner.slice(pos, pos + 40)}`);
      if (!parent) roots++;
      if (!selfClosing) stack.push(name);
    } else if (parent) {
      if (token.includes(']]>')) problems.push(`"]]>" in text of <${parent}>`);
      problems.push(...referenceProblems(token, `text of <${parent}>`));
    } else if (token.trim() !== '') {
      problems.push(`text outside the root element: ${token.slice(0, 30)}`);
    }
  }
  if (stack.length > 0) problems.push(`unclosed elements: ${stack.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
