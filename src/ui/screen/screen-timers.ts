import { useCallback, useEffect, useState } from 'react';
import { todayIso } from '../today.ts';

/** The current time, updated every `ms` milliseconds. */
export function useNow(ms: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

/** Today's ISO date, re-read every minute so a wall running past midnight moves its as-of date on. */
export function useToday(): string {
  const [today, setToday] = useState(todayIso);
  useEffect(() => {
    const timer = setInterval(() => setToday(todayIso()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}

/** The index of the panel on screen, advancing every `seconds` (0 = never) and wrapping; `step(±1)` moves by hand and restarts the interval. */
export function useRotation(count: number, seconds: number): [number, (delta: number) => void] {
  const [index, setIndex] = useState(0);
  const current = count > 0 ? index % count : 0;
  useEffect(() => {
    if (!(seconds > 0) || count < 2) return;
    const timer = setTimeout(() => setIndex((i) => (i + 1) % count), seconds * 1000);
    return () => clearTimeout(timer);
  }, [current, count, seconds]);
  const step = useCallback((delta: number) => setIndex((i) => (((i + delta) % count) + count) % count), [count]);
  return [current, step];
}

/** Reloads the whole page every `minutes` (null = never), only once the page itself answers, so a server outage at that moment does not leave an error page on the wall. */
export function useScheduledReload(minutes: number | null): void {
  useEffect(() => {
    if (minutes === null || !(minutes > 0)) return;
    let timer: ReturnType<typeof setTimeout>;
    const attempt = async () => {
      try {
        const response = await fetch(window.location.href.split('#')[0]!, { cache: 'no-store' });
        if (response.ok) {
          window.location.reload();
          return;
        }
      } catch {
        // offline for now: try again in a minute
      }
      timer = setTimeout(() => void attempt(), 60_000);
    };
    timer = setTimeout(() => void attempt(), minutes * 60_000);
    return () => clearTimeout(timer);
  }, [minutes]);
}

/** True once neither mouse nor keyboard has been used for `ms` milliseconds (the cursor and the fullscreen button hide). */
export function useIdle(ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), ms);
    const wake = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), ms);
    };
    const events = ['mousemove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    for (const event of events) window.addEventListener(event, wake, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const event of events) window.removeEventListener(event, wake);
    };
  }, [ms]);
  return idle;
}
