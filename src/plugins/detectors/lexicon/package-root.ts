export { findPackageRoot } from '../../../core/package-root.js';
