// Deep imports of ECharts internals (echarts/lib/...), which ship without type declarations. Only the toolbox parts
// are imported this way (echarts-toolbox-brush.ts): the public ToolboxComponent would also bring every other toolbox
// button, none of which a chart shows.
declare module 'echarts/lib/component/toolbox/ToolboxModel.js' {
  const ToolboxModel: new (...args: never[]) => unknown;
  export default ToolboxModel;
}
declare module 'echarts/lib/component/toolbox/ToolboxView.js' {
  import type { ComponentView } from 'echarts/core';
  const ToolboxView: typeof ComponentView;
  export default ToolboxView;
}
