/**
 * Where Kiosque's own files are: the project root and what the build reads from it. The one
 * place that knows the layout of the installed tool (not of a user's content folder).
 */
import { join, resolve } from 'node:path';

/** The folder holding package.json, templates/, public/ and src/. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/** The command line's entry point, for tools and tests that run it as a user would. */
export const CLI_ENTRY = join(PROJECT_ROOT, 'src', 'cli', 'index.ts');
