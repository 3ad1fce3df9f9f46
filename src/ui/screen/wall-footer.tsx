import type { LoadResult } from '../../load/load-result.ts';
import { shortText } from '../../analysis/attention-list.ts';
import { screenMessage } from '../../i18n/screen-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import { failureReason, noticeReason } from '../failure-notice.tsx';
import type { ProgressView } from '../progress/use-progress.ts';
import { AutoScroll } from './auto-scroll.tsx';

/** Characters of one problem line that fit the footer beside its label at 28 px on the 1920 stage. */
const PROBLEM_CHARS = 48;

/**
 * Every data problem the dashboard reports (files that failed to load, files shown with a problem), one line each
 * with its file and reason; progress forms that could not be read and every report row left out or in doubt, by
 * form and row), scrolling through them when there are several; so a wall never shows fewer tasks or reports
 * without saying why.
 */
export function WallFooter({ load, lang, progress }: { load: LoadResult; lang: Lang; progress?: ProgressView }) {
  const problems = [
    ...load.failures.map((f) => `${f.file}（${failureReason(f, lang)}）`),
    ...load.notices.map((n) => `${n.file}（${noticeReason(n, lang)}）`),
    // a progress message names its form (and row) already: "公共服务办.xlsx 第 9 行：…"
    ...(progress?.failures ?? []).map((f) => (f.message.startsWith(f.file) ? f.message : `${f.file}：${f.message}`)),
    ...(progress?.merged.warnings ?? []).map((w) => (w.message.startsWith(w.source) ? w.message : `${w.source}：${w.message}`)),
  ];
  return (
    <footer className="screen-footer wall-footer">
      {problems.length === 0 ? (
        <p className="wall-footer-ok" data-testid="wall-footer-ok">{screenMessage(lang, 'footer.ok')}</p>
      ) : (
        <div className="wall-problems" role="status" data-testid="wall-problems" data-count={problems.length}>
          <span className="wall-problems-label">⚠ {screenMessage(lang, 'footer.problems', { n: problems.length })}</span>
          <AutoScroll className="wall-problem-scroll">
            <ul className="wall-problem-list">
              {problems.map((p, i) => <li key={i} className="wall-problem">{shortText(p, PROBLEM_CHARS)}</li>)}
            </ul>
          </AutoScroll>
        </div>
      )}
    </footer>
  );
}
