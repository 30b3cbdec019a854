/**
 * Well-known organisations of French news, curated, after the media of media.ts: one line per
 * organisation, `Canonical name|alias|alias`. An alias in capitals (`PS`) must be written in capitals in the
 * text; matching ignores accents and elisions (`d’EDF`). A content folder's `entites.yml`
 * comes first and overrides any entry here.
 */
import { slugify } from '../text/fold.ts';
import { mediaLines } from './media.ts';

const ORGANISATIONS = `
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
Philip Morris|Philip Morris International
Lubrizol
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
DS Automobiles|DS
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
Hyundai|Hyundai Motor Company|Hyundai Motor
Kia
Opel
Skoda
Seat
Cupra
Volvo
Jaguar
Land Rover
Range Rover
Aston Martin|Aston Martin Lagonda
McLaren|McLaren Automotive
Lotus
Bentley|Bentley Motors
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
Beauvau|Place Beauvau
Assemblée nationale|Assemblée|Palais Bourbon
Sénat|palais du Luxembourg
Parlement
Journal officiel
Conseil constitutionnel
Conseil d'État
Cour de cassation
Cour des comptes
Conseil économique, social et environnemental|CESE
Conseil supérieur de l'audiovisuel|CSA
Commission nationale de l'informatique et des libertés|CNIL|Cnil
Autorité de la concurrence
Défenseur des droits
Ordre des médecins
CSMF|Confédération des syndicats médicaux français
MG France
Insee|Institut national de la statistique et des études économiques|Institut national de la statistique
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
YouGov
Pew Research Center|Pew
Institut Montaigne
Doctolib
Pôle emploi
Haute Autorité de santé|HAS
Agence nationale de sécurité du médicament|ANSM|Agence du médicament|Agence nationale du médicament
Santé publique France
Inserm|Institut national de la santé et de la recherche médicale
CNRS
Institut Pasteur
Institut du monde arabe|IMA
Assistance publique-Hôpitaux de Paris|AP-HP
Gendarmerie nationale
Police nationale
Inspection générale de la police nationale|IGPN
Inspection générale de la gendarmerie nationale|IGGN
Direction générale des Finances publiques|DGFiP
Direction générale de la sécurité intérieure|DGSI
Direction générale de la sécurité extérieure|DGSE
Préfecture de police|Préfecture de police de Paris
Parquet national financier|PNF
Parquet national antiterroriste|PNAT
Quai d'Orsay
Union européenne|UE
Commission européenne
Parlement européen
Parlement britannique|Parlement de Westminster
Parlement allemand
Parlement italien
Parlement espagnol
Parlement grec
Parlement turc
Parlement israélien
Parlement iranien
Parlement irakien
Parlement libanais
Parlement russe
Parlement ukrainien
Parlement catalan
Parlement écossais
Parlement wallon
Parlement vénézuélien
Parti populaire européen|PPE
Conseil européen
Organisation des Nations unies|ONU|Nations unies
Conseil de sécurité
Office central de lutte contre la corruption et les infractions financières et fiscales|OCLCIFF|Office central de lutte contre la corruption et les infractions financières
Office central de lutte contre le trafic de biens culturels|OCBC
Office central de lutte contre le crime organisé|OCLCO
Office central de lutte contre la délinquance itinérante|OCLDI
Office central de lutte contre l'immigration irrégulière et l'emploi d'étrangers sans titre|OCRIEST
Office central pour la répression des violences aux personnes|OCRVP|Office central de répression des violences aux personnes|Office central de répression des violences faites aux personnes
Office central de lutte contre les atteintes à l'environnement et à la santé publique|OCLAESP
Office central pour la répression du trafic illicite des stupéfiants|OCRTIS
Office central pour la répression de la grande délinquance financière|OCRGDF
Office central de lutte contre la criminalité liée aux technologies de l'information et de la communication|OCLCTIC
Assemblée générale des Nations unies|Assemblée générale de l'ONU|Assemblée générale de l'Onu
Organisation du traité de l'Atlantique nord|OTAN
Organisation mondiale de la santé|OMS
Fonds monétaire international|FMI
Banque mondiale
Forum économique mondial|Forum économique mondial de Davos|Forum de Davos|World Economic Forum
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
Congrès américain|Congrès
Congrès du Parlement|Congrès de Versailles
Bundestag
La République en marche|LREM|LaREM|En marche|REM
Les Républicains|LR
Parti socialiste|PS
Rassemblement national|RN
Front national|FN
Rassemblement bleu Marine|RBM
La France insoumise|LFI|France insoumise
Europe Écologie-Les Verts|EELV|Les Verts
Parti communiste français|PCF|Parti communiste
Mouvement démocrate|MoDem
Union des démocrates et indépendants|UDI
Debout la France|DLF
Nouveau Parti anticapitaliste|NPA
Lutte ouvrière
Nouvelle Gauche
Génération.s|Génération·s|Générations
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
Attac|Attac France
Oxfam
Reporters sans frontières|RSF
WWF
Extinction Rebellion
Les Amis de la Terre
CLCV
Familles rurales
Apprentis d'Auteuil
Fédération française des banques alimentaires|Banques alimentaires
Habitat et humanisme
CRAN|Conseil représentatif des associations noires
Osez le féminisme
Nous toutes|NousToutes
La Manif pour tous|Manif pour tous
Sens commun
Génération identitaire
Action française
Alternatiba
Youth for Climate
Les Jeunes Républicains
Mouvement des jeunes socialistes|MJS|Jeunes socialistes
Jeunes avec Macron
UNL
FIDL
Mouvement jeunes communistes de France|MJCF|Jeunes communistes
Jeunesse communiste|Jeunesses communistes
Le Planning familial|Planning familial
Utopia 56
Secours islamique France|Secours islamique
Foodwatch|Foodwatch France
Générations futures
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
LOSC|Lille OSC
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
Saint-Siège
Charlie Hebdo
General Electric
Direct Energie
Zodiac Aerospace
Alliance Police nationale|Alliance police nationale|Alliance police|Alliance
Unité SGP Police|Unité SGP Police FO
Synergie-Officiers
Bison Futé
Air Liquide
ArcelorMittal
Atos
AXA|Axa
Capgemini
Dassault Systèmes
EssilorLuxottica|Essilor
Eurofins
Hermès
Pernod Ricard
Publicis
Saint-Gobain
Schneider Electric
Sodexo
STMicroelectronics
Teleperformance
Unibail-Rodamco-Westfield|Unibail-Rodamco
Vivendi
Worldline
Edenred
Eiffage
Bureau Veritas
Ipsen
bioMérieux
Rexel
Valeo
Faurecia
Plastic Omnium
Arkema
Eramet
Nexans
Groupe SEB
Ubisoft
Elior
Korian
Orpea
JCDecaux
Lagardère
Sopra Steria
Vallourec
Technip|TechnipFMC
Getlink|Eurotunnel
Amundi
Natixis
CNP Assurances
Klépierre
Nexity
Altice
Europcar
Derichebourg
Bénéteau|Beneteau
Rémy Cointreau
Euronext
Autogrill
Système U
Aldi
Franprix
Decathlon
Ikea
Conforama
Castorama
Leroy Merlin
Kiabi
Primark
Sephora
Chanel
Dior
Louis Vuitton
Gucci
Prada
Cartier
Balenciaga
Givenchy
Heineken
Kronenbourg
Bonduelle
Fleury Michon
Ferrero
Unilever
Procter & Gamble
L'Occitane
Club Med
Disneyland Paris
Parc Astérix
Transavia
Corsair
Air Austral
Air Caraïbes
XL Airways
Aigle Azur
British Airways
KLM
Qatar Airways
Turkish Airlines
Vueling
Alitalia
American Airlines
United Airlines
Egyptair|EgyptAir
Emirates
Etihad Airways|Etihad
Aeroflot
Iberia
Air Algérie
Royal Air Maroc
Tunisair
Air Canada
Delta Air Lines
Cathay Pacific
Singapore Airlines
Brussels Airlines
Groupe ADP|Aéroports de Paris|ADP
Embraer
Bombardier
Naval Group|DCNS
Nexter
MBDA
Arianespace
Eurostar
Thalys
Flixbus|FlixBus
BlaBlaCar|Blablacar
Vinci Autoroutes
Sanef
Esso
Shell
ExxonMobil|Exxon
Gazprom
Rosneft
Saudi Aramco|Aramco
Lafarge|LafargeHolcim
Foncia
Johnson & Johnson
Novartis
Bayer
Servier
Boiron
GlaxoSmithKline|GSK
Merck
Gilead
BioNTech
Valneva
Intel
Nvidia
IBM
Oracle
Cisco
Qualcomm
Spotify
Deezer
LinkedIn
Twitch
Reddit
Pinterest
Wikipédia|Wikipedia
Yahoo
PayPal
eBay
Alibaba
Tencent
Baidu
Xiaomi
ByteDance
Skype
Dailymotion
Leboncoin|Le Bon Coin
Cdiscount
Veepee|Vente-privée
Deliveroo
Meetic
Tinder
HSBC
LCL|Crédit lyonnais
La Banque postale|Banque postale
Banque populaire
BPCE
Allianz
Generali
Groupama
MAIF
Macif
MAAF
Matmut
GMF
MGEN
Mutualité française
Cetelem
Universal Music|Universal Music Group
Sony Music
Warner Music France
Warner Music Group|Warner Music
Warner Bros|Warner Bros.
Walt Disney Company|Disney
Paramount
Universal Pictures
Twentieth Century Fox|20th Century Fox
Gaumont
Pathé
UGC
EuropaCorp
Studiocanal|StudioCanal
Banijay
Endemol|Endemol Shine
Fremantle
Hachette
Gallimard
Flammarion
Grasset
Albin Michel
Fayard
Robert Laffont
Actes Sud
Editis
Prisma Media
Mondadori
NextRadioTV
Academy of Motion Picture Arts and Sciences|Académie des Oscars
Enedis
Réseau de transport d'électricité|RTE
GRDF|GrDF
Framatome
Commissariat à l'énergie atomique|CEA
Autorité de sûreté nucléaire|ASN
IRSN|Institut de radioprotection et de sûreté nucléaire
Bpifrance|BPI France|Banque publique d'investissement
Caisse des dépôts et consignations|Caisse des dépôts
FDJ|Française des jeux
PMU
Keolis
Transdev
Île-de-France Mobilités|IDFM
Voies navigables de France|VNF
Office national des forêts|ONF
Institut national de l'information géographique et forestière|IGN
Centre national d'études spatiales|CNES|Cnes
Ifremer
Institut de recherche pour le développement|IRD
Cirad
Inrap
Ineris
EFS|Établissement français du sang
Agence de la biomédecine
Haut Conseil de la santé publique|HCSP
HATVP|Haute Autorité pour la transparence de la vie publique
Conseil supérieur de la magistrature|CSM
Cour de justice de la République|CJR
Caisse nationale d'assurance maladie|CNAM|Cnam
Unédic|Unedic
Agirc-Arrco
France Travail
Ofpra|Office français de protection des réfugiés et apatrides
OFII|Office français de l'immigration et de l'intégration
Arcom
Hadopi
CRE|Commission de régulation de l'énergie
Autorité des marchés financiers|AMF
Agence nationale de l'habitat|Anah
Agence nationale pour la rénovation urbaine|ANRU
Agence française de développement
Business France
Atout France
Éducation nationale
Cour suprême
Réserve fédérale|Fed
NSA
Secret Service
Chambre des communes
Chambre des lords
Scotland Yard
Département d'État|département d'État
Chambre des représentants
Sénat américain
Département de la Justice
Garde nationale
Centres pour le contrôle et la prévention des maladies|CDC
Food and Drug Administration|FDA
Agence régionale de santé|ARS
Service départemental d'incendie et de secours|SDIS|Sdis
Brigade de sapeurs-pompiers de Paris|BSPP|Brigade des sapeurs-pompiers de Paris
Bataillon de marins-pompiers de Marseille|BMPM
Centre opérationnel départemental d'incendie et de secours|Codis
Sécurité civile
Société nationale de sauvetage en mer|SNSM
Office français de la biodiversité|OFB
Institut national de recherche pour l'agriculture, l'alimentation et l'environnement|INRAE|INRA
AgroParisTech
Université Paris-Saclay
École normale supérieure|ENS
Hôtel Drouot|Drouot
Sotheby's
Super U
Christie's
Artcurial
Musée du Louvre|Louvre
Musée d'Orsay
Louvre Abu Dhabi|Louvre Abou Dhabi
Centre Pompidou|Centre Georges-Pompidou
Collège de France
Académie française
Comédie-Française|Comédie française
Opéra de Paris|Opéra national de Paris
Bibliothèque nationale de France|BnF
Université Harvard|Harvard
Université Stanford|Stanford
Université Yale|Yale
Université de Princeton|Princeton
Massachusetts Institute of Technology|MIT
Cern
Bonhams
RM Sotheby's
Burger King
KFC
Starbucks
H&M
Uniqlo
Vinted
Uber Eats
Just Eat
Groupe Bolloré
Nike
Adidas
Reebok
Lacoste
Nokia
Ericsson
Alcatel
Booking.com
Expedia
TripAdvisor
Mastercard
Moët Hennessy
PepsiCo|Pepsi
Haribo
Lego|LEGO
Playmobil
Mattel
Hasbro
Rolex
Swatch
Longchamp
Galeries Lafayette
Le Bon Marché|Bon Marché
Monsanto
Biogaran
Electronic Arts
Activision|Activision Blizzard
Epic Games
Institut national de l'audiovisuel|INA
Sacem
MI5
MI6
NHS
FSB
Mossad
Knesset
Conseil de l'Europe
Cour de justice de l'Union européenne|CJUE
Cour internationale de justice|CIJ
Haut-Commissariat des Nations unies pour les réfugiés|HCR|UNHCR
Programme alimentaire mondial|PAM
Organisation internationale du travail|OIT
Organisation internationale pour les migrations|OIM
Agence internationale de l'énergie atomique|AIEA
Agence internationale de l'énergie|AIE
Organisation des pays exportateurs de pétrole|Opep|OPEP
Union africaine
Ligue arabe
Eurostat
GIGN
RAID
Compagnies républicaines de sécurité|CRS
Marine nationale
Armée de terre
Armée de l'air|Armée de l'Air et de l'Espace
US Navy|Navy
Royal Navy
Office antistupéfiants|Ofast
Tracfin
Direction générale des douanes et droits indirects|DGDDI
SOS Médecins
Institut Curie
Institut Gustave-Roussy|Gustave-Roussy
Hospices civils de Lyon|HCL
Assistance publique-Hôpitaux de Marseille|AP-HM
Fédération hospitalière de France|FHF
SML|Syndicat des médecins libéraux
U2P
Jeunes agriculteurs
Confédération paysanne
Coordination rurale
SNES-FSU|Snes-FSU|Snes
SNUipp-FSU|SNUipp
Unef|UNEF
FCPE
Fage
SNPL
UIMM
Afep|Association française des entreprises privées
Secours populaire|Secours populaire français
Secours catholique
ATD Quart Monde
Armée du salut
MRAP|Mrap
Ligue des droits de l'homme|LDH
La Cimade|Cimade
France terre d'asile
SOS Méditerranée
L214
SPA|Société protectrice des animaux
Fondation Brigitte Bardot
Fondation 30 millions d'amis|30 millions d'amis
Action contre la faim
Handicap International
Sea Shepherd
Anticor
Transparency International
Fondation de France
Fondation Nicolas-Hulot|Fondation Nicolas Hulot
Petits Frères des pauvres
Act Up|Act Up-Paris
Sidaction
AFM-Téléthon
Ligue contre le cancer
Crif|CRIF|Conseil représentatif des institutions juives de France
CFCM|Conseil français du culte musulman
CCIF|Collectif contre l'islamophobie en France
Conférence des évêques de France
SOS Homophobie
France Nature Environnement|FNE
LPO|Ligue pour la protection des oiseaux
UFC-Que choisir|Que choisir
Hypercacher|Hyper Cacher
Parti radical de gauche|PRG
Parti animaliste
Génération écologie
Union populaire républicaine|UPR
Parti chrétien-démocrate|PCD
Centre national des indépendants et paysans|CNIP
Parti de gauche
SPD
Mouvement 5 étoiles|M5S
Podemos
Syriza
Fidesz
Brexit Party|Parti du Brexit
Likoud
Fatah
PKK
YPG
Forces démocratiques syriennes|FDS
Front Polisario|Polisario
AQMI|Al-Qaïda au Maghreb islamique
Frères musulmans
ANC
Parti communiste chinois|PCC
Russie unie
OGC Nice
Montpellier HSC|MHSC
Stade de Reims
Racing Club de Strasbourg|RC Strasbourg
Toulouse FC|TFC
Angers SCO|SCO Angers
Stade brestois|Stade Brestois 29
FC Metz
Dijon FCO
Nîmes Olympique
Amiens SC
En Avant Guingamp|EA Guingamp
Stade Malherbe de Caen|SM Caen
RC Lens
AJ Auxerre
FC Lorient
Le Havre AC
ESTAC|ES Troyes AC
Clermont Foot
AC Ajaccio
SC Bastia
FC Sochaux-Montbéliard
AS Nancy-Lorraine
Paris FC
Red Star
Atlético de Madrid|Atlético Madrid
AC Milan
Inter Milan
AS Rome
Borussia Dortmund
Liverpool FC
Ajax Amsterdam
Benfica
FC Porto
Galatasaray
Stade toulousain
RC Toulon|RCT
ASM Clermont Auvergne|ASM Clermont
Racing 92
Stade français
Castres olympique
Union Bordeaux-Bègles|UBB
Équipe de France|équipe de France
Fédération française de rugby|FFR
Fédération française d'athlétisme|FFA
Union cycliste internationale|UCI
Fédération internationale de l'automobile|FIA
Amaury Sport Organisation|ASO
CNOSF|Comité national olympique et sportif français
Agence mondiale antidopage|AMA
AFLD|Agence française de lutte contre le dopage
Tribunal arbitral du sport|TAS
World Rugby
NBA
NFL
ATP
WTA
`;

const MEDIA_LINES = mediaLines();

/** Organisations that articles cite as sources rather than write about: media, agencies, social networks, pollsters. */
const SOURCE_NAMES = new Set([
  ...MEDIA_LINES.map((line) => line.split('|')[0]!),
  'Facebook', 'Instagram', 'WhatsApp', 'Twitter', 'YouTube', 'TikTok', 'Snapchat',
  'Ifop', 'Odoxa', 'Elabe', 'Harris Interactive', 'OpinionWay', 'Ipsos', 'BVA', 'Kantar', 'Viavoice', 'YouGov', 'Pew Research Center',
]);

/**
 * Slugs of source organisations: naming one is no sign that two articles share a subject.
 * @example SOURCE_SLUGS.has('le-parisien') // true
 */
export const SOURCE_SLUGS: ReadonlySet<string> = new Set([...SOURCE_NAMES].map(slugify));

/**
 * Slugs of the media's other names (`AFP`, the gazetteer's name for Agence France-Presse), as
 * they are: a regional edition is named after the medium's title (`AP-HP` is no edition of `AP`).
 */
const SOURCE_ALIAS_SLUGS: ReadonlySet<string> = new Set(MEDIA_LINES.flatMap((line) => line.split('|').slice(1)).map(slugify));

/**
 * A source organisation or one of its regional editions, which entity detection names by the
 * medium and the place (`france-bleu-paris`, `france-3-occitanie`): every slug that starts
 * with a source's slug and a hyphen.
 * @example isSourceSlug('france-bleu-paris') // true
 * @example isSourceSlug('afp') // true
 */
export function isSourceSlug(slug: string): boolean {
  if (SOURCE_SLUGS.has(slug) || SOURCE_ALIAS_SLUGS.has(slug)) return true;
  for (let at = slug.indexOf('-'); at > 0; at = slug.indexOf('-', at + 1)) if (SOURCE_SLUGS.has(slug.slice(0, at))) return true;
  return false;
}

/**
 * Slugs of seats of power named for the people in them (`Matignon`, `l’Élysée`, `le Kremlin`):
 * like a place, naming one is a weak sign that two articles tell one story.
 * @example SEAT_SLUGS.has('matignon') // true
 */
export const SEAT_SLUGS: ReadonlySet<string> = new Set(
  ['Élysée', 'Matignon', 'Bercy', 'Assemblée nationale', 'Sénat', 'Parlement', 'Quai d\'Orsay', 'Parlement européen', 'Maison Blanche', 'Pentagone', 'Kremlin', 'Downing Street', 'Congrès américain', 'Congrès', 'Beauvau'].map(slugify),
);

/** Leading articles the press often drops after a preposition: `au Parisien`, `le Dauphiné Libéré`. */
const ARTICLE = /^(?:(?:Les|Le|La) |L')(.+)$/u;
/** Names that stay whole: without their article they are common words in capitals (`Monde`, `Point`). */
const KEEP_ARTICLE = new Set([
  'Le Monde', 'Le Point', "L'Express", "L'Obs", "L'Opinion", "L'Union", 'La Croix', "L'Équipe", 'La Provence', 'La Montagne', 'Les Échos', 'Les Patriotes', 'Les Républicains', 'Les Verts',
  // Common words without their article: `le soir`, `mon temps`, `les jours`.
  'Le Soir', 'Le Temps', 'Le Devoir', 'Les Jours',
]);

/** A capitalised word that French typography may write in lowercase inside a name: no acronym, no hyphenated proper name, no initial. */
const LOWERABLE = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * French typography capitalises the first word of a body's name only (`Bison futé`, `Haute autorité de
 * santé`, `Amis de la Terre`): the spelling with every later capitalised word in lowercase, which then
 * matches either case. Media keep their own rule (media.ts: `en France dimanche` is no title).
 * @example typographicSpelling('Bison Futé') // 'Bison futé'
 */
export function typographicSpelling(alias: string): string | undefined {
  const ws = alias.split(' ');
  const first = ws.findIndex((w) => !ARTICLES.has(w));
  const out = ws.map((w, i) => (i > first && LOWERABLE.test(w) ? w.toLowerCase() : w)).join(' ');
  return out === alias ? undefined : out;
}
const ARTICLES = new Set(['Le', 'La', 'Les']);

/** `[name, aliases]` pairs, in file order; names with an article also match without it (multi-word ones). */
export const ORGANISATION_ENTRIES: readonly (readonly [string, readonly string[]])[] = [
  ...MEDIA_LINES.map((line) => ({ line, media: true })),
  ...ORGANISATIONS.trim().split('\n').map((line) => ({ line, media: false })),
].map(({ line, media }) => {
  const [name, ...aliases] = line.split('|');
  const bare = ARTICLE.exec(name!)?.[1];
  const extra = bare && !KEEP_ARTICLE.has(name!) && (bare.includes(' ') || /^[A-ZÉ][\p{Ll}]+$/u.test(bare)) ? [bare] : [];
  const written = [...aliases, ...extra.filter((e) => !aliases.includes(e))];
  const typographic = media ? [] : [name!, ...written].map(typographicSpelling).filter((a): a is string => !!a && a !== name && !written.includes(a));
  return [name!, [...written, ...new Set(typographic)]] as const;
});

/**
 * France's ministries by their successive names (2012–2024, each government renames some): one
 * line per ministry, `Name on its page|other name|other name`. A ministry named otherwise (`le
 * ministère des Solidarités et de la Santé`) has its page under the first name. Only names that
 * French ministries alone bear are merged, never into a French-only name a name that foreign
 * ministries bear too: `le ministère de la Défense` (Israel's, Russia's; France's until 2017) stays
 * apart from the ministère des Armées, `le ministère des Finances` from France's Économie, `le
 * ministère de l'Environnement` from the Transition écologique.
 */
const MINISTRIES = `
ministère de l'Éducation nationale|ministère de l'Éducation|ministère de l'Éducation nationale et de la Jeunesse|ministère de l'Éducation nationale, de la Jeunesse et des Sports
ministère de l'Économie|ministère de l'Économie et des Finances|ministère de l'Économie, des Finances et de la Relance|ministère de l'Économie, des Finances et de l'Industrie|ministère de l'Économie et de l'Industrie|ministère de l'Économie, de l'Industrie et du Numérique|ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique
ministère de la Transition écologique|ministère de la Transition écologique et solidaire|ministère de l'Écologie|ministère de l'Écologie, du Développement durable et de l'Énergie|ministère de l'Environnement, de l'Énergie et de la Mer|ministère de la Transition écologique et de la Cohésion des territoires
ministère de la Santé|ministère des Solidarités et de la Santé|ministère des Affaires sociales et de la Santé|ministère des Affaires sociales, de la Santé et des Droits des femmes|ministère de la Santé et de la Prévention|ministère de la Santé et des Solidarités
ministère de l'Enseignement supérieur|ministère de l'Enseignement supérieur et de la Recherche|ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation
ministère du Travail|ministère du Travail et de l'Emploi|ministère du Travail, de l'Emploi et de l'Insertion|ministère du Travail, du Plein emploi et de l'Insertion|ministère du Travail, de l'Emploi, de la Formation professionnelle et du Dialogue social
ministère de l'Action et des Comptes publics|ministère des Comptes publics
ministère des Affaires étrangères|ministère de l'Europe et des Affaires étrangères
ministère de l'Agriculture|ministère de l'Agriculture et de l'Alimentation|ministère de l'Agriculture et de la Souveraineté alimentaire
ministère de la Culture|ministère de la Culture et de la Communication
ministère des Sports|ministère de la Jeunesse et des Sports|ministère des Sports et des Jeux olympiques et paralympiques
ministère des Transports|ministère chargé des Transports
`;

const MINISTRY_NAMES: ReadonlyMap<string, string> = new Map(
  MINISTRIES.trim().split('\n').flatMap((line) => {
    const [name, ...others] = line.split('|');
    return [name!, ...others].map((other): [string, string] => [slugify(other), name!]);
  }),
);

/**
 * The name of the page of a French ministry named `name`, which another government may have
 * named otherwise, or written without its accents; undefined for a ministry of no other name.
 * @example ministryName('ministère des Solidarités et de la Santé') // 'ministère de la Santé'
 * @example ministryName('ministère de l’Education nationale') // 'ministère de l'Éducation nationale'
 * @example ministryName('ministère de l’Intérieur') // undefined
 */
export function ministryName(name: string): string | undefined {
  const page = MINISTRY_NAMES.get(slugify(name));
  const apostrophes = (text: string) => text.replace(/['’]/gu, "'");
  return page === undefined || apostrophes(page) === apostrophes(name) ? undefined : page;
}
