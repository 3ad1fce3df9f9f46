import { strToU8, zipSync } from 'fflate';

/**
 * Builders of .docx, .xlsx and .html task tables for tests, written here from rows of text so
 * no binary fixture is committed. `mergeDown` lists the columns whose runs of equal cells the
 * source merges vertically (Word vMerge, Excel merged range, HTML rowspan).
 */
export interface FixtureTable {
  /** A row of one cell in a wider table is a section row spanning the table (gridSpan, colspan, a range merged across). */
  rows: string[][];
  /** 0-based rows that are the header (never merged). */
  headerRows?: number;
  mergeDown?: number[];
  /**
   * A column of month deadlines ("2023年6月"): Excel stores each as a DATE (the 1st of the month) formatted
   * 'yyyy"年"m"月"', so it shows the month; the other formats print the text.
   */
  dateColumn?: number;
  /** Word: the table breaks at this row onto a new page, where the header row is printed again (a second table). */
  pageBreakAt?: number;
}

const width = (table: FixtureTable) => Math.max(...table.rows.map((r) => r.length));
/** A section row: one cell in a table wider than one column. */
const spans = (table: FixtureTable, row: readonly string[]) => row.length === 1 && width(table) > 1;

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function runsDown(table: FixtureTable): boolean[][] {
  // continues[r][c]: the cell repeats the one above and the source merges it.
  const head = table.headerRows ?? 1;
  return table.rows.map((row, r) =>
    row.map((text, c) => r > head && (table.mergeDown ?? []).includes(c) && text !== '' && table.rows[r - 1]?.[c] === text),
  );
}

function wordParagraphs(text: string): string {
  const paras = text === '' ? [''] : text.split('\n');
  return paras.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xml(p)}</w:t></w:r></w:p>`).join('');
}

/** The table as Word prints it over a page break: the rows from `pageBreakAt` on, under the header again. */
function pages(table: FixtureTable): FixtureTable[] {
  const at = table.pageBreakAt;
  const head = table.headerRows ?? 1;
  if (at === undefined || at <= head || at >= table.rows.length) return [table];
  return [
    { ...table, rows: table.rows.slice(0, at), pageBreakAt: undefined },
    { ...table, rows: [...table.rows.slice(0, head), ...table.rows.slice(at)], pageBreakAt: undefined },
  ];
}

/** A Word document: paragraphs, then each table; `after` paragraphs follow the last table. */
export function buildDocx(before: string[], tables: FixtureTable[], after: string[] = []): Uint8Array {
  const body: string[] = before.map(wordParagraphs);
  for (const table of tables.flatMap(pages)) {
    const continues = runsDown(table);
    const head = table.headerRows ?? 1;
    const rows = table.rows.map((row, r) => {
      const cells = row.map((text, c) => {
        const starts = !continues[r]?.[c] && continues[r + 1]?.[c];
        const merge = continues[r]?.[c] ? '<w:vMerge/>' : starts ? '<w:vMerge w:val="restart"/>' : '';
        const span = spans(table, row) ? `<w:gridSpan w:val="${width(table)}"/>` : '';
        return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${span}${merge}</w:tcPr>${wordParagraphs(continues[r]?.[c] ? '' : text)}</w:tc>`;
      });
      // The header row is marked to repeat at the top of each page, as Word's 重复标题行 does.
      return `<w:tr>${r < head ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.join('')}</w:tr>`;
    });
    body.push(`<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`);
  }
  body.push(...after.map(wordParagraphs));
  return zipDocx(body.join(''));
}

/** Zips a Word body (the XML inside <w:body>) into a minimal .docx. */
export function zipDocx(bodyXml: string): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(document),
  });
}

/** An Excel workbook with one sheet: an optional title row merged across, then the table. */
export async function buildXlsx(title: string | null, table: FixtureTable, sheetName = '任务表'): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  const columns = width(table);
  let offset = 0;
  if (title !== null) {
    sheet.getCell(1, 1).value = title;
    sheet.mergeCells(1, 1, 1, columns);
    offset = 1;
  }
  const continues = runsDown(table);
  const head = table.headerRows ?? 1;
  for (const [r, row] of table.rows.entries()) {
    for (const [c, text] of row.entries()) {
      const cell = sheet.getCell(r + 1 + offset, c + 1);
      const month = c === table.dateColumn && r >= head ? /^(\d{4})年(\d{1,2})月$/.exec(text) : null;
      if (month) {
        cell.value = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
        cell.numFmt = 'yyyy"年"m"月"';
      } else if (!continues[r]?.[c]) cell.value = text;
      cell.alignment = { wrapText: true };
    }
    if (spans(table, row)) sheet.mergeCells(r + 1 + offset, 1, r + 1 + offset, columns);
  }
  for (const c of table.mergeDown ?? []) {
    let start = -1;
    for (let r = 0; r <= table.rows.length; r++) {
      const cont = r < table.rows.length && continues[r]?.[c];
      if (cont && start === -1) start = r - 1;
      if (!cont && start !== -1) {
        sheet.mergeCells(start + 1 + offset, c + 1, r + offset, c + 1);
        start = -1;
      }
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A web page: navigation and a notice around the table, rowspans for merged runs. */
export function buildHtml(before: string[], table: FixtureTable, charset = 'utf-8'): string {
  const continues = runsDown(table);
  const rows = table.rows.map((row, r) => {
    const cells = row
      .map((text, c) => {
        if (continues[r]?.[c]) return '';
        let span = 1;
        while (continues[r + span]?.[c]) span++;
        const attr = span > 1 ? ` rowspan="${span}"` : spans(table, row) ? ` colspan="${width(table)}"` : '';
        const tag = r < (table.headerRows ?? 1) ? 'th' : 'td';
        return `<${tag}${attr}>${text.split('\n').map(xml).join('<br>')}</${tag}>`;
      })
      .join('');
    return `<tr>${cells}</tr>`;
  });
  return `<!DOCTYPE html><html><head><meta charset="${charset}"><title>${xml(before[0] ?? '')}</title><script>var x = "<td>不是表格</td>";</script></head><body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
<table class="layout"><tr><td>网站导航</td><td>无障碍</td></tr></table>
<div class="content">${before.map((p) => `<p>${xml(p)}</p>`).join('')}
<table border="1">${rows.join('\n')}</table></div>
<div class="footer"><p>主办单位：某某人民政府办公室 版权所有</p></div></body></html>`;
}

/** GB18030 bytes of a string, for the CJK range and ASCII (enough for a test page saved as GBK). */
export function gbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}
