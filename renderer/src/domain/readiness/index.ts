export * from './facts';
export * from './readinessItem';
export * from './requirements';
export * from './evidence';
export * from './assess';
