import { useRef } from 'react';
// the label comes with the shell's strings: the import strings (2 KiB gzip) load with the import itself
import { shellText } from '../../i18n/shell-messages.ts';
import type { LoadResult } from '../../load/load-result.ts';
import type { Lang } from '../../state/app-state.ts';
import { routeProgressForms } from '../progress/progress-store.ts';
import { takenDatasetIds, uploadsStore } from '../use-datasets.ts';

/** A keyboard-reachable "choose file" button for importing Word, Excel, web-page, CSV and text task tables (the window takes dropped files too). */
/** What the picker offers: every format the ingest reads (old .doc/.xls/.pdf are refused with advice when dropped). */
const IMPORT_ACCEPT = '.txt,.csv,.tsv,.docx,.xlsx,.html,.htm,text/plain,text/csv,text/html';

export function ImportButton({ lang, load, label }: { lang: Lang; load: LoadResult | null; label?: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="import-button" data-testid="import-button" onClick={() => input.current?.click()}>
        {label ?? shellText(lang, 'header.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        multiple
        hidden
        data-testid="import-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = ''; // so choosing the same file again imports it again
          // returned progress forms go to the 督办 store; everything else is a document
          if (files.length > 0) void routeProgressForms(files, new Date().toISOString()).then((rest) => (rest.length > 0 ? uploadsStore.importFiles(rest, takenDatasetIds(load)) : undefined));
        }}
      />
    </>
  );
}
