import type { DatasetWarning } from '../model/schema.ts';
import { WARNING_CODES, type WarningCode } from '../model/warning-codes.ts';

/**
 * Builds a warning: the catalogue's description, then the specific detail; the data the detail quotes (“…”)
 * also goes into `params.quoted`, so the dashboard can say the warning in English from its code and params.
 */
export function makeWarning(
  code: WarningCode,
  detail: string,
  where: { taskId?: string | null; line?: number | null } = {},
): DatasetWarning {
  const quoted = quotedParts(detail);
  return {
    code,
    taskId: where.taskId ?? null,
    message: detail ? `${WARNING_CODES[code]}：${detail}` : WARNING_CODES[code],
    line: where.line ?? null,
    params: { quoted },
  };
}

/** The fragments a detail quotes between “ and ” (the data as printed), in order. */
export function quotedParts(detail: string): string[] {
  return [...detail.matchAll(/“([^“”]*)”/g)].map((m) => m[1]!);
}
