import { importPanelText } from '../../i18n/import-panel-messages.ts';
import type { LoadResult } from '../../load/load-result.ts';
import { formatDatasetFile } from '../../load/upload-file.ts';
import type { Lang } from '../../state/app-state.ts';
import { downloadText } from '../download.ts';
import { ImportButton } from './import-button.tsx';
import { ImportOutcomeLine } from './import-outcome.tsx';
import './import-panel.css';
import { uploadsStore } from '../use-datasets.ts';
import { useUploadsStore } from './uploads-store.ts';

/** The import section of the data-quality view: a drop zone with a file picker, the last outcome, and each imported dataset with remove and download buttons. */
export function ImportPanel({ lang, load }: { lang: Lang; load: LoadResult }) {
  const uploads = useUploadsStore(uploadsStore);
  const shown = new Set(load.datasets.map((d) => d.id));
  return (
    <section className="import-panel" data-testid="import-panel" aria-labelledby="import-title">
      <h2 id="import-title">{importPanelText(lang, 'import.title')}</h2>
      <div className={uploads.dragging ? 'drop-zone drop-zone-active' : 'drop-zone'} data-testid="drop-zone">
        <p className="hint">{importPanelText(lang, 'import.hint')}</p>
        <ImportButton lang={lang} load={load} />
        {uploads.last !== null && (
          <p role="status">
            <ImportOutcomeLine outcome={uploads.last} lang={lang} />
          </p>
        )}
        {uploads.storageError !== null && <p className="notice-error">{importPanelText(lang, 'import.notSaved', { message: uploads.storageError })}</p>}
      </div>
      <h3>{importPanelText(lang, 'import.list')}</h3>
      {uploads.records.length === 0 && uploads.broken.length === 0 ? (
        <p className="muted">{importPanelText(lang, 'import.none')}</p>
      ) : (
        <ul className="uploads" data-testid="uploads">
          {uploads.records.map(({ dataset, fileName, addedAt }) => (
            <li key={dataset.id} className="upload" data-upload={dataset.id} data-shown={shown.has(dataset.id)}>
              <span>
                {importPanelText(lang, 'import.item', { file: fileName, id: dataset.id, n: dataset.tasks.length, date: addedAt.slice(0, 10) })}
              </span>{' '}
              <button
                type="button"
                data-action="download"
                onClick={() => {
                  const file = formatDatasetFile(dataset);
                  downloadText(file.text, file.fileName, 'application/json;charset=utf-8');
                }}
              >
                {importPanelText(lang, 'import.download')}
              </button>{' '}
              <button type="button" data-action="remove" onClick={() => void uploadsStore.remove(dataset.id)}>
                {importPanelText(lang, 'import.remove')}
              </button>
            </li>
          ))}
          {uploads.broken.map((failure) => (
            <li key={`broken-${failure.file}-${failure.id ?? ''}`} className="upload upload-broken" data-upload={failure.id ?? ''}>
              <span>
                {importPanelText(lang, 'import.badRecord')}: <code>{failure.file}</code>
              </span>{' '}
              {failure.id !== null && (
                <button type="button" data-action="remove" onClick={() => void uploadsStore.remove(failure.id ?? '')}>
                  {importPanelText(lang, 'import.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {uploads.records.length > 0 && <p className="hint">{importPanelText(lang, 'import.downloadHint')}</p>}
    </section>
  );
}
