/** The ten laws of the enforcement syllabus, in id order: the bundled banks and statutes cover each. */
export const SYLLABUS_LAWS = [
  'administrative-compulsion-law',
  'administrative-licensing-law',
  'administrative-litigation-law',
  'administrative-penalty-law',
  'administrative-reconsideration-law',
  'civil-code',
  'constitution',
  'government-information-disclosure-regulations',
  'public-official-sanctions-law',
  'state-compensation-law',
];
