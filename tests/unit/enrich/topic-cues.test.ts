/**
 * Topics with Kiosque's built-in taxonomy from the cue words a French editor files a story by,
 * found on the tuning set of issue 12's twelfth pass. Paraphrased sentences, not corpus articles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topicsOf } from '../../helpers/built-in-topics.ts';

test('a public figure accused of rape, women killed as a count kept: women’s rights', () => {
  const accused = topicsOf(
    'Accusé de viol, un adjoint au maire suspendu par son parti',
    'Une militante a porté plainte en janvier.',
    'Le parti a annoncé sa suspension dans un communiqué. Des militantes dénoncent le silence de la direction depuis des mois.',
  );
  assert.ok(accused.includes('droits-des-femmes'), accused.join(', '));
  const count = topicsOf(
    'Une femme tuée tous les trois jours en France',
    'Un collectif tient le compte des meurtres de femmes depuis le début de l’année.',
    'Les bénévoles recensent chaque cas à partir de la presse locale. Le chiffre est en hausse par rapport à l’an dernier.',
  );
  assert.ok(count.includes('droits-des-femmes'), count.join(', '));
});
