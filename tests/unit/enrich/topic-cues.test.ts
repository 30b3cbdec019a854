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

test('a politician accused of sexual assault is a women’s-rights story, not crime news: the inquiry and the victims are its aside', () => {
  const got = topicsOf(
    'Affaire Martin : trois élues racontent ce qu’elles ont subi',
    'Les plaignantes dénoncent le sexisme qui règne au sein du parti.',
    'L’une dit avoir été agressée dans son bureau, une autre parle de viol. Elles accusent l’ancien député de harcèlement sexuel. Une enquête a été ouverte et les enquêteurs ont entendu les victimes, qui disent avoir été découragées de témoigner. Des associations féministes les soutiennent, dans le sillage de MeToo.',
  );
  assert.ok(got.includes('droits-des-femmes'), got.join(', '));
  assert.ok(!got.includes('faits-divers'), got.join(', '));
});

test('a foreign star’s health scare is People news, even when the title gives the star’s nationality', () => {
  const got = topicsOf(
    'Le ténor italien Marco Bellini hospitalisé d’urgence',
    'Le chanteur italien a été admis dans une clinique de Milan après un malaise.',
    'Marco Bellini devait chanter samedi à Vérone. Le chanteur a annulé ses concerts en Italie, a indiqué son agent. Ses fans lui ont adressé des messages de soutien.',
  );
  assert.ok(got.includes('people'), got.join(', '));
  assert.ok(!got.includes('international'), got.join(', '));
});
