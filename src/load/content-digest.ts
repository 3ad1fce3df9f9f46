/**
 * A fingerprint of a file's bytes, so a refresh can tell that a file is byte for byte what it loaded before without
 * parsing it again. Two independent 32-bit multiply-xor hashes and the length: about 2^-64 of a chance that two
 * different files agree, and no Web Crypto (missing on a plain-http intranet, which is not a secure context).
 */
export function digestBytes(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!;
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `${bytes.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
