import { useMemo } from 'react';
import { attentionList, shortText, type AttentionItem } from '../../analysis/attention-list.ts';
import type { TaskProgress } from '../../analysis/progress-status.ts';
import type { TaskRow } from '../../analysis/task-row.ts';
import { tasksAwaitingTexts } from '../../analysis/tasks-awaiting-texts.ts';
import { wallProgressAlerts, type WallProgressAlert } from '../../analysis/wall-progress-alerts.ts';
import { screenMessage } from '../../i18n/screen-messages.ts';
import { wallProgressMessage } from '../../i18n/wall-progress-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import { stateLabel } from '../progress/progress-format.ts';
import { capPerKind } from '../../analysis/wall-list-cap.ts';
import { AutoScroll } from './auto-scroll.tsx';
import { formatNumber } from '../format-number.ts';
import { titleWithFilters, type WallProps } from './wall-props.ts';
import { regionLabel } from '../../i18n/data-labels.ts';

/** Characters of a title, of "region · unit" and of a report's note that fit the alert column at 28 px. */
const TITLE_CHARS = 16;
const META_CHARS = 18;
/** A report's note beside the due date: a short note shows whole, a longer one is cut. */
const NOTE_CHARS = 9;
/**
 * Lines shown of each kind (passed, due soon; red, amber): the most urgent, then a line saying how many more. At the
 * wall's reading speed forty lines take about three minutes to scroll by; a province has tens of thousands.
 */
const WALL_ALERT_LINES_PER_KIND = 40;

/**
 * The persistent alert column, scrolling when long. Without progress reports: every task whose deadline has passed or
 * is near, most urgent first. With them: red and amber tasks first (status word, days over or left, latest note), most
 * overdue first, then the tasks not yet reported whose deadline has passed or is near. A line of a compact-encoded
 * dataset whose texts side file has not arrived (`textsPending`: dataset ids) says its title is loading, never blank.
 */
export function WallAlerts({ lang, asOf, rows, filterWords, progress, textsPending }: WallProps & { textsPending: ReadonlySet<string> }) {
  const awaiting = useMemo(() => tasksAwaitingTexts(rows, textsPending), [rows, textsPending]);
  return (
    <section className="wall-panel wall-alerts" data-testid="wall-alerts" data-progress={progress === null ? undefined : 'true'}>
      <h2 className="wall-panel-title">{titleWithFilters(screenMessage(lang, 'alerts.title'), filterWords)}</h2>
      {progress === null
        ? <PlanAlerts lang={lang} asOf={asOf} rows={rows} awaiting={awaiting} />
        : <ProgressAlerts lang={lang} asOf={asOf} rows={rows} progress={progress} awaiting={awaiting} />}
    </section>
  );
}

/** A line's title, or, while its dataset's texts are still loading, a muted "标题加载中…" in its place (never an empty line). */
function AlertTitle({ title, awaiting, lang }: { title: string; awaiting: boolean; lang: Lang }) {
  if (awaiting) return <span className="wall-alert-title is-pending" data-title-pending="">{screenMessage(lang, 'alerts.titleLoading')}</span>;
  return <span className="wall-alert-title">{title}</span>;
}

function PlanAlerts({ lang, asOf, rows, awaiting }: { lang: Lang; asOf: string; rows: readonly TaskRow[]; awaiting: ReadonlySet<string> }) {
  const items = useMemo(() => capPerKind(attentionList(rows, asOf, { titleChars: TITLE_CHARS }), (i) => i.kind, WALL_ALERT_LINES_PER_KIND), [rows, asOf]);
  return (
    <>
      <p className="wall-panel-note">{screenMessage(lang, 'alerts.note')}</p>
      {items.length === 0 ? (
        <p className="wall-empty">{screenMessage(lang, 'alerts.none')}</p>
      ) : (
        <AutoScroll className="wall-alert-scroll" testId="wall-alert-scroll">
          <ol className="wall-alert-list">
            {items.map((entry) => ('item' in entry
              ? <AlertLine key={entry.item.taskId} item={entry.item} lang={lang} awaiting={awaiting.has(entry.item.taskId)} />
              : <MoreLine key={`more-${entry.kind}`} kind={entry.kind} text={screenMessage(lang, entry.kind === 'passed' ? 'alerts.morePassed' : 'alerts.moreSoon', { n: formatNumber(entry.more, lang) })} />))}
          </ol>
        </AutoScroll>
      )}
    </>
  );
}

function AlertLine({ item, lang, awaiting }: { item: AttentionItem; lang: Lang; awaiting: boolean }) {
  const days = item.kind === 'passed'
    ? screenMessage(lang, 'alerts.passed', { n: item.days })
    : item.days === 0 ? screenMessage(lang, 'alerts.dueToday') : screenMessage(lang, 'alerts.dueSoon', { n: item.days });
  const meta = shortText(`${regionLabel(lang, item.region)} · ${item.lead ?? screenMessage(lang, 'alerts.noLead')}`, META_CHARS);
  return (
    <li className={`wall-alert tone-${item.kind}`} data-task={item.taskId} data-kind={item.kind} data-days={item.days}>
      <span className="wall-alert-head">
        <span className="wall-alert-days">{days}</span>
        <span className="wall-alert-due">{item.due}</span>
      </span>
      <AlertTitle title={item.title} awaiting={awaiting} lang={lang} />
      <span className="wall-alert-meta">{meta}</span>
    </li>
  );
}

function ProgressAlerts({ lang, asOf, rows, progress, awaiting }: { lang: Lang; asOf: string; rows: readonly TaskRow[]; progress: ReadonlyMap<string, TaskProgress>; awaiting: ReadonlySet<string> }) {
  const items = useMemo(
    () => capPerKind(wallProgressAlerts(rows, progress, asOf, { titleChars: TITLE_CHARS, noteChars: NOTE_CHARS }), alertGroup, WALL_ALERT_LINES_PER_KIND),
    [rows, progress, asOf],
  );
  return (
    <>
      <p className="wall-panel-note">{wallProgressMessage(lang, 'alerts.note')}</p>
      {items.length === 0 ? (
        <p className="wall-empty">{wallProgressMessage(lang, 'alerts.none')}</p>
      ) : (
        <AutoScroll className="wall-alert-scroll" testId="wall-alert-scroll">
          <ol className="wall-alert-list">
            {items.map((entry) => ('item' in entry
              ? <ProgressAlertLine key={entry.item.taskId} item={entry.item} lang={lang} awaiting={awaiting.has(entry.item.taskId)} />
              : <MoreLine key={`more-${entry.kind}`} kind={entry.kind} text={moreProgressText(lang, entry.kind, entry.more)} />))}
          </ol>
        </AutoScroll>
      )}
    </>
  );
}

/** The line closing a capped group: how many tasks of that kind the column leaves out (the counters count them all). */
function MoreLine({ kind, text }: { kind: string; text: string }) {
  return <li className={`wall-alert-more tone-${kind}`} data-more-kind={kind}>{text}</li>;
}

// red and amber lines are one group: they are ordered together, most days overdue first
function alertGroup(item: WallProgressAlert): 'rag' | 'passed' | 'dueSoon' {
  return item.kind === 'red' || item.kind === 'amber' ? 'rag' : item.kind;
}

function moreProgressText(lang: Lang, group: ReturnType<typeof alertGroup>, n: number): string {
  const count = { n: formatNumber(n, lang) };
  if (group === 'rag') return wallProgressMessage(lang, 'alerts.moreRag', count);
  return screenMessage(lang, group === 'passed' ? 'alerts.morePassed' : 'alerts.moreSoon', count);
}

const MARKS: Record<WallProgressAlert['kind'], string> = { red: '■', amber: '▲', passed: '○', dueSoon: '○' };

function ProgressAlertLine({ item, lang, awaiting }: { item: WallProgressAlert; lang: Lang; awaiting: boolean }) {
  const status = item.state === 'unreported' ? wallProgressMessage(lang, 'alerts.unreported') : stateLabel(lang, item.state);
  const days = item.daysOver === null
    ? wallProgressMessage(lang, 'alerts.noDue')
    : item.daysOver > 0 ? wallProgressMessage(lang, 'alerts.over', { n: item.daysOver })
      : item.daysOver === 0 ? wallProgressMessage(lang, 'alerts.dueToday') : wallProgressMessage(lang, 'alerts.left', { n: -item.daysOver });
  // a task without a report has only passed its deadline: "已过 n 天", never 逾期
  const unreportedDays = item.kind === 'passed' ? screenMessage(lang, 'alerts.passed', { n: item.daysOver ?? 0 }) : days;
  const meta = shortText(`${item.region} · ${item.lead ?? screenMessage(lang, 'alerts.noLead')}`, META_CHARS);
  return (
    <li className={`wall-alert tone-${item.kind}`} data-task={item.taskId} data-kind={item.kind} data-state={item.state} data-days-over={item.daysOver ?? ''}>
      <span className="wall-alert-head">
        <span className="wall-alert-status"><span className="wall-alert-mark" aria-hidden="true">{MARKS[item.kind]}</span>{status}</span>
        <span className="wall-alert-days">{item.state === 'unreported' ? unreportedDays : days}</span>
      </span>
      <AlertTitle title={item.title} awaiting={awaiting} lang={lang} />
      <span className="wall-alert-meta">{meta}</span>
      <span className="wall-alert-head">
        <span className="wall-alert-note">{item.note === '' ? '' : `“${item.note}”`}</span>
        <span className="wall-alert-due">{item.due ?? ''}</span>
      </span>
    </li>
  );
}
