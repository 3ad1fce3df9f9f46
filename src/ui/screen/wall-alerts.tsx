import { useMemo } from 'react';
import { attentionList, shortText, type AttentionItem } from '../../analysis/attention-list.ts';
import { screenMessage } from '../../i18n/screen-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import { AutoScroll } from './auto-scroll.tsx';
import { titleWithFilters, type WallProps } from './wall-props.ts';
import { regionLabel } from '../../i18n/data-labels.ts';

/** Characters of a title and of "region · unit" that fit the alert column at 28 px. */
const TITLE_CHARS = 16;
const META_CHARS = 18;

/** The persistent alert column: every task whose deadline has passed or is near, most urgent first, scrolling when long. */
export function WallAlerts({ lang, asOf, rows, filterWords }: WallProps) {
  const items = useMemo(() => attentionList(rows, asOf, { titleChars: TITLE_CHARS }), [rows, asOf]);
  return (
    <section className="wall-panel wall-alerts" data-testid="wall-alerts">
      <h2 className="wall-panel-title">{titleWithFilters(screenMessage(lang, 'alerts.title'), filterWords)}</h2>
      <p className="wall-panel-note">{screenMessage(lang, 'alerts.note')}</p>
      {items.length === 0 ? (
        <p className="wall-empty">{screenMessage(lang, 'alerts.none')}</p>
      ) : (
        <AutoScroll className="wall-alert-scroll" testId="wall-alert-scroll">
          <ol className="wall-alert-list">
            {items.map((item) => <AlertLine key={item.taskId} item={item} lang={lang} />)}
          </ol>
        </AutoScroll>
      )}
    </section>
  );
}

function AlertLine({ item, lang }: { item: AttentionItem; lang: Lang }) {
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
      <span className="wall-alert-title">{item.title}</span>
      <span className="wall-alert-meta">{meta}</span>
    </li>
  );
}
