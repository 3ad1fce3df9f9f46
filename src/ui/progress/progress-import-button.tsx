import { useRef } from 'react';
import { progressText } from '../../i18n/progress-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import { progressStore } from './progress-store.ts';

/** A "choose file" button for returned progress forms (.xlsx or .csv); the header's import and window drops route forms here too. */
export function ProgressImportButton({ lang }: { lang: Lang }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" data-testid="progress-import-button" onClick={() => input.current?.click()}>
        {progressText(lang, 'progress.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm,.csv,.tsv"
        multiple
        hidden
        data-testid="progress-import-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void (async () => {
            const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
            if (read.length > 0) await progressStore.add(read, new Date().toISOString());
          })();
        }}
      />
    </>
  );
}
