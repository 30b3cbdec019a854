/**
 * Command lines read with `node:util` `parseArgs`, the same way for the CLI and every tool:
 * `--flag value` and `--flag=value`, unknown options refused with the usage.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses `argv` against `options`; any mistake is thrown with `usage` appended.
 * @example readCommandLine(['--out', 'x'], { out: { type: 'string' } }, 'usage: …').values.out // 'x'
 */
export function readCommandLine<const O extends Options>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${usage}`);
  }
}

/**
 * A whole number option, at least `min`.
 * @example wholeNumber('--port', '8080', 1) // 8080
 */
export function wholeNumber(flag: string, raw: string, min: number, usage: string, message?: string): number {
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min) throw new Error(`${message ?? `${flag} wants a whole number of at least ${min}, got "${raw}"`}\n${usage}`);
  return n;
}
