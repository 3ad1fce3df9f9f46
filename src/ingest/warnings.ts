import type { DatasetWarning } from '../model/schema.ts';
import { WARNING_CODES, type WarningCode } from '../model/warning-codes.ts';

/** Builds a warning: the catalogue's description, then the specific detail. */
export function makeWarning(
  code: WarningCode,
  detail: string,
  where: { taskId?: string | null; line?: number | null } = {},
): DatasetWarning {
  return {
    code,
    taskId: where.taskId ?? null,
    message: detail ? `${WARNING_CODES[code]}：${detail}` : WARNING_CODES[code],
    line: where.line ?? null,
  };
}
