/** The encodings `decodeText` recognises. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Lines (1-based) of a file that mixes encodings: which read as UTF-8 and which only as GB18030. */
export interface MixedEncodingLines {
  utf8: number[];
  gb18030: number[];
}

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Present when the lines of the file are written in different encodings: no one decoding reads it all. */
  mixed?: MixedEncodingLines;
}

/** Bytes looked at to recognise UTF-16 without a byte-order mark. */
const SNIFF_BYTES = 4096;

/**
 * Decodes an uploaded file's bytes without asking which encoding it is: UTF-8 (BOM stripped),
 * UTF-16 with a BOM (Excel's "Unicode text") or without one (recognised by the zero bytes of
 * its ASCII characters), else GB18030, a superset of the GBK that Chinese Excel writes. A file
 * some of whose lines are UTF-8 and others GBK (rows pasted from two sources) is reported in
 * `mixed`, so the caller refuses it instead of showing half of it garbled. Never throws: bytes
 * that are neither come back decoded as GB18030 with U+FFFD for what cannot be read.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeWith('utf-8', bytes.subarray(3), false) ?? '', encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeWith('utf-16le', bytes.subarray(2), false) ?? '', encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeWith('utf-16be', bytes.subarray(2), false) ?? '', encoding: 'utf-16be' };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) {
    const text = decodeWith(utf16, bytes, true);
    // Control characters other than tabs and line breaks: binary bytes, not text
    if (text !== null && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) return { text, encoding: utf16 };
  }
  const utf8 = decodeWith('utf-8', bytes, true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const text = decodeWith('gb18030', bytes, false) ?? '';
  const mixed = findMixedLines(bytes);
  return mixed === null ? { text, encoding: 'gb18030' } : { text, encoding: 'gb18030', mixed };
}

/** The message refusing a file of mixed encodings, naming a few lines of each. */
export function formatMixedEncoding(mixed: MixedEncodingLines): string {
  const list = (lines: readonly number[]) => `${lines.slice(0, 5).join('、')}${lines.length > 5 ? ` 等 ${lines.length} 行` : ''}`;
  return (
    `文件混用了两种编码：第 ${list(mixed.utf8)} 行是 UTF-8，第 ${list(mixed.gb18030)} 行是 GBK；` +
    '无法全部正确读取，未导入。请在 Excel / WPS 中统一另存为 CSV（UTF-8）后再导入 ' +
    `(mixed encodings: UTF-8 lines ${mixed.utf8.slice(0, 5).join(', ')}; GBK lines ${mixed.gb18030.slice(0, 5).join(', ')})`
  );
}

/**
 * Lines with non-ASCII bytes, sorted by whether they are valid UTF-8; null unless both kinds
 * occur. A GBK line is hardly ever valid UTF-8, so a file of both is two encodings pasted together.
 */
function findMixedLines(bytes: Uint8Array): MixedEncodingLines | null {
  const utf8: number[] = [];
  const gb18030: number[] = [];
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let start = 0;
  let line = 1;
  let wide = false;
  for (let i = 0; i <= bytes.length; i += 1) {
    const byte = i < bytes.length ? bytes[i]! : 0x0a;
    if (byte >= 0x80) wide = true;
    if (byte !== 0x0a) continue;
    if (wide) {
      try {
        strict.decode(bytes.subarray(start, i));
        utf8.push(line);
      } catch {
        gb18030.push(line);
      }
    }
    start = i + 1;
    line += 1;
    wide = false;
  }
  return utf8.length > 0 && gb18030.length > 0 ? { utf8, gb18030 } : null;
}

/** UTF-16 without a BOM: a text file's commas, digits and line breaks put a zero byte beside each of them, on one side only. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 16) return null; // too little to tell from a binary file
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) zeroEven += 1;
    if (bytes[i + 1] === 0) zeroOdd += 1;
  }
  const pairs = length / 2;
  // A few zero bytes on the other side are CJK characters such as 一 (U+4E00).
  if (zeroOdd >= pairs * 0.1 && zeroEven * 4 <= zeroOdd) return 'utf-16le';
  if (zeroEven >= pairs * 0.1 && zeroOdd * 4 <= zeroEven) return 'utf-16be';
  return null;
}

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    // ignoreBOM: the BOM is stripped above; one left further in is the file's own text.
    return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
