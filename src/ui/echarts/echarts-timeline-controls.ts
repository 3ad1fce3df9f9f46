import { BrushComponent, DataZoomInsideComponent, DataZoomSliderComponent, ToolboxComponent } from 'echarts/components';
import { use } from 'echarts/core';

// The timeline view's controls: the density chart's month brush (with the toolbox that switches it on) and the
// Gantt's zoom. Only the full timeline draws them (compact charts leave them out), so they load with that view.
use([BrushComponent, ToolboxComponent, DataZoomInsideComponent, DataZoomSliderComponent]);
