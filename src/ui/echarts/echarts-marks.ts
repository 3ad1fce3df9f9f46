import { MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import { use } from 'echarts/core';

// Marked areas and lines: the as-of marker, year-unknown bands, target lines.
use([MarkAreaComponent, MarkLineComponent]);
