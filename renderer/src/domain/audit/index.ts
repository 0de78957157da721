export * from './auditEvent';
export * from './chain';
export * from './history';
export * from './csv';
