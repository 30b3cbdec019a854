/**
 * Well-known organisations and media of French news, curated: one line per organisation,
 * `Canonical name|alias|alias`. An alias in capitals (`PS`) must be written in capitals in the
 * text; matching ignores accents and elisions (`d’EDF`). A content folder's `entites.yml`
 * comes first and overrides any entry here.
 */
import { slugify } from '../text/fold.ts';

const ORGANISATIONS = `
Agence France-Presse|AFP
Reuters
Associated Press
Bloomberg
Le Monde
Le Figaro
Libération
Le Parisien|Parisien|Aujourd'hui en France
Les Échos
L'Express
Le Point
L'Obs|Le Nouvel Observateur|Nouvel Obs
Le Journal du dimanche|JDD
Paris Match
Mediapart
Le Canard enchaîné|Canard enchaîné
Valeurs actuelles
La Croix
L'Humanité
L'Opinion
20 Minutes|20Minutes
Ouest-France|Ouest France
Sud Ouest
La Dépêche du Midi|La Dépêche
Le Progrès
La Voix du Nord
Nice-Matin
Corse-Matin
La Montagne
Le Courrier picard|Courrier picard
L'Union
Paris-Normandie
Presse Océan
La Nouvelle République|Nouvelle République
Le Maine libre
Ici Paris
France Dimanche
Daily Mirror|The Daily Mirror|Mirror
Daily Star
The Independent
Evening Standard
Sydney Morning Herald
Var-Matin
Le Dauphiné libéré|Le Dauphiné
Le Télégramme
La Provence
Midi Libre
Le Républicain lorrain
Les Dernières Nouvelles d'Alsace|DNA
L'Est républicain
L'Équipe
Closer
Voici
Gala
Télé-Loisirs|Télé Loisirs
Télé Star
TV Mag
Télérama
Les Inrockuptibles|Les Inrocks
Purepeople
Vanity Fair
Variety
The Hollywood Reporter|Hollywood Reporter
TMZ
BuzzFeed
Mashable
New York Post
Le Soir
RTBF
Télé 7 jours
Le HuffPost|HuffPost|Huffington Post
Konbini
Slate
BFMTV|BFM TV|BFM
BFM Business
CNews
LCI
TF1
France 2
France 3
France 5
France 24
France Télévisions
France Inter
Franceinfo|France Info|franceinfo
France Culture
France Bleu
Radio France
RTL
Europe 1
RMC
RFI
Arte
M6
W9
Canal+|Canal Plus
C8
TMC
LCP
Public Sénat
Sud Radio
BBC
CNN
Fox News
The New York Times|New York Times
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal
The Guardian|Guardian
Financial Times
The Times
The Sun
Daily Mail
The Telegraph|Daily Telegraph
Der Spiegel|Spiegel
Bild
El País
El Mundo
La Repubblica
Corriere della Sera
Politico
Al Jazeera
Orange
SFR
Bouygues Telecom
Bouygues
Free
Iliad
Facebook
Instagram
WhatsApp
Twitter
YouTube
TikTok
Snapchat
Google|Alphabet
Apple
Amazon
Microsoft
Netflix
Uber
Airbnb
Huawei
Samsung
Sony
Nintendo
Tesla
SpaceX
Boeing
Airbus
Air France|Air France-KLM
Ryanair
EasyJet
Lufthansa
SNCF
RATP
EDF
Engie
La Poste
Total|TotalEnergies
Thales
Dassault Aviation|Dassault
Safran
Alstom
Areva|Orano
LVMH
Kering
L'Oréal
Danone
Carrefour
Auchan
E.Leclerc|Leclerc
Lidl
Intermarché
Casino
Monoprix
Fnac
Darty
Sanofi
Pfizer
Moderna
AstraZeneca
BNP Paribas
Société générale
Crédit agricole
Crédit mutuel
Caisse d'épargne
Banque de France
Banque centrale européenne|BCE
Vinci
Veolia
Michelin
Accor
Pierre et Vacances|Pierre & Vacances
Center Parcs
McDonald's
Coca-Cola
Nestlé
Lactalis
Renault
Peugeot
Citroën
DS Automobiles
PSA|Groupe PSA
Stellantis
Dacia
Alpine
Bugatti
Toyota
Volkswagen|VW
BMW
Mercedes-Benz|Mercedes
Daimler
Audi
Porsche
Ford
Fiat
Alfa Romeo
Lancia
Maserati
Ferrari
Lamborghini
Nissan
Honda
Hyundai
Kia
Opel
Skoda
Seat
Cupra
Volvo
Jaguar
Land Rover
Range Rover
Aston Martin
McLaren
Lotus
Bentley
Rolls-Royce
Mini
Smart
Suzuki
Mazda
Mitsubishi
Subaru
Lexus
Infiniti
Chevrolet
Cadillac
Jeep
Dodge
Chrysler
General Motors|GM
Tata
Yamaha
Ducati
Harley-Davidson
Red Bull
Williams
Élysée|Palais de l'Élysée
Matignon
Bercy
Assemblée nationale
Sénat
Parlement
Journal officiel
Conseil constitutionnel
Conseil d'État
Cour de cassation
Cour des comptes
Conseil économique, social et environnemental|CESE
Conseil supérieur de l'audiovisuel|CSA
Commission nationale de l'informatique et des libertés|CNIL
Autorité de la concurrence
Défenseur des droits
Ordre des médecins
CSMF|Confédération des syndicats médicaux français
MG France
Insee
Météo-France|Météo France
Samu
Crous
Caisse d'allocations familiales|CAF
Urssaf
Assurance maladie
Sécurité sociale
Ademe
Anses
Arcep
Ifop
Odoxa
Elabe
Harris Interactive
OpinionWay
Ipsos
BVA
Kantar
Viavoice
Doctolib
Pôle emploi
Haute Autorité de santé|HAS
Agence nationale de sécurité du médicament|ANSM
Santé publique France
Inserm
CNRS
Institut Pasteur
Assistance publique-Hôpitaux de Paris|AP-HP
Gendarmerie nationale
Police nationale
Inspection générale de la police nationale|IGPN
Inspection générale de la gendarmerie nationale|IGGN
Direction générale des Finances publiques|DGFiP
Direction générale de la sécurité intérieure|DGSI
Direction générale de la sécurité extérieure|DGSE
Préfecture de police
Parquet national financier|PNF
Parquet national antiterroriste|PNAT
Quai d'Orsay
Union européenne|UE
Commission européenne
Parlement européen
Conseil européen
Organisation des Nations unies|ONU|Nations unies
Conseil de sécurité
Organisation du traité de l'Atlantique nord|OTAN
Organisation mondiale de la santé|OMS
Fonds monétaire international|FMI
Banque mondiale
Organisation de coopération et de développement économiques|OCDE
Organisation mondiale du commerce|OMC
Unesco
Unicef
Comité international olympique|CIO
FIFA
UEFA
Interpol
Europol
Frontex
Cour pénale internationale|CPI
Cour européenne des droits de l'homme|CEDH
Maison Blanche
Pentagone
Kremlin
Downing Street
FBI
CIA
NASA
Agence spatiale européenne|ESA
Congrès américain
Bundestag
La République en marche|LREM|LaREM|En marche
Les Républicains|LR
Parti socialiste|PS
Rassemblement national|RN
Front national|FN
La France insoumise|LFI|France insoumise
Europe Écologie-Les Verts|EELV|Les Verts
Parti communiste français|PCF|Parti communiste
Mouvement démocrate|MoDem
Union des démocrates et indépendants|UDI
Debout la France
Nouveau Parti anticapitaliste|NPA
Lutte ouvrière
Génération.s|Génération·s
Union pour un mouvement populaire|UMP
Les Patriotes
Parti radical
Parti démocrate
Parti républicain
Parti conservateur
Parti travailliste
CDU
AfD
CGT
CFDT
Force ouvrière|FO
Unsa
CFE-CGC
CFTC
Solidaires|Union syndicale Solidaires
SUD-Rail|SUD Rail
FSU
Medef
CPME
FNSEA
Amnesty International
Greenpeace
Médecins sans frontières|MSF
Médecins du monde
Croix-Rouge
Restos du cœur
Emmaüs
Fondation Abbé-Pierre|Fondation Abbé Pierre
SOS Racisme
Licra
Human Rights Watch
Fédération internationale pour les droits humains|Fédération internationale des ligues des droits de l'homme|FIDH
Femen
Attac
Oxfam
Reporters sans frontières|RSF
WWF
Oxfam
Attac
Extinction Rebellion
État islamique|EI|Daech|Daesh|Etat islamique
Al-Qaïda|Al-Qaida|Al Qaïda
Hamas
Hezbollah
Boko Haram
Taliban|Talibans
Sciences Po
École nationale d'administration|ENA
Polytechnique
HEC
Sorbonne
Paris Saint-Germain|PSG
Olympique de Marseille|OM
Olympique lyonnais|OL
AS Monaco
AS Saint-Étienne|ASSE
LOSC
Stade rennais
Girondins de Bordeaux
FC Nantes
Real Madrid
FC Barcelone|Barça
Juventus
Bayern Munich
Manchester United
Manchester City
Chelsea
Arsenal
Ligue de football professionnel|LFP
Fédération française de football|FFF
Fédération française de tennis|FFT
Vatican|Saint-Siège
Charlie Hebdo
`;

/** Organisations that articles cite as sources rather than write about: media, agencies, social networks, pollsters. */
const SOURCE_NAMES = new Set([
  ...ORGANISATIONS.slice(0, ORGANISATIONS.indexOf('\nOrange\n')).trim().split('\n').map((line) => line.split('|')[0]!),
  'Facebook', 'Instagram', 'WhatsApp', 'Twitter', 'YouTube', 'TikTok', 'Snapchat',
  'Ifop', 'Odoxa', 'Elabe', 'Harris Interactive', 'OpinionWay', 'Ipsos', 'BVA', 'Kantar', 'Viavoice',
]);

/**
 * Slugs of source organisations: naming one is no sign that two articles share a subject.
 * @example SOURCE_SLUGS.has('le-parisien') // true
 */
export const SOURCE_SLUGS: ReadonlySet<string> = new Set([...SOURCE_NAMES].map(slugify));

/**
 * Slugs of seats of power named for the people in them (`Matignon`, `l’Élysée`, `le Kremlin`):
 * like a place, naming one is a weak sign that two articles tell one story.
 * @example SEAT_SLUGS.has('matignon') // true
 */
export const SEAT_SLUGS: ReadonlySet<string> = new Set(
  ['Élysée', 'Matignon', 'Bercy', 'Assemblée nationale', 'Sénat', 'Parlement', 'Quai d\'Orsay', 'Parlement européen', 'Maison Blanche', 'Pentagone', 'Kremlin', 'Downing Street', 'Congrès américain'].map(slugify),
);

/** Leading articles the press often drops after a preposition: `au Parisien`, `le Dauphiné Libéré`. */
const ARTICLE = /^(?:(?:Les|Le|La) |L')(.+)$/u;
/** Names that stay whole: without their article they are common words in capitals (`Monde`, `Point`). */
const KEEP_ARTICLE = new Set(['Le Monde', 'Le Point', "L'Express", "L'Obs", "L'Opinion", "L'Union", 'La Croix', "L'Équipe", 'La Provence', 'La Montagne', 'Les Échos', 'Les Patriotes', 'Les Républicains', 'Les Verts']);

/** `[name, aliases]` pairs, in file order; names with an article also match without it (multi-word ones). */
export const ORGANISATION_ENTRIES: readonly (readonly [string, readonly string[]])[] = ORGANISATIONS.trim()
  .split('\n')
  .map((line) => {
    const [name, ...aliases] = line.split('|');
    const bare = ARTICLE.exec(name!)?.[1];
    const extra = bare && !KEEP_ARTICLE.has(name!) && (bare.includes(' ') || /^[A-ZÉ][\p{Ll}]+$/u.test(bare)) ? [bare] : [];
    return [name!, [...aliases, ...extra.filter((e) => !aliases.includes(e))]] as const;
  });
