/** Thrown when a model file is not one this version can read (wrong magic, version, truncated, corrupt). */
export class ModelFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelFormatError';
  }
}
