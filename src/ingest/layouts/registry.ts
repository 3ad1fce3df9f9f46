import type { LayoutReader } from '../raw-task.ts';
import { flatTableReader } from './flat-table.ts';
import { labelledItemsReader } from './labelled-items.ts';
import { numberedMeasuresReader } from './numbered-measures.ts';
import { proseItemsReader } from './prose-items.ts';
import { tabTableReader } from './tab-table.ts';
import { cellPerLineReader } from '../sources/cell-per-line.ts';
import { delimitedRowsReader } from '../sources/delimited-rows.ts';

/** Every layout the ingest can read; a new layout is one more reader here. */
export const LAYOUT_READERS: readonly LayoutReader[] = [
  tabTableReader,
  flatTableReader,
  proseItemsReader,
  numberedMeasuresReader,
  labelledItemsReader,
  // Header-driven text tables, scored below the readers above so the seeds keep their readers.
  delimitedRowsReader,
  cellPerLineReader,
];

/** The reader whose `detect` scores highest, if any scores at least 0.5; null when none fits. */
export function chooseLayout(
  lines: readonly string[],
  readers: readonly LayoutReader[] = LAYOUT_READERS,
): { reader: LayoutReader; score: number } | null {
  let best: { reader: LayoutReader; score: number } | null = null;
  for (const reader of readers) {
    let score = 0;
    try {
      score = reader.detect(lines);
    } catch {
      score = 0;
    }
    if (score >= 0.5 && (!best || score > best.score)) best = { reader, score };
  }
  return best;
}
