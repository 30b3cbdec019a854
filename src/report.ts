/**
 * The build report: one entry per input file, none missing (DESIGN.md, "CLI contract").
 */
import type { Diagnostic } from './model.ts';

export type InputStatus = 'published' | 'rejected' | 'draft' | 'skipped' | 'config';

export interface ReportEntry {
  file: string;
  status: InputStatus;
  url?: string;
  /** Why a file was skipped (not an article). */
  reason?: string;
  /** The article is in the search index. */
  searchable?: boolean;
  warnings: { line?: number; message: string }[];
  errors: { line?: number; message: string }[];
}

export interface Report {
  inputs: ReportEntry[];
  counts: Record<InputStatus, number> & { withWarnings: number; inputs: number };
}

export function entryOf(file: string, status: InputStatus, diagnostics: Diagnostic[], extra: Partial<ReportEntry> = {}): ReportEntry {
  const pick = (level: Diagnostic['level']) =>
    diagnostics.filter((d) => d.level === level).map((d) => ({ ...(d.line !== undefined ? { line: d.line } : {}), message: d.message }));
  return { file, status, ...extra, warnings: pick('warning'), errors: pick('error') };
}

export function makeReport(entries: ReportEntry[]): Report {
  const inputs = [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const counts = { published: 0, rejected: 0, draft: 0, skipped: 0, config: 0, withWarnings: 0, inputs: inputs.length };
  for (const e of inputs) {
    counts[e.status]++;
    if (e.warnings.length > 0) counts.withWarnings++;
  }
  return { inputs, counts };
}

/** Human-readable problems, grouped per file: `file:line: level: message`. */
export function formatProblems(entries: ReportEntry[]): string[] {
  const lines: string[] = [];
  for (const e of entries) {
    if (e.errors.length === 0 && e.warnings.length === 0) continue;
    lines.push(`${e.file} (${e.status})`);
    for (const [level, list] of [['erreur', e.errors], ['avertissement', e.warnings]] as const) {
      for (const d of list) lines.push(`  ${e.file}${d.line !== undefined ? `:${d.line}` : ''}: ${level}: ${d.message}`);
    }
  }
  return lines;
}
