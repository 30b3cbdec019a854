/**
 * Given names, folded (lowercase, no accents), for telling a person from a run of capitalised
 * words: `Agnès Buzyn` is a person because `agnes` is here: the most frequent French given names
 * of the INSEE file plus the given names of public figures common in French news, curated, then
 * the French list of the `gender-detection-from-name` package (MIT, 1.11.5: about 36,000 names
 * given in French), less the words that are far more often places, brands or common words in capitals.
 */
import { createRequire } from 'node:module';
import { foldText } from '../text/fold.ts';

const PACKAGE_LIST = 'gender-detection-from-name/names/fr.js';

const FRENCH_MALE =
  'aaron abdel abdelkader abdellah abdoulaye adam adel adrien ahmed alain alban albert alexandre alexis alfred ali alix alphonse amaury ambroise anatole andre andrea andreas andres ange anthony antoine antonin antonio ariel aristide armand arnaud arthur aurelien axel aymeric baptiste barthelemy basile bastien benjamin benoit benoist bernard bertrand blaise boris bruno camille cedric charles charles-henri christian christophe claude clement constant corentin cyril cyrille damien daniel david denis didier dimitri dominique eddy edgar edmond edouard elie eliot emile emilien emmanuel enzo eric ernest erwan etienne eugene evan fabien fabrice felix ferdinand fernand florent florian francis franck francois frederic gabriel gael gaetan gaspard gaston gauthier gautier geoffroy georges gerald gerard germain gery ghislain gilbert gilles gregoire gregory guillaume gustave guy habib hadrien hamid hassan henri herve hippolyte hubert hugo hugues ibrahim ismael jack jacky jacques jean jeremie jeremy jerome joachim joel johan johann johnny jonathan jordan joseph josselin jules julien justin karim kevin killian kylian kylian lambert laurent leo leon leonard lilian lionel loic louis luc lucas lucien ludovic manuel marc marcel marius martial martin mathias mathieu mathis matthias matthieu maurice maxence maxime michel mickael mohamed mohammed morgan nathan nicolas noel noe norbert olivier oscar pascal patrice patrick paul perceval philippe pierre quentin raoul raphael raymond regis remi remy renaud rene richard robert robin rodolphe rodrigue roger roland romain romaric ronan sacha salomon samuel sebastien serge simon stanislas stephane sylvain sylvestre teddy theo theophile thibault thibaut thierry thomas timothee tristan ulysse valentin valery vianney victor vincent virgile william xavier yann yannick yohan yves yvon zinedine';
const FRENCH_FEMALE =
  'ada adele adeline adrienne agathe agnes aicha alexandra alexia alice aline alix amandine amelie anais anastasia andree angele angelique anne anne-claire anne-marie anne-sophie annick annie antoinette apolline arielle arlette audrey aurelie aurore axelle beatrice benedicte berenice bernadette brigitte camille capucine carine carla carole caroline catherine cecile celine chantal charlene charlotte chloe christelle christiane christine clara claudine clemence clementine clotilde coline colette constance coralie corinne cynthia delphine denise diane dominique dorothee edith eleonore elisa elisabeth elise ella elodie eloise elsa emilie emma emmanuelle estelle esther eugenie eva eve evelyne fabienne fanny fatima fatou florence francoise frederique gabrielle genevieve geraldine germaine ghislaine gisele helene henriette hortense ines irene isabelle jacqueline jeanne jeannine jennifer jessica josephine josiane judith julia julie juliette justine karine laetitia laura laure laurence lea lea leila leonie lina line lise louise lucie lucile ludivine lydie madeleine maelle magali mallaury manon marcelle margaux margot marguerite maria marianne marie marie-christine marie-france marie-laure marie-pierre marina marine marion marisol marlene marthe martine maryse mathilde maud melanie melissa michele micheline mireille monique morgane muriel myriam nadege nadia nadine natacha nathalie nicole noemie oceane odile olivia ophelie pascale patricia pauline penelope perrine rachel rachida raphaelle rebecca regine roselyne sabine sabrina sandra sandrine sarah segolene severine simone solene sonia sophie stephanie suzanne sylvie tatiana thais valerie vanessa veronique victoire victoria violaine virginie viviane yasmine yolande yvette yvonne zoe';
const INTERNATIONAL =
  'abdelaziz abdelmadjid abdou abiy alan albert alberto aleksandr alessandro alexei alexis ali alistair amber andrew andrei angela angelina ann anna anthony antonio arnold ashraf ashton avril barack ben benjamin benedict bernie beyonce bill billie bob boris brad brandon brian britney bruce carlos carlo cate celine charlie chris christian christopher cristiano dan daniel david dean diego dmitri dmitry donald donatella doug dwayne ed elizabeth ellen elon emily enrique eric erin evo fernando francesco frank fumio gareth george gianni gordon greta hamad hans harry harvey hassan heinz helmut hillary hosni hugh ian igor ivan ivanka jacinda jair james jamie jan janet jared javier jay jeff jeffrey jennifer jens jim jimmy joe john johnny jose josep juan julian justin kamala kanye karl kate katy keanu kevin kim kirk klaus kristalina lady lars leonardo liz lionel luigi luis lula madonna marco mario mark matteo melania meryl michael miguel mike mikhail mitt moon muammar nancy naomi narendra neymar nelson nicola nicolas nigel nikolai novak oprah pablo paolo pedro pete petro rafael ralph recep richard rishi robert roberto rodrigo roger rupert ryan salman sam sandro sean serena sergei sergio shinzo silvio stefan steve steven sundar sylvester taylor ted theresa tim tom tony ursula viktor vladimir volodymyr walter warren will xavier yoshihide zlatan ' +
  'bachar mahmoud benyamin tayyip serguei alexei giuseppe mariano kyriakos mateusz andrzej alexander sebastian scott malcolm imran youssef fayez khalifa mouammar saddam oussama ayman anouar ebrahim qassem javad mohammad hafez rafic saad yahya ehud shimon yitzhak avigdor naftali benny yair mitch chuck rex rudy stormy rod sheryl larry sergey travis reed lisa susan ousmane ngolo n\'golo andy venus usain lewis max valtteri esteban jenson nico kimi laeticia laetitia faith mylene nikos jamel omar dany gad kad kendji sibeth brune najat jean-vincent jean-francois jean-louis jean-marc jean-yves jean-michel jean-pierre jean-paul jean-claude jean-jacques jean-baptiste pierre-yves marie-jose marie-anne ismail golo abdelaziz moncef kais beji hosni aurore abdelhakim samia fadela rama nagui ' +
  'gaelle lena roxane meghan renan jonah mounir yassine aude alassane flavien dino claire marcus rita chelsea olga svetlana natalia maria sofia lucia elena ana carmen rosa teresa paula claudia monica silvia jawad mehdi nabil rachid samir sofiane yacine walid farid mourad khaled tarik tariq bilal amine hicham adil driss said salah riyad zakaria ilyes anis nassim redouane abdallah moussa mamadou ibrahima cheick seydou amadou aminata fatoumata mariam kadiatou assa aya samira malika latifa djamila karima naima zohra yasmina souad jason tyler kyle connor liam noah oliver luke amelia ava mia isla lily ruby megan hannah kim';

/**
 * Words of the package's list that are no given names in news text: function words, titles,
 * common nouns and places that parents also gave as names (`Soleil`, `Paris`).
 */
const NOT_GIVEN_NAMES = new Set(
  ('the of and for les des une aux par sur pour avec dans belle bonne bon beau grand grande petit petite nouveau nouvelle jeune ' +
    'saint sainte val mont port cap roi reine prince princesse chef star rose fleur lune soleil ciel amour ange espoir etoile neige ' +
    'paix joie lumiere ocean mer jour nuit france paris lyon nice london jersey dakota chance grace honor justice liberty ' +
    'avril mai juin juillet august ete hiver automne printemps noel paques loisirs ' +
    // Brands, places and words that open names of things in the news.
    'bentley mercedes renault nissan austin royal lion milan rio san santa santo sao taj pearl madison fort art america alliance ' +
    'guide jones love long second young king queen lord patient ' +
    // Common nouns that open names of things in capitals: `Salle Pleyel`, `Dame Nature`, `Lien ADN`, `Champion du monde`, `Aïd al-Adha`.
    'salle dame lien champion aid stop').split(' '),
);

/** Given names of the French list of `gender-detection-from-name`, folded, three letters or more. */
function packageNames(): string[] {
  const names = createRequire(import.meta.url)(PACKAGE_LIST) as ReadonlyMap<string, string>;
  // `Saint-Jean`, `Saint-Omer`: in news text a saint's name with its hyphen names a town, not a given name.
  return [...names.keys()].map(foldText).filter((f) => f.length >= 3 && !NOT_GIVEN_NAMES.has(f) && !/^saint(?:e|es)?-/u.test(f));
}

/** Folded given names of the curated lists above, loaded once. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(`${FRENCH_MALE} ${FRENCH_FEMALE} ${INTERNATIONAL}`.split(/\s+/u));

/**
 * Folded given names of the package's list that the curated lists lack (`takis`, `dominic`,
 * but also `ray`, `ban`): weaker evidence, so src/enrich/entities.ts takes them only in a name
 * of exactly two words (`Dominic Raab`, not `Ray Ban Meta`). Made on first call (./index.ts):
 * reading and folding the list costs about 75 ms, which the processes that only check bylines
 * (FIRST_NAMES) do not pay.
 */
export function rareFirstNames(): ReadonlySet<string> {
  rare ??= new Set(packageNames().filter((f) => !FIRST_NAMES.has(f)));
  return rare;
}
let rare: ReadonlySet<string> | undefined;
