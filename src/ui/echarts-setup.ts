import { BarChart, CustomChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  BrushComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// The one place ECharts parts are registered; only what the option builders use gets bundled: series bar, custom
// (timeline) and heatmap; dataZoom inside + slider, continuous visualMap, the brush with its toolbox, aria (screen decals).
// Imported only by lazily loaded modules, so ECharts stays out of the entry chunk.
echarts.use([
  BarChart,
  CustomChart,
  HeatmapChart,
  LineChart,
  AriaComponent,
  BrushComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
]);

export { echarts };
