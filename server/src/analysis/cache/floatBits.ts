/** Floats (confidences) stored in an Int32 record: as float32 bits, read back rounded to six places. */
const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);
export function floatBits(x: number): number {
  f32[0] = x;
  return i32[0];
}
export function bitsFloat(b: number): number {
  i32[0] = b;
  return Math.round(f32[0] * 1e6) / 1e6;
}
