/**
 * After a redeploy, a tab or wall that was opened on the previous build asks for script chunks whose hashed names no
 * longer exist (when the old assets were not kept). Vite reports such a failed dynamic import as `vite:preloadError`;
 * this reloads the page once, so it picks up the new build, instead of leaving an error box on the wall for good.
 * A reload less than RELOAD_GUARD_MS ago (kept in sessionStorage, per tab) means the new build fails too: then the
 * error is left to the views' error boundaries rather than reloading in a loop.
 */
const KEY = 'duban-stale-chunk-reload';
export const RELOAD_GUARD_MS = 5 * 60_000;

/** Whether to reload now, given the time of the last such reload in this tab (null = never) and the time now. */
export function shouldReload(lastReload: number | null, now: number): boolean {
  return lastReload === null || !Number.isFinite(lastReload) || now - lastReload > RELOAD_GUARD_MS || now < lastReload;
}

function lastReload(): number | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    return raw === null ? null : Number(raw);
  } catch {
    return null;
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('vite:preloadError', (event) => {
    const now = Date.now();
    if (!shouldReload(lastReload(), now)) return;
    try {
      window.sessionStorage.setItem(KEY, String(now));
    } catch {
      // storage refused (private mode): reloading without a guard could loop, so leave the error shown
      return;
    }
    event.preventDefault();
    window.location.reload();
  });
}
