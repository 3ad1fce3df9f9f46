import { HeatmapChart } from 'echarts/charts';
import { VisualMapContinuousComponent } from 'echarts/components';
import { use } from 'echarts/core';

// Heatmaps and the continuous visualMap that colours them: the target matrix and the unit × month heatmap.
use([HeatmapChart, VisualMapContinuousComponent]);
