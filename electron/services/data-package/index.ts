// The data package of an annual submission (format v1, docs/data-package.md): written by the export, verified and
// read by the ministry's consolidation.
export { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, PACKAGE_LIMITS, type PackageDocumentRole, type PackageManifest } from './format';
export { buildDataPackage, packageFileName, type BuildDataPackageInput, type PackageDocument } from './writer';
export { verifyDataPackage, type VerifiedPackage } from './reader';
export { isRejection, rejected } from './rejection';
