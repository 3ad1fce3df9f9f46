import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { convertToArrow } from './arrow/convert-to-arrow.ts';

// `npm run convert -- <folder-with-manifest> <out-folder>`: copies a data folder, every format-version-1
// JSON dataset in it converted to the compact encoding (README "Compact encoding"). Only the disk and the exit code live here.
const [from, to] = process.argv.slice(2).filter((arg) => arg !== '--');
if (from === undefined || to === undefined) {
  console.error('usage: npm run convert -- <folder-with-manifest.json> <out-folder>');
  process.exit(2);
}
const source = resolve(from);
const target = resolve(to);
if (!existsSync(join(source, 'manifest.json'))) {
  console.error(`ERROR ${join(source, 'manifest.json')}: missing`);
  process.exit(2);
}
if (source === target || !relative(source, target).startsWith('..')) {
  console.error('ERROR the out-folder must be another folder, outside the one converted');
  process.exit(2);
}

const inside = (file: string): string | null => {
  const path = resolve(source, file);
  return relative(source, path).startsWith('..') ? null : path;
};
const converted = convertToArrow(readFileSync(join(source, 'manifest.json'), 'utf8'), (file) => {
  const path = inside(file);
  return path !== null && existsSync(path) ? readFileSync(path, 'utf8') : null;
});

// Everything else in the folder (source texts, unit aliases, progress files, datasets left as JSON) is copied as it is.
const replaced = new Set(converted.replaced.map((file) => inside(file)));
mkdirSync(target, { recursive: true });
cpSync(source, target, { recursive: true, filter: (path) => !replaced.has(path) && path !== join(source, 'manifest.json') });
for (const [name, content] of converted.files) {
  mkdirSync(dirname(join(target, name)), { recursive: true });
  writeFileSync(join(target, name), content);
}

for (const line of converted.summaries) console.log(line);
console.log(`\n${converted.summaries.length} datasets converted into ${target}`);
if (converted.failures.length > 0) {
  for (const failure of converted.failures) console.error(`ERROR ${failure}`);
  process.exitCode = 1;
}
