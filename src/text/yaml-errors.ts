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
