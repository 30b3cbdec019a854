/**
 * Media Kiosque knows by default: French national and regional newspapers, magazines, TV
 * channels, radio stations, news agencies and news sites, and the foreign media French news
 * quotes most. Written from general knowledge of the French media landscape (the national
 * dailies, the regional dailies of the SPQR, the magazines of the news-stand, the channels of
 * the TNT numbering and of cable, the national and music radios measured by Médiamétrie, the
 * overseas stations of « la 1ère », the agencies), not from the articles of any sample.
 *
 * One line per medium, `Title|alias|alias`, as in organisations.ts: the title as the medium
 * writes it (article included when it has one), then other spellings. `mediaLines` adds the
 * spellings the press varies on, so they need not be written:
 * - a number written apart is also written joined (`NRJ 12` → `NRJ12`, `Europe 1` → `Europe1`);
 * - a title whose words are joined by a hyphen is also written with spaces (`Var-Matin` → `Var matin`);
 * - words of `TITLE_WORDS` after the first may be written in lowercase (`Var matin`, `Le Dauphiné libéré`).
 * A title whose word alone is a common noun keeps its article (organisations.ts, `KEEP_ARTICLE`); the
 * press contracts it with `de` and `à`, written here (`du Monde`, `des Échos`: never `le monde` in lowercase).
 * A title that is a common word or a given name alone (Elle, Public, Marianne, Challenges, Capital,
 * Vice) or another common name (La Marseillaise, the anthem; Point de vue, a heading; L'Alsace and
 * L'Ardennais, which read as the region and a demonym once the elided article is dropped) is left out:
 * a cue reads it (`le magazine Elle`, `le quotidien La Marseillaise`). Words like `Soir` or
 * `Dimanche` stay capitalised (`en France dimanche` is no title). To extend, add a line under its kind; a
 * folder's `entites.yml` still comes first.
 */
import { slugify } from '../text/fold.ts';

/** National daily and weekly newspapers, news magazines. */
const NATIONAL_PRESS = `
Le Monde|du Monde|au Monde
Le Figaro
Libération|Libé
Le Parisien|Parisien|Aujourd'hui en France
Le Parisien Magazine|Parisien Magazine
Les Échos|des Échos|aux Échos
L'Opinion
La Croix
L'Humanité|L'Huma
L'Équipe
La Tribune
20 Minutes|20Minutes
CNews Matin|Direct Matin|DirectMatin
Metronews
Le Journal du dimanche|JDD
Le Canard enchaîné|Canard enchaîné
Charlie Hebdo
Le Monde diplomatique
Courrier international
Valeurs actuelles
L'Express
Le Point
Revue des deux Mondes|Revue des deux mondes
L'Obs|Le Nouvel Observateur|Nouvel Obs
Paris Match
VSD
Le Figaro Magazine|Figaro Magazine
Madame Figaro
Les Inrockuptibles|Les Inrocks
Télérama
Causeur
Politis
Le 1 hebdo
Ici Paris
France Dimanche
`;

/** Regional daily and weekly newspapers, metropolitan and overseas. */
const REGIONAL_PRESS = `
Ouest-France|Ouest France
Sud Ouest
La Voix du Nord
Le Télégramme
La Dépêche du Midi|La Dépêche
Le Progrès
Le Dauphiné libéré|Le Dauphiné
La Montagne
La Nouvelle République|Nouvelle République
La Nouvelle République des Pyrénées
Midi Libre
L'Indépendant
Centre Presse
La Provence
Nice-Matin
Var-Matin
Corse-Matin
Monaco-Matin
L'Est républicain
Le Républicain lorrain
Vosges Matin
Les Dernières Nouvelles d'Alsace|DNA
Le Bien public
Le Journal de Saône-et-Loire
L'Union
L'Est éclair
Libération Champagne
Le Courrier picard|Courrier picard
Nord Éclair
Nord Littoral
L'Aisne nouvelle
Paris-Normandie
La Presse de la Manche
Le Maine libre
Le Courrier de l'Ouest
Presse Océan
Le Berry républicain
Le Journal du Centre
Le Populaire du Centre
La République du Centre
L'Écho républicain
L'Yonne républicaine
La Charente libre|Charente libre
La République des Pyrénées
L'Éclair des Pyrénées
La Voix de l'Ain
L'Éveil de la Haute-Loire|L'Éveil de la Loire
Le Journal de la Haute-Marne
Lyon Capitale
Marsactu
France-Antilles
Le Journal de l'île de La Réunion|JIR
Le Quotidien de La Réunion
Les Nouvelles calédoniennes
La Dépêche de Tahiti
`;

/** Magazines: people, television, women's, cars, sport, science, consumers. */
const MAGAZINES = `
Closer
Causette
Santé Magazine
Voici
Gala
Purepeople|Pure People
Public.fr
Télé-Loisirs|Télé Loisirs
Télé Star
Télé 7 jours
Télé 2 semaines
Télé Poche
Télé Z
TV Magazine|TV Mag
Télécâble Sat Hebdo
Femme actuelle
Marie Claire
Cosmopolitan
Grazia
Glamour
Vogue
GQ
Vanity Fair
Auto Plus
L'Automobile Magazine
L'Auto-Journal
Auto Moto
Sport Auto
France Football
Midi Olympique
So Foot
Onze Mondial
Science & Vie|Science et Vie
Sciences et Avenir
Ça m'intéresse
60 Millions de consommateurs
Que Choisir
Notre Temps
Pleine Vie
Têtu
`;

/** TV channels: the TNT numbering, the news channels, cable and the overseas network. */
const TELEVISION = `
TF1
France 2
France 3
France 3 ViaStella|ViaStella
Canal+|Canal Plus
Canal+ Afrique
Canal+ Sport
France 5
M6
Arte
C8|D8|Direct 8
W9
TMC
TFX|NT1
NRJ 12
LCP|La Chaîne parlementaire
Public Sénat
France 4
BFMTV|BFM TV|BFM
BFM Business
BFM Paris
BFM Lyon
CNews|iTélé|i-Télé|I-Télé|iTELE
CStar|D17
Gulli
France Ô|RFO
TF1 Séries Films|HD1
6ter
RMC Story|Numéro 23
RMC Découverte
Chérie 25
LCI|La Chaîne Info
France Télévisions|France TV|France.tv
France 24
Paris Première
Non Stop People
Téva
TV Breizh
Série Club
OCS
Game One
MCM
Mezzo
Ushuaïa TV
Disney Channel
Nickelodeon
Canal J
KTO
Eurosport
beIN Sports|beIN SPORTS
RMC Sport
L'Équipe 21
TV5 Monde|TV5Monde|TV5
Euronews
i24news|i24NEWS
Antenne Réunion
`;

/** Overseas stations of France Télévisions, written `Réunion La 1ère`, `Réunion la 1ère` or `Réunion 1ère`. */
const OVERSEAS = ['Réunion', 'Guadeloupe', 'Martinique', 'Guyane', 'Mayotte', 'Polynésie', 'Nouvelle-Calédonie', 'Wallis-et-Futuna', 'Saint-Pierre-et-Miquelon'];
const OVERSEAS_STATIONS = OVERSEAS.map((p) => `${p} La 1ère|${p} la 1ère|${p} 1ère`).join('\n');

/** Radio stations: public, general, news and music networks. */
const RADIO = `
Radio France
France Inter
franceinfo|Franceinfo|France Info|France info|francetvinfo|France TV Info
France Culture
France Musique
France Bleu|France bleu
FIP
Mouv'
RFI|Radio France internationale
RTL
RTL2
Fun Radio
Europe 1
RMC|Radio Monte-Carlo
Sud Radio
Radio Classique
NRJ
Nostalgie
Chérie FM
Rire et Chansons
Skyrock
Virgin Radio|Europe 2
RFM
Radio Nova
OÜI FM|Oui FM
Radio FG
Radio Notre-Dame
RCF
Radio Courtoisie
Jazz Radio
Beur FM
Radio Latina
Tendance Ouest
Hit West
Radio Scoop
Radio J
Radio Shalom
`;

/** News agencies, French and foreign, and photo agencies. */
const AGENCIES = `
Agence France-Presse|AFP|Agence France Presse
Reuters
Associated Press|AP
Bloomberg
Sipa Press|Sipa
ANSA
DPA
EFE
Europa Press
Belga
Xinhua|Chine nouvelle
Kyodo
Yonhap
Tass|TASS
RIA Novosti
Interfax
Anadolu
Algérie Presse Service|APS
Maghreb Arabe Presse
Tunis Afrique Presse
IRNA
KCNA
`;

/** News and entertainment sites and video media born online. */
const NEWS_SITES = `
Mediapart|Médiapart
Caradisiac
Le HuffPost|HuffPost|Huffington Post|Huff Post|Le Huff Post
Slate
Rue89
Atlantico
Konbini
Brut
Loopsider
Reporterre
Disclose
Arrêt sur images
StreetPress
Les Jours
PureMédias|Puremédias
Melty
Numerama
Les Numériques
Allociné
Mashable
BuzzFeed
Business Insider
TechCrunch
Politico
`;

/** Foreign newspapers, magazines, channels and radios French news quotes. */
const FOREIGN = `
Daily Mirror|The Daily Mirror|Mirror
Us Weekly
Page Six
National Enquirer
Entertainment Tonight
MSNBC
El Periódico
La Vanguardia
Motor Trend
Car and Driver
Autocar
Quattroruote
Auto Bild
Daily Star
The Independent
Evening Standard
Sydney Morning Herald
Variety
The Hollywood Reporter|Hollywood Reporter
TMZ
New York Post
Le Soir
La Dernière Heure
La Libre Belgique|La Libre
RTBF
RTL-TVI
RTL9
Washington Examiner
BBC
CNN
Fox News
The New York Times|New York Times
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal
The Guardian|Guardian
Financial Times
The Times
The Sun|Sun
Chicago Sun-Times|Chicago Sun Times
Daily Mail
The Telegraph|Daily Telegraph
Der Spiegel|Spiegel
Bild
El País
El Mundo
La Repubblica
Corriere della Sera
Al Jazeera
L'Orient-Le Jour
Le Temps
La Tribune de Genève|Tribune de Genève
Le Quotidien du Peuple
Blick
Le Devoir
Le Journal de Montréal
Times of India
ABC News
The Atlantic
Rolling Stone
La Stampa
Il Messaggero
La Gazzetta dello Sport
Süddeutsche Zeitung
Frankfurter Allgemeine Zeitung|FAZ
Die Welt
Die Zeit
Handelsblatt
The Sunday Times
The Observer
Daily Express
The Economist
Newsweek
USA Today
Los Angeles Times
Forbes
Wired
Haaretz
The Times of Israel|Times of Israel
Jeune Afrique
El Watan
Clarín
Asahi Shimbun
South China Morning Post
Global Times
Kommersant
Izvestia
Pravda
Novaïa Gazeta
MTV
HBO
CBS
NBC
CNBC
ESPN
Sky News
ITV
Channel 4
NHK
CCTV
ZDF
ARD
RTVE
RTS
Radio-Canada
Russia Today|RT France
Sputnik
Al Arabiya
NPR
`;

/** Common words of titles that the press also writes in lowercase after the first word: `Var matin`. */
const TITLE_WORDS = new Set(['Matin', 'Libéré', 'Libre', 'Républicain', 'Républicaine', 'Éclair', 'Hebdo']);

/** A capitalised word of two letters or more: a hyphen between such words may be a space (`Nice-Matin`, not `I-Télé` or `Saint-Pierre-et-Miquelon`). */
const HYPHENED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Articles that open a title. */
const ARTICLES = new Set(['Le', 'La', 'Les', "L'"]);

/** `NRJ 12` → `NRJ12`: a title word and the number after it, joined. */
const NUMBER_APART = /(\p{L}) (\d+)(?=$| )/gu;

/**
 * The spellings of one title, written first: joined numbers, spaces for hyphens between
 * capitalised words, lowercase title words after the first word.
 * @example spellings('Var-Matin') // ['Var-Matin', 'Var Matin', 'Var matin']
 * @example spellings('NRJ 12') // ['NRJ 12', 'NRJ12']
 */
export function spellings(title: string): string[] {
  const out = new Set([title]);
  if (NUMBER_APART.test(title)) out.add(title.replace(NUMBER_APART, '$1$2'));
  NUMBER_APART.lastIndex = 0;
  for (const s of [...out]) {
    const spaced = s.split(' ').map((w) => (w.split('-').every((part) => HYPHENED_WORD.test(part)) ? w.replaceAll('-', ' ') : w)).join(' ');
    if (spaced !== s) out.add(spaced);
  }
  for (const s of [...out]) {
    const ws = s.split(' ');
    // `La Libre` stays whole: lowercase after an article alone would read `La libre circulation`.
    const lowered = ws.map((w, i) => (i > 0 && TITLE_WORDS.has(w) && ws.slice(0, i).some((x) => !ARTICLES.has(x)) ? w.toLowerCase() : w)).join(' ');
    if (lowered !== s) out.add(lowered);
  }
  return [...out];
}

/**
 * Folded one-word French titles written without an article (`Libération`, `Gala`, `Brut`): after `la`,
 * `le` or `les` the word is the common noun or the event (`à la Libération`, `le gala de charité`, `le
 * brut`), never the title. Foreign titles are left out: French gives them one (`le Spiegel`, `la Pravda`).
 */
export function articlelessTitles(): Set<string> {
  return new Set(
    [NATIONAL_PRESS, REGIONAL_PRESS, MAGAZINES, TELEVISION, RADIO, NEWS_SITES]
      .flatMap((block) => block.trim().split('\n'))
      .map((line) => line.split('|')[0]!)
      .filter((title) => /^\p{Lu}\p{Ll}+$/u.test(title))
      .map((title) => title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()),
  );
}

/**
 * Every medium as a line `Title|alias|…` for organisations.ts, with the spellings of
 * `spellings` added after the written ones, in file order.
 */
export function mediaLines(): string[] {
  return linesOf([NATIONAL_PRESS, REGIONAL_PRESS, MAGAZINES, TELEVISION, OVERSEAS_STATIONS, RADIO, AGENCIES, NEWS_SITES, FOREIGN]);
}

/** The articles a medium's title may open with. */
const TITLE_ARTICLES = new Set(['le', 'la', 'les', 'l']);

let glued: Set<string> | undefined;

/**
 * Media titles that open with an article, written as one word with it, as scrapers glue their
 * source to the end of a file name (`…-lefigaro`, `…-lesechos`): a headline writes the article
 * apart (`…-le-figaro`), and a name written as one word (`franceinfo`) may be a word of the
 * headline (src/text/file-headline.ts).
 * @example gluedMediaNames().has('lefigaro') // true
 */
export function gluedMediaNames(): ReadonlySet<string> {
  glued ??= new Set(mediaLines().flatMap((line) => line.split('|')).map((name) => slugify(name).split('-')).filter((parts) => parts.length >= 2 && TITLE_ARTICLES.has(parts[0]!)).map((parts) => parts.join('')));
  return glued;
}

/** The lines of the channels and stations alone, French and overseas: the media whose shows bear their name (`le Grand Jury RTL`). */
export function broadcasterLines(): string[] {
  return linesOf([TELEVISION, OVERSEAS_STATIONS, RADIO]);
}

function linesOf(blocks: readonly string[]): string[] {
  return blocks
    .flatMap((block) => block.trim().split('\n'))
    .map((line) => {
      const written = line.split('|');
      const all = [...new Set(written.flatMap(spellings))];
      return all.join('|');
    });
}

/** A source as written, squashed as the entity matcher squashes a site's name (`bySquashedSlug`): its slug without hyphens, a web address's ending left out. */
const squashed = (name: string): string => slugify(name.trim().replace(/\.(?:fr|com|net|org|be|ch|info|tv)$/iu, '')).replaceAll('-', '');

let sourceTitles: Map<string, string> | undefined;

/**
 * The title of the medium a source names, however the file spells it (`LesEchos`, `Lopinion.fr`,
 * `l'Opinion`, `BFM TV`, `Le Huffpost`, `20minutes.fr`, `euronews`): one spelling per medium for
 * the article's byline and the search page's source filter. Another name of the medium (`AFP`,
 * `Huffington Post`, `iTélé`, a former name) and a source no medium of the list spells so are
 * kept as written; a title without its article is the medium's (`Huffpost`, `Parisien`).
 * @example sourceTitle('Lopinion.fr') // "L'Opinion"
 * @example sourceTitle('Orange avec AFP') // 'Orange avec AFP'
 * @example sourceTitle("Soure L'Opinion") // "L'Opinion"
 * @example sourceTitle('Huffpost') // 'Le HuffPost'
 */
export function sourceTitle(source: string): string {
  sourceTitles ??= titlesBySpelling();
  const named = source.replace(SOURCE_LABEL, '');
  return sourceTitles.get(squashed(named)) ?? named;
}

/** Each medium's title by its squashed spelling, and by its spelling without its article (`Huffpost` for `Le HuffPost`); the first medium listed wins. */
function titlesBySpelling(): Map<string, string> {
  const titles = mediaLines().map((line) => line.split('|')[0]!);
  const bare = titles.map((title) => [squashed(title.replace(TITLE_ARTICLE, '')), title] as const);
  return new Map([...bare.reverse(), ...titles.map((title) => [squashed(title), title] as const).reverse()]);
}

/** The article opening a medium's title: `Le HuffPost`, `L'Équipe`. */
const TITLE_ARTICLE = /^(?:l[ea]s?\s+|l['’])(?=\S)/iu;

/** A label written before the source in its field (`source: "Source : L'Opinion"`, or misspelt: `Soure L'Opinion`); not a name that starts so (`Sources chrétiennes`). */
const SOURCE_LABEL = /^\s*(?:(?:sources?|soure)\s*:\s*|soure\s+)(?=\S)/iu;
