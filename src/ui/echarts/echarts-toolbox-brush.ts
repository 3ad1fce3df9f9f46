import ToolboxModel from 'echarts/lib/component/toolbox/ToolboxModel.js';
import ToolboxView from 'echarts/lib/component/toolbox/ToolboxView.js';

/**
 * The toolbox with no button of its own: the only button a chart shows is the brush's (deadline-density.ts,
 * `toolbox.feature.brush`), which BrushComponent registers. ECharts' ToolboxComponent would also register save-as-image,
 * data view, magic type, data zoom and restore (about 9 KiB gzip) that no option asks for.
 */
export function installToolboxBrushOnly(registers: {
  registerComponentModel(model: typeof ToolboxModel): void;
  registerComponentView(view: typeof ToolboxView): void;
}): void {
  registers.registerComponentModel(ToolboxModel);
  registers.registerComponentView(ToolboxView);
}
