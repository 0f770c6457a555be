export * from './env';
export * from './wait';
export * from './databases';
export * from './nats';
export * from './tokens';
export * from './rpc';
export * from './events';
export * from './system';
