/**
 * A synthetic French news corpus for the benchmark when no real corpus is at hand: deterministic
 * from a seed, mixed raw-text (.txt) and Markdown (.md) files in the two Kiosque formats
 * (DESIGN.md, "Content conventions"), dated over 2001–2024 at day, month and year precision.
 * Pure: returns file names and texts; the caller writes them.
 */

/** One generated input file. */
export interface SyntheticFile {
  /** File name, e.g. `000042-reforme-des-retraites.md`. */
  name: string;
  text: string;
}

/**
 * A small, fast, seeded pseudo-random generator (mulberry32): the same seed gives the same
 * sequence on every machine.
 * @example const r = seededRandom(1); r() === seededRandom(1)() // true
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Le gouvernement', 'La Première ministre', 'Le président de la République', 'Les syndicats', 'La maire de Lyon',
  'Le ministre de l’Économie', 'Les agriculteurs', 'La Commission européenne', 'Le Conseil constitutionnel',
  'Les enseignants', 'La SNCF', 'Les associations de consommateurs', 'Le préfet de police', 'Les députés',
  'L’Organisation mondiale de la santé', 'La Banque de France', 'Les pompiers', 'Le tribunal de Marseille',
  'Les chercheurs du CNRS', 'Le club parisien', 'Les habitants du quartier', 'Météo-France', 'L’Insee',
  'Le patron de Renault', 'La ministre de la Santé', 'Les sénateurs', 'La région Bretagne', 'Les médecins généralistes',
];
const VERBS = [
  'a annoncé', 'prévoit', 'dénonce', 'a présenté', 'réclame', 'a confirmé', 's’inquiète de', 'a rejeté',
  'envisage', 'a salué', 'critique', 'a reporté', 'défend', 'a dévoilé', 'conteste', 'a validé', 'examine',
];
const OBJECTS = [
  'une hausse des prix de l’énergie', 'la réforme des retraites', 'un plan d’investissement de deux milliards d’euros',
  'la fermeture de plusieurs classes', 'un nouveau projet de loi sur l’immigration', 'la baisse du pouvoir d’achat',
  'la construction d’une ligne à grande vitesse', 'un accord sur les salaires', 'la vaccination des plus fragiles',
  'une enquête sur la qualité de l’eau', 'l’ouverture d’un centre de recherche', 'la suppression de mille emplois',
  'un budget en forte hausse', 'le calendrier des élections municipales', 'la pénurie de médecins en zone rurale',
  'un programme de rénovation énergétique', 'la sécurité des transports en commun', 'le prix du carburant',
  'l’arrivée de l’intelligence artificielle dans les écoles', 'un hiver particulièrement doux',
];
const COMPLEMENTS = [
  'lundi', 'mardi soir', 'ce mercredi', 'jeudi matin', 'vendredi', 'ce week-end', 'à Paris', 'à Bordeaux',
  'devant la presse', 'dans un communiqué', 'selon l’AFP', 'lors d’une conférence de presse', 'à l’Assemblée nationale',
  'au terme de longues négociations', 'malgré l’opposition', 'après plusieurs semaines de débat', 'à la surprise générale',
];
const FOLLOW_UPS = [
  'Cette décision intervient dans un contexte tendu.', 'Les réactions ne se sont pas fait attendre.',
  'Plusieurs élus ont demandé des précisions sur le financement.', 'Le dossier sera de nouveau examiné le mois prochain.',
  'Selon les premières estimations, plusieurs milliers de personnes sont concernées.',
  '« Nous irons jusqu’au bout », a assuré un responsable, sous couvert d’anonymat.',
  'L’opposition parle d’un « rendez-vous manqué ».', 'Les détails doivent être publiés au Journal officiel.',
  'Une manifestation est prévue samedi dans plusieurs grandes villes.', 'Les experts restent partagés sur les effets attendus.',
  'Le coût total de l’opération n’a pas été communiqué.', 'Une consultation publique sera ouverte d’ici la fin de l’année.',
];
const HEADINGS = ['Un calendrier serré', 'Des réactions contrastées', 'Ce qui change', 'Les chiffres clés', 'Et maintenant ?', 'Un précédent'];
const SOURCES = ['AFP', 'Reuters', 'Le Monde', 'Ouest-France', 'franceinfo', 'Libération', 'Les Échos', 'La Croix'];
const TOPICS = ['politique', 'économie', 'santé', 'éducation', 'environnement', 'transports', 'justice', 'sport'];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function sentence(rand: () => number): string {
  return `${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)} ${pick(rand, COMPLEMENTS)}.`;
}

function paragraph(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 3);
  return Array.from({ length: n }, (_, i) => (i > 0 && rand() < 0.4 ? pick(rand, FOLLOW_UPS) : sentence(rand))).join(' ');
}

function slugOf(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50);
}

/** A date at a realistic mix of precisions: mostly days, some months, a few years. */
function date(rand: () => number): string {
  const year = 2001 + Math.floor(rand() * 24);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const p = rand();
  if (p < 0.04) return String(year);
  if (p < 0.12) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** One article in ALIAS_EVERY has a former address (when it is Markdown). */
const ALIAS_EVERY = 40;

/**
 * Article number `index` of the corpus generated from `seed`; the same pair always gives the
 * same file. About half are Markdown with front matter, half raw text dumps.
 * @example syntheticArticle(7, 0).name // e.g. '000000-le-gouvernement-a-annonce-….txt'
 */
export function syntheticArticle(seed: number, index: number): SyntheticFile {
  const rand = seededRandom((seed * 1_000_003 + index) >>> 0);
  const titleSubject = pick(rand, SUBJECTS);
  const title = `${titleSubject} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)}`;
  const when = date(rand);
  const lede = sentence(rand);
  const blocks: string[] = [];
  const count = 3 + Math.floor(rand() * 6);
  for (let i = 0; i < count; i++) {
    if (i > 0 && rand() < 0.15) blocks.push(`\u0000${pick(rand, HEADINGS)}`);
    blocks.push(paragraph(rand));
  }
  const source = rand() < 0.7 ? pick(rand, SOURCES) : undefined;
  const base = `${pad(index, 6)}-${slugOf(title)}`;
  if (rand() < 0.5) {
    const topics = rand() < 0.5 ? `topics: [${pick(rand, TOPICS)}]\n` : '';
    // Now and then an address of the site the archive moved from (Hugo's `aliases`): a redirect page.
    const aliases = index % ALIAS_EVERY === 1 ? `aliases: [/archives/${base}/]\n` : '';
    const front = `---\ntitle: "${title}"\ndate: ${when}\n${source ? `source: "${source}"\n` : ''}${topics}${aliases}---\n\n`;
    const body = [lede, ...blocks.map((b) => (b.startsWith('\u0000') ? `## ${b.slice(1)}` : b))].join('\n\n');
    return { name: `${base}.md`, text: `${front}${body}\n` };
  }
  const titleLine = rand() < 0.6 ? `${title}\n` : '';
  const body = blocks.map((b) => (b.startsWith('\u0000') ? b.slice(1) : b)).join('\n\n');
  return { name: `${base}.txt`, text: `${titleLine} date ${when} ${lede}\n\n${body}\n${source ? `\nSource : ${source}\n` : ''}` };
}
