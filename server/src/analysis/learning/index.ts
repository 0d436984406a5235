/**
 * Generic sequence labelling: hashed features + greedy averaged perceptron.
 *
 * Shared by the entity tagger and the rhetoric span tagger. Pure TypeScript (no vscode/LSP).
 * Files: hashing.ts (feature hashes, FeatureBuffer), model.ts
 * (SequenceModel: decoding, serialisation, bundles), bytes.ts (varints, CRC-32), bio.ts (BIO tags).
 *
 * ## Features
 * A feature is a 32-bit hash. The caller's {@link FeatureExtractor} pushes hashes into a
 * {@link FeatureBuffer} for token `i` of its own sequence type `S`; the model maps a hash to a
 * bucket by `hash & (2^bucketBits - 1)`. Build hashes with
 * - `hashString("w=paris")` (FNV-1a 32-bit over UTF-16 code units), or, allocation-free,
 * - `hashCombine(templateId, valueHash)` / `hashInt(n)` (precompute per-token value hashes once).
 * The extractor also sees `history` (tags already predicted for positions < i in this sequence,
 * greedy left to right) so it can add previous-tag features; the model itself additionally
 * learns a tag-transition matrix (previous tag → tag; START before position 0).
 *
 * ## Training (scripts/learning/training.ts: only the training scripts and tests use it)
 * `trainSequenceTagger(examples, extract, { tags, bucketBits, epochs, seed })` — examples are
 * `{ seq, length, gold: Int32Array of tag indices }`. Examples are shuffled each epoch with a
 * seeded PRNG (deterministic). Decoding during training is greedy with the predicted history.
 * Optional `fixed(seq, i)` returns a tag index to force at position i (no scoring, no update),
 * or -1: e.g. tokens that cannot be part of a name get `O` cheaply. Use the same `fixed` at
 * prediction time. Returns a {@link SequenceModel} whose averaged weights are already quantised
 * to int16 (so predictions before saving and after loading are identical).
 *
 * ## Prediction
 * `model.tag(seq, length, extract, outTags, outConfidence?, fixed?)` — greedy. Confidence is the
 * softmax probability of the chosen tag over per-tag scores divided by a temperature
 * (`meta.temperature`, fitted on held-out data with `fitTemperature`; `model.scores(buf, prev, out)`
 * gives raw scores for custom decoding).
 *
 * ## Serialisation
 * `model.serialize(meta?)` → `Uint8Array`; `SequenceModel.deserialize(bytes)` (throws
 * {@link ModelFormatError} with a clear message for a wrong magic, version, truncated or corrupt
 * file — CRC-32 checked). Layout (little endian): "DLSQ" magic, u16 version, u16 numTags,
 * u8 bucketBits, 3 reserved bytes, f32 scale, u32 metaLen, u32 payloadLen, u32 crc32(meta+payload),
 * meta = UTF-8 JSON `{ tags, meta }`, payload = sparse rows: varint bucket delta, varint tag mask,
 * then one int16 per set bit; then the transition matrix as (numTags+1)×numTags int16.
 * `meta` is free-form caller data (e.g. the feature-set version) returned as `model.meta`.
 * `packModels([...])` / `unpackModels(bytes)` keep several models (e.g. the two passes of a
 * two-pass tagger) in one file.
 */

export { ModelFormatError } from './errors';
export { hashString, hashSubstring, hashCombine, hashInt, FeatureBuffer } from './hashing';
export type { FeatureExtractor, FixedTag } from './hashing';
export { crc32 } from './bytes';
export { bioTags, bioSpans } from './bio';
export type { TagSpan } from './bio';
export { ModelHead, SequenceModel, RankIndex, popcount, rankRow, weightRows, fitTemperature, packModels, unpackModelHeads, unpackModels } from './model';
export type { IndexedRows, WeightRows } from './model';
