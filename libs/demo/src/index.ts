export * from './demo';
export * from './directory';
export * from './streets';
