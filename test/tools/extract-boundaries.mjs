// Writes public/boundaries/ from the map files Apache ECharts 4.9.0 published on npm (Apache-2.0):
//   npm pack echarts@4.9.0 && tar xzf echarts-4.9.0.tgz && node test/tools/extract-boundaries.mjs package/map/json
// The files are already simplified and quantised by the ECharts team (their compressed "UTF8Encoding" form, which
// ECharts' registerMap still reads); this keeps only the fields the wall uses (GB/T 2260 code as id, name, label point)
// and the provinces listed below at prefecture level, so the whole folder stays far inside its size budget.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const source = process.argv[2];
if (!source) throw new Error('usage: node test/tools/extract-boundaries.mjs <echarts-4.9.0/map/json>');
const out = new URL('../public/boundaries/', import.meta.url).pathname;
// province code → the file name in echarts 4.9.0's map/json/province/
const PROVINCES = { '440000': 'guangdong' };

function slim(json) {
  return {
    type: 'FeatureCollection',
    UTF8Encoding: json.UTF8Encoding,
    features: json.features.map((f) => ({ id: f.id, type: 'Feature', properties: { name: f.properties.name, cp: f.properties.cp }, geometry: f.geometry })),
  };
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'china.json'), JSON.stringify(slim(JSON.parse(readFileSync(join(source, 'china.json'), 'utf8')))));
for (const [code, name] of Object.entries(PROVINCES)) {
  const json = JSON.parse(readFileSync(join(source, 'province', `${name}.json`), 'utf8'));
  writeFileSync(join(out, `${code}.json`), JSON.stringify(slim(json)));
}
writeFileSync(join(out, 'index.json'), `${JSON.stringify({ version: 1, country: 'china.json', provinces: Object.keys(PROVINCES).map((code) => ({ code, file: `${code}.json` })) }, null, 2)}\n`);
