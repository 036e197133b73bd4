import type { ChangeClass, ChangeKind } from '../changes/change';

/** The badge of each class: its words, not only its colour, say it. */
export const classLabels: Record<ChangeClass, string> = {
  breaking: 'Breaking',
  'non-breaking': 'Non-breaking',
  documentation: 'Documentation',
};

export const kindLabels: Record<ChangeKind, string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  deprecated: 'Deprecated',
};
