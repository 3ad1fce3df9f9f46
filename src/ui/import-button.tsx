import { useRef } from 'react';
import { importText } from '../i18n/import-messages.ts';
import type { LoadResult } from '../load/load-result.ts';
import type { Lang } from '../state/app-state.ts';
import { takenDatasetIds, uploadsStore } from './use-datasets.ts';

/** A keyboard-reachable "choose file" button for importing .txt / .csv documents (the window takes dropped files too). */
export function ImportButton({ lang, load, label }: { lang: Lang; load: LoadResult | null; label?: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="import-button" data-testid="import-button" onClick={() => input.current?.click()}>
        {label ?? importText(lang, 'import.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".txt,.csv,.tsv,text/plain,text/csv"
        multiple
        hidden
        data-testid="import-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = ''; // so choosing the same file again imports it again
          if (files.length > 0) void uploadsStore.importFiles(files, takenDatasetIds(load));
        }}
      />
    </>
  );
}
