import { translate } from '../i18n/translate.ts';
import type { ViewProps } from './view-props.ts';

/** Placeholder for big-screen mode (#/screen), which a later issue builds. */
export function ScreenView({ state }: ViewProps) {
  return <p className="placeholder">{translate(state.lang, 'screen.placeholder')}</p>;
}
