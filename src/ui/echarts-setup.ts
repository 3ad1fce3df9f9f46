import { BarChart, CustomChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// The ECharts parts every charting view needs: series bar, line, custom (timeline) and heatmap, continuous visualMap,
// legends, tooltips and marks. Parts only one view uses register with that view (src/ui/echarts/), so the overview
// does not download the timeline's brush and zoom or the wall's decals. Imported only by lazily loaded modules, so
// ECharts stays out of the entry chunk.
echarts.use([
  BarChart,
  CustomChart,
  HeatmapChart,
  LineChart,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
]);

export { echarts };
