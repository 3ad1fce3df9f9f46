import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

/** Scrolling speed in stage pixels per second: slow enough to read a line from five metres while it moves. */
const PIXELS_PER_SECOND = 36;

/**
 * A list box that, when its content is taller than the box, scrolls the content upwards smoothly and endlessly (a
 * second, aria-hidden copy follows the first so the loop has no jump); content that fits stands still. Only a CSS
 * transform moves, so nothing around it is laid out again; reduced motion stops it (see wall.css).
 */
export function AutoScroll({ children, className, testId }: { children: ReactNode; className?: string; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLDivElement>(null);
  const [distance, setDistance] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      if (!box.current || !first.current) return;
      const height = first.current.offsetHeight;
      setDistance(height > box.current.clientHeight + 1 ? height : 0);
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (box.current) observer.observe(box.current);
    if (first.current) observer.observe(first.current);
    return () => observer.disconnect();
  }, []);
  const style = distance > 0
    ? ({ '--scroll-distance': `${-distance}px`, animationDuration: `${Math.round(distance / PIXELS_PER_SECOND)}s` } as CSSProperties)
    : undefined;
  return (
    <div className={className ? `auto-scroll ${className}` : 'auto-scroll'} ref={box} data-testid={testId} data-scrolling={distance > 0 ? 'true' : 'false'}>
      <div className={distance > 0 ? 'auto-scroll-track is-moving' : 'auto-scroll-track'} style={style}>
        <div className="auto-scroll-copy" ref={first}>{children}</div>
        {distance > 0 && <div className="auto-scroll-copy" aria-hidden="true" data-copy="true">{children}</div>}
      </div>
    </div>
  );
}
