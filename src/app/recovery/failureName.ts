/**
 * What a run's failure is called on the page. When WebGPU loses its device, the step in flight usually
 * fails first, with whatever its last call met ("Failed to execute 'mapAsync' on 'GPUBuffer': Buffer was
 * unmapped before mapping was resolved"), before the device's own `lost` promise says why: that first
 * error is the one the page keeps, so it is named here for what it is, a lost GPU device.
 */

/** Messages that WebGPU gives only once its device is gone (Chromium's and the spec's wording). */
const DEVICE_LOSS =
  /Buffer was unmapped before mapping was resolved|Buffer was (destroyed|unmapped)|mapAsync.*(unmapped|destroyed|lost)|[Dd]evice (is|was) lost|GPUDevice.*lost|DEVICE_LOST/;

export const DEVICE_LOST_TEXT =
  'the GPU device was lost ({why}); the run can go on from its last completed step on another backend';

/** The failure's message, or the lost-device one (with the original as the reason) when it is one. */
export function nameFailure(message: string): string {
  if (message.includes('the GPU device was lost') || !DEVICE_LOSS.test(message)) return message;
  const why = message.replace(/^training failed: /, '').slice(0, 300);
  return DEVICE_LOST_TEXT.replace('{why}', why);
}
