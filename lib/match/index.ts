export * from './statements';
export * from './topics';
