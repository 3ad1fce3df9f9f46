import { TitleComponent } from 'echarts/components';
import { use } from 'echarts/core';

// Chart titles: the targets view's panel titles and the timeline's "binned" note.
use([TitleComponent]);
