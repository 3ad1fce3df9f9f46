import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { TaskProgress } from '../../analysis/progress-status.ts';
import { regionLabel } from '../../i18n/data-labels.ts';
import type { TaskRow } from '../../analysis/task-row.ts';
import { ProgressBadge } from '../progress/progress-badge.tsx';
import { translate } from '../../i18n/translate.ts';
import { textsPendingMessage } from '../../i18n/texts-pending-messages.ts';
import type { MessageKey } from '../../i18n/ui-messages.ts';
import type { AppState } from '../../state/app-state.ts';
import { formatHash } from '../../state/hash.ts';
import { formatDeadline, formatIndicator, formatSource, formatUnit } from '../format-task.ts';
import type { SortKey } from './sort-task-rows.ts';
import { parseSort } from './sort-task-rows.ts';
import './task-table.css';

/** The first guess of a row's height; each row is then measured, so it grows to its content and nothing is cut. */
export const ROW_HEIGHT = 96;
const OVERSCAN = 6;

const COLUMNS: readonly { key: SortKey | 'units' | 'indicators'; label: MessageKey }[] = [
  { key: 'no', label: 'col.no' },
  { key: 'region', label: 'col.region' },
  { key: 'section', label: 'col.section' },
  { key: 'title', label: 'col.title' },
  { key: 'units', label: 'col.units' },
  { key: 'deadline', label: 'col.deadline' },
  { key: 'indicators', label: 'col.indicators' },
  { key: 'source', label: 'col.source' },
];

/**
 * The tasks as a virtualised grid (@tanstack/react-virtual): only the rows in view (plus a few) are in the DOM, so
 * 200,000 rows scroll smoothly, and each row is measured once drawn, so it is as tall as its units and indicators.
 */
export function TaskTable({ rows, state, onSort, progress, textsPending }: { rows: readonly TaskRow[]; state: AppState; onSort: (sort: string | null) => void; progress?: ReadonlyMap<string, TaskProgress>; textsPending?: ReadonlySet<string> }) {
  const { lang } = state;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => rows[index]?.task.id ?? index,
  });
  // New filters start at the top again.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [rows]);
  const sort = parseSort(state.sort);
  const clickSort = (key: SortKey) => {
    if (sort?.key !== key) onSort(key);
    else onSort(sort.descending ? null : `-${key}`);
  };
  return (
    <div className="task-table" role="table" aria-rowcount={rows.length + 1}>
      <div className="task-scroll" ref={scroller} data-testid="task-scroll">
        {/* The header scrolls with the rows (sticky), so both share one width whether or not a scroll bar shows. */}
        <div className="task-row task-head" role="row">
          {COLUMNS.map((col) => {
            const sortable = col.key !== 'units' && col.key !== 'indicators';
            const direction = sort?.key === col.key ? (sort.descending ? 'descending' : 'ascending') : 'none';
            return (
              <div key={col.key} role="columnheader" className={`cell cell-${col.key}`} aria-sort={sortable ? direction : undefined}>
                {sortable ? (
                  <button type="button" className="sort-button" title={translate(lang, 'tasks.sortBy')} onClick={() => clickSort(col.key as SortKey)}>
                    {translate(lang, col.label)}
                    <span aria-hidden="true">{direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ''}</span>
                  </button>
                ) : (
                  translate(lang, col.label)
                )}
              </div>
            );
          })}
        </div>
        {rows.length === 0 && <p className="empty">{translate(lang, 'tasks.empty')}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => (
            <TaskTableRow key={item.key} row={rows[item.index]!} index={item.index} top={item.start} measure={virtualizer.measureElement} state={state} progress={progress?.get(rows[item.index]!.task.id)} textPending={textsPending?.has(rows[item.index]!.datasetId) === true} />
          ))}
        </div>
      </div>
    </div>
  );
}

function TaskTableRow({ row, index, top, measure, state, progress, textPending }: { row: TaskRow; index: number; top: number; measure: (el: Element | null) => void; state: AppState; progress: TaskProgress | undefined; textPending: boolean }) {
  const { task } = row;
  const { lang } = state;
  return (
    <div className="task-row" role="row" aria-rowindex={index + 2} data-index={index} ref={measure} style={{ transform: `translateY(${top}px)` }} data-task-id={task.id}>
      <div role="cell" className="cell cell-no">
        {task.no ?? (
          // no number printed (东莞 numbers its sections, not its tasks): what identifies the task is its id
          <span className="muted" title={task.id}>
            {task.id.slice(task.id.indexOf('/') + 1)}
          </span>
        )}
      </div>
      <div role="cell" className="cell cell-region">{regionLabel(lang, row.region)}</div>
      <div role="cell" className="cell cell-section">{task.path.join(' / ')}</div>
      <div role="cell" className="cell cell-title">
        <a href={formatHash({ ...state, task: task.id })} className="task-link">
          {textPending && task.title === null && task.text === '' ? <span className="muted" data-text-pending="">{textsPendingMessage(lang, 'cell')}</span> : (task.title ?? task.text.slice(0, 40))}
        </a>
        <span className="task-text" title={task.text}>
          {task.text}
        </span>
      </div>
      <div role="cell" className="cell cell-units">
        {task.units.map((u, i) => (
          <span key={i} className={`unit role-${u.role}`}>
            {formatUnit(u, lang)}
          </span>
        ))}
      </div>
      <div role="cell" className="cell cell-deadline">
        <span className="deadline-raw">{task.deadline.raw}</span>
        <span className="deadline-due">{formatDeadline(task.deadline, lang)}</span>
        {progress !== undefined && <ProgressBadge progress={progress} lang={lang} details />}
      </div>
      <div role="cell" className="cell cell-indicators">
        {task.indicators.map((ind, i) => (
          <span key={i} className="indicator">
            {formatIndicator(ind)}
          </span>
        ))}
      </div>
      <div role="cell" className="cell cell-source">{formatSource(task)}</div>
    </div>
  );
}
