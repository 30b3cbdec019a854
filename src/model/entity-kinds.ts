/** The kinds of entity, in the order pages list them, and what each is called; URLs in ./urls.ts. */
import type { EntityKind } from '../model.ts';

/** People first, then organisations, then places. */
export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organisation', 'place'];

/**
 * What a kind of entity is called, one (`Personne`) and many (`Personnes`), and `cited` agreeing
 * with it (`Personnes citées`, `Lieux cités`); in running text, `one` and `many` (`3 lieux`), and
 * `each` and `citedOne` agreeing with them (`chacun cité`).
 */
export const ENTITY_BASE: Record<EntityKind, { label: string; title: string; cited: string; one: string; many: string; each: string; citedOne: string }> = {
  person: { label: 'Personne', title: 'Personnes', cited: 'citées', one: 'personne', many: 'personnes', each: 'chacune', citedOne: 'citée' },
  organisation: { label: 'Organisation', title: 'Organisations', cited: 'citées', one: 'organisation', many: 'organisations', each: 'chacune', citedOne: 'citée' },
  place: { label: 'Lieu', title: 'Lieux', cited: 'cités', one: 'lieu', many: 'lieux', each: 'chacun', citedOne: 'cité' },
};
