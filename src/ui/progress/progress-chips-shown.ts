import { DEFAULT_SOON, type ProgressParams } from '../../state/progress-params.ts';

/**
 * Whether the progress chips have anything to show: a `progress=` colour or a `soon=` other than
 * the default. Apart from the chips themselves so the shell can decide without loading their
 * messages, which would otherwise be part of every first download.
 */
export function progressChipsShown(params: Pick<ProgressParams, 'progress' | 'soon'>): boolean {
  return params.progress.length > 0 || params.soon !== DEFAULT_SOON;
}
