/**
 * Kiosque's built-in reference data for entities, built once per process: places from
 * maintained packages (see places.ts), curated organisations and media, public figures named
 * by their surname alone, given names.
 */
import type { EntityDef } from '../model.ts';
import { FIRST_NAMES, rareFirstNames } from './first-names.ts';
import { ORGANISATION_ENTRIES } from './organisations.ts';
import { PERSON_ENTRIES } from './people.ts';
import { placeReference } from './places.ts';

export interface EntityReference {
  /** People, organisations and places recognised wherever they are written. */
  defs: readonly EntityDef[];
  /** Folded given names (`jean-luc`, `agnes`). */
  firstNames: ReadonlySet<string>;
  /** Folded given names of a longer, less curated list: only in a two-word name (src/enrich/entities.ts). */
  rareFirstNames: ReadonlySet<string>;
  /** Folded commune name → spelling: places after a cue only. */
  communes: ReadonlyMap<string, string>;
  /** Folded department names. */
  departments: ReadonlySet<string>;
  /** Folded names of the current regions. */
  regions: ReadonlySet<string>;
  /** The names of the countries, as `defs` names them (`Norvège`, `Royaume-Uni`). */
  countries: ReadonlySet<string>;
}

let cached: EntityReference | undefined;

/**
 * Uses `reference` as this process's reference from now on, unless one is loaded already: the
 * build cache keeps the reference it loaded (src/build/cache.ts), and the next build reads it
 * back (about 50 ms) instead of building it from the packages' lists (about half a second).
 */
export function primeEntityReference(reference: EntityReference): void {
  cached ??= reference;
}

/** The reference, when this process has loaded (or been given) it. */
export function loadedEntityReference(): EntityReference | undefined {
  return cached;
}

/**
 * The reference, loaded on first call (about a second: the commune list) and kept.
 * @example entityReference().firstNames.has('agnes') // true
 */
export function entityReference(): EntityReference {
  if (cached) return cached;
  const places = placeReference();
  const defs: EntityDef[] = [
    ...PERSON_ENTRIES.map(([name, aliases]): EntityDef => ({ kind: 'person', name, aliases: [...aliases] })),
    ...ORGANISATION_ENTRIES.map(([name, aliases]): EntityDef => ({ kind: 'organisation', name, aliases: [...aliases] })),
    ...places.entries.map(([name, aliases]): EntityDef => ({ kind: 'place', name, aliases: [...aliases] })),
  ];
  cached = { defs, firstNames: FIRST_NAMES, rareFirstNames: rareFirstNames(), communes: places.communes, departments: places.departments, regions: places.regions, countries: places.countries };
  return cached;
}
