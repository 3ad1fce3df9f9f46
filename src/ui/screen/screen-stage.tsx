import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { STAGE_HEIGHT, STAGE_WIDTH, fitStage, type StageFit } from './screen-fit.ts';

const StageFitContext = createContext<StageFit>({ scale: 1, left: 0, top: 0 });

/** The current stage fit (scale and letterbox offsets) inside a ScreenStage. */
export function useStageFit(): StageFit {
  return useContext(StageFitContext);
}

/** A fixed 1920×1080 stage scaled to fit the window and centred, letterboxed on other aspect ratios. */
export function ScreenStage({ children, className }: { children: ReactNode; className?: string }) {
  const [fit, setFit] = useState(() => fitStage(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const update = () => setFit(fitStage(window.innerWidth, window.innerHeight));
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return (
    <div className="screen-window" data-scale={fit.scale}>
      <div
        className={className ? `screen-stage ${className}` : 'screen-stage'}
        style={{ width: STAGE_WIDTH, height: STAGE_HEIGHT, transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})` }}
      >
        <StageFitContext value={fit}>{children}</StageFitContext>
      </div>
    </div>
  );
}
