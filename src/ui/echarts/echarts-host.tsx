import { PureComponent, type CSSProperties } from 'react';
import type { EChartsCoreOption, EChartsInitOpts, EChartsType } from 'echarts/core';
import { deepEqual } from './deep-equal.ts';

/** What the host calls on ECharts (echarts-setup.ts hands exactly these). */
export interface EChartsApi {
  init(dom: HTMLElement, theme?: string | object | null, opts?: EChartsInitOpts): EChartsType;
  dispose(dom: HTMLElement): void;
  getInstanceByDom(dom: HTMLElement): EChartsType | undefined;
}

type Handler = (event: never, chart: EChartsType) => void;

interface Props {
  echarts: EChartsApi;
  option: object;
  notMerge?: boolean;
  lazyUpdate?: boolean;
  theme?: string | object;
  opts?: EChartsInitOpts;
  style?: CSSProperties;
  className?: string;
  onEvents?: Record<string, Handler>;
  onChartReady?: (chart: EChartsType) => void;
}

// Resize at most once per 60 ms of size changes, as echarts-for-react's size sensor did.
const RESIZE_DEBOUNCE_MS = 60;

/**
 * One ECharts instance in a div, updated from props: the part of echarts-for-react 3.0.6 (lib/core) the charts use,
 * with the same steps in the same order (a first instance measures the box, then the real one is made at that size;
 * an equal option is not set again; new opts or theme make a new instance; a size change resizes, never the first),
 * so charts draw as before. Our own because the package also brought a size-sensor library, a deep-equal package
 * and helpers (about 5 KiB gzip on every charting view) where a ResizeObserver and deep-equal.ts do.
 */
export default class EChartsHost extends PureComponent<Props> {
  private ele: HTMLDivElement | null = null;
  private isInitialResize = true;
  private handlers: [string, (event: unknown) => void][] = [];
  private observer: ResizeObserver | null = null;
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;

  override componentDidMount(): void {
    void this.renderNewEcharts();
  }

  override componentDidUpdate(prev: Props): void {
    if (!deepEqual(prev.theme, this.props.theme) || !deepEqual(prev.opts, this.props.opts)) {
      this.dispose();
      void this.renderNewEcharts();
      return;
    }
    const instance = this.getEchartsInstance();
    if (!deepEqual(prev.onEvents, this.props.onEvents)) {
      this.unbindEvents(instance);
      this.bindEvents(instance, this.props.onEvents ?? {});
    }
    const { option, notMerge, lazyUpdate } = this.props;
    if (!deepEqual({ option, notMerge, lazyUpdate }, { option: prev.option, notMerge: prev.notMerge, lazyUpdate: prev.lazyUpdate })) {
      this.updateEChartsOption();
    }
    if (!deepEqual(prev.style, this.props.style) || prev.className !== this.props.className) this.resize();
  }

  override componentWillUnmount(): void {
    this.dispose();
  }

  getEchartsInstance(): EChartsType {
    return this.props.echarts.getInstanceByDom(this.ele!)!;
  }

  /** A first instance draws once to learn the box's final size; the real one is made at that size. */
  private initEchartsInstance(): Promise<EChartsType> {
    return new Promise((resolve) => {
      const { echarts, theme, opts } = this.props;
      const ele = this.ele!;
      echarts.init(ele, theme, opts);
      this.getEchartsInstance().on('finished', () => {
        const sized = { width: ele.clientWidth, height: ele.clientHeight, ...opts };
        echarts.dispose(ele);
        resolve(echarts.init(ele, theme, sized));
      });
    });
  }

  async renderNewEcharts(): Promise<void> {
    await this.initEchartsInstance();
    const instance = this.updateEChartsOption();
    this.bindEvents(instance, this.props.onEvents ?? {});
    this.props.onChartReady?.(instance);
    if (this.ele) this.observeSize(this.ele);
  }

  private updateEChartsOption(): EChartsType {
    const { option, notMerge = false, lazyUpdate = false } = this.props;
    const instance = this.getEchartsInstance();
    instance.setOption(option as EChartsCoreOption, { notMerge, lazyUpdate });
    instance.hideLoading();
    return instance;
  }

  private bindEvents(instance: EChartsType, events: Record<string, Handler>): void {
    for (const [name, handler] of Object.entries(events)) {
      if (typeof handler !== 'function') continue;
      const listener = (event: unknown) => handler(event as never, instance);
      instance.on(name, listener);
      this.handlers.push([name, listener]);
    }
  }

  private unbindEvents(instance: EChartsType): void {
    for (const [name, listener] of this.handlers) instance.off(name, listener);
    this.handlers = [];
  }

  private observeSize(ele: HTMLDivElement): void {
    if (this.observer !== null) return;
    const changed = () => {
      clearTimeout(this.resizeTimer);
      this.resizeTimer = setTimeout(() => this.resize(), RESIZE_DEBOUNCE_MS);
    };
    this.observer = new ResizeObserver(changed);
    this.observer.observe(ele);
    changed();
  }

  /** The first call only marks the start: resizing then would cancel the chart's opening animation. */
  private resize(): void {
    if (!this.isInitialResize) {
      try {
        this.getEchartsInstance().resize({ width: 'auto', height: 'auto' });
      } catch (error) {
        console.warn(error);
      }
    }
    this.isInitialResize = false;
  }

  private dispose(): void {
    if (!this.ele) return;
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.resizeTimer);
    this.props.echarts.dispose(this.ele);
  }

  override render() {
    const { style, className = '' } = this.props;
    return <div ref={(e) => void (this.ele = e)} style={{ height: 300, ...style }} className={`echarts-for-react ${className}`} />;
  }
}
