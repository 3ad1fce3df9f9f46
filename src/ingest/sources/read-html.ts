import { parse } from 'parse5';
import { decodeText, type DecodedText } from '../decode-text.ts';
import type { SourceTable, TableCell, TableDocument, TableRow } from '../table/table-model.ts';

/** The parse5 tree nodes this adapter reads. */
interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'select', 'button', 'svg', 'iframe']);
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'nav',
  'aside', 'main', 'table', 'tr', 'dt', 'dd', 'dl', 'blockquote', 'pre', 'hr', 'form', 'center', 'title', 'body',
]);

/**
 * Reads a web page: every outermost <table> becomes a SourceTable (rowspan cells marked
 * 'down', colspan cells 'right', each holding the spanning cell's text; tables nested in a
 * cell are text of that cell), and the page's other text — title, navigation, the notice
 * above the table, footers — becomes lines of the text view, in page order. The charset is
 * taken from a BOM, else a <meta> charset, else the bytes (UTF-8, else GB18030/GBK).
 */
export function readHtml(bytes: Uint8Array): TableDocument {
  const { text: html, encoding } = decodeHtml(bytes);
  const document = parse(html) as unknown as HtmlNode;
  const lines: string[] = [];
  const tables: SourceTable[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    if (text !== '') lines.push(text);
    current = '';
  };
  const walk = (node: HtmlNode) => {
    const tag = node.tagName?.toLowerCase();
    if (node.nodeName === '#text') {
      current += node.value ?? '';
      return;
    }
    if (tag && SKIP.has(tag) && tag !== 'head') return;
    if (tag === 'head') {
      const title = findAll(node, 'title')[0];
      if (title) {
        current = textOf(title);
        flush();
      }
      return;
    }
    if (tag === 'table') {
      flush();
      const table = readTable(node, lines, tables.length + 1);
      if (table.rows.length > 0) tables.push(table);
      return;
    }
    const block = tag !== undefined && BLOCK.has(tag);
    if (block) flush();
    for (const child of childrenOf(node)) walk(child);
    if (block) flush();
  };
  walk(document);
  flush();
  return { format: 'html', encoding, lines, tables };
}

/** BOM first, then a <meta charset> / http-equiv in the first 4 KB, then the bytes themselves. */
export function decodeHtml(bytes: Uint8Array): DecodedText {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (hasBom) return decodeText(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && /^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(declared)) return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  if (declared && /^utf-?8$/.test(declared)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  return decodeText(bytes);
}

function readTable(table: HtmlNode, lines: string[], tableNo: number): SourceTable {
  const rows: TableRow[] = [];
  // Cells still covered by a rowspan from a row above: column → { text, rows left }.
  const pending = new Map<number, { text: string; left: number }>();
  for (const [r, tr] of rowsOf(table).entries()) {
    const cells: TableCell[] = [];
    const place = (c: number) => `表 ${tableNo} 第 ${r + 1} 行第 ${c + 1} 列`;
    const takePending = () => {
      for (let held = pending.get(cells.length); held; held = pending.get(cells.length)) {
        cells.push({ text: held.text, place: place(cells.length), merged: 'down' });
        if (--held.left <= 0) pending.delete(cells.length - 1);
      }
    };
    for (const td of childrenOf(tr).filter((n) => n.tagName === 'td' || n.tagName === 'th')) {
      takePending();
      const text = cellText(td);
      const colspan = clampSpan(attrOf(td, 'colspan'), 100);
      const rowspan = clampSpan(attrOf(td, 'rowspan'), 10000);
      for (let s = 0; s < colspan; s++) {
        const at = cells.length;
        cells.push({ text, place: place(at), merged: s === 0 ? null : 'right' });
        if (rowspan > 1) pending.set(at, { text, left: rowspan - 1 });
      }
    }
    takePending();
    lines.push(cells.filter((c) => c.merged === null && c.text !== '').map((c) => c.text.replace(/\s*\n\s*/g, ' ')).join('\t'));
    rows.push({ cells, line: lines.length, lines: [lines.length] });
  }
  return { rows, marksMerges: true };
}

/** The table's own rows (thead/tbody/tfoot included), not those of tables nested in its cells. */
function rowsOf(table: HtmlNode): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const child of childrenOf(table)) {
    if (child.tagName === 'tr') out.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') out.push(...childrenOf(child).filter((n) => n.tagName === 'tr'));
  }
  return out;
}

/** A cell's text: <br>, <p> and block children start new lines; other whitespace collapses. */
function cellText(node: HtmlNode): string {
  let out = '';
  const walk = (n: HtmlNode) => {
    if (n.nodeName === '#text') {
      out += (n.value ?? '').replace(/[\s\u00a0]+/g, ' ');
      return;
    }
    const tag = n.tagName?.toLowerCase();
    if (tag && SKIP.has(tag)) return;
    const block = tag !== undefined && BLOCK.has(tag);
    if (block) out += '\n';
    for (const c of childrenOf(n)) walk(c);
    if (block) out += '\n';
  };
  for (const c of childrenOf(node)) walk(c);
  return out
    .split('\n')
    .map((l) => l.replace(/\u3000/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

function textOf(node: HtmlNode): string {
  return node.nodeName === '#text' ? (node.value ?? '') : childrenOf(node).map(textOf).join('');
}

function findAll(node: HtmlNode, tag: string): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const c of childrenOf(node)) {
    if (c.tagName === tag) out.push(c);
    out.push(...findAll(c, tag));
  }
  return out;
}

function childrenOf(node: HtmlNode): HtmlNode[] {
  return node.tagName === 'template' ? (node.content?.childNodes ?? []) : (node.childNodes ?? []);
}

function attrOf(node: HtmlNode, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

function clampSpan(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}
