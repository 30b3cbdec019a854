/**
 * Kiosque's built-in knowledge (src/enrich/knowledge/sujets.yml and entites.yml) merged with a
 * content folder's own files of the same names. Pure: texts in, config out; the caller reads
 * the files (src/build/index.ts).
 *
 * The rule, for topics (by slug) and entities (by kind and name, folded like a slug):
 * - an entry with a new slug (name) is added;
 * - an entry with the slug (name) of a built-in entry replaces it entirely;
 * - `remove: true` drops the built-in entry of that slug (name).
 */
import type { Diagnostic, EntityDef, KnowledgeSource, TopicDef } from '../model.ts';
import { slugify } from '../text/fold.ts';
import { parseGazetteer, parseTaxonomy } from './taxonomy.ts';

export const TAXONOMY_FILE = 'sujets.yml';
export const GAZETTEER_FILE = 'entites.yml';
/** The files of a content folder that are configuration, not articles. */
export const CONFIG_FILES = [TAXONOMY_FILE, GAZETTEER_FILE];
/** Where the built-in files live, relative to the project root. */
export const BUILT_IN_DIR = 'src/enrich/knowledge';

export interface EnrichConfig {
  topics: TopicDef[];
  entities: EntityDef[];
  diagnostics: Diagnostic[];
  /** Which files were used, built-in first. */
  knowledge: KnowledgeSource[];
}

/** File name → text, for `sujets.yml` and `entites.yml`; a missing key is a missing file. */
export type KnowledgeTexts = Partial<Record<string, string>>;

interface Merged<T> {
  list: T[];
  replaced: number;
  removed: number;
}

/**
 * Built-in entries, then the content folder's: same key replaces in place, new keys are added,
 * removals drop; a removal that names nothing is reported.
 */
function merge<T>(builtIn: T[], own: T[], removals: T[], keyOf: (t: T) => string, unknownRemoval: (t: T) => Diagnostic): Merged<T> & { diagnostics: Diagnostic[] } {
  const list = [...builtIn];
  const index = new Map(list.map((t, i) => [keyOf(t), i]));
  let replaced = 0;
  for (const t of own) {
    const at = index.get(keyOf(t));
    if (at === undefined) {
      index.set(keyOf(t), list.length);
      list.push(t);
    } else {
      list[at] = t;
      replaced++;
    }
  }
  const drop = new Set(removals.map(keyOf));
  const diagnostics = removals.filter((t) => !builtIn.some((b) => keyOf(b) === keyOf(t))).map(unknownRemoval);
  const kept = list.filter((t) => !drop.has(keyOf(t)));
  return { list: kept, replaced, removed: list.length - kept.length, diagnostics };
}

const entityKey = (e: EntityDef): string => `${e.kind}:${slugify(e.name)}`;

/**
 * The taxonomy and gazetteer of a build: Kiosque's built-in files extended by the content
 * folder's own (see the rule in the file header), with every diagnostic and the list of files used.
 * @example
 * loadKnowledge({ 'sujets.yml': builtInText }, {}).knowledge
 * // [{ file: 'src/enrich/knowledge/sujets.yml', origin: 'built-in', entries: 42 }]
 */
export function loadKnowledge(builtIn: KnowledgeTexts, content: KnowledgeTexts): EnrichConfig {
  const knowledge: KnowledgeSource[] = [];
  const diagnostics: Diagnostic[] = [];
  const builtInPath = (name: string) => `${BUILT_IN_DIR}/${name}`;

  const baseTopics = builtIn[TAXONOMY_FILE] === undefined ? undefined : parseTaxonomy(builtInPath(TAXONOMY_FILE), builtIn[TAXONOMY_FILE]);
  const ownTopics = content[TAXONOMY_FILE] === undefined ? undefined : parseTaxonomy(TAXONOMY_FILE, content[TAXONOMY_FILE]);
  const topics = merge(baseTopics?.topics ?? [], ownTopics?.topics ?? [], (ownTopics?.removed ?? []).map((slug) => ({ slug, label: '', description: '', aliases: [] })), (t) => t.slug, (t) => ({
    id: 'taxonomy-remove-unknown', level: 'warning', file: TAXONOMY_FILE,
    message: `« remove: true » pour le sujet « ${t.slug} », qui n’est pas un sujet intégré à Kiosque : rien n’a été retiré ; vérifiez le slug`,
  }));

  const baseEntities = builtIn[GAZETTEER_FILE] === undefined ? undefined : parseGazetteer(builtInPath(GAZETTEER_FILE), builtIn[GAZETTEER_FILE]);
  const ownEntities = content[GAZETTEER_FILE] === undefined ? undefined : parseGazetteer(GAZETTEER_FILE, content[GAZETTEER_FILE]);
  const entities = merge(baseEntities?.entities ?? [], ownEntities?.entities ?? [], ownEntities?.removed ?? [], entityKey, (e) => ({
    id: 'gazetteer-remove-unknown', level: 'warning', file: GAZETTEER_FILE,
    message: `« remove: true » pour « ${e.name} » (${e.kind}), qui n’est pas une entité intégrée à Kiosque : rien n’a été retiré ; vérifiez le nom et le type`,
  }));

  if (baseTopics) knowledge.push({ file: builtInPath(TAXONOMY_FILE), origin: 'built-in', entries: baseTopics.topics.length });
  if (baseEntities) knowledge.push({ file: builtInPath(GAZETTEER_FILE), origin: 'built-in', entries: baseEntities.entities.length });
  if (ownTopics) knowledge.push({ file: TAXONOMY_FILE, origin: 'content', entries: ownTopics.topics.length + ownTopics.removed.length, replaced: topics.replaced, removed: topics.removed });
  if (ownEntities) knowledge.push({ file: GAZETTEER_FILE, origin: 'content', entries: ownEntities.entities.length + ownEntities.removed.length, replaced: entities.replaced, removed: entities.removed });
  for (const parsed of [baseTopics, baseEntities, ownTopics, ownEntities]) if (parsed) diagnostics.push(...parsed.diagnostics);
  diagnostics.push(...topics.diagnostics, ...entities.diagnostics);
  return { topics: topics.list, entities: entities.list, diagnostics, knowledge };
}
