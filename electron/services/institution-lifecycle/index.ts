// Institution lifecycle actions (merge, split, rename, dissolve, governing body) and the lifecycle read.
export { setGoverningBody } from './governing-body';
export { mergeInstitutions } from './merge';
export { getLifecycle } from './read';
export { dissolveInstitution, renameInstitution } from './rename-dissolve';
export { splitInstitution } from './split';
