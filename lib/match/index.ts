export * from './confidence';
export * from './statements';
export * from './topics';
