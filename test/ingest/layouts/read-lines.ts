import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lines of a file as layout readers receive them (`lines[i]` is line i + 1). */
export function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').split(/\r?\n/);
}

/** The lines of a seed document, e.g. seedLines('000_55f74f2804de3fe7.txt'). */
export function seedLines(file: string): string[] {
  return readLines(join(import.meta.dirname, '../../../seeds', file));
}

/** The lines of a fixture under test/fixtures/<layout>/. */
export function fixtureLines(layout: string, file: string): string[] {
  return readLines(join(import.meta.dirname, '../../fixtures', layout, file));
}
