/**
 * A problem a normaliser (deadline, units) noticed in one task. The codes are the ones of
 * the warning catalogue (src/ingest/warnings.ts); the assembler adds the task id and line.
 */
export interface NormaliserIssue {
  code:
    | 'year-unknown'
    | 'invalid-date'
    | 'deadline-unparsed'
    | 'deadline-missing'
    | 'deadline-before-published'
    | 'units-missing'
    | 'ambiguous-unit';
  detail: string;
}
