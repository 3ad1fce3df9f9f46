import { useEffect, useMemo, useRef, useState } from 'react';
import { exportText } from '../../i18n/export-messages.ts';
import type { Dataset, Task } from '../../model/schema.ts';
import type { Lang } from '../../state/app-state.ts';
import { useUploadsStore } from '../import/uploads-store.ts';
import { uploadsStore } from '../use-datasets.ts';
import { loadSourceText } from './load-source-text.ts';
import { CONTEXT_LINES, sourceLines, sourceTextPath, taskLineRange } from './source-lines.ts';
import './source-panel.css';

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; lines: string[] };

/**
 * The task in its source document: the document's title, issuer, number and date, then the task's lines
 * highlighted with a few lines around them; "查看原文" shows the whole document scrolled to the task.
 * The text is fetched when the dialog opens (never with the page) and shown as text; a dataset imported in the
 * browser has its text kept with it (IndexedDB, see uploads-store.ts) and shows it without a fetch.
 */
export function SourcePanel({ dataset, task, lang }: { dataset: Dataset; task: Task; lang: Lang }) {
  const path = sourceTextPath(dataset);
  const uploads = useUploadsStore(uploadsStore);
  const kept = path === null ? uploads.records.find((r) => r.dataset.id === dataset.id)?.sourceText : undefined;
  const keptLines = useMemo(() => (kept === undefined ? null : sourceLines(kept)), [kept]);
  const [fetched, setLoaded] = useState<Loaded>({ state: 'loading' });
  const loaded: Loaded = keptLines === null ? fetched : { state: 'ready', lines: keptLines };
  const [whole, setWhole] = useState(false);
  const mark = useRef<HTMLLIElement>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setLoaded({ state: 'loading' });
    loadSourceText(path).then(
      (text) => live && setLoaded({ state: 'ready', lines: sourceLines(text) }),
      (error: unknown) => live && setLoaded({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [path]);
  const lines = loaded.state === 'ready' ? loaded.lines : null;
  const range = useMemo(() => (lines === null ? null : taskLineRange(task, dataset, lines)), [lines, task, dataset]);
  // scroll the document's own box to the task, not the dialog around it
  useEffect(() => {
    const box = list.current;
    const line = mark.current;
    if (whole && box !== null && line !== null) box.scrollTop = line.offsetTop - box.clientHeight / 3;
  }, [whole]);
  const meta = [dataset.issuer, dataset.docNumber, dataset.published].filter((v): v is string => v !== null && v !== '').join(' · ');
  if (path === null && keptLines === null) return <p className="muted">{exportText(lang, 'source.missing', { file: task.source.file })}</p>;
  if (loaded.state === 'loading') return <p className="muted" aria-busy="true">{exportText(lang, 'source.loading')}</p>;
  if (loaded.state === 'failed') return <p role="alert">{exportText(lang, 'source.failed', { message: loaded.message })}</p>;
  const { from, to } = range!;
  const first = whole ? 1 : Math.max(1, from - CONTEXT_LINES);
  const last = whole ? loaded.lines.length : Math.min(loaded.lines.length, to + CONTEXT_LINES);
  return (
    <div className="source-panel" data-testid="source-panel">
      <p className="source-doc">
        <strong>{dataset.title}</strong>
        {meta !== '' && <span className="muted"> · {meta}</span>}
        <span className="muted"> · {task.source.file} · {exportText(lang, 'source.lines', { from, to })}</span>
      </p>
      <ol ref={list} className={whole ? 'source-lines source-whole' : 'source-lines'} start={first} data-testid="source-lines">
        {loaded.lines.slice(first - 1, last).map((line, i) => {
          const n = first + i;
          const own = n >= from && n <= to;
          return (
            <li key={n} value={n} className={own ? 'source-own' : undefined} ref={n === from ? mark : undefined} data-line={n}>
              {own ? <mark>{line === '' ? '\u00a0' : line}</mark> : line === '' ? '\u00a0' : line}
            </li>
          );
        })}
      </ol>
      <button type="button" className="link-button" aria-expanded={whole} onClick={() => setWhole((v) => !v)} data-testid="source-whole">
        {exportText(lang, whole ? 'source.close' : 'source.openAll')}
      </button>
    </div>
  );
}
