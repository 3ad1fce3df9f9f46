import type { LegendEntry, PngContextLines } from './png-context-lines.ts';
import { cappedPixelRatio } from './png-canvas-limit.ts';

/** What composeChartPng needs from the chart: its size in CSS pixels and a snapshot at a pixel ratio. */
export interface ChartSnapshot {
  width: number;
  height: number;
  dataUrl: (pixelRatio: number) => string;
}

export interface ComposedPng {
  blob: Blob;
  width: number;
  height: number;
  /** True when the asked size was reduced to fit the browser's canvas limits. */
  capped: boolean;
}

const PAD = 16;
const TITLE = { size: 18, line: 26 };
const TEXT = { size: 13, line: 19 };
const FOOT = { size: 12, line: 18 };
const MAX_FILTER_LINES = 4;

/**
 * Draws a chart with its context onto one canvas and encodes it as PNG: the title, the active filters in words and
 * (when the chart hides its own) a legend above; the as-of date and the source below. `context` null draws the chart
 * alone. The pixel ratio is reduced when the result would exceed the canvas limits (reported as `capped`), so a very
 * tall chart at ×3 gives a smaller image rather than an empty file. Rejects with a message when the browser cannot
 * encode the image.
 */
export async function composeChartPng(
  chart: ChartSnapshot,
  askedRatio: number,
  context: { lines: PngContextLines; legend: LegendEntry[] } | null,
  colours: { background: string; text: string; muted: string },
): Promise<ComposedPng> {
  const font = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const measure = document.createElement('canvas').getContext('2d');
  if (measure === null) throw new Error('canvas 2D context unavailable');
  const width = Math.max(1, chart.width);
  const inner = width - PAD * 2;
  const filterLines = context && context.lines.filters !== '' ? wrap(measure, context.lines.filters, `${TEXT.size}px ${font}`, inner).slice(0, MAX_FILTER_LINES) : [];
  const legendRows = context ? layoutLegend(measure, context.legend, `${TEXT.size}px ${font}`, inner) : [];
  const footText = context ? [context.lines.asOf, context.lines.source].filter((s): s is string => s !== null && s !== '').join(' · ') : '';
  const footLines = footText === '' ? [] : wrap(measure, footText, `${FOOT.size}px ${font}`, inner);
  const head = context === null ? 0 : PAD + TITLE.line + filterLines.length * TEXT.line + legendRows.length * TEXT.line + PAD / 2;
  const foot = context === null ? 0 : PAD / 2 + footLines.length * FOOT.line + PAD / 2;
  const totalHeight = head + chart.height + foot;
  const { ratio, capped } = cappedPixelRatio(width, totalHeight, askedRatio);

  const image = new Image();
  image.src = chart.dataUrl(ratio);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(totalHeight * ratio);
  const g = canvas.getContext('2d');
  if (g === null) throw new Error('canvas 2D context unavailable');
  g.scale(ratio, ratio);
  g.fillStyle = colours.background;
  g.fillRect(0, 0, width, totalHeight);
  g.textBaseline = 'middle';
  if (context !== null) {
    let y = PAD;
    g.fillStyle = colours.text;
    g.font = `bold ${TITLE.size}px ${font}`;
    g.fillText(clip(g, context.lines.title, inner), PAD, y + TITLE.line / 2);
    y += TITLE.line;
    g.font = `${TEXT.size}px ${font}`;
    g.fillStyle = colours.muted;
    for (const line of filterLines) {
      g.fillText(line, PAD, y + TEXT.line / 2);
      y += TEXT.line;
    }
    for (const row of legendRows) {
      for (const entry of row) {
        g.fillStyle = entry.colour;
        g.fillRect(PAD + entry.x, y + TEXT.line / 2 - 6, 12, 12);
        g.fillStyle = colours.text;
        g.fillText(entry.name, PAD + entry.x + 16, y + TEXT.line / 2);
      }
      y += TEXT.line;
    }
  }
  g.drawImage(image, 0, head, chart.width, chart.height);
  if (context !== null) {
    let y = head + chart.height + PAD / 2;
    g.font = `${FOOT.size}px ${font}`;
    g.fillStyle = colours.muted;
    for (const line of footLines) {
      g.fillText(line, PAD, y + FOOT.line / 2);
      y += FOOT.line;
    }
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob === null || blob.size === 0) throw new Error(`${canvas.width} × ${canvas.height}`);
  return { blob, width: canvas.width, height: canvas.height, capped };
}

/** Breaks text into lines no wider than `max` (Chinese has no spaces, so by character). */
function wrap(g: CanvasRenderingContext2D, text: string, font: string, max: number): string[] {
  g.font = font;
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line !== '' && g.measureText(line + ch).width > max) {
      lines.push(line);
      line = ch.trimStart();
    } else line += ch;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function clip(g: CanvasRenderingContext2D, text: string, max: number): string {
  if (g.measureText(text).width <= max) return text;
  let cut = text;
  while (cut.length > 1 && g.measureText(`${cut}…`).width > max) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function layoutLegend(g: CanvasRenderingContext2D, entries: readonly LegendEntry[], font: string, max: number): (LegendEntry & { x: number })[][] {
  g.font = font;
  const rows: (LegendEntry & { x: number })[][] = [];
  let row: (LegendEntry & { x: number })[] = [];
  let x = 0;
  for (const entry of entries) {
    const w = 16 + g.measureText(entry.name).width + 14;
    if (row.length > 0 && x + w > max) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ ...entry, x });
    x += w;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}
