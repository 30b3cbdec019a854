/**
 * The sort key of a date, shared by enrich (timeline order) and search (date sort).
 */
import type { DateInfo } from '../model.ts';

/** Sort key: ISO text sorts chronologically at any precision (`2024` < `2024-02` < `2024-02-15`). */
export function dateSortKey(date: DateInfo | undefined): string {
  return date ? date.iso.slice(0, 19) : '';
}
