export * from './demo';
export * from './directory';
export * from './streets';
export * from './community';
export * from './volunteers';
