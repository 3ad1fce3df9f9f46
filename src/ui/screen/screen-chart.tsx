import { Suspense, use, useMemo } from 'react';
import type { Lang } from '../../state/app-state.ts';
import { localiseRegionPlaceholder } from '../../charts/region-placeholder-option.ts';
import { screenMessage } from '../../i18n/screen-messages.ts';
import '../echarts/echarts-decals.ts';
import { chartPartsPending } from '../echarts/chart-parts.ts';
import { SizedEChartsCore } from '../echarts/sized-echarts-core.ts';
import { echarts } from '../echarts-setup.ts';
import { ErrorBoundary } from '../error-boundary.tsx';
import { chartPixelRatio } from './screen-fit.ts';
import { smallestFontSize } from './option-font-sizes.ts';
import { useStageFit } from './screen-stage.tsx';

interface Props {
  /** A memoised option; null shows "no data". */
  option: object | null;
  lang: Lang;
  /** Accessible name of the chart. */
  label: string;
}

/**
 * One chart on the big screen, filling its box. The canvas is drawn at window.devicePixelRatio × the stage scale, so
 * a 4K wall gets real 4K pixels rather than an upscaled 1080p bitmap; the instance is disposed when the panel unmounts.
 */
export function ScreenChart({ option: built, lang, label }: Props) {
  const option = useMemo(() => (built === null ? null : localiseRegionPlaceholder(built, lang)), [built, lang]);
  const { scale } = useStageFit();
  const devicePixelRatio = chartPixelRatio(window.devicePixelRatio, scale);
  const opts = useMemo(() => ({ devicePixelRatio, renderer: 'canvas' as const }), [devicePixelRatio]);
  const minFont = useMemo(() => smallestFontSize(option), [option]);
  return (
    <div className="screen-chart" role="img" aria-label={label} data-pixel-ratio={devicePixelRatio} data-min-font={minFont ?? undefined}>
      <ErrorBoundary resetKey={option} fallback={(message) => <p className="screen-chart-error" role="alert" data-error-boundary="chart">{message}</p>}>
        {option === null ? (
          <p className="screen-empty">{screenMessage(lang, 'screen.noData')}</p>
        ) : (
          <Suspense fallback={null}>
            <ScreenCanvas option={option} opts={opts} />
          </Suspense>
        )}
      </ErrorBoundary>
    </div>
  );
}

/** The chart itself, once the ECharts parts its option needs are registered (the composite wall draws only its map). */
function ScreenCanvas({ option, opts }: { option: object; opts: { devicePixelRatio: number; renderer: 'canvas' } }) {
  const pending = chartPartsPending(option);
  if (pending !== null) use(pending);
  return <SizedEChartsCore echarts={echarts} option={option} opts={opts} notMerge lazyUpdate style={{ height: '100%', width: '100%' }} />;
}
