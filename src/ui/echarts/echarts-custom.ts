import { CustomChart } from 'echarts/charts';
import { use } from 'echarts/core';

// Custom series: the timeline's lanes (gantt-chart.tsx, the overview's small timeline and the wall's panel).
use([CustomChart]);
