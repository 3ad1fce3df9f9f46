/** Percent-decoding is repeated at most this often; a name still encoded after that is refused. */
const MAX_DECODES = 5;

/**
 * The absolute URL of a manifest's `file` under `folder`, or null when the file lies outside
 * it. The check runs on the name percent-decoded until it no longer changes, because some
 * static servers decode `%2f` to `/` (and `%252f` twice): `..%2f..%2fsecret.json` would
 * otherwise pass as one harmless name and be served from two folders up.
 */
export function urlInsideFolder(file: string, folder: string): string | null {
  let decoded = file;
  for (let round = 0; ; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return null; // a broken escape: no server agrees on what it names
    }
    if (next === decoded) break;
    if (round === MAX_DECODES) return null;
    decoded = next;
  }
  const inside = (name: string): boolean => {
    try {
      return new URL(name, folder).href.startsWith(folder);
    } catch {
      return false;
    }
  };
  if (!inside(file) || !inside(decoded) || decoded.includes('\0')) return null;
  return new URL(file, folder).href;
}
