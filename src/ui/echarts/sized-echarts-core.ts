import ReactEChartsCoreModule from 'echarts-for-react/lib/core';

// lib/core is CommonJS with exports.default; depending on the bundler's interop the import is the class or its module.
const ReactEChartsCore = ((ReactEChartsCoreModule as unknown as { default?: typeof ReactEChartsCoreModule }).default ??
  ReactEChartsCoreModule) as typeof ReactEChartsCoreModule;

/**
 * echarts-for-react's chart, kept the size of its box. The library creates the chart at the size its box has once a
 * first draw has finished, then watches the box and skips the first size report (it comes at once, and resizing then
 * would cut the first animation short). A box that grew in between — a chart drawn from the first batch of a load,
 * whose rows then arrive — kept the old size: the workload bars filled the top 384 px of an 816 px box. That first
 * report now resizes the chart when the box differs from the chart.
 */
export class SizedEChartsCore extends ReactEChartsCore {
  constructor(props: ConstructorParameters<typeof ReactEChartsCore>[0]) {
    super(props);
    const self = this as unknown as { resize(): void; isInitialResize: boolean; ele: HTMLElement | null };
    const resize = self.resize.bind(this);
    self.resize = () => {
      const chart = this.getEchartsInstance();
      const box = self.ele;
      if (self.isInitialResize && chart !== undefined && box !== null && (chart.getWidth() !== box.clientWidth || chart.getHeight() !== box.clientHeight)) {
        self.isInitialResize = false;
      }
      resize();
    };
  }
}
