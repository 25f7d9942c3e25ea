export * from './audit';
export * from './capital';
export * from './institutions';
export * from './profile';
export * from './projects';
export * from './reference';
export * from './roadmap';
export * from './targets';
