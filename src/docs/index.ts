export * from './categories';
export * from './rule-listing';
export * from './rules-markdown';
export * from './rules-doc';
export * from './examples/types';
