import protobuf from 'protobufjs/minimal.js';

// Sequence numbers and file sizes stay far below 2^53, so 64-bit fields are
// read as plain numbers: without this, protobufjs returns Long objects
// whenever long.js is installed (it is, as a dependency of protobufjs).
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();
