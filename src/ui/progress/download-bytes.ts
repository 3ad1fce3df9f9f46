import { downloadBlob } from '../download.ts';

/** Offers bytes (a workbook) as a file download; the copy detaches them from any larger buffer. */
export function downloadBytes(bytes: Uint8Array, filename: string, type: string): void {
  downloadBlob(new Blob([bytes.slice()], { type }), filename);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
