export * from './calendarDate';
export * from './exercise';
export * from './metrics';
export * from './actionItem';
export * from './cadence';
export * from './schedule';
export * from './icalendar';
export * from './incidentTimeline';
