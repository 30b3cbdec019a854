/**
 * Fictional characters that French news names like people (a film's hero, a comic's, a game's,
 * a series'): written from general knowledge of the characters best known in France, not from
 * the articles of any sample. Entity detection drops them, since a reader looking for people finds
 * real ones on /personnes/. One full name a line; to extend, add a line. An actor who plays one
 * keeps his own name (`Daniel Craig` is no James Bond).
 */
import { slugify } from '../text/fold.ts';

const CHARACTERS = `
James Bond
Harry Potter
Hermione Granger
Ron Weasley
Sherlock Holmes
Hercule Poirot
Arsène Lupin
Jules Maigret
Lucky Luke
Gaston Lagaffe
Indiana Jones
Lara Croft
Luke Skywalker
Dark Vador
Han Solo
Mickey Mouse
Donald Duck
Bugs Bunny
Homer Simpson
Bart Simpson
Jean Valjean
Emma Bovary
Don Quichotte
Peter Pan
Robin des Bois
Jack Sparrow
Rocky Balboa
John Rambo
Forrest Gump
Bridget Jones
Thomas Magnum
Jack Bauer
Walter White
Jon Snow
Daenerys Targaryen
Tony Stark
Bruce Wayne
Clark Kent
Peter Parker
Mario Bros
Super Mario
Charlie Brown
Père Noël
Jean-Claude Dusse
Jacquouille la Fripouille
Godefroy de Montmirail
Hubert Bonisseur de La Bath
`;

/**
 * Slugs of the characters' names.
 * @example FICTIONAL_SLUGS.has('james-bond') // true
 */
export const FICTIONAL_SLUGS: ReadonlySet<string> = new Set(CHARACTERS.trim().split('\n').map(slugify));
