export { NodeKey, keyIdOf, parsePublicKey, verifySignature, type PublicKeyInfo } from './keys.js';
export { makeRoot, makeTargets, listedTargets, verifyRootChain, verifyTargets, publisherIdOf, targetKeysOf, type TargetEntry, type VerifiedRoot, type VerifiedTargets } from './metadata.js';
export { TrustedListings, expectedBuckets, scopeOfGroups, groupOf, contentBinding, contentGroupOf, partsOfGroup, parseTargetPath, checkListing, type GroupParts } from './listings.js';
export { Publisher, type PublisherDocs, type PublisherOptions } from './publisher.js';
export { Publication, type PublishedView, type HeldTrust } from './publication.js';
