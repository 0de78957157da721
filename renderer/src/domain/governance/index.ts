export * from './planContent';
export * from './approval';
export * from './signing';
export * from './planVersion';
export * from './annualReview';
export * from './planDiff';
export * from './signOff';
