const cache = new Map<string, Promise<string>>();

/** Fetches a source text once per page (relative to the page, like the datasets); a failure is not cached, so asking again retries. */
export function loadSourceText(path: string): Promise<string> {
  let text = cache.get(path);
  if (text === undefined) {
    text = fetch(path).then(async (response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.text();
    });
    text.catch(() => cache.delete(path));
    cache.set(path, text);
  }
  return text;
}
