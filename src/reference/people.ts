/**
 * Public figures that French news names by their surname alone (`Macron`, `Chirac`) or by a
 * single stage name (`Nagui`), and the writers, painters and composers of the canon that the press
 * names by their surname (`Lamartine`, `Manet`), curated: one line per person, `Full name|alias|alias`. No
 * maintained npm package ships such a list. A surname is an alias only when, alone and
 * capitalised, it names that person in French news: not `Hollande` (also the Netherlands),
 * `Le Pen` (Marine or Jean-Marie), `Philippe` (a given name) or a common word (`Borne`,
 * `Royal`). Names with a surname of one letter (`Cédric O`) are listed, since a capital without
 * an initial's dot after a given name names a model (`la Mini Cooper S`). A full name given in
 * the article wins over an alias (`Brigitte Macron`, then `Macron`), and a content folder's `entites.yml` overrides any entry here.
 */

const PEOPLE = `
Emmanuel Macron|Macron
Brigitte Macron
François Hollande
Nicolas Sarkozy|Sarkozy
Jacques Chirac|Chirac
Valéry Giscard d’Estaing|Giscard d’Estaing|Giscard|VGE
François Mitterrand|Mitterrand
Charles de Gaulle|de Gaulle
Georges Pompidou|Pompidou
Édouard Philippe
Jean Castex|Castex
Élisabeth Borne
Gabriel Attal|Attal
Manuel Valls|Valls
Bernard Cazeneuve|Cazeneuve
Jean-Marc Ayrault|Ayrault
François Fillon|Fillon
Alain Juppé|Juppé
Dominique de Villepin|Villepin
Lionel Jospin|Jospin
Jean-Pierre Raffarin|Raffarin
Marine Le Pen
Jean-Marie Le Pen
Marion Maréchal|Marion Maréchal-Le Pen|Maréchal-Le Pen
Jean-Luc Mélenchon|Mélenchon
Bernard-Henri Lévy|Bernard Henri-Lévy|BHL
Danielle Simonnet
Jean-Luc Bennahmias|Jean-Luc Benhamias
Laurent Wauquiez|Wauquiez
François Bayrou|Bayrou
Benoît Hamon|Hamon
Christiane Taubira|Taubira
Ségolène Royal
Martine Aubry
Anne Hidalgo|Hidalgo
Valérie Pécresse|Pécresse
Xavier Bertrand
Nicolas Dupont-Aignan|Dupont-Aignan
Florian Philippot|Philippot
Éric Zemmour|Zemmour
Christophe Castaner|Castaner
Gérald Darmanin|Darmanin
Gérard Collomb|Collomb
Nicolas Hulot|Hulot
Agnès Buzyn|Buzyn
Olivier Véran|Véran
Jean-Michel Blanquer|Blanquer
Bruno Le Maire|Le Maire
Jean-Yves Le Drian|Le Drian
Marlène Schiappa|Schiappa
Benjamin Griveaux|Griveaux
Richard Ferrand|Ferrand
François de Rugy|de Rugy
Muriel Pénicaud|Pénicaud
Sibeth Ndiaye
Cédric O
Delphine O
Rachida Dati|Dati
Nathalie Kosciusko-Morizet|Kosciusko-Morizet|NKM
Jean-François Copé|Copé
Christian Estrosi|Estrosi
Éric Ciotti|Ciotti
Yannick Jadot|Jadot
Olivier Faure
Alexandre Benalla|Benalla
Jérôme Cahuzac|Cahuzac
Dominique Strauss-Kahn|Strauss-Kahn|DSK
Christine Lagarde|Lagarde
Michel Barnier|Barnier
Pierre Moscovici|Moscovici
Thierry Breton
Donald Trump|Trump
Barack Obama|Obama
Joe Biden|Biden
Hillary Clinton
Vladimir Poutine|Poutine
Angela Merkel|Merkel
Theresa May
Boris Johnson
Recep Tayyip Erdogan|Erdogan|Erdoğan
Xi Jinping
Kim Jong-un
Benyamin Netanyahou|Netanyahou|Netanyahu|Benjamin Netanyahu
Bachar al-Assad|Bachar el-Assad|el-Assad|al-Assad
Abdelaziz Bouteflika|Bouteflika
Matteo Salvini|Salvini
Viktor Orban|Orban|Orbán
Jean-Claude Juncker|Juncker
Ursula von der Leyen
Volodymyr Zelensky|Zelensky
Pape François|pape François
Elizabeth II|Élisabeth II|Elisabeth II|Reine Elizabeth|Reine Élisabeth
Albert II de Monaco|Albert II|Albert de Monaco|Prince Albert|Prince Albert II|Prince Albert de Monaco
Charlène de Monaco|Charlene de Monaco|Princesse Charlène|Charlène Wittstock
Lady Diana|Lady Di|Princesse Diana|Diana Spencer
Kate Middleton|Catherine Middleton|Princesse Kate|duchesse de Cambridge
Meghan Markle|Princesse Meghan|duchesse de Sussex
Carla Bruni|Carla Bruni-Sarkozy
Elon Musk
Mark Zuckerberg|Zuckerberg
Jeff Bezos|Bezos
Bill Gates
Bernard Arnault
Xavier Niel
Patrick Drahi|Drahi
Carlos Ghosn|Ghosn
Nagui
Louane
Stromae
Booba
Dieudonné|Dieudonné M’Bala M’Bala|Dieudonné M'Bala M'Bala
Gims|Maître Gims
Beyoncé|Beyonce
Rihanna
Madonna
Shakira
Eminem
Zaz
Indila
Orelsan
Nekfeu
Dalida
France Gall
Jenifer
Zazie
Lorie Pester|Lorie
Calogero
Vianney
Angèle
Slimane
Vitaa
Shy'm
Kendji Girac|Kendji
Garou
Loana
Nabilla
Charles Aznavour|Aznavour
Johnny Hallyday|Johnny
Matt Pokora|M Pokora|M. Pokora|Pokora
Cyril Hanouna|Hanouna
Laurent Ruquier|Ruquier
Thierry Ardisson|Ardisson
Jean-Marie Bigard|Bigard
Gérard Depardieu|Depardieu
Kylian Mbappé|Mbappé
Zinédine Zidane|Zidane
Karim Benzema|Benzema
Antoine Griezmann|Griezmann
Neymar
Didier Deschamps
Greta Thunberg|Thunberg
Molière
Voltaire
Alphonse de Lamartine|Lamartine
Honoré de Balzac|Balzac
Émile Zola|Zola
Gustave Flaubert|Flaubert
Charles Baudelaire|Baudelaire
Arthur Rimbaud|Rimbaud
Marcel Proust|Proust
Édouard Manet|Manet
Claude Monet|Monet
Gustave Courbet|Courbet
Paul Cézanne|Cézanne
Pablo Picasso|Picasso
Auguste Rodin|Rodin
Wolfgang Amadeus Mozart|Mozart
Ludwig van Beethoven|Beethoven
Napoléon Bonaparte|Napoléon|Bonaparte
`;

/**
 * Surnames of the people above that are also a place's name, which is why they are not aliases:
 * `[name, surname]`. Alone, such a surname names the person (« le président Hollande », « Valls,
 * Hollande et de Rugy »), except after an article or preposition a place takes (`la`, `en`, `aux`…: « en
 * Hollande », « la Hollande »), where it is the place (src/enrich/entities.ts, `placeSurnames`).
 */
export const PLACE_SURNAMES: readonly (readonly [string, string])[] = [['François Hollande', 'Hollande']];

/** `[name, aliases]` pairs, in file order. */
export const PERSON_ENTRIES: readonly (readonly [string, readonly string[]])[] = PEOPLE.trim()
  .split('\n')
  .map((line) => {
    const [name, ...aliases] = line.split('|');
    return [name!, aliases] as const;
  });
