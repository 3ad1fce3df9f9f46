import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { STAGE_HEIGHT, STAGE_WIDTH, fitStage, type StageFit } from './screen-fit.ts';

/** A stage at least this wide (fill mode on a 32:9 wall) lays some widgets side by side instead of stacked. */
const WIDE_STAGE = 2880;

const StageFitContext = createContext<StageFit>({ scale: 1, left: 0, top: 0, width: STAGE_WIDTH, height: STAGE_HEIGHT });

/** The current stage fit (scale and letterbox offsets) inside a ScreenStage. */
export function useStageFit(): StageFit {
  return useContext(StageFitContext);
}

/** A fixed 1920×1080 stage scaled to fit the window and centred, letterboxed on other aspect ratios (or widened with `fill`). */
export function ScreenStage({ children, className, fill = false }: { children: ReactNode; className?: string; fill?: boolean }) {
  const [fit, setFit] = useState(() => fitStage(window.innerWidth, window.innerHeight, fill));
  useEffect(() => {
    const update = () => setFit(fitStage(window.innerWidth, window.innerHeight, fill));
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [fill]);
  return (
    <div className="screen-window" data-scale={fit.scale} data-stage-width={fit.width} data-wide={fit.width >= WIDE_STAGE ? 'true' : undefined}>
      <div
        className={className ? `screen-stage ${className}` : 'screen-stage'}
        style={{ width: fit.width, height: fit.height, transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})` }}
      >
        <StageFitContext value={fit}>{children}</StageFitContext>
      </div>
    </div>
  );
}
