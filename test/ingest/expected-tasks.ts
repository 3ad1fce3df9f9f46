/** A real fixture's hand-read expectation (expected.json beside it): every task's number, deadline and units with roles. */
export interface ExpectedTask {
  /** The number as printed; "#k" for a task the document prints no number for, matched as the k-th task read. */
  no: string;
  due: string | null;
  units: [string, string][];
}

export interface Expected {
  region: string;
  divisionCode: string;
  tasks: ExpectedTask[];
  /** Why the ingest refuses this file (the exception is documented here and in the README). */
  refused?: string;
}
