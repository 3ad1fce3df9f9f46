import { LineChart } from 'echarts/charts';
import { use } from 'echarts/core';

// Line series: the 督办 view's completion over reporting rounds.
use([LineChart]);
