// Where the package is installed, from this module's own path; light enough for the launcher.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package's root folder, from dist/src/*.js (installed), dist/snapshot/*.cjs (the snapshot's bundle) or src/*.ts (tests). */
export function packageRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.basename(path.dirname(here)) === 'dist' ? path.resolve(here, '..', '..') : path.resolve(here, '..');
}
