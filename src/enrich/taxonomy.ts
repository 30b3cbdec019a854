/**
 * Reads a topic taxonomy (`sujets.yml`) and an entity gazetteer (`entites.yml`): a YAML list of
 * small maps each, built into Kiosque (src/enrich/knowledge/) or in a content folder. An entry
 * with `remove: true` names a built-in entry to drop (see knowledge.ts). A wrong entry becomes a Diagnostic
 * with its line and is left out; the other entries are still used.
 *
 * YAML safety (PITFALLS, "Front matter"): the core schema keeps dates as text, and a document
 * with anchors or aliases is refused before anything walks it (alias bombs).
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { Diagnostic, EntityDef, EntityKind, TopicDef } from '../model.ts';
import { unclosedBracketLine, yamlProblem } from '../text/yaml-errors.ts';
import { slugify, tokens } from '../text/fold.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organisation', 'place'];

/** One list entry with the line it starts on. */
interface Entry {
  line: number;
  map: YAMLMap;
}

/** Shared reader state: where diagnostics go and how lines are found. */
class Reader {
  readonly diagnostics: Diagnostic[] = [];
  readonly lines = new LineCounter();

  constructor(
    readonly file: string,
    readonly prefix: string,
  ) {}

  lineOf(node: Node | null | undefined, fallback: number): number {
    const offset = node?.range?.[0];
    return offset === undefined ? fallback : this.lines.linePos(offset).line;
  }

  report(level: Diagnostic['level'], id: string, line: number, message: string): void {
    this.diagnostics.push({ id: `${this.prefix}-${id}`, level, file: this.file, line, message });
  }
}

/** The last line at or before `stopped` with an odd number of double quotes, if any. */
function unclosedQuoteLine(text: string, stopped: number): number | undefined {
  const lines = text.split('\n').slice(0, stopped);
  for (let i = lines.length - 1; i >= 0; i--) {
    if ((lines[i]!.replace(/\\"/g, '').match(/"/g)?.length ?? 0) % 2 === 1) return i + 1;
  }
  return undefined;
}

/** Parses the text into list entries, or reports why it cannot. */
function readEntries(reader: Reader, text: string, example: string): Entry[] {
  const doc = parseDocument(text, { schema: 'core', lineCounter: reader.lines, uniqueKeys: true });
  if (doc.errors.length) {
    for (const err of doc.errors) {
      const stopped = err.linePos?.[0].line ?? 1;
      const what = yamlProblem(err.code);
      // The parser stops after an unclosed quote, often lines later (PITFALLS, "Front matter").
      const opened = err.code === 'MISSING_CHAR' ? unclosedQuoteLine(text, stopped) : undefined;
      const bracket = opened ? undefined : unclosedBracketLine(text, stopped);
      if (bracket) reader.report('error', 'yaml-syntax', bracket, `YAML invalide : le crochet ouvert sur cette ligne n’est jamais fermé (lecture arrêtée ligne ${stopped}) ; fermez-le, par exemple aliases: [IA, intelligence artificielle]`);
      else if (opened) reader.report('error', 'yaml-syntax', opened, `YAML invalide (${what}) : le guillemet ouvert sur cette ligne n’est jamais fermé (lecture arrêtée ligne ${stopped}) ; fermez-le`);
      else reader.report('error', 'yaml-syntax', stopped, `YAML invalide (${what}), lecture arrêtée ici ; vérifiez les guillemets, les deux-points et l’indentation de cette ligne et des lignes au-dessus`);
    }
    return [];
  }
  let refused = false;
  visit(doc, {
    Node(_, node) {
      if (isAlias(node) || node.anchor) {
        refused = true;
        const what = isAlias(node) ? `l’alias *${node.source}` : `l’ancre &${node.anchor}`;
        reader.report('error', 'yaml-alias', reader.lineOf(node, 1), `YAML : ${what} refusé (les alias peuvent faire exploser la mémoire) ; écrivez les valeurs en entier`);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (refused) return [];
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    reader.report('warning', 'empty', 1, `le fichier n’a aucune entrée ; ajoutez une liste YAML, par exemple\n${example}`);
    return [];
  }
  if (!isSeq(root)) {
    reader.report('error', 'not-a-list', reader.lineOf(root, 1), `le fichier doit être une liste YAML d’entrées commençant par « - » ; par exemple\n${example}`);
    return [];
  }
  const entries: Entry[] = [];
  for (const item of root.items) {
    const line = reader.lineOf(item as Node, 1);
    if (isMap(item)) entries.push({ line, map: item });
    else reader.report('error', 'entry-not-a-map', line, `cette entrée n’est pas faite de lignes « clé: valeur » ; écrivez-la comme\n${example}`);
  }
  return entries;
}

/** The string value of `key`, or undefined when absent; reports a non-string value. */
function stringField(reader: Reader, entry: Entry, key: string): string | undefined | null {
  const node = entry.map.get(key, true);
  if (node === undefined) return undefined;
  if (isScalar(node) && typeof node.value === 'string') return node.value.trim();
  reader.report('error', 'bad-field', reader.lineOf(node, entry.line), `« ${key} » doit être du texte ; mettez-le entre guillemets s’il ressemble à un nombre ou une liste`);
  return null;
}

/** A true/false field (`remove`, `match_text`), `fallback` when absent; anything but a boolean is reported. */
function booleanField(reader: Reader, entry: Entry, key: string, fallback: boolean): boolean {
  const node = entry.map.get(key, true);
  if (node === undefined) return fallback;
  if (isScalar(node) && typeof node.value === 'boolean') return node.value;
  reader.report('error', 'bad-field', reader.lineOf(node, entry.line), `« ${key} » vaut true ou false ; par exemple ${key}: ${!fallback}`);
  return fallback;
}

/** `aliases` (or `categories`) as a list of strings; null (and a diagnostic) when it is anything else. */
function aliasesField(reader: Reader, entry: Entry, key: 'aliases' | 'categories' | 'yields_to' | 'implies' | 'weak_aliases' | 'title_aliases' | 'not_aliases' | 'cause_aliases' | 'cause_of' = 'aliases'): string[] | null {
  const node = entry.map.get(key, true);
  if (node === undefined || (isScalar(node) && node.value === null)) return [];
  const line = reader.lineOf(node, entry.line);
  if (!isSeq(node)) {
    reader.report('error', `bad-${key}`, line, `« ${key} » doit être une liste de textes ; par exemple ${key}: [IA, intelligence artificielle]`);
    return null;
  }
  const out: string[] = [];
  for (const item of node.items) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) {
      out.push(item.value.trim());
      if (!tokens(item.value).length) {
        reader.report('warning', 'alias-without-words', reader.lineOf(item, line), `l’alias « ${item.value} » n’a ni lettre ni chiffre et ne trouve jamais rien ; retirez-le`);
      }
    } else {
      reader.report('error', `bad-${key}`, reader.lineOf(item as Node, line), `chaque élément de « ${key} » doit être un texte non vide (« ${String(isScalar(item) ? item.value : '…')} ») ; mettez-le entre guillemets s’il ressemble à un nombre`);
      return null;
    }
  }
  return out;
}

function reportUnknownKeys(reader: Reader, entry: Entry, known: readonly string[]): void {
  for (const pair of entry.map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '?';
    if (!known.includes(key)) {
      reader.report('warning', 'unknown-field', reader.lineOf(pair.key as Node, entry.line), `champ « ${key} » inconnu, ignoré ; les champs lus sont ${known.join(', ')}`);
    }
  }
}

const TOPIC_EXAMPLE = '- slug: sante\n  label: Santé\n  description: Médecine, hôpital et santé publique.\n  aliases: [santé, médecin, hôpital]';
const TOPIC_KEYS = ['slug', 'label', 'description', 'aliases', 'weak_aliases', 'title_aliases', 'not_aliases', 'categories', 'match_text', 'needs_lede', 'lede_subject', 'lede_keeps', 'yields_to', 'implies', 'since', 'cause_aliases', 'cause_of', 'remove'] as const;

/**
 * Reads `sujets.yml`: a list of `{slug, label, description, aliases, categories?}`;
 * `{slug, remove: true}` entries go to `removed`. `categories` are front-matter categories,
 * rubrics and tags that mean the topic, never looked for in the text; with `match_text: false`
 * the topic comes from front matter only (a rubric such as « France »); with `needs_lede: true`
 * the body alone never gives it (the title or the lede must name it); with `lede_subject: true`
 * the lede naming it and the body again makes it a subject whatever the story's best topic; `yields_to` lists the
 * slugs of narrower topics that, found in an article, take its place (unless, with `lede_keeps:
 * true`, the lede names the topic and three different aliases tell it), `implies` the broader
 * topics an article under it is also under; `weak_aliases` are words
 * that signal the topic only beside stronger evidence, `title_aliases` names that signal it only
 * in the title, `not_aliases` phrases that hold one of its words and mean something else
 * (see topics.ts); `since` (`2019-12`, or a year) the month its story starts: an article dated
 * before it never gets the topic from its text (« des croisiéristes confinés » in 2017 is no
 * pandemic), only from its front matter; `cause_aliases` phrases naming the topic as what a
 * movement of the `cause_of` topics stands against (« contre la réforme des retraites »).
 * @example
 * parseTaxonomy('sujets.yml', '- slug: sante\n  label: Santé\n  description: Soins.\n  aliases: [hôpital]').topics
 * // [{ slug: 'sante', label: 'Santé', description: 'Soins.', aliases: ['hôpital'] }]
 */
export function parseTaxonomy(file: string, text: string): { topics: TopicDef[]; removed: string[]; diagnostics: Diagnostic[] } {
  const reader = new Reader(file, 'taxonomy');
  const topics: TopicDef[] = [];
  const removed: string[] = [];
  const seen = new Map<string, number>();
  for (const entry of readEntries(reader, text, TOPIC_EXAMPLE)) {
    reportUnknownKeys(reader, entry, TOPIC_KEYS);
    const slug = stringField(reader, entry, 'slug');
    if (booleanField(reader, entry, 'remove', false)) {
      if (slug && KEBAB.test(slug)) removed.push(slug);
      else reader.report('error', 'missing-slug', entry.line, 'une entrée « remove: true » doit donner le slug du sujet intégré à retirer ; par exemple slug: people');
      continue;
    }
    const label = stringField(reader, entry, 'label');
    const description = stringField(reader, entry, 'description');
    const aliases = aliasesField(reader, entry);
    const categories = aliasesField(reader, entry, 'categories');
    const matchText = booleanField(reader, entry, 'match_text', true);
    const needsLede = booleanField(reader, entry, 'needs_lede', false);
    const ledeSubject = booleanField(reader, entry, 'lede_subject', false);
    const ledeKeeps = booleanField(reader, entry, 'lede_keeps', false);
    const yieldsTo = aliasesField(reader, entry, 'yields_to');
    const weakAliases = aliasesField(reader, entry, 'weak_aliases');
    const titleAliases = aliasesField(reader, entry, 'title_aliases');
    const notAliases = aliasesField(reader, entry, 'not_aliases');
    const implies = aliasesField(reader, entry, 'implies');
    const causeAliases = aliasesField(reader, entry, 'cause_aliases');
    const causeOf = aliasesField(reader, entry, 'cause_of');
    if (causeAliases && causeOf && (causeAliases.length > 0) !== (causeOf.length > 0)) {
      reader.report('warning', 'incomplete-cause', entry.line, '« cause_aliases » et « cause_of » vont ensemble : donnez les deux (par exemple cause_aliases: [contre la réforme des retraites] et cause_of: [mouvements-sociaux]) ou aucun');
    }
    const sinceNode = entry.map.get('since', true);
    // `since: 2020` is a number to YAML: read as its text.
    const sinceText = isScalar(sinceNode) && typeof sinceNode.value === 'number' ? String(sinceNode.value) : stringField(reader, entry, 'since');
    const since = sinceText && /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/.test(sinceText) ? sinceText : undefined;
    if (sinceText && !since) reader.report('error', 'bad-field', entry.line, `« since » est un mois ou une année (« ${sinceText} ») ; écrivez par exemple since: 2019-12`);
    if (slug === undefined || slug === '') reader.report('error', 'missing-slug', entry.line, `sujet sans « slug » ; ajoutez-en un en minuscules ASCII avec tirets, par exemple slug: ${slugify(label ?? '') || 'sante'}`);
    else if (slug && !KEBAB.test(slug)) reader.report('error', 'bad-slug', entry.line, `slug « ${slug} » hors format (a-z, 0-9, tirets simples) ; écrivez slug: ${slugify(slug) || 'sante'}`);
    else if (slug && seen.has(slug)) reader.report('error', 'duplicate-slug', entry.line, `slug « ${slug} » déjà pris par le sujet de la ligne ${seen.get(slug)} ; fusionnez les deux entrées ou renommez-en une`);
    if (label === undefined || label === '') reader.report('error', 'missing-label', entry.line, 'sujet sans « label » ; ajoutez le nom que voient les lecteurs, par exemple label: Santé');
    if (description === undefined) reader.report('warning', 'missing-description', entry.line, 'sujet sans « description » ; ajoutez une ligne qui dit ce qu’il couvre');
    else if (description?.includes('\n')) reader.report('warning', 'long-description', entry.line, '« description » devrait tenir sur une ligne ; raccourcissez-la');
    if (!slug || !KEBAB.test(slug) || seen.has(slug) || !label || (sinceText && !since) || aliases === null || weakAliases === null || titleAliases === null || notAliases === null || implies === null || categories === null || yieldsTo === null || description === null || causeAliases === null || causeOf === null) continue;
    seen.set(slug, entry.line);
    topics.push({ slug, label, description: description ?? '', aliases, ...(weakAliases.length ? { weakAliases } : {}), ...(titleAliases.length ? { titleAliases } : {}), ...(notAliases.length ? { notAliases } : {}), ...(categories.length ? { categories } : {}), ...(matchText ? {} : { matchText }), ...(needsLede ? { needsLede } : {}), ...(ledeSubject ? { ledeSubject } : {}), ...(yieldsTo.length ? { yieldsTo } : {}), ...(ledeKeeps ? { ledeKeeps } : {}), ...(implies.length ? { implies } : {}), ...(since ? { since } : {}), ...(causeAliases.length && causeOf.length ? { causeAliases, causeOf } : {}) });
  }
  return { topics, removed, diagnostics: reader.diagnostics };
}

const ENTITY_EXAMPLE = '- kind: person\n  name: Mark Zuckerberg\n  aliases: [Zuckerberg]';
const ENTITY_KEYS = ['kind', 'name', 'aliases', 'remove'] as const;

/**
 * Reads `entites.yml`: a list of `{kind: person|organisation|place, name, aliases}`;
 * `{kind, name, remove: true}` entries go to `removed`.
 * @example
 * parseGazetteer('entites.yml', '- kind: place\n  name: Tokyo').entities
 * // [{ kind: 'place', name: 'Tokyo', aliases: [] }]
 */
export function parseGazetteer(file: string, text: string): { entities: EntityDef[]; removed: EntityDef[]; diagnostics: Diagnostic[] } {
  const reader = new Reader(file, 'gazetteer');
  const entities: EntityDef[] = [];
  const removed: EntityDef[] = [];
  const seen = new Map<string, number>();
  for (const entry of readEntries(reader, text, ENTITY_EXAMPLE)) {
    reportUnknownKeys(reader, entry, ENTITY_KEYS);
    const kind = stringField(reader, entry, 'kind');
    const name = stringField(reader, entry, 'name');
    const isKind = ENTITY_KINDS.includes(kind as EntityKind);
    if (booleanField(reader, entry, 'remove', false)) {
      if (isKind && name && slugify(name)) removed.push({ kind: kind as EntityKind, name, aliases: [] });
      else reader.report('error', 'bad-remove', entry.line, 'une entrée « remove: true » doit donner le kind et le name de l’entité intégrée à retirer ; par exemple kind: person, name: Mark Zuckerberg');
      continue;
    }
    const aliases = aliasesField(reader, entry);
    const key = `${kind}:${slugify(name ?? '')}`;
    if (!isKind) reader.report('error', 'bad-kind', entry.line, `kind ${kind ? `« ${kind} » ` : ''}doit être l’un de ${ENTITY_KINDS.join(', ')} ; par exemple kind: person`);
    if (!name) reader.report('error', 'missing-name', entry.line, 'entité sans « name » ; ajoutez son nom usuel, par exemple name: Mark Zuckerberg');
    else if (!slugify(name)) reader.report('error', 'bad-name', entry.line, `le nom « ${name} » donne un slug vide ; écrivez-le en lettres latines`);
    else if (isKind && seen.has(key)) reader.report('error', 'duplicate-name', entry.line, `${kind} « ${name} » déjà listé ligne ${seen.get(key)} ; fusionnez les deux entrées`);
    if (!isKind || !name || !slugify(name) || seen.has(key) || aliases === null) continue;
    seen.set(key, entry.line);
    entities.push({ kind: kind as EntityKind, name, aliases });
  }
  return { entities, removed, diagnostics: reader.diagnostics };
}
