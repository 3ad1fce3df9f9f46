import { AriaComponent } from 'echarts/components';
import { use } from 'echarts/core';

// The wall turns on ECharts' automatic decal patterns (aria.decal), so stacked series differ by more than colour
// from five metres; the dashboard draws its own hatching and does not need the component.
use([AriaComponent]);
