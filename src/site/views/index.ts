/**
 * The partials the remaining Nunjucks pages call, registered as Nunjucks globals by ../plugin.ts
 * and printed with `safe`: `{{ cardList(archive.latest, base, leadFirst=true) | safe }}` (keyword
 * arguments arrive as the options object).
 */
import { searchForm } from './base.ts';
import { cardList } from './cards.ts';
import { monthChartFigure } from './charts.ts';
import { prevNext } from './prev-next.ts';
import { yearCalendar } from './timeline.ts';

export const partials = { cardList, monthChartFigure, prevNext, searchForm, yearCalendar } satisfies Record<string, (...args: never[]) => string>;
