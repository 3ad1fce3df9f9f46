import { useEffect, useMemo, useState } from 'react';
import { parseScreenParams, type ScreenParams } from './screen-params.ts';

/** The big-screen parameters of the current URL (the hash store keeps parameters it does not know, so they survive reloads). */
export function useScreenParams(): ScreenParams {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return useMemo(() => parseScreenParams(hash), [hash]);
}
