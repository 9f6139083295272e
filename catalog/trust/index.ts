export { NodeKey, keyIdOf, parsePublicKey, verifySignature, type PublicKeyInfo } from './keys.js';
export { makeRoot, makeTargets, verifyRootChain, verifyTargets, publisherIdOf, targetKeysOf, type TargetEntry, type VerifiedRoot, type VerifiedTargets } from './metadata.js';
export { TrustedListings, expectedBuckets, groupOf, partsOfGroup, parseTargetPath, checkListing, listingHas, type GroupParts } from './listings.js';
export { Publisher, type PublisherDocs, type PublisherOptions } from './publisher.js';
