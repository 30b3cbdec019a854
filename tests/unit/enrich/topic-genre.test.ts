import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nobodyInTitle, oddBrief, toldHarm } from '../../../src/enrich/topic-genre.ts';
import { topicsOf } from '../../helpers/built-in-topics.ts';

test('a title about an ordinary person: « il » after a place, « un pilote », an age; not a named person, « il y a », nor a group', () => {
  assert.ok(nobodyInTitle('Bretagne : il vole un sèche-linge par amour'));
  assert.ok(nobodyInTitle('Un pilote d’avion s’endort et rate sa destination'));
  assert.ok(nobodyInTitle('À 5 ans, il prend le volant pour aller s’acheter une voiture'));
  assert.ok(nobodyInTitle('Une Américaine épouse sa voisine'));
  assert.ok(!nobodyInTitle('Emmanuel Macron reçoit les syndicats'));
  assert.ok(!nobodyInTitle('Finale : il n’y aura pas de fermeture des Champs-Élysées'));
  assert.ok(!nobodyInTitle('Nicolas Sarkozy : Macron ? Il est « un peu homme, un peu femme »'));
  assert.ok(!nobodyInTitle('Irak : l’artillerie française a terminé sa mission'));
});

test('harm to people in the title or lede: a death, a drowning, a suspect; a theft is not harm', () => {
  assert.ok(toldHarm('Lot : un pêcheur se noie', ''));
  assert.ok(toldHarm('Un homme soupçonné de revente de masques', ''));
  assert.ok(toldHarm('Une femme meurt dans sa cuisine', ''));
  assert.ok(!toldHarm('Bretagne : il vole un sèche-linge par amour', 'Les gendarmes ont interpellé un homme jeudi.'));
});

test('an odd brief is short, about a nobody, and nobody is hurt', () => {
  const doc = { title: 'Bretagne : il vole un sèche-linge par amour', lede: 'Les gendarmes ont interpellé un homme jeudi.' };
  assert.ok(oddBrief(doc, 180));
  assert.ok(!oddBrief(doc, 600));
  assert.ok(!oddBrief({ title: 'Lot : un pêcheur se noie, emporté par sa voiture', lede: '' }, 180));
});

test('built in: an odd brief is Insolite without an Insolite word; a politician’s or a crime with a victim is not', () => {
  const lede = 'Un homme a été interpellé jeudi pour avoir volé un sèche-linge dans un supermarché de Quimper, révèle la presse locale.';
  const body = 'Il voulait l’offrir à sa compagne, a-t-il expliqué aux gendarmes. Le sèche-linge a été rendu au magasin. L’homme sera convoqué plus tard.';
  const odd = topicsOf('Bretagne : il vole un sèche-linge par amour', lede, body);
  assert.ok(odd.includes('insolite'), odd.join(', '));
  const crime = topicsOf('Bretagne : il tue son voisin pour un sèche-linge', 'Un homme a tué son voisin jeudi à Quimper.', body);
  assert.ok(!crime.includes('insolite'), crime.join(', '));
  const mayor = topicsOf('Bretagne : le maire vole un sèche-linge par amour', lede, body);
  assert.ok(!mayor.includes('insolite'), mayor.join(', '));
});
