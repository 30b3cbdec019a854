/**
 * The `yaml` package's error codes in French words, for messages a user reads (its own messages
 * are English). Codes from yaml's `ErrorCode` type (src/errors.ts).
 */
const PROBLEMS: Record<string, string> = {
  ALIAS_PROPS: 'alias avec une ancre ou une étiquette',
  BAD_ALIAS: 'alias invalide',
  BAD_DIRECTIVE: 'directive % invalide',
  BAD_DQ_ESCAPE: 'échappement \\ invalide entre guillemets',
  BAD_INDENT: 'indentation incorrecte',
  BAD_PROP_ORDER: 'ancre ou étiquette mal placée',
  BAD_SCALAR_START: 'valeur qui commence par un caractère réservé (@, `, |, >…)',
  BLOCK_AS_IMPLICIT_KEY: 'bloc utilisé comme clé',
  BLOCK_IN_FLOW: 'bloc à l’intérieur de [ ] ou { }',
  DUPLICATE_KEY: 'clé en double',
  IMPOSSIBLE: 'structure impossible',
  KEY_OVER_1024_CHARS: 'clé de plus de 1024 caractères',
  MISSING_CHAR: 'guillemet ou crochet jamais fermé',
  MULTILINE_IMPLICIT_KEY: 'clé sur plusieurs lignes',
  MULTIPLE_ANCHORS: 'plusieurs ancres sur une valeur',
  MULTIPLE_DOCS: 'plusieurs documents',
  MULTIPLE_TAGS: 'plusieurs étiquettes sur une valeur',
  NON_STRING_KEY: 'clé qui n’est pas du texte',
  TAB_AS_INDENT: 'tabulation utilisée pour indenter',
  TAG_RESOLVE_FAILED: 'étiquette ! inconnue ou valeur qui ne lui correspond pas',
  UNEXPECTED_TOKEN: 'caractère inattendu (un « : » ou un « - » mal placé ?)',
  BAD_COLLECTION_TYPE: 'type de liste ou de groupe incorrect',
};

/**
 * @example yamlProblem('DUPLICATE_KEY') // 'clé en double'
 */
export function yamlProblem(code: string): string {
  return PROBLEMS[code] ?? 'syntaxe incorrecte';
}

/**
 * The line that opens a `[` or `{` still open when YAML stopped reading at line `stopped`
 * (1-based): the parser stops on the next line, which a flow list swallowed
 * (`topics: [politique, santé` then `date: …`). Brackets inside quotes or after a comment are
 * not counted, nor one inside a text (`title: Le [direct]`): a bracket opens a list only where a
 * value starts. Undefined when every bracket opened before `stopped` is closed there.
 * @example unclosedBracketLine('title: T\ntopics: [a, b\ndate: 2024', 3) // 2
 * @example unclosedBracketLine('topics: [a, b]\n  bad', 2) // undefined
 * @example unclosedBracketLine('title: Le [direct\n  bad', 2) // undefined
 */
export function unclosedBracketLine(text: string, stopped: number): number | undefined {
  const open: number[] = [];
  const lines = text.split('\n').slice(0, Math.max(0, stopped - 1));
  for (const [i, line] of lines.entries()) {
    let quote = '';
    for (let j = 0; j < line.length; j++) {
      const c = line[j]!;
      if (quote) {
        if (c === '\\' && quote === '"') j++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === '\'') {
        // A quote opens a scalar only where one may start (`l'été` is text).
        if (j === 0 || /[\s[{,:]/u.test(line[j - 1]!)) quote = c;
      } else if (c === '#' && (j === 0 || /\s/u.test(line[j - 1]!))) break;
      else if ((c === '[' || c === '{') && (open.length > 0 || /(?:^|[:\-,[{])\s*$/u.test(line.slice(0, j)))) open.push(i + 1);
      else if ((c === ']' || c === '}') && open.length > 0) open.pop();
    }
  }
  return open[0];
}
