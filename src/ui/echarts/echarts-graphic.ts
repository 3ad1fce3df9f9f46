import { GraphicComponent } from 'echarts/components';
import { use } from 'echarts/core';

// Free graphic elements: the as-of date's edge label when it lies far outside the data (timeline, deadline density).
use([GraphicComponent]);
