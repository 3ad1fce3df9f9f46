import { useEffect, useMemo, useRef, useState } from 'react';
import type { LoadResult } from '../load/load-result.ts';
import { loadDatasets } from '../load/load-datasets.ts';
import { withUploads } from '../load/with-uploads.ts';
import './print.css';
import { openUploadsDb } from './uploads-db.ts';
import { createUploadsStore, useUploadsStore, type UploadsStore } from './uploads-store.ts';

/** Datasets imported in this browser; the ingest is fetched only when a first file is imported. */
export const uploadsStore: UploadsStore = createUploadsStore(
  openUploadsDb,
  async (fileName, bytes, options) => (await import('../ingest/ingest-upload.ts')).ingestUpload(fileName, bytes, options),
  () => new Date().toISOString(),
);

/** Every dataset id a new import must avoid: shown, failed (by manifest id) and imported. */
export function takenDatasetIds(load: LoadResult | null): string[] {
  if (load === null) return [];
  return [...load.datasets.map((d) => d.id), ...(load.manifest?.datasets.map((e) => e.id) ?? [])];
}

/**
 * Loads data/ beside the page once, adds the datasets imported in this browser, and makes the
 * whole window a drop target for new imports; null while loading.
 */
export function useDatasets(): LoadResult | null {
  const [fetched, setFetched] = useState<LoadResult | null>(null);
  const uploads = useUploadsStore(uploadsStore);
  useEffect(() => {
    let live = true;
    const dataUrl = new URL('data/', document.baseURI).href;
    void loadDatasets((url) => fetch(url, { cache: 'no-cache' }), dataUrl).then((r) => {
      if (live) setFetched(r);
    });
    void uploadsStore.init();
    return () => {
      live = false;
    };
  }, []);
  const result = useMemo(
    () => (fetched === null || !uploads.ready ? null : withUploads(fetched, uploads.records, uploads.broken)),
    [fetched, uploads.ready, uploads.records, uploads.broken],
  );
  const latest = useRef(result);
  latest.current = result;
  useWindowDrop(latest);
  return result;
}

/** Makes the window accept dropped files (anywhere, any view) and hands them to the uploads store. */
function useWindowDrop(latest: { readonly current: LoadResult | null }): void {
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth += 1;
      uploadsStore.setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without preventDefault the browser would open the file in the tab instead of dropping it here.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) uploadsStore.setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      uploadsStore.setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) void uploadsStore.importFiles(files, takenDatasetIds(latest.current));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [latest]);
}
