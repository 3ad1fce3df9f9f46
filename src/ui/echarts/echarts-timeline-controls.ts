import { BrushComponent, DataZoomInsideComponent, DataZoomSliderComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { installToolboxBrushOnly } from './echarts-toolbox-brush.ts';

// The timeline view's controls: the density chart's month brush (with the toolbox that switches it on) and the
// Gantt's zoom. Only the full timeline draws them (compact charts leave them out), so they load with that view.
use([BrushComponent, installToolboxBrushOnly, DataZoomInsideComponent, DataZoomSliderComponent]);
