/** The encodings `decodeText` recognises. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes an uploaded file's bytes without asking which encoding it is: UTF-8 (BOM stripped),
 * UTF-16 with a BOM (Excel's "Unicode text"), else GB18030, a superset of the GBK that Chinese
 * Excel writes. Never throws: bytes that are neither come back decoded as GB18030 with U+FFFD
 * for what cannot be read.
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
  const utf8 = decodeWith('utf-8', bytes, true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: decodeWith('gb18030', bytes, false) ?? '', encoding: 'gb18030' };
}

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    // ignoreBOM: the BOM is stripped above; one left further in is the file's own text.
    return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
