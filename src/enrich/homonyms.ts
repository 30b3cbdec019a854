/**
 * Places that share a name: the gazetteer knows one `Vienne` (Austria's capital, a French
 * department and a town of Isère share it), and without this each would be listed on one page,
 * the Iran deal beside a deputy of the Vienne. An article names one of them, told by what it
 * says around the name (`de la Vienne`, `Vienne (Isère)`, `le port espagnol de Valence`); the
 * others keep the plain name. Pure.
 */

/** One of the places a name stands for, other than the one it names by default. */
interface Sense {
  /** The place's name on its page, its slug made from it. */
  name: string;
  slug: string;
  /** Whether it is in France (for the topic hints: src/enrich/topic-hints.ts). */
  home: boolean;
  /** What an article that names this place says (whole text, once the name is found in it). */
  cue: RegExp;
  /** What an article that names the default place says, which rules this one out. */
  unless?: RegExp;
}

/** A shared name: whether the place it names by default is in France, and its other senses, tried in order. */
interface Homonym {
  home: boolean;
  senses: readonly Sense[];
}

/** Cities abroad a foreign place is listed with: `Anvers en 2008, Londres ou Valence en 2013`. */
const CITIES_ABROAD = 'Londres|Madrid|Barcelone|Séville|Bilbao|Saint-Sébastien|Palma de Majorque|Palma|Malaga|Alicante|Saragosse|Valladolid|Cadix|Murcie|Lisbonne|Porto|Rome|Milan|Naples|Berlin|Munich|Amsterdam|Anvers|Bruxelles|Athènes|New York';

/** A name listed beside a city abroad, with a comma, `et` or `ou` between them (either way round). */
const ABROAD_BESIDE = (name: string): string =>
  `\\b(?:${CITIES_ABROAD})(?: en \\d{4})?(?:,| et| ou) ${name}\\b|\\b${name}(?: en \\d{4})?(?:,| et| ou) (?:${CITIES_ABROAD})\\b`;

/**
 * What an article that names a department says, for a department sharing its name with a river
 * or a sea (`Renaison (Loire)`, `Loire (42)`, `le préfet de la Loire`, `l’élue du Rhône`): the
 * `unless` of the other sense. `named` is the name with its article (`la Loire`, `le Rhône`).
 * @example departmentNamed('le Rhône', 69).test('le député du Rhône') // true
 */
function departmentNamed(named: string, number: number): RegExp {
  const [article, name] = named.split(' ') as [string, string];
  const of = article === 'le' ? 'du' : `de ${article}`;
  return new RegExp(`\\(${name}\\)|\\b${name} \\(${number}\\)|(?<!\\p{L})(?:département|préfet|préfète|préfecture|circonscription|député|députée|sénateur|sénatrice|gendarmerie|élu|élue) ${of} ${name}\\b(?!-)`, 'u');
}

/** By the slug of the shared name. */
const HOMONYMS: ReadonlyMap<string, Homonym> = new Map([
  [
    // Vienna, Austria's capital (`l’accord de Vienne`, `Vienne a annoncé`), by default.
    'vienne',
    {
      home: false,
      senses: [
        // `l’élu de la 2e circonscription de la Vienne`, `dans la Vienne`, `Vienne (86)`, `Poitiers (Vienne)`; the river too.
        // `Vienne : une brigade…` in a story of the gendarmerie of Poitou-Charentes: its towns and region tell it.
        // `Sacha Houlié, député de Vienne`: a deputy or a senator is the department's, with or without its article.
        { name: 'Vienne (département)', slug: 'vienne-departement', home: true, cue: /\b(?:la|[Dd]ans la|[Ee]n) Vienne\b|\bVienne \(86\)|\(Vienne\)|\b(?:Poitiers|Châtellerault|Poitou-Charentes|Poitou)\b|\b(?:député|députée|sénateur|sénatrice) de Vienne\b/u },
        // `Vienne (Isère)`, `le parquet de Vienne`: a French court sits in the town of Isère.
        { name: 'Vienne (Isère)', slug: 'vienne-isere', home: true, cue: /\bVienne \((?:Isère|38)\)|\b(?:parquet|tribunal|procureur|gendarmerie|commissariat|mairie|maire) de Vienne\b|\bIsère\b/u },
      ],
    },
  ],
  [
    // The town of the Drôme, by default.
    'valence',
    {
      home: true,
      senses: [{ name: 'Valence (Espagne)', slug: 'valence-espagne', home: false, cue: new RegExp(`\\bValence \\(Espagne\\)|\\bValence, en Espagne|\\b(?:espagnol|espagnole) de Valence\\b|\\bValence\\b[^.]{0,80}\\bEspagne\\b|\\bEspagne\\b[^.]{0,80}\\bValence\\b|\\b(?:FC Valence|Valence CF|Mestalla)\\b|\\bport de Valence\\b|${ABROAD_BESIDE('Valence')}`, 'u') }],
    },
  ],
  [
    // The department (42), by default: `Renaison (Loire)`, `le préfet de la Loire`, `dans la Loire`.
    'loire',
    {
      home: true,
      senses: [
        {
          // `jeté dans la Loire à Nantes`, `les bords de Loire`, `les quais de la Loire`, `le Val de Loire`, `le fleuve`.
          name: 'Loire (fleuve)',
          slug: 'loire-fleuve',
          home: true,
          cue: /\b[Ff]leuve\b|\b(?:sur|traverser|traversé|franchir|longer|longeant|descendre|monter) la Loire\b(?!-)|\b(?:jetée?s?|tombée?s?|plongée?s?|noyée?s?|repêchée?s?) dans la Loire\b(?!-)|\b(?:bords?|rives?|berges?|quais?|crues?|estuaire|embouchure|eaux|[Vv]al|châteaux) de (?:la )?Loire\b(?!-)|\bla Loire à (?:Nantes|Orléans|Tours|Blois|Saumur|Angers|Nevers)\b/u,
          unless: departmentNamed('la Loire', 42),
        },
      ],
    },
  ],
  [
    // The department (50), by default: `Cherbourg (Manche)`, `la députée de la Manche`.
    'manche',
    {
      home: true,
      senses: [
        {
          // `de l’autre côté de la Manche`, `des deux côtés de la Manche`, `traverser la Manche`, `un pont sur la Manche`, `un chalutier a coulé en Manche`: the sea between France and England.
          name: 'Manche (mer)',
          slug: 'manche-mer',
          home: false,
          cue: /\b(?:autre côté de|deux côtés de|part et d['’]autre de|traverser|traversé|traversée de|traversées de|franchir|sur|tunnel sous|sous) la Manche\b|\bla Manche à la nage\b|\b(?:côtes?|eaux|ports?) de la Manche\b|\boutre-Manche\b|\ben Manche\b/u,
          unless: departmentNamed('la Manche', 50),
        },
      ],
    },
  ],
  [
    // The country of the Caucasus, by default: `la Géorgie et la Russie`, `Tbilissi, en Géorgie`.
    'georgie',
    {
      home: false,
      senses: [
        {
          // `l’État américain de Géorgie`, `Atlanta, en Géorgie`, `en Géorgie, aux États-Unis`: the American state.
          name: 'Géorgie (États-Unis)',
          slug: 'georgie-etats-unis',
          home: false,
          // Accents dropped too (`Augusta, en Georgie`).
          cue: /(?<!\p{L})[ÉE]tat (?:américain )?de G[ée]orgie\b|\bG[ée]orgie \((?:[ÉE]tats-Unis|USA)\)|\b(?:Atlanta|Savannah|Augusta)\b|\bG[ée]orgie\b[^.]{0,60}(?<!\p{L})[ÉE]tats-Unis\b|(?<!\p{L})[ÉE]tats-Unis\b[^.]{0,60}\bG[ée]orgie\b|\bgouverneur de (?:la )?G[ée]orgie\b/u,
          unless: /\b(?:Tbilissi|Ossétie|Abkhazie|Caucase|géorgienne?s?)\b/u,
        },
      ],
    },
  ],
  [
    // The capital of the United States, by default: `Washington a annoncé`, `à Washington`.
    'washington',
    {
      home: false,
      senses: [
        {
          // `Burlington (État de Washington)`, `l’État de Washington`, `Seattle (Washington)`: the state of the Pacific coast.
          name: 'Washington (État)',
          slug: 'washington-etat',
          home: false,
          cue: /(?<!\p{L})[ÉE]tat (?:américain )?de Washington\b|\bWashington \([ÉE]tat\)|\b(?:Seattle|Spokane|Tacoma) \(Washington\)/u,
          unless: /\bMaison[- ]Blanche\b|\bCapitole\b|\bWashington,? D\.? ?C\b/u,
        },
      ],
    },
  ],
  [
    // The department (69), by default: `Lyon (Rhône)`, `le député du Rhône`.
    'rhone',
    {
      home: true,
      senses: [
        {
          // `la vallée du Rhône`, `les berges du Rhône`, `le fleuve`: the river and its valley; not `dans le Rhône`, the department (`Gleizé dans le Rhône`).
          name: 'Rhône (fleuve)',
          slug: 'rhone-fleuve',
          home: true,
          cue: /\b[Ff]leuve\b|\b(?:[Vv]allée|berges?|bords?|rives?|quais?|delta|crues?|embouchure|eaux) du Rhône\b(?!-)|\b(?:sur|traverser|franchir|longer) le Rhône\b(?!-)(?! \()/u,
          unless: departmentNamed('le Rhône', 69),
        },
      ],
    },
  ],
]);

/** Name of each place of a shared name, default or not → whether it is in France. */
const HOME_BY_NAME: ReadonlyMap<string, boolean> = new Map(
  [...HOMONYMS].flatMap(([slug, h]) => [[slug, h.home] as const, ...h.senses.map((s) => [s.slug, s.home] as const)]),
);

/**
 * Whether the place of a shared name is in France, by its slug; undefined for another place.
 * @example homonymHome('vienne') // false (Vienna)
 * @example homonymHome('vienne-departement') // true
 */
export function homonymHome(slug: string): boolean | undefined {
  return HOME_BY_NAME.get(slug);
}

/**
 * Whether several places share the name of this slug (`vienne`): only then does `placeSense` read the article.
 * @example isHomonym('vienne') // true
 */
export function isHomonym(slug: string): boolean {
  return HOMONYMS.has(slug);
}

/**
 * The place an article names by a shared name, when it is not the default one: its name and
 * slug. Undefined for the default place, or for a name no other place shares.
 * @example placeSense('vienne', 'L’élu de la Vienne a porté plainte.') // { name: 'Vienne (département)', slug: 'vienne-departement' }
 * @example placeSense('vienne', 'L’Iran doit respecter l’accord de Vienne.') // undefined
 * @example placeSense('valence', 'Le navire est arrivé dans le port espagnol de Valence.') // { name: 'Valence (Espagne)', slug: 'valence-espagne' }
 * @example placeSense('valence', 'Un cachalot échoué à Londres ou Valence en 2013.') // { name: 'Valence (Espagne)', slug: 'valence-espagne' }
 * @example placeSense('loire', 'Il a été jeté dans la Loire à Nantes.') // { name: 'Loire (fleuve)', slug: 'loire-fleuve' }
 */
export function placeSense(slug: string, text: string): { name: string; slug: string } | undefined {
  const sense = HOMONYMS.get(slug)?.senses.find((s) => s.cue.test(text) && !s.unless?.test(text));
  return sense && { name: sense.name, slug: sense.slug };
}
