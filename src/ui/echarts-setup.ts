import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { dispose, getInstanceByDom, init, registerMap, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { staggerUpdates } from './echarts/staggered-updates.ts';

// The ECharts parts every charting view draws with: bars on a grid, legends and tooltips. Series and components
// only some charts use (line, custom, heatmap with its visualMap, marks, graphic and titles) load when an option
// asks for them (src/ui/echarts/option-parts.ts, chart-parts.ts), so no view downloads what it never draws; the
// wall's map, the timeline's brush and zoom and the wall's decals register with their views. Imported only by lazily
// loaded modules, so ECharts stays out of the entry chunk.
use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/**
 * Only what the charts call (echarts-for-react: init, dispose, getInstanceByDom; the wall: use, registerMap). Handing
 * echarts-for-react the whole `echarts/core` namespace as a value would keep every export of it in the bundle (the
 * graphic, format and number helpers, GeoJSON parsing, Model, Axis ...), none of which a chart draws with.
 */
export const echarts = {
  // every chart draws a new option in a task of its own (see staggered-updates.ts)
  init: (...args: Parameters<typeof init>) => staggerUpdates(init(...args)),
  dispose,
  getInstanceByDom,
  use,
  registerMap,
};
