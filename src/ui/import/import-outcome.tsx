import { splitBilingual } from '../../i18n/bilingual-message.ts';
import { importText } from '../../i18n/import-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import type { ImportOutcome } from './uploads-store.ts';

/** One line saying how the last import went: reading, imported (with counts), or why it failed. */
export function ImportOutcomeLine({ outcome, lang }: { outcome: ImportOutcome; lang: Lang }) {
  if (outcome.status === 'reading') {
    return (
      <span className="import-outcome" data-import-status="reading">
        {importText(lang, 'import.reading', { file: outcome.fileName })}
      </span>
    );
  }
  if (outcome.status === 'failed') {
    // in English the ingest's gloss leads; its Chinese sentence follows, marked as Chinese, for the details it names
    const parts = lang === 'en' ? splitBilingual(outcome.message) : null;
    return (
      <span className="import-outcome" data-import-status="failed">
        {parts === null || parts.en === null ? (
          importText(lang, 'import.failed', { message: outcome.message })
        ) : (
          <>
            {importText(lang, 'import.failed', { message: `${parts.file}${parts.en}` })} <span lang="zh-CN" className="muted">（{parts.zh}）</span>
          </>
        )}
      </span>
    );
  }
  const { fileName, id, taskCount, warningCount, rowErrorCount, encoding } = outcome;
  return (
    <span className="import-outcome" data-import-status="ok" data-dataset={id}>
      {importText(lang, 'import.ok', { file: fileName, id, n: taskCount, w: warningCount, encoding })}
      {rowErrorCount > 0 && <> {importText(lang, 'import.rowErrors', { n: rowErrorCount })}</>}
    </span>
  );
}
