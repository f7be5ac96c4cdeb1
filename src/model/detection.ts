export const DETECTION_LABELS = ['sale', 'recruitment', 'propaganda', 'mention', 'none'] as const;
export type DetectionLabel = (typeof DETECTION_LABELS)[number];

export function isDetectionLabel(value: string): value is DetectionLabel {
  return DETECTION_LABELS.some((label) => label === value);
}

export interface EvidenceSpan {
  /** UTF-16 offsets into the document's original text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The rule or lexicon term that fired. */
  readonly rule: string;
}

/** One detector's decision about one document. */
export interface Detection {
  readonly id: string;
  readonly documentId: string;
  readonly label: DetectionLabel;
  readonly score: number;
  readonly evidence: readonly EvidenceSpan[];
  readonly detector: string;
  readonly detectorVersion: string;
}
